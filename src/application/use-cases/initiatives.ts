import type { DeleteInitiativeInput, SaveInitiativeInput } from '../../contracts/schemas';
import type { Initiative, InitiativeLink, KeyResult } from '../../domain/types';
import { requireAllowed } from '../access';
import { INITIATIVES_PER_KEY_RESULT, mayAddInitiative } from '../../domain/caps';
import { capReached, growingField, invalidField, NotFoundError, unknownReference, ValidationError } from '../errors';
import { requireKnownUser } from '../known-users';
import type { Actor, Ports } from '../ports';
import { requireVersion } from './versions';

export async function saveInitiative(
  ports: Ports,
  actor: Actor,
  input: SaveInitiativeInput,
  now: Date,
): Promise<Initiative> {
  const found = await ports.okrs.findKeyResult(input.keyResultId);
  if (!found) throw unknownReference('keyResultId', 'key result', input.keyResultId);
  await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: found.objective.teamId });
  const { keyResult } = found;
  const existing = input.id ? keyResult.initiatives?.find((i) => i.id === input.id) : undefined;
  if (input.id && !existing) throw new NotFoundError(`No initiative with id "${input.id}" on this key result`);
  // The domain's cap (src/domain/caps.ts), checked before asking Jira anything.
  if (!existing && !mayAddInitiative(keyResult)) {
    const cap = INITIATIVES_PER_KEY_RESULT;
    throw capReached('keyResultId', cap, 'too-many-initiatives', `A key result can have at most ${cap} initiatives`);
  }
  const link = await checkedLink(ports, input, keyResult, existing);
  await requireKnownUser(ports, 'ownerAccountId', input.ownerAccountId, existing?.ownerAccountId);

  // A restricted epic's title is never sent to those who cannot see it, so an update from them
  // leaves out the title: keep the stored one.
  const title = existing && !input.link && existing.link.kind === 'epic' && input.title === '' ? existing.title : input.title;
  const fields = {
    keyResultId: keyResult.id,
    title,
    weight: input.weight,
    link,
    ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
  };
  const at = now.toISOString();
  if (!existing) {
    return growingField('keyResultId', () =>
      ports.okrs.createInitiative({
        id: ports.ids.newId(),
        ...fields,
        order: now.getTime(),
        version: 1,
        createdAt: at,
        updatedAt: at,
      }),
    );
  }
  const version = requireVersion(input.version);
  return growingField('title', () =>
    ports.okrs.updateInitiative(
      { id: existing.id, ...fields, order: existing.order, version: version + 1, createdAt: existing.createdAt, updatedAt: at },
      version,
    ),
  );
}

export async function deleteInitiative(ports: Ports, actor: Actor, input: DeleteInitiativeInput): Promise<void> {
  const found = await ports.okrs.findKeyResult(input.keyResultId);
  if (!found) throw unknownReference('keyResultId', 'key result', input.keyResultId);
  await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: found.objective.teamId });
  await ports.okrs.deleteInitiative(input.keyResultId, input.id, input.version);
}

/**
 * An epic link must name an epic the user can see in Jira (so nobody links work they cannot
 * see), once per key result. An unchanged epic keeps its last known progress.
 */
async function checkedLink(
  ports: Ports,
  input: SaveInitiativeInput,
  keyResult: KeyResult,
  existing: Initiative | undefined,
): Promise<InitiativeLink> {
  // An update may leave the link out (e.g. re-weighting an epic the user cannot see).
  if (!input.link) return existing!.link;
  if (input.link.kind === 'manual') return input.link;
  const { epicKey } = input.link;
  if (existing?.link.kind === 'epic' && existing.link.epicKey === epicKey) return existing.link;

  const epic = await ports.work.findEpic(epicKey);
  if (!epic) {
    throw new NotFoundError(`No epic ${epicKey} that you can see in Jira`, {
      'link.epicKey': { code: 'invalid_value', message: `No epic ${epicKey} that you can see in Jira`, reason: 'epic-not-found' },
    });
  }
  if (!epic.isEpic) {
    throw new ValidationError(`${epicKey} is not an epic`, {
      'link.epicKey': { code: 'invalid_value', message: `${epicKey} is not an epic`, reason: 'not-an-epic' },
    });
  }
  // Only after Jira confirmed the user sees the epic, so the answer tells nothing about others'.
  const duplicate = (keyResult.initiatives ?? []).find(
    (i) => i.id !== existing?.id && i.link.kind === 'epic' && i.link.epicKey === epicKey,
  );
  if (duplicate) throw invalidField('link.epicKey', 'inconsistent', `${epicKey} is already an initiative of this key result`);
  return { kind: 'epic', epicKey };
}

import type { DeleteKeyResultInput, SaveKeyResultInput } from '../../contracts/schemas';
import { measureFrom } from '../../domain/measures';
import type { KeyResult } from '../../domain/types';
import { requireAllowed } from '../access';
import { LIMITS } from '../../contracts/limits';
import { capReached, growingField, invalidField, NotFoundError, unknownReference } from '../errors';
import { requireKnownUser } from '../known-users';
import type { Actor, Ports } from '../ports';
import { finishDelete } from './cleanup';
import { changeRecord } from '../change-records';
import { keyResultChanges } from '../../domain/okr-changes';
import { requireVersion } from './versions';

export async function saveKeyResult(
  ports: Ports,
  actor: Actor,
  input: SaveKeyResultInput,
  now: Date,
): Promise<KeyResult> {
  const at = now.toISOString();
  const fields = {
    title: input.title,
    weight: input.weight,
    ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
  };
  if (!input.id) {
    const record = await ports.okrs.findObjective(input.objectiveId);
    if (!record) throw unknownReference('objectiveId', 'objective', input.objectiveId);
    // A new key result changes the objective: the team's admins decide its key results.
    await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: record.objective.teamId });
    // Well above the 3-5 the method advises, and inside one objective's storage budget
    // (docs/decisions/0007). Only growing past it is refused: older, fuller objectives stay editable.
    const cap = LIMITS.keyResultsPerObjective;
    if (record.keyResults.length >= cap) {
      throw capReached('objectiveId', cap, 'too-many-key-results', `An objective can have at most ${cap} key results`);
    }
    await requireKnownUser(ports, 'ownerAccountId', input.ownerAccountId);
    const created: KeyResult = {
      id: ports.ids.newId(),
      objectiveId: input.objectiveId,
      ...fields,
      measure: measureFrom(input.measure),
      order: now.getTime(),
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const change = changeRecord(ports, actor, at, {
      objectiveId: record.objective.id,
      cycleId: record.objective.cycleId,
      subjectKind: 'keyResult',
      subjectId: created.id,
      subjectTitle: created.title,
      action: 'created',
    });
    return growingField('objectiveId', () => ports.okrs.createKeyResult(created, change));
  }
  const version = requireVersion(input.version);
  const found = await ports.okrs.findKeyResult(input.id);
  if (!found) throw new NotFoundError(`No key result with id "${input.id}"`);
  if (found.objective.id !== input.objectiveId) {
    throw invalidField('objectiveId', 'inconsistent', 'A key result cannot move to another objective');
  }
  const { keyResult } = found;
  // Its owner (as it stands, not as the edit would make it) may change it, besides the team's admins.
  await requireAllowed(ports, actor, { kind: 'edit-key-result', teamId: found.objective.teamId, ownerAccountId: keyResult.ownerAccountId });
  await requireKnownUser(ports, 'ownerAccountId', input.ownerAccountId, keyResult.ownerAccountId);
  const updated = {
    id: keyResult.id,
    objectiveId: keyResult.objectiveId,
    ...fields,
    measure: measureFrom(input.measure, keyResult.measure),
    order: keyResult.order,
    ...(keyResult.lastCheckIn ? { lastCheckIn: keyResult.lastCheckIn } : {}),
    // Initiatives have their own resolvers; editing the key result keeps them as they are.
    ...(keyResult.initiatives ? { initiatives: keyResult.initiatives } : {}),
    version: version + 1,
    createdAt: keyResult.createdAt,
    updatedAt: at,
  };
  // Written only if the stored version is still `version`: `keyResult` is exactly the "before".
  const change = changeRecord(ports, actor, at, {
    objectiveId: found.objective.id,
    cycleId: found.objective.cycleId,
    subjectKind: 'keyResult',
    subjectId: keyResult.id,
    subjectTitle: updated.title,
    action: 'updated',
    fields: keyResultChanges(keyResult, updated),
  });
  return growingField('title', () => ports.okrs.updateKeyResult(updated, version, change));
}

/** Deletes a key result, then what it leaves in storage (its check-ins and epic links). */
export async function deleteKeyResult(ports: Ports, actor: Actor, input: DeleteKeyResultInput, now = ports.clock.now()): Promise<void> {
  const found = await ports.okrs.findKeyResult(input.id);
  if (!found) throw new NotFoundError(`No key result with id "${input.id}"`);
  await requireAllowed(ports, actor, { kind: 'edit-team-okrs', teamId: found.objective.teamId });
  // The history keeps that it existed (its title as it was deleted).
  const change = changeRecord(ports, actor, now.toISOString(), {
    objectiveId: found.objective.id,
    cycleId: found.objective.cycleId,
    subjectKind: 'keyResult',
    subjectId: found.keyResult.id,
    subjectTitle: found.keyResult.title,
    action: 'deleted',
  });
  await finishDelete(ports, await ports.okrs.deleteKeyResult(input.id, input.version, change));
}

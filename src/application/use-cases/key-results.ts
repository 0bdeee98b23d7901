import type { DeleteKeyResultInput, MeasureInput, SaveKeyResultInput } from '../../contracts/schemas';
import { impliedDirection } from '../../domain/scoring';
import type { KeyResult, KeyResultMeasure } from '../../domain/types';
import { requireSignedIn } from '../authorise';
import { invalidField, NotFoundError, unknownReference } from '../errors';
import type { Actor, Ports } from '../ports';
import { requireVersion } from './versions';

/**
 * A hard cap well above the 3-5 the method recommends (the UI warns past 5): it keeps an
 * objective and its key results inside one storage record and one transaction.
 */
export const MAX_KEY_RESULTS_PER_OBJECTIVE = 20;

export async function saveKeyResult(
  ports: Ports,
  actor: Actor,
  input: SaveKeyResultInput,
  now: Date,
): Promise<KeyResult> {
  requireSignedIn(actor);
  const at = now.toISOString();
  const fields = {
    title: input.title,
    weight: input.weight,
    ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
  };
  if (!input.id) {
    const record = await ports.okrs.findObjective(input.objectiveId);
    if (!record) throw unknownReference('objectiveId', 'objective', input.objectiveId);
    if (record.keyResults.length >= MAX_KEY_RESULTS_PER_OBJECTIVE) {
      throw invalidField(
        'objectiveId',
        'too_big',
        `An objective can have at most ${MAX_KEY_RESULTS_PER_OBJECTIVE} key results`,
      );
    }
    return ports.okrs.createKeyResult({
      id: ports.ids.newId(),
      objectiveId: input.objectiveId,
      ...fields,
      measure: toMeasure(input.measure),
      order: now.getTime(),
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  }
  const version = requireVersion(input.version);
  const found = await ports.okrs.findKeyResult(input.id);
  if (!found) throw new NotFoundError(`No key result with id "${input.id}"`);
  if (found.objective.id !== input.objectiveId) {
    throw invalidField('objectiveId', 'inconsistent', 'A key result cannot move to another objective');
  }
  const { keyResult } = found;
  return ports.okrs.updateKeyResult(
    {
      id: keyResult.id,
      objectiveId: keyResult.objectiveId,
      ...fields,
      measure: toMeasure(input.measure, keyResult.measure),
      order: keyResult.order,
      ...(keyResult.lastCheckIn ? { lastCheckIn: keyResult.lastCheckIn } : {}),
      // Initiatives have their own resolvers; editing the key result keeps them as they are.
      ...(keyResult.initiatives ? { initiatives: keyResult.initiatives } : {}),
      version: version + 1,
      createdAt: keyResult.createdAt,
      updatedAt: at,
    },
    version,
  );
}

export async function deleteKeyResult(ports: Ports, actor: Actor, input: DeleteKeyResultInput): Promise<void> {
  requireSignedIn(actor);
  await ports.okrs.deleteKeyResult(input.id, input.version);
}

/**
 * The stored measure from what the user sent. A current value left out keeps the one recorded
 * by check-ins (editing a title must not reset progress); a new metric starts at its baseline.
 */
export function toMeasure(input: MeasureInput, previous?: KeyResultMeasure): KeyResultMeasure {
  switch (input.kind) {
    case 'metric':
      return {
        kind: 'metric',
        baseline: input.baseline,
        target: input.target,
        current: input.current ?? (previous?.kind === 'metric' ? previous.current : input.baseline),
        unit: input.unit,
        direction: impliedDirection(input.baseline, input.target, input.direction),
      };
    case 'percentage':
      return { kind: 'percentage', current: input.current ?? (previous?.kind === 'percentage' ? previous.current : 0) };
    case 'milestone':
      return { kind: 'milestone', done: input.done ?? (previous?.kind === 'milestone' ? previous.done : false) };
    case 'initiatives':
      return { kind: 'initiatives' };
  }
}

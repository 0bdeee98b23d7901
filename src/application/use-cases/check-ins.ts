import type { AddCheckInInput, ListCheckInsInput } from '../../contracts/schemas';
import type { CheckInPage } from '../../contracts/views';
import { applyCheckIn, assertCheckInValue } from '../../domain/check-in-rules';
import type { CheckIn, KeyResult } from '../../domain/types';
import { requireAllowed } from '../access';
import { requireSignedIn } from '../authorise';
import { growingField, unknownReference } from '../errors';
import type { Actor, Ports } from '../ports';

const HISTORY_PAGE = 50;

/** Records a reading of a key result: appended to its history and made current, atomically. */
export async function addCheckIn(
  ports: Ports,
  actor: Actor,
  input: AddCheckInInput,
  now: Date,
): Promise<{ checkIn: CheckIn; keyResult: KeyResult }> {
  const authorAccountId = requireSignedIn(actor);
  const found = await ports.okrs.findKeyResult(input.keyResultId);
  if (!found) throw unknownReference('keyResultId', 'key result', input.keyResultId);
  await requireAllowed(ports, actor, { kind: 'check-in', teamId: found.objective.teamId, ownerAccountId: found.keyResult.ownerAccountId });
  assertCheckInValue(found.keyResult.measure, input.value);

  const checkIn: CheckIn = {
    id: ports.ids.newId(),
    keyResultId: found.keyResult.id,
    objectiveId: found.objective.id,
    cycleId: found.objective.cycleId,
    value: input.value,
    confidence: input.confidence,
    comment: input.comment,
    authorAccountId,
    createdAt: now.toISOString(),
  };
  // The comment is copied onto the key result (its last check-in): what grows the objective.
  const keyResult = await growingField('comment', () =>
    ports.okrs.recordCheckIn(checkIn, (current) => ({
      ...applyCheckIn(current, checkIn),
      version: current.version + 1,
      updatedAt: checkIn.createdAt,
    })),
  );
  return { checkIn, keyResult };
}

export async function listCheckIns(ports: Ports, input: ListCheckInsInput): Promise<CheckInPage> {
  const found = await ports.okrs.findKeyResult(input.keyResultId);
  if (!found) throw unknownReference('keyResultId', 'key result', input.keyResultId);
  const page = await ports.checkIns.listByKeyResult(input.keyResultId, {
    limit: HISTORY_PAGE,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  return page.cursor ? page : { checkIns: page.checkIns };
}

import type { AddCheckInInput, ListCheckInsInput } from '../../contracts/schemas';
import type { CheckInPage } from '../../contracts/views';
import { applyCheckIn, assertCheckInValue } from '../../domain/check-in-rules';
import type { CheckIn, KeyResult } from '../../domain/types';
import { accessOf, requireAllowed } from '../access';
import { mayShow, visibilityOf } from '../private-objectives';
import { requireSignedIn } from '../authorise';
import { brokenRule, growingField, unknownReference } from '../errors';
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
  if (input.correctsCheckInId) await requireCorrectable(ports, input.correctsCheckInId, found.keyResult.id);

  const checkIn: CheckIn = {
    id: ports.ids.newId(),
    keyResultId: found.keyResult.id,
    objectiveId: found.objective.id,
    cycleId: found.objective.cycleId,
    value: input.value,
    confidence: input.confidence,
    comment: input.comment,
    authorAccountId,
    ...(input.correctsCheckInId ? { correctsCheckInId: input.correctsCheckInId } : {}),
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

/**
 * A wrong reading is corrected by a new check-in (history stays append-only): it must be one of
 * this key result's check-ins, not corrected already (checked again, atomically, as it is written).
 */
async function requireCorrectable(ports: Ports, checkInId: string, keyResultId: string): Promise<void> {
  const [corrected, corrections] = await Promise.all([ports.checkIns.get(checkInId), ports.checkIns.correctionsOf(keyResultId)]);
  if (!corrected || corrected.keyResultId !== keyResultId) {
    throw brokenRule('correctsCheckInId', 'not-a-check-in-of-this-key-result', 'Only a check-in of this key result can be corrected by it');
  }
  if (corrections.has(checkInId)) {
    throw brokenRule('correctsCheckInId', 'already-corrected', 'This check-in was already corrected: correct the reading that corrected it');
  }
}

export async function listCheckIns(ports: Ports, actor: Actor, input: ListCheckInsInput): Promise<CheckInPage> {
  const found = await ports.okrs.findKeyResult(input.keyResultId);
  // A private objective's history is, to those who may not see it, as absent as the objective.
  const hidden = found && visibilityOf(found.objective) === 'private' && !mayShow(await accessOf(ports, actor), found.objective);
  if (!found || hidden) throw unknownReference('keyResultId', 'key result', input.keyResultId);
  const page = await ports.checkIns.listByKeyResult(input.keyResultId, {
    limit: HISTORY_PAGE,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  // Someone not signed in (a public Confluence page) sees the readings, not what people wrote.
  const checkIns = actor.accountId ? page.checkIns : page.checkIns.map((c) => ({ ...c, comment: '' }));
  // The corrected reading is never rewritten: that it was corrected is derived here.
  const corrections = await ports.checkIns.correctionsOf(input.keyResultId);
  const marked = checkIns.map((c) => {
    const by = corrections.get(c.id);
    return by ? { ...c, correctedByCheckInId: by } : c;
  });
  return page.cursor ? { checkIns: marked, cursor: page.cursor } : { checkIns: marked };
}

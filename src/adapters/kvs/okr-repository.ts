import type { OkrRepository } from '../../application/ports';
import type { CheckIn } from '../../domain/types';
import { retryOnContention } from './contention';
import { readShards, ShardWrite, type StoredObjective } from './okr-shard-store';
import {
  assertVersion,
  locateKeyResult,
  locateObjective,
  notFound,
  replaceKeyResult,
  replaceObjective,
  toRecord,
} from './okr-locate';
import { initiativeWrites } from './okr-initiatives';
import { publishSession } from './okr-publish';
import { CHECK_IN_ENTITY, CORRECTION_ENTITY, toStoredCheckIn, type StoredCorrection } from './check-in-repository';
import { isAbsent } from './conditions';
import { brokenRule } from '../../application/errors';
import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import { recordCleanup } from './cleanup-repository';
import { recordChange } from './okr-change-repository';

/** Objectives and key results on kvs shards (see okr-shard-store.ts for the layout). */
export const kvsOkrRepository: OkrRepository = {
  async listByCycles(cycleIds, teamId) {
    const shardLists = await Promise.all(cycleIds.map((cycleId) => readShards(cycleId, teamId)));
    return shardLists.flat().flatMap(({ value }) => value.objectives.map(toRecord));
  },

  async findObjective(objectiveId) {
    const located = await locateObjective(new ShardWrite(), objectiveId);
    return located && toRecord(located.stored);
  },

  async findKeyResult(keyResultId) {
    const located = await locateKeyResult(new ShardWrite(), keyResultId);
    return located && { ...toRecord(located.stored), keyResult: located.keyResult };
  },

  createObjective: (objective, change) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const stored: StoredObjective = { ...objective, keyResults: [] };
      const shardKey = await write.shardFor(objective.cycleId, objective.teamId, stored);
      write.update(shardKey, (objectives) => [...objectives, stored]);
      write.setLocator(objective.id, { shardKey, objectiveId: objective.id, cycleId: objective.cycleId });
      recordChange(write, change);
      await write.commit(objective.updatedAt);
      return objective;
    }),

  updateObjective: (objective, expectedVersion, change) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateObjective(write, objective.id);
      if (!located) throw notFound('objective', objective.id);
      assertVersion('objective', located.stored.version, expectedVersion);
      const moved = located.stored.cycleId !== objective.cycleId || located.stored.teamId !== objective.teamId;
      await replaceObjective(write, located.shardKey, { ...objective, keyResults: located.stored.keyResults }, moved);
      // A move touches at most 2 shards, 2 markers and 11 locators: the record still fits (0007).
      recordChange(write, change);
      await write.commit(objective.updatedAt);
      return objective;
    }),

  deleteObjective: (objectiveId, expectedVersion) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateObjective(write, objectiveId);
      if (!located) throw notFound('objective', objectiveId);
      assertVersion('objective', located.stored.version, expectedVersion);
      write.update(located.shardKey, (objectives) => objectives.filter((o) => o.id !== objectiveId));
      write.deleteLocator(objectiveId);
      for (const keyResult of located.stored.keyResults) write.deleteLocator(keyResult.id);
      const marker = recordCleanup(write, { kind: 'objective', targetId: objectiveId, objectiveId, keyResults: located.stored.keyResults });
      await write.commit(new Date().toISOString());
      return marker;
    }),

  createKeyResult: (keyResult, change) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateObjective(write, keyResult.objectiveId);
      if (!located) throw notFound('objective', keyResult.objectiveId);
      const stored = { ...located.stored, keyResults: [...located.stored.keyResults, keyResult] };
      const shardKey = await replaceObjective(write, located.shardKey, stored, false);
      write.setLocator(keyResult.id, { shardKey, objectiveId: stored.id, cycleId: stored.cycleId });
      recordChange(write, change);
      await write.commit(keyResult.updatedAt);
      return keyResult;
    }),

  updateKeyResult: (keyResult, expectedVersion, change) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, keyResult.id);
      if (!located) throw notFound('key result', keyResult.id);
      assertVersion('key result', located.keyResult.version, expectedVersion);
      await replaceKeyResult(write, located, keyResult);
      recordChange(write, change);
      await write.commit(keyResult.updatedAt);
      return keyResult;
    }),

  deleteKeyResult: (keyResultId, expectedVersion, change) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, keyResultId);
      if (!located) throw notFound('key result', keyResultId);
      assertVersion('key result', located.keyResult.version, expectedVersion);
      const stored = {
        ...located.stored,
        keyResults: located.stored.keyResults.filter((k) => k.id !== keyResultId),
      };
      write.update(located.shardKey, (objectives) => objectives.map((o) => (o.id === stored.id ? stored : o)));
      write.deleteLocator(keyResultId);
      // Before the clean-up takes the room left in the transaction for epic links.
      recordChange(write, change);
      const marker = recordCleanup(write, { kind: 'key-result', targetId: keyResultId, objectiveId: stored.id, keyResults: [located.keyResult] });
      await write.commit(new Date().toISOString());
      return marker;
    }),

  recordCheckIn: (checkIn: CheckIn, apply) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, checkIn.keyResultId);
      if (!located) throw notFound('key result', checkIn.keyResultId);
      const updated = apply(located.keyResult);
      await replaceKeyResult(write, located, updated);
      write.alsoSet(CHECK_IN_ENTITY, checkIn.id, toStoredCheckIn(checkIn));
      if (checkIn.correctsCheckInId) await markCorrected(write, checkIn);
      await write.commit(checkIn.createdAt);
      return updated;
    }),

  ...initiativeWrites,
  publishSession,
};

/**
 * Marks the corrected check-in, in the correction's own transaction and only if nobody marked it
 * first (a race lost is retried, and then answered here as already corrected).
 */
async function markCorrected(write: ShardWrite, checkIn: CheckIn): Promise<void> {
  const correctedId = checkIn.correctsCheckInId!;
  const existing = await withKvsRetry(() => kvs.entity<StoredCorrection>(CORRECTION_ENTITY).get(correctedId));
  if (existing) throw alreadyCorrected();
  const record: StoredCorrection = { keyResultId: checkIn.keyResultId, correctionCheckInId: checkIn.id, createdAt: checkIn.createdAt, version: 1 };
  write.alsoSet(CORRECTION_ENTITY, correctedId, record, isAbsent());
}

export const alreadyCorrected = () =>
  brokenRule('correctsCheckInId', 'already-corrected', 'This check-in was already corrected: correct the reading that corrected it');

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
import { CHECK_IN_ENTITY, toStoredCheckIn } from './check-in-repository';
import { recordCleanup } from './cleanup-repository';

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

  createObjective: (objective) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const stored: StoredObjective = { ...objective, keyResults: [] };
      const shardKey = await write.shardFor(objective.cycleId, objective.teamId, stored);
      write.update(shardKey, (objectives) => [...objectives, stored]);
      write.setLocator(objective.id, { shardKey, objectiveId: objective.id, cycleId: objective.cycleId });
      await write.commit(objective.updatedAt);
      return objective;
    }),

  updateObjective: (objective, expectedVersion) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateObjective(write, objective.id);
      if (!located) throw notFound('objective', objective.id);
      assertVersion('objective', located.stored.version, expectedVersion);
      const moved = located.stored.cycleId !== objective.cycleId || located.stored.teamId !== objective.teamId;
      await replaceObjective(write, located.shardKey, { ...objective, keyResults: located.stored.keyResults }, moved);
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

  createKeyResult: (keyResult) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateObjective(write, keyResult.objectiveId);
      if (!located) throw notFound('objective', keyResult.objectiveId);
      const stored = { ...located.stored, keyResults: [...located.stored.keyResults, keyResult] };
      const shardKey = await replaceObjective(write, located.shardKey, stored, false);
      write.setLocator(keyResult.id, { shardKey, objectiveId: stored.id, cycleId: stored.cycleId });
      await write.commit(keyResult.updatedAt);
      return keyResult;
    }),

  updateKeyResult: (keyResult, expectedVersion) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, keyResult.id);
      if (!located) throw notFound('key result', keyResult.id);
      assertVersion('key result', located.keyResult.version, expectedVersion);
      await replaceKeyResult(write, located, keyResult);
      await write.commit(keyResult.updatedAt);
      return keyResult;
    }),

  deleteKeyResult: (keyResultId, expectedVersion) =>
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
      await write.commit(checkIn.createdAt);
      return updated;
    }),

  ...initiativeWrites,
  publishSession,
};

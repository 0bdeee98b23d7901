import type { ObjectiveRecord, OkrRepository } from '../../application/ports';
import { ConflictError, NotFoundError } from '../../application/errors';
import type { CheckIn, KeyResult, Objective } from '../../domain/types';
import { retryOnContention } from './contention';
import {
  fits,
  readLocator,
  readShards,
  ShardWrite,
  type StoredObjective,
} from './okr-shard-store';
import { CHECK_IN_ENTITY, toStoredCheckIn } from './check-in-repository';

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
      await write.commit(new Date().toISOString());
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
      await write.commit(new Date().toISOString());
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
};

interface LocatedObjective {
  shardKey: string;
  stored: StoredObjective;
}

async function locateObjective(write: ShardWrite, objectiveId: string): Promise<LocatedObjective | undefined> {
  const locator = await readLocator(objectiveId);
  if (!locator) return undefined;
  const shard = await write.load(locator.shardKey);
  const stored = shard?.objectives.find((o) => o.id === objectiveId);
  return stored && { shardKey: locator.shardKey, stored };
}

async function locateKeyResult(
  write: ShardWrite,
  keyResultId: string,
): Promise<(LocatedObjective & { keyResult: KeyResult }) | undefined> {
  const locator = await readLocator(keyResultId);
  if (!locator) return undefined;
  const shard = await write.load(locator.shardKey);
  const stored = shard?.objectives.find((o) => o.id === locator.objectiveId);
  const keyResult = stored?.keyResults.find((k) => k.id === keyResultId);
  return stored && keyResult && { shardKey: locator.shardKey, stored, keyResult };
}

/**
 * Writes the changed objective back to its shard, or moves it (with its key results' locators)
 * to another shard when it changed team or cycle, or no longer fits where it was.
 * Returns the key of the shard it ends up in.
 */
async function replaceObjective(
  write: ShardWrite,
  shardKey: string,
  stored: StoredObjective,
  moved: boolean,
): Promise<string> {
  const inPlace = write.update(shardKey, (objectives) => objectives.map((o) => (o.id === stored.id ? stored : o)));
  if (!moved && fits(inPlace)) return shardKey;

  write.update(shardKey, (objectives) => objectives.filter((o) => o.id !== stored.id));
  const target = await write.shardFor(stored.cycleId, stored.teamId, stored);
  write.update(target, (objectives) => [...objectives, stored]);
  const locator = { shardKey: target, objectiveId: stored.id, cycleId: stored.cycleId };
  write.setLocator(stored.id, locator);
  for (const keyResult of stored.keyResults) write.setLocator(keyResult.id, locator);
  return target;
}

async function replaceKeyResult(
  write: ShardWrite,
  located: LocatedObjective,
  keyResult: KeyResult,
): Promise<void> {
  const stored = {
    ...located.stored,
    keyResults: located.stored.keyResults.map((k) => (k.id === keyResult.id ? keyResult : k)),
  };
  await replaceObjective(write, located.shardKey, stored, false);
}

function assertVersion(what: string, stored: number, expected: number): void {
  if (stored !== expected) {
    throw new ConflictError(
      `This ${what} was changed by someone else (now version ${stored}, you edited version ${expected})`,
      stored,
    );
  }
}

const notFound = (what: string, id: string) => new NotFoundError(`No ${what} with id "${id}"`);

function toRecord({ keyResults, ...objective }: StoredObjective): ObjectiveRecord {
  return {
    objective: objective as Objective,
    keyResults: [...keyResults].sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)),
  };
}

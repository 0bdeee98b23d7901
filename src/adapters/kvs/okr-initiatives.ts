import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import type { ObjectiveRecord, OkrRepository } from '../../application/ports';
import { isSnapshotOutdated } from '../../domain/epic-progress';
import type { EpicProgressSnapshot, Initiative, KeyResult } from '../../domain/types';
import { retryOnContention } from './contention';
import { readMany } from './batch-read';
import { assertVersion, locateKeyResult, notFound, replaceKeyResult, toRecord } from './okr-locate';
import {
  LOCATOR_ENTITY,
  readShards,
  SHARD_ENTITY,
  ShardWrite,
  type Locator,
  type ShardValue,
  type StoredObjective,
} from './okr-shard-store';

export const EPIC_LINK_ENTITY = 'epic-link';

interface EpicLink {
  epicKey: string;
  keyResultId: string;
  objectiveId: string;
  cycleId: string;
}

type InitiativeWrites = Pick<
  OkrRepository,
  'createInitiative' | 'updateInitiative' | 'deleteInitiative' | 'recordEpicSnapshots' | 'listByEpic'
>;

/**
 * Initiatives live inside their key result (in the objective's shard); an `epic-link` record per
 * epic initiative, written in the same transaction, lets the epic panel find them by epic.
 */
export const initiativeWrites: InitiativeWrites = {
  createInitiative: (initiative) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, initiative.keyResultId);
      if (!located) throw notFound('key result', initiative.keyResultId);
      const initiatives = [...(located.keyResult.initiatives ?? []), initiative];
      await replaceKeyResult(write, located, { ...located.keyResult, initiatives });
      indexEpic(write, initiative, located.stored, undefined);
      await write.commit(initiative.updatedAt);
      return initiative;
    }),

  updateInitiative: (initiative, expectedVersion) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, initiative.keyResultId);
      const current = located?.keyResult.initiatives?.find((i) => i.id === initiative.id);
      if (!located || !current) throw notFound('initiative', initiative.id);
      assertVersion('initiative', current.version, expectedVersion);
      const initiatives = (located.keyResult.initiatives ?? []).map((i) => (i.id === initiative.id ? initiative : i));
      await replaceKeyResult(write, located, { ...located.keyResult, initiatives });
      indexEpic(write, initiative, located.stored, current);
      await write.commit(initiative.updatedAt);
      return initiative;
    }),

  deleteInitiative: (keyResultId, initiativeId, expectedVersion) =>
    retryOnContention(async () => {
      const write = new ShardWrite();
      const located = await locateKeyResult(write, keyResultId);
      const current = located?.keyResult.initiatives?.find((i) => i.id === initiativeId);
      if (!located || !current) throw notFound('initiative', initiativeId);
      assertVersion('initiative', current.version, expectedVersion);
      const initiatives = (located.keyResult.initiatives ?? []).filter((i) => i.id !== initiativeId);
      await replaceKeyResult(write, located, { ...located.keyResult, initiatives });
      if (current.link.kind === 'epic') write.alsoDelete(EPIC_LINK_ENTITY, initiativeId);
      await write.commit(new Date().toISOString());
    }),

  async recordEpicSnapshots(cycleIds, snapshots) {
    if (snapshots.size === 0) return;
    for (const cycleId of cycleIds) {
      for (const { key, value } of await readShards(cycleId)) {
        if (!value.objectives.some((o) => needsSnapshot(o, snapshots))) continue;
        await retryOnContention(async () => {
          const write = new ShardWrite();
          const shard = await write.load(key);
          if (!shard) return;
          write.update(key, (objectives) => objectives.map((o) => withSnapshots(o, snapshots)));
          await write.commit(new Date().toISOString());
        });
      }
    }
  },

  async listByEpic(epicKey) {
    const objectiveIds = new Set<string>();
    let cursor: string | undefined;
    do {
      let query = kvs.entity<EpicLink>(EPIC_LINK_ENTITY).query().index('by-epic', { partition: [epicKey] }).limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await withKvsRetry(() => query.getMany());
      for (const { value } of page.results) objectiveIds.add(value.objectiveId);
      cursor = page.nextCursor;
    } while (cursor);
    // Batched reads: the panel's cost does not grow with the links, and a link whose objective
    // is gone (deleted, its clean-up still pending) costs nothing and is never shown.
    const locators = await readMany<Locator>(LOCATOR_ENTITY, objectiveIds);
    const shards = await readMany<ShardValue>(SHARD_ENTITY, [...locators.values()].map((l) => l.shardKey));
    const records: ObjectiveRecord[] = [];
    for (const objectiveId of objectiveIds) {
      const locator = locators.get(objectiveId);
      const stored = locator && shards.get(locator.shardKey)?.objectives.find((o) => o.id === objectiveId);
      if (stored) records.push(toRecord(stored));
    }
    return records;
  },
};

/** Keeps the epic index in step with the initiative's link (epic added, changed or removed). */
function indexEpic(write: ShardWrite, initiative: Initiative, objective: StoredObjective, previous: Initiative | undefined): void {
  if (initiative.link.kind === 'epic') {
    write.alsoSet(EPIC_LINK_ENTITY, initiative.id, {
      epicKey: initiative.link.epicKey,
      keyResultId: initiative.keyResultId,
      objectiveId: objective.id,
      cycleId: objective.cycleId,
    } satisfies EpicLink);
  } else if (previous?.link.kind === 'epic') {
    write.alsoDelete(EPIC_LINK_ENTITY, initiative.id);
  }
}

function needsSnapshot(objective: StoredObjective, snapshots: ReadonlyMap<string, EpicProgressSnapshot>): boolean {
  return objective.keyResults.some((kr) =>
    (kr.initiatives ?? []).some((i) => {
      if (i.link.kind !== 'epic') return false;
      const fresh = snapshots.get(i.link.epicKey);
      return fresh !== undefined && isSnapshotOutdated(i.link.lastKnown, fresh);
    }),
  );
}

function withSnapshots(objective: StoredObjective, snapshots: ReadonlyMap<string, EpicProgressSnapshot>): StoredObjective {
  const keyResults = objective.keyResults.map((kr): KeyResult => {
    if (!kr.initiatives?.length) return kr;
    return {
      ...kr,
      initiatives: kr.initiatives.map((i) => {
        if (i.link.kind !== 'epic') return i;
        const fresh = snapshots.get(i.link.epicKey);
        return fresh && isSnapshotOutdated(i.link.lastKnown, fresh) ? { ...i, link: { ...i.link, lastKnown: fresh } } : i;
      }),
    };
  });
  return { ...objective, keyResults };
}

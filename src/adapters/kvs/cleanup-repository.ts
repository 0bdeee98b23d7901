import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import type { CleanupMarkerId, CleanupRepository } from '../../application/ports';
import type { KeyResult } from '../../domain/types';
import { CHECK_IN_ENTITY, CORRECTION_ENTITY } from './check-in-repository';
import { EPIC_LINK_ENTITY } from './okr-initiatives';
import { MAX_TRANSACTION_OPERATIONS, type ShardWrite } from './okr-shard-store';

/**
 * What a deleted objective or key result left in storage: its check-ins (found by key result)
 * and the epic links that did not fit in the delete's own transaction. Written in that
 * transaction, so a delete is never without it; removed once everything it names is gone.
 */
export const CLEANUP_ENTITY = 'cleanup';

interface CleanupMarker {
  kind: 'objective' | 'key-result';
  /** The deleted objective or key result. */
  targetId: string;
  objectiveId: string;
  /** Key results whose check-ins are to be removed. */
  keyResultIds: string[];
  /** `epic-link` keys (initiative ids) left to remove. */
  epicLinkIds: string[];
  createdAt: string;
}

/** Check-ins removed per page: one query and one transaction of at most 25 deletes. */
const PAGE = MAX_TRANSACTION_OPERATIONS;

/**
 * Adds to a delete's transaction: the removal of its key results' epic links, as many as fit,
 * and (when anything is left: check-ins, or links that did not fit) the clean-up marker.
 * Answers the marker's key, if one was written.
 */
export function recordCleanup(
  write: ShardWrite,
  deleted: { kind: CleanupMarker['kind']; targetId: string; objectiveId: string; keyResults: readonly KeyResult[] },
): CleanupMarkerId | undefined {
  const epicLinkIds = deleted.keyResults.flatMap((kr) => (kr.initiatives ?? []).filter((i) => i.link.kind === 'epic').map((i) => i.id));
  // Every check-in also set its key result's lastCheckIn: none there means none to find.
  const keyResultIds = deleted.keyResults.filter((kr) => kr.lastCheckIn).map((kr) => kr.id);
  const room = MAX_TRANSACTION_OPERATIONS - write.operationCount();
  const needsMarker = keyResultIds.length > 0 || epicLinkIds.length > room;
  const inThisTransaction = epicLinkIds.slice(0, Math.max(0, needsMarker ? room - 1 : room));
  for (const id of inThisTransaction) write.alsoDelete(EPIC_LINK_ENTITY, id);
  if (!needsMarker) return undefined;
  const key = `${deleted.kind}:${deleted.targetId}`;
  write.alsoSet(CLEANUP_ENTITY, key, {
    kind: deleted.kind,
    targetId: deleted.targetId,
    objectiveId: deleted.objectiveId,
    keyResultIds,
    epicLinkIds: epicLinkIds.slice(inThisTransaction.length),
    createdAt: new Date().toISOString(),
  } satisfies CleanupMarker);
  return key;
}

export const kvsCleanupRepository: CleanupRepository = {
  async complete(markerId, maxDeletes) {
    const marker = await withKvsRetry(() => kvs.entity<CleanupMarker>(CLEANUP_ENTITY).get(markerId));
    if (!marker) return { done: true, deleted: 0 };
    let deleted = 0;
    // Epic links first: they are what a screen (the epic panel) would otherwise still query.
    for (let start = 0; start < marker.epicLinkIds.length; start += PAGE) {
      if (deleted >= maxDeletes) return { done: false, deleted };
      const keys = marker.epicLinkIds.slice(start, start + PAGE);
      await deleteAll(EPIC_LINK_ENTITY, keys);
      deleted += keys.length;
    }
    // A key result's check-ins, and the marks of which of them were corrected.
    for (const keyResultId of marker.keyResultIds) {
      for (const entityName of [CHECK_IN_ENTITY, CORRECTION_ENTITY]) {
        for (;;) {
          if (deleted >= maxDeletes) return { done: false, deleted };
          // Always the first page: what was deleted is gone, so a cursor would skip records.
          const page = await withKvsRetry(() =>
            kvs.entity(entityName).query().index('by-key-result', { partition: [keyResultId] }).limit(PAGE).getMany(),
          );
          if (page.results.length === 0) break;
          await deleteAll(entityName, page.results.map((r) => r.key));
          deleted += page.results.length;
          if (page.results.length < PAGE) break;
        }
      }
    }
    await withKvsRetry(() => kvs.entity(CLEANUP_ENTITY).delete(markerId));
    return { done: true, deleted };
  },

  async pending(limit) {
    const page = await withKvsRetry(() => kvs.entity<CleanupMarker>(CLEANUP_ENTITY).query().index('by-created').limit(limit).getMany());
    return page.results.map((r) => r.key);
  },
};

/** One transaction of deletes: deleting a record already gone is no error, so reruns are safe. */
async function deleteAll(entityName: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  let tx = kvs.transact();
  for (const key of keys) tx = tx.delete(key, { entityName });
  await withKvsRetry(() => tx.execute());
}

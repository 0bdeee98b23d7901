import { ForgeKvsAPIError, kvs, Sort } from '@forge/kvs';
import { invalidField } from '../../application/errors';
import type { OkrChangeRepository } from '../../application/ports';
import type { OkrChange } from '../../domain/okr-changes';
import { withKvsRetry } from './rate-limit-retry';
import type { ShardWrite } from './okr-shard-store';

/**
 * The history of changes to objectives and key results (`okr-change` records). Each is written
 * by the OKR repository in the same transaction as the shard write that makes the change, so a
 * change is never stored without its record, nor a record without its change; this side only
 * reads them, newest first, a page at a time.
 */
export const OKR_CHANGE_ENTITY = 'okr-change';

type StoredChange = Omit<OkrChange, 'id'>;

/** Adds the change's record to a write's transaction (one operation), if there is one. */
export function recordChange(write: ShardWrite, change: OkrChange | undefined): void {
  if (!change) return;
  const { id, byAccountId, ...rest } = change;
  // kvs rejects null on typed attributes: an absent author (not signed in) is left out.
  const stored: StoredChange = { ...rest, ...(byAccountId ? { byAccountId } : {}) };
  write.alsoSet(OKR_CHANGE_ENTITY, id, stored);
}

export const kvsOkrChangeRepository: OkrChangeRepository = {
  async listByObjective(objectiveId, { cursor, limit }) {
    let query = kvs
      .entity<StoredChange>(OKR_CHANGE_ENTITY)
      .query()
      .index('by-objective', { partition: [objectiveId] })
      .sort(Sort.DESC)
      .limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await withKvsRetry(() => query.getMany()).catch((error: unknown) => {
      if (cursor && error instanceof ForgeKvsAPIError && /CURSOR/i.test(error.code ?? '')) {
        throw invalidField('cursor', 'invalid_value', 'This cursor is not one a previous page of this history returned');
      }
      throw error;
    });
    return {
      changes: page.results.map(({ key, value }) => ({ ...value, id: key })),
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    };
  },
};

import { kvs } from '@forge/kvs';
import { ConflictError, NotFoundError } from '../../application/errors';
import { isWriteContention } from './contention';
import { isAbsent, versionIs } from './conditions';
import { newMarkerValue, ORG_MARKER_KEY, ORG_WIDE_ENTITIES } from './change-markers';
import { withKvsRetry } from './rate-limit-retry';

/**
 * Optimistic concurrency for a single-record entity: create only if absent, replace only if the
 * stored `version` is the one the user edited. Both are one kvs transaction, so a stale save
 * changes nothing.
 */
export async function saveVersioned<T extends { id: string; version: number }>(
  entityName: string,
  record: T,
  expectedVersion: number | undefined,
  what: string,
): Promise<T> {
  const { id, ...value } = record;
  const conditions = expectedVersion === undefined ? isAbsent() : versionIs(expectedVersion);
  try {
    await withKvsRetry(() => {
      let tx = kvs.transact().set(id, value, { entityName, conditions });
      // Teams, cycles and settings show in every tree: open panels must see the change.
      if (ORG_WIDE_ENTITIES.has(entityName)) tx = tx.set(ORG_MARKER_KEY, newMarkerValue(new Date().toISOString()));
      return tx.execute();
    });
    return record;
  } catch (error) {
    if (!isWriteContention(error)) throw error;
    const stored = await withKvsRetry(() => kvs.entity<{ version: number }>(entityName).get(id));
    if (!stored) throw new NotFoundError(`No ${what} with id "${id}"`);
    throw new ConflictError(
      `This ${what} was changed by someone else (now version ${stored.version}, you edited version ${expectedVersion ?? 0})`,
      stored.version,
    );
  }
}

/** All records of an entity through one index, following cursors (lists here are small). */
export async function queryAll<T>(entityName: string, indexName: string): Promise<Array<T & { id: string }>> {
  const out: Array<T & { id: string }> = [];
  let cursor: string | undefined;
  do {
    let query = kvs.entity<T>(entityName).query().index(indexName).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await withKvsRetry(() => query.getMany());
    for (const { key, value } of page.results) out.push({ ...value, id: key });
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';

/** kvs batch calls take at most 25 keys. */
const BATCH = 25;

/**
 * The stored values of `keys` (one entity, or plain kvs keys when `entityName` is undefined), in
 * one batch request per 25 keys rather than one request per key. A key with no record is simply
 * absent from the answer; any other failure throws, so a screen never silently drops a record it
 * should show.
 */
export async function readMany<T>(entityName: string | undefined, keys: Iterable<string>): Promise<Map<string, T>> {
  const unique = [...new Set(keys)];
  const out = new Map<string, T>();
  for (let start = 0; start < unique.length; start += BATCH) {
    const items = unique.slice(start, start + BATCH).map((key) => (entityName ? { key, entityName } : { key }));
    const { successfulKeys, failedKeys } = await withKvsRetry(() => kvs.batchGet<T>(items));
    const failed = failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed.length) throw new Error(`Could not read ${entityName ?? 'keys'} ${failed.map((f) => `${f.key} (${f.error.code})`).join(', ')}`);
    for (const { key, value } of successfulKeys) out.set(key, value);
  }
  return out;
}

/**
 * What app storage holds, read straight from the host's kvs store (no app code in between), for
 * tests that assert what a call left behind. These reads count in the host's kvs stats: reset the
 * stats after using them when a test measures requests.
 */
import type { TestHost } from './host';

export interface StoredRecord<T = Record<string, unknown>> {
  key: string;
  value: T;
}

/** Every record of `entityName` in one partition of `indexName`, all pages. */
export function storedRecords<T = Record<string, unknown>>(
  host: TestHost,
  entityName: string,
  indexName: string,
  partition: unknown[] = [],
): StoredRecord<T>[] {
  const out: StoredRecord<T>[] = [];
  let cursor: string | undefined;
  do {
    const answer = host.local.kvs.handle('/api/v1/entity/query', {
      entityName,
      indexName,
      ...(partition.length ? { partition } : {}),
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    if (answer.status !== 200) throw new Error(`Query of ${entityName}/${indexName} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    const body = answer.body as { data: StoredRecord<T>[]; cursor?: string };
    out.push(...body.data.map(({ key, value }) => ({ key, value })));
    cursor = body.cursor;
  } while (cursor);
  return out;
}

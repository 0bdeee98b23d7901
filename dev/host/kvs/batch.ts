/**
 * `/api/v1/batch/{set,get,delete}`: up to 25 independent items per call. A malformed or oversized
 * batch fails as a whole (400); otherwise each item succeeds or fails on its own and the answer is
 * `{ successfulKeys, failedKeys: [{ key, entityName?, error: { code, message } }] }`, as the client expects.
 */
import { KvsError, errorInfo } from './errors';
import { applySet, deleteRecord, getRecord, optionsOf, prepareSet, spaceOf } from './records';
import type { StoreContext } from './records';
import { isRecord } from './validation';
import { metadataFieldsOf, withMetadata } from './wire';

export const MAX_BATCH_ITEMS = 25;
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

type ItemRef = { key: string; entityName?: string };
type Failed = ItemRef & { error: { code: string; message: string } };

export function batchSet(ctx: StoreContext, body: unknown) {
  return ctx.table.atomically(() =>
    eachItem(body, (item) => {
      applySet(ctx, prepareSet(spaceOf(ctx, item.entityName), item, { ttl: optionsOf(item).ttl }));
      return refOf(item);
    }),
  );
}

export function batchGet(ctx: StoreContext, body: unknown) {
  return eachItem(body, (item) => {
    const row = getRecord(ctx, spaceOf(ctx, item.entityName), item.key);
    return { ...refOf(item), ...withMetadata(row, metadataFieldsOf(item)) };
  });
}

export function batchDelete(ctx: StoreContext, body: unknown) {
  return ctx.table.atomically(() =>
    eachItem(body, (item) => {
      deleteRecord(ctx, spaceOf(ctx, item.entityName), item.key);
      return refOf(item);
    }),
  );
}

function eachItem<T>(body: unknown, run: (item: Record<string, unknown>) => T): { successfulKeys: T[]; failedKeys: Failed[] } {
  const items = checkBatch(body);
  const successfulKeys: T[] = [];
  const failedKeys: Failed[] = [];
  for (const item of items) {
    try {
      successfulKeys.push(run(item));
    } catch (e) {
      failedKeys.push({ ...refOf(item), error: errorInfo(e) });
    }
  }
  return { successfulKeys, failedKeys };
}

function checkBatch(body: unknown): Record<string, unknown>[] {
  if (!Array.isArray(body) || !body.every(isRecord)) throw new KvsError('BAD_REQUEST', 'A batch body must be a list of items');
  if (body.length > MAX_BATCH_ITEMS) {
    throw new KvsError('TOO_MANY_ITEMS', `A batch holds at most ${MAX_BATCH_ITEMS} items; got ${body.length}`);
  }
  checkPayload(body, 'batch');
  return body;
}

export function checkPayload(body: unknown, what: string): void {
  const bytes = Buffer.byteLength(JSON.stringify(body), 'utf8');
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new KvsError('PAYLOAD_TOO_LARGE', `A ${what} is at most ${MAX_PAYLOAD_BYTES} bytes; got ${bytes}`);
  }
}

function refOf(item: Record<string, unknown>): ItemRef {
  const key = typeof item.key === 'string' ? item.key : String(item.key);
  return typeof item.entityName === 'string' ? { key, entityName: item.entityName } : { key };
}

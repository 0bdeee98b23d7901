/**
 * Single-record operations shared by the plain, batch and transaction endpoints. Writes are split
 * into prepare (validate everything, touch nothing) and apply, so a transaction can reject a bad
 * operation before any of its writes happen.
 */
import { KvsError } from './errors';
import { schemaFor, validateEntityValue } from './schema';
import type { EntitySchema } from './schema';
import type { SqliteTable, StoredRow } from './sqlite-table';
import { isRecord, serializeValue, ttlMillis, validateKey } from './validation';

export interface StoreContext {
  table: SqliteTable;
  schemas: Map<string, EntitySchema>;
  now: () => number;
}

/** Which namespace a request addresses: plain keys, secrets, or one declared entity. */
export type Space = { kind: 'kvs' } | { kind: 'secret' } | { kind: 'entity'; schema: EntitySchema };

export function nsOf(space: Space): string {
  return space.kind === 'entity' ? `entity:${space.schema.name}` : space.kind;
}

/** Plain kvs unless the item names an entity (batch and transaction items may do either). */
export function spaceOf(ctx: StoreContext, entityName: unknown): Space {
  return entityName === undefined || entityName === null ? { kind: 'kvs' } : { kind: 'entity', schema: schemaFor(ctx.schemas, entityName) };
}

export interface PreparedSet {
  space: Space;
  key: string;
  json: string;
  ttlMs?: number;
  failIfExists: boolean;
}

export function prepareSet(space: Space, item: Record<string, unknown>, options: Record<string, unknown> = {}): PreparedSet {
  const key = validateKey(item.key);
  if (!('value' in item)) throw new KvsError('INVALID_VALUE', 'Value is required');
  if (space.kind === 'entity') validateEntityValue(space.schema, item.value);
  const json = serializeValue(item.value);
  const ttlMs = ttlMillis(options.ttl);
  const policy = options.keyPolicy ?? 'OVERRIDE';
  if (policy !== 'OVERRIDE' && policy !== 'FAIL_IF_EXISTS') {
    throw new KvsError('INVALID_OPTIONS', `keyPolicy must be OVERRIDE or FAIL_IF_EXISTS; got ${JSON.stringify(policy)}`);
  }
  return { space, key, json, failIfExists: policy === 'FAIL_IF_EXISTS', ...(ttlMs !== undefined ? { ttlMs } : {}) };
}

/** Writes a prepared set. An expired row counts as absent, so it neither blocks nor keeps its createdAt. */
export function applySet(ctx: StoreContext, w: PreparedSet): { previous?: StoredRow; current: StoredRow } {
  const now = ctx.now();
  const ns = nsOf(w.space);
  const previous = ctx.table.get(ns, w.key, now);
  if (previous && w.failIfExists) {
    throw new KvsError('KEY_ALREADY_EXISTS', `Key "${w.key}" already exists and keyPolicy is FAIL_IF_EXISTS`);
  }
  const row = { key: w.key, createdAt: previous?.createdAt ?? now, updatedAt: now, expireAt: w.ttlMs === undefined ? null : now + w.ttlMs };
  ctx.table.put(ns, { ...row, json: w.json });
  const current: StoredRow = { ...row, value: JSON.parse(w.json) as unknown };
  return previous ? { previous, current } : { current };
}

export function getRecord(ctx: StoreContext, space: Space, key: unknown): StoredRow {
  const k = validateKey(key);
  const row = ctx.table.get(nsOf(space), k, ctx.now());
  if (!row) throw new KvsError('KEY_NOT_FOUND', `Key "${k}" does not exist`);
  return row;
}

export function deleteRecord(ctx: StoreContext, space: Space, key: unknown): void {
  const row = getRecord(ctx, space, key);
  ctx.table.delete(nsOf(space), row.key);
}

export function optionsOf(item: Record<string, unknown>): Record<string, unknown> {
  if (item.options === undefined || item.options === null) return {};
  if (!isRecord(item.options)) throw new KvsError('INVALID_OPTIONS', 'options must be an object');
  return item.options;
}

/**
 * `/api/v1/entity/query`: select one partition of an index, narrow by a condition on the range
 * attribute, order by (range value, key), page with an opaque cursor, then apply filters.
 *
 * Like the DynamoDB-style store Forge runs on:
 * - indexes are sparse: an entity missing any partition or range attribute is not in that index;
 * - `limit` counts the index entries read, and filters run on those, so a filtered page can hold
 *   fewer than `limit` results (even none) while a cursor says there is more. App code must loop
 *   on the cursor rather than treat a short page as the end.
 */
import { WHERE_CONDITIONS, compareValues, matchesClause, matchesFilter, parseClause, parseFilter } from './conditions';
import type { Clause, Filter } from './conditions';
import { KvsError } from './errors';
import { BY_KEY_INDEX } from './schema';
import type { EntitySchema, ResolvedIndex } from './schema';
import type { StoredRow } from './sqlite-table';
import { isRecord } from './validation';
import { metadataFieldsOf, withMetadata } from './wire';
import type { WireItem } from './wire';

export const ENTITY_QUERY_DEFAULT_LIMIT = 10;
export const ENTITY_QUERY_MAX_LIMIT = 100;

interface Plan {
  index: ResolvedIndex;
  partition: unknown[];
  range?: Clause;
  filter?: Filter;
  descending: boolean;
  limit: number;
  after?: { r: unknown; k: string };
}

export function queryEntities(schema: EntitySchema, rows: StoredRow[], body: Record<string, unknown>): { data: WireItem[]; cursor?: string } {
  const plan = planQuery(schema, body);
  const fields = metadataFieldsOf(body);
  const { index } = plan;
  const entries = rows
    .filter((row) => isRecord(row.value) && inPartition(index, plan.partition, row.value))
    .map((row) => ({ row, r: rangeValue(index, row) }))
    .filter((e) => e.r !== undefined && (!plan.range || matchesClause(plan.range, e.r)));
  const dir = plan.descending ? -1 : 1;
  entries.sort((x, y) => dir * compareEntries(x.r, x.row.key, y.r, y.row.key));
  const after = plan.after;
  const start = after ? entries.findIndex((e) => dir * compareEntries(e.r, e.row.key, after.r, after.k) > 0) : 0;
  const remaining = start < 0 ? [] : entries.slice(start);
  const scanned = remaining.slice(0, plan.limit);
  const last = scanned[scanned.length - 1];
  const data = scanned
    .filter((e) => !plan.filter || matchesFilter(plan.filter, e.row.value as Record<string, unknown>))
    .map((e) => withMetadata(e.row, fields));
  const more = remaining.length > plan.limit && last !== undefined;
  return more ? { data, cursor: encodeCursor(index.name, last.r, last.row.key) } : { data };
}

function planQuery(schema: EntitySchema, body: Record<string, unknown>): Plan {
  const index = schema.indexes.get(String(body.indexName));
  if (!index) {
    throw new KvsError('UNKNOWN_INDEX', `Entity "${schema.name}" has no index "${String(body.indexName)}" (has: ${[...schema.indexes.keys()].join(', ')})`);
  }
  const partition = body.partition ?? [];
  if (!Array.isArray(partition) || partition.length !== index.partition.length) {
    throw new KvsError(
      'INVALID_PARTITION',
      `Index "${index.name}" needs a partition of ${index.partition.length} value(s) [${index.partition.join(', ')}]; got ${JSON.stringify(body.partition)}`,
    );
  }
  partition.forEach((v, i) => checkType(schema, index.partition[i] ?? '', v, 'INVALID_PARTITION'));
  const plan: Plan = { index, partition, descending: sortOf(body.sort), limit: limitOf(body.limit) };
  if (body.range !== undefined && body.range !== null) {
    if (index.name !== BY_KEY_INDEX && index.range === undefined) {
      throw new KvsError('INVALID_QUERY', `Index "${index.name}" has no range attribute to put a where condition on`);
    }
    plan.range = parseClause(body.range, WHERE_CONDITIONS, 'INVALID_QUERY');
    for (const v of plan.range.values) checkType(schema, index.range ?? '', v, 'INVALID_QUERY');
  }
  if (body.filters !== undefined && body.filters !== null) {
    plan.filter = parseFilter(body.filters, 'INVALID_QUERY', (p) => p in schema.attributes);
  }
  if (body.cursor !== undefined && body.cursor !== null) plan.after = decodeCursor(body.cursor, index.name);
  return plan;
}

/** A where/partition value must be comparable with the attribute it targets (the key is a string). */
function checkType(schema: EntitySchema, attr: string, v: unknown, code: 'INVALID_PARTITION' | 'INVALID_QUERY'): void {
  const type = attr === '' ? 'string' : schema.attributes[attr];
  const ok =
    type === 'any' ||
    (type === 'string' && typeof v === 'string') ||
    ((type === 'integer' || type === 'float') && typeof v === 'number') ||
    (type === 'boolean' && typeof v === 'boolean');
  if (!ok) throw new KvsError(code, `${JSON.stringify(v)} does not match ${attr || 'key'} (${type})`);
}

function sortOf(sort: unknown): boolean {
  if (sort === undefined || sort === null || sort === 'ASC') return false;
  if (sort === 'DESC') return true;
  throw new KvsError('INVALID_QUERY', `sort must be ASC or DESC; got ${JSON.stringify(sort)}`);
}

function limitOf(limit: unknown): number {
  if (limit === undefined || limit === null) return ENTITY_QUERY_DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > ENTITY_QUERY_MAX_LIMIT) {
    throw new KvsError('INVALID_LIMIT', `limit must be an integer from 1 to ${ENTITY_QUERY_MAX_LIMIT}; got ${JSON.stringify(limit)}`);
  }
  return limit;
}

function inPartition(index: ResolvedIndex, partition: unknown[], value: Record<string, unknown>): boolean {
  return index.partition.every((attr, i) => value[attr] !== undefined && value[attr] === partition[i]);
}

/** The key itself for `by-key` and range-less indexes, so they order by key alone. */
function rangeValue(index: ResolvedIndex, row: StoredRow): unknown {
  return index.range === undefined ? row.key : (row.value as Record<string, unknown>)[index.range];
}

function compareEntries(r1: unknown, k1: string, r2: unknown, k2: string): number {
  const byRange = compareValues(r1, r2) ?? typeRank(r1) - typeRank(r2);
  return byRange !== 0 ? byRange : (compareValues(k1, k2) ?? 0);
}

/** Orders values of different types in an `any`-typed range attribute deterministically. */
function typeRank(v: unknown): number {
  return ['boolean', 'number', 'string', 'object'].indexOf(typeof v);
}

/** The cursor names its index and the last (range value, key) read, so inserts never shift pages. */
function encodeCursor(index: string, r: unknown, k: string): string {
  return Buffer.from(JSON.stringify({ i: index, r, k })).toString('base64url');
}

function decodeCursor(cursor: unknown, index: string): { r: unknown; k: string } {
  try {
    const parsed = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as unknown;
    if (isRecord(parsed) && parsed.i === index && typeof parsed.k === 'string') return { r: parsed.r, k: parsed.k };
  } catch {
    // fall through to the error below
  }
  throw new KvsError('INVALID_CURSOR', `Cursor ${JSON.stringify(cursor)} is not one this index (${index}) returned`);
}

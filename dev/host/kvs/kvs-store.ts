/**
 * The Forge KVS / Custom Entity Store, emulated over one SQLite file: `handle(path, body)` answers
 * the requests `@forge/kvs` sends (see forge-fetch.ts for the HTTP shape) with Forge's semantics
 * and limits, so the app's storage code runs unchanged against the local host.
 */
import { batchDelete, batchGet, batchSet } from './batch';
import { queryEntities } from './entity-query';
import { KvsError } from './errors';
import type { EntityDeclaration } from './manifest-entities';
import { applySet, deleteRecord, getRecord, nsOf, optionsOf, prepareSet } from './records';
import type { Space, StoreContext } from './records';
import { resolveSchemas, schemaFor } from './schema';
import { SqliteTable, type RawStoredRow } from './sqlite-table';
import { transact } from './transaction';
import { isRecord } from './validation';
import { fullItem, metadataFieldsOf, withMetadata } from './wire';

export interface KvsStoreOptions {
  /** A database file (created if missing, kept across runs) or ':memory:'. */
  file: string;
  /** The manifest's `app.storage.entities` (see readEntityDeclarations). */
  entities: EntityDeclaration[];
  /** Epoch milliseconds; injectable so TTL expiry can be tested without waiting. */
  now?: () => number;
}

export interface KvsResponse {
  status: number;
  /** JSON-able body; undefined means an empty (204) response. */
  body: unknown;
}

export interface KvsStats {
  requests: number;
  byPath: Record<string, number>;
}

export const KEY_QUERY_DEFAULT_LIMIT = 10;
export const KEY_QUERY_MAX_LIMIT = 20;

type Handler = (body: unknown) => unknown;

export class KvsStore {
  private readonly ctx: StoreContext;
  private readonly routes: Record<string, Handler>;
  private counters: KvsStats = { requests: 0, byPath: {} };

  constructor(options: KvsStoreOptions) {
    const table = new SqliteTable(options.file);
    this.ctx = { table, schemas: resolveSchemas(options.entities), now: options.now ?? Date.now };
    table.purgeExpired(this.ctx.now());
    const plain: Space = { kind: 'kvs' };
    const secret: Space = { kind: 'secret' };
    const entity = (b: Record<string, unknown>): Space => ({ kind: 'entity', schema: schemaFor(this.ctx.schemas, b.entityName) });
    this.routes = {
      '/api/v1/get': (b) => this.get(plain, record(b)),
      '/api/v1/set': (b) => this.set(plain, record(b)),
      '/api/v1/delete': (b) => deleteRecord(this.ctx, plain, record(b).key),
      '/api/v1/query': (b) => this.queryKeys(record(b)),
      '/api/v1/secret/get': (b) => this.get(secret, record(b)),
      '/api/v1/secret/set': (b) => this.set(secret, record(b)),
      '/api/v1/secret/delete': (b) => deleteRecord(this.ctx, secret, record(b).key),
      '/api/v1/entity/get': (b) => this.get(entity(record(b)), record(b)),
      '/api/v1/entity/set': (b) => this.set(entity(record(b)), record(b)),
      '/api/v1/entity/delete': (b) => deleteRecord(this.ctx, entity(record(b)), record(b).key),
      '/api/v1/entity/query': (b) => this.queryEntity(record(b)),
      '/api/v1/batch/set': (b) => batchSet(this.ctx, b),
      '/api/v1/batch/get': (b) => batchGet(this.ctx, b),
      '/api/v1/batch/delete': (b) => batchDelete(this.ctx, b),
      '/api/v1/transaction': (b) => transact(this.ctx, b),
    };
  }

  handle(path: string, body: unknown): KvsResponse {
    this.counters.requests += 1;
    this.counters.byPath[path] = (this.counters.byPath[path] ?? 0) + 1;
    try {
      const route = this.routes[path];
      if (!route) throw new KvsError('NOT_FOUND', `No KVS endpoint ${path}`);
      const result = route(body);
      return result === undefined ? { status: 204, body: undefined } : { status: 200, body: result };
    } catch (e) {
      const err = e instanceof KvsError ? e : new KvsError('INTERNAL_SERVER_ERROR', e instanceof Error ? e.message : String(e));
      return { status: err.status, body: err.toBody() };
    }
  }

  stats(): KvsStats {
    return { requests: this.counters.requests, byPath: { ...this.counters.byPath } };
  }

  resetStats(): void {
    this.counters = { requests: 0, byPath: {} };
  }

  /** Every stored row as it is on disk, for tests that assert a refused call wrote nothing. */
  dump(): RawStoredRow[] {
    return this.ctx.table.dump();
  }

  /** Deletes every key, secret and entity. */
  reset(): void {
    this.ctx.table.reset();
  }

  close(): void {
    this.ctx.table.close();
  }

  private get(space: Space, body: Record<string, unknown>) {
    return fullItem(getRecord(this.ctx, space, body.key));
  }

  /** Answers with a record only when `returnValue` asks for one; PREVIOUS of a new key is empty. */
  private set(space: Space, body: Record<string, unknown>) {
    const options = optionsOf(body);
    const returnValue = options.returnValue;
    if (returnValue !== undefined && returnValue !== 'PREVIOUS' && returnValue !== 'LATEST') {
      throw new KvsError('INVALID_OPTIONS', `returnValue must be PREVIOUS or LATEST; got ${JSON.stringify(returnValue)}`);
    }
    if (returnValue !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
      throw new KvsError('INVALID_OPTIONS', 'returnValue can only be used with keyPolicy OVERRIDE');
    }
    const { previous, current } = applySet(this.ctx, prepareSet(space, body, options));
    if (returnValue === 'LATEST') return fullItem(current);
    if (returnValue === 'PREVIOUS' && previous) return fullItem(previous);
    return undefined;
  }

  /** Plain keys only (never secrets or entities), by key, optionally BEGINS_WITH one prefix. */
  private queryKeys(body: Record<string, unknown>) {
    const limit = body.limit ?? KEY_QUERY_DEFAULT_LIMIT;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > KEY_QUERY_MAX_LIMIT) {
      throw new KvsError('INVALID_LIMIT', `limit must be an integer from 1 to ${KEY_QUERY_MAX_LIMIT}; got ${JSON.stringify(limit)}`);
    }
    const prefix = keyPrefixOf(body.where);
    const after = body.after === undefined || body.after === null ? '' : decodeKeyCursor(body.after);
    const rows = this.ctx.table.page(nsOf({ kind: 'kvs' }), prefix, after, limit + 1, this.ctx.now());
    const fields = metadataFieldsOf(body);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const data = page.map((row) => withMetadata(row, fields));
    return rows.length > limit && last ? { data, cursor: Buffer.from(last.key).toString('base64url') } : { data };
  }

  private queryEntity(body: Record<string, unknown>) {
    const schema = schemaFor(this.ctx.schemas, body.entityName);
    const index = schema.indexes.get(String(body.indexName));
    const partition = index && Array.isArray(body.partition) && body.partition.length === index.partition.length ? body.partition : undefined;
    const ns = nsOf({ kind: 'entity', schema });
    // Narrow to the partition in SQL when the request names a well-formed one; queryEntities validates all of it.
    const scalar = partition?.every((v) => ['string', 'number', 'boolean'].includes(typeof v));
    const rows = index && partition && scalar
      ? this.ctx.table.allMatching(ns, this.ctx.now(), index.partition, partition)
      : this.ctx.table.all(ns, this.ctx.now());
    return queryEntities(schema, rows, body);
  }
}

function record(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new KvsError('BAD_REQUEST', 'Request body must be a JSON object');
  return body;
}

function keyPrefixOf(where: unknown): string {
  if (where === undefined || where === null || (Array.isArray(where) && where.length === 0)) return '';
  const [clause, ...rest] = Array.isArray(where) ? where : [undefined];
  const ok =
    rest.length === 0 &&
    isRecord(clause) &&
    clause.property === 'key' &&
    clause.condition === 'BEGINS_WITH' &&
    Array.isArray(clause.values) &&
    clause.values.length === 1 &&
    typeof clause.values[0] === 'string';
  if (!ok || !isRecord(clause) || !Array.isArray(clause.values)) {
    throw new KvsError('INVALID_QUERY', `where must be [{ property: 'key', condition: 'BEGINS_WITH', values: [string] }]`);
  }
  return clause.values[0] as string;
}

function decodeKeyCursor(cursor: unknown): string {
  const key = typeof cursor === 'string' ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (key === '' || Buffer.from(key).toString('base64url') !== cursor) {
    throw new KvsError('INVALID_CURSOR', `Cursor ${JSON.stringify(cursor)} is not one a query returned`);
  }
  return key;
}

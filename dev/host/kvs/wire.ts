/**
 * How stored rows go back over the wire: `createdAt`/`updatedAt` as epoch seconds (as in the
 * client's own fixtures) and `expireTime` as an ISO string, present only when a TTL is set.
 */
import { KvsError } from './errors';
import type { StoredRow } from './sqlite-table';
import { isRecord } from './validation';

export type MetadataField = 'CREATED_AT' | 'UPDATED_AT' | 'EXPIRE_TIME';
const FIELDS: readonly string[] = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'];

export interface WireItem {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/** All metadata: get/set responses, which the client trims to what was asked for itself. */
export function fullItem(row: StoredRow): WireItem {
  return withMetadata(row, FIELDS as MetadataField[]);
}

/** Only the asked-for metadata: query and batch-get results, which the client passes through as is. */
export function withMetadata(row: StoredRow, fields: readonly MetadataField[]): WireItem {
  const item: WireItem = { key: row.key, value: row.value };
  if (fields.includes('CREATED_AT')) item.createdAt = Math.floor(row.createdAt / 1000);
  if (fields.includes('UPDATED_AT')) item.updatedAt = Math.floor(row.updatedAt / 1000);
  if (fields.includes('EXPIRE_TIME') && row.expireAt !== null) item.expireTime = new Date(row.expireAt).toISOString();
  return item;
}

/** Reads `options.metadataFields` (or a top-level `metadataFields`, as the request type also allows). */
export function metadataFieldsOf(body: Record<string, unknown>): MetadataField[] {
  const options = isRecord(body.options) ? body.options : {};
  const raw = options.metadataFields ?? body.metadataFields ?? [];
  if (!Array.isArray(raw) || raw.some((f) => typeof f !== 'string' || !FIELDS.includes(f))) {
    throw new KvsError('INVALID_OPTIONS', `metadataFields must be a list of ${FIELDS.join(', ')}`);
  }
  return raw as MetadataField[];
}

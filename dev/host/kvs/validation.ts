/**
 * Forge's documented limits on keys, values and TTLs, enforced on every write path (single, batch,
 * transaction) so an app that passes locally does not trip them in production.
 */
import { KvsError } from './errors';

export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_DEPTH = 31;
/** `\s-#` in Forge's published pattern is whitespace, '-' and '#'; written out so no range is implied. */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

export function validateKey(key: unknown): string {
  if (key === undefined || key === null || key === '') throw new KvsError('EMPTY_KEY', 'Key must not be empty');
  if (typeof key !== 'string') throw new KvsError('INVALID_KEY', 'Key must be a string');
  if (key.length > MAX_KEY_LENGTH) {
    throw new KvsError('KEY_TOO_LONG', `Key is ${key.length} characters; the maximum is ${MAX_KEY_LENGTH}`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new KvsError('INVALID_KEY', `Key "${key}" must match ${KEY_PATTERN.source}`);
  }
  return key;
}

/** Returns the JSON text to store. Forge accepts string, number, boolean, array or object values. */
export function serializeValue(value: unknown): string {
  if (value === undefined || value === null) throw new KvsError('INVALID_VALUE', 'Value must not be null or undefined');
  if (typeof value === 'number' && !Number.isFinite(value)) throw new KvsError('INVALID_VALUE', 'Value must be finite');
  const depth = depthOf(value, 0);
  if (depth > MAX_DEPTH) throw new KvsError('MAX_DEPTH', `Value is nested ${depth} levels deep; the maximum is ${MAX_DEPTH}`);
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_VALUE_BYTES) {
    throw new KvsError('MAX_SIZE', `Value is ${bytes} bytes serialized; the maximum is ${MAX_VALUE_BYTES}`);
  }
  return json;
}

/** A scalar is depth 0, `{}`/`[]` depth 1, each level of nesting one more. Stops early on runaway nesting. */
function depthOf(value: unknown, level: number): number {
  if (typeof value !== 'object' || value === null) return level;
  if (level > MAX_DEPTH) return level + 1;
  let max = level + 1;
  for (const child of Object.values(value)) max = Math.max(max, depthOf(child, level + 1));
  return max;
}

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

/** `{ value, unit }` to milliseconds; undefined when no TTL was asked for. */
export function ttlMillis(ttl: unknown): number | undefined {
  if (ttl === undefined || ttl === null) return undefined;
  const t = ttl as { value?: unknown; unit?: unknown };
  const unitMs = typeof t.unit === 'string' ? TTL_UNIT_MS[t.unit as keyof typeof TTL_UNIT_MS] : undefined;
  if (unitMs === undefined || typeof t.value !== 'number' || !Number.isInteger(t.value) || t.value <= 0) {
    throw new KvsError('INVALID_TTL', 'ttl must be { value: positive integer, unit: SECONDS|MINUTES|HOURS|DAYS }');
  }
  return t.value * unitMs;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

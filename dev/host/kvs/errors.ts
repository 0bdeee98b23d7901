/**
 * Errors the emulated KVS answers with. The real client (`@forge/kvs`) turns any non-2xx JSON
 * `{ code, message, ...extra }` into a `ForgeKvsAPIError` whose `code` is ours and whose `context`
 * holds `extra`, so the code is what app code and tests branch on.
 */
export type KvsErrorCode =
  // 400: the request itself is wrong
  | 'BAD_REQUEST' // malformed body (missing fields, wrong shapes)
  | 'EMPTY_KEY'
  | 'INVALID_KEY'
  | 'KEY_TOO_LONG'
  | 'INVALID_VALUE' // value missing, null, or not representable as JSON
  | 'MAX_SIZE' // serialized value over 240 KiB
  | 'MAX_DEPTH' // value nested deeper than allowed
  | 'INVALID_OPTIONS' // bad keyPolicy/returnValue/metadataFields combination
  | 'INVALID_TTL'
  | 'UNKNOWN_ENTITY' // entityName not declared in the manifest
  | 'INVALID_ENTITY_VALUE' // entity value is not an object
  | 'UNKNOWN_ATTRIBUTE' // entity value has an attribute the manifest does not declare
  | 'INVALID_ATTRIBUTE_TYPE' // attribute value does not match its declared type
  | 'UNKNOWN_INDEX'
  | 'INVALID_PARTITION'
  | 'INVALID_QUERY' // bad where/range condition, filter, or sort
  | 'INVALID_LIMIT'
  | 'INVALID_CURSOR'
  | 'TOO_MANY_ITEMS' // batch over 25 items, transaction over 25 operations
  | 'PAYLOAD_TOO_LARGE' // batch or transaction body over 4 MB
  | 'DUPLICATE_KEY' // same key twice in one transaction
  | 'INVALID_CONDITION' // transaction condition without entity or malformed
  // 404
  | 'KEY_NOT_FOUND' // the client maps this to `undefined` for get/delete
  | 'NOT_FOUND' // unknown API path
  // 409: the request is fine but the stored data disagrees
  | 'KEY_ALREADY_EXISTS' // keyPolicy FAIL_IF_EXISTS on an existing key
  | 'CONDITION_FAILED' // a transaction condition did not hold; nothing was written
  // 500
  | 'INTERNAL_SERVER_ERROR';

const STATUS: Partial<Record<KvsErrorCode, number>> = {
  KEY_NOT_FOUND: 404,
  NOT_FOUND: 404,
  KEY_ALREADY_EXISTS: 409,
  CONDITION_FAILED: 409,
  INTERNAL_SERVER_ERROR: 500,
};

export class KvsError extends Error {
  readonly status: number;

  constructor(
    readonly code: KvsErrorCode,
    message: string,
    readonly context?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'KvsError';
    this.status = STATUS[code] ?? 400;
  }

  /** The wire body: the client copies `context` into `ForgeKvsAPIError.context`. */
  toBody(): { code: string; message: string; context?: Record<string, unknown> } {
    return { code: this.code, message: this.message, ...(this.context ? { context: this.context } : {}) };
  }
}

/** For per-item batch failures, which are reported inside a 200 rather than thrown. */
export function errorInfo(e: unknown): { code: string; message: string } {
  if (e instanceof KvsError) return { code: e.code, message: e.message };
  return { code: 'INTERNAL_SERVER_ERROR', message: e instanceof Error ? e.message : String(e) };
}

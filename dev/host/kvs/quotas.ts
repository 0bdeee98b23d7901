/**
 * Forge's per-installation KVS / Custom Entity Store quotas (docs/decisions/0014-kvs-quotas.md),
 * metered the way the docs describe them (developer.atlassian.com/platform/forge/limits-kvs-ce):
 *
 * - 1000 requests per second;
 * - 4000 read units and 4000 write units per minute, a unit being one request's payload rounded
 *   up to the next 10 KB (a 65 KB request costs 7 units; anything up to 10 KB costs 1);
 * - a transaction counts as one write request (storage-reference/transactions).
 *
 * Over a quota the platform answers 429 with `{ code, message }`: `RATE_LIMIT_EXCEEDED`
 * (handling-errors-kvs), `TOO_MANY_REQUESTS` for a transaction (storage-reference/transactions).
 *
 * Guesses, because the docs do not say: each quota is a token bucket holding one window's worth
 * and refilling continuously; 10 KB is 10,000 bytes; a read is charged on the bytes it answers,
 * after it ran (so a large read can overdraw the bucket and the next reads wait), a write on the
 * bytes it sends; a refused request costs nothing; a Retry-After header (seconds) says when the
 * refused request would fit. @forge/kvs 1.6.5 never reads response headers other than the trace
 * id, so the app cannot see it: it is there for humans and other clients.
 */

export interface KvsQuotaLimits {
  requestsPerSecond: number;
  readUnitsPerMinute: number;
  writeUnitsPerMinute: number;
  /** Bytes per read/write unit. */
  unitBytes: number;
}

/** The documented per-installation limits (limits-kvs-ce, "Operation limits per installation"). */
export const FORGE_KVS_QUOTAS: Readonly<KvsQuotaLimits> = Object.freeze({
  requestsPerSecond: 1000,
  readUnitsPerMinute: 4000,
  writeUnitsPerMinute: 4000,
  unitBytes: 10_000,
});

export interface KvsQuotaOptions {
  /** Overrides of the documented limits (e.g. tiny ones, to test throttling). */
  limits?: Partial<KvsQuotaLimits>;
  /** Epoch milliseconds; injectable so windows can be tested without waiting. */
  now?: () => number;
  /** false: count usage but never refuse (a benchmark measuring what a screen costs). Default true. */
  enforce?: boolean;
}

export type KvsOperationKind = 'read' | 'write';

/** What the meter has counted since it was made (or last reset): a benchmark's storage cost. */
export interface KvsUsage {
  /** Requests admitted. */
  requests: number;
  readRequests: number;
  writeRequests: number;
  readUnits: number;
  writeUnits: number;
  readBytes: number;
  writeBytes: number;
  /** Requests refused with 429. */
  throttled: number;
}

export interface KvsQuotaRefusal {
  status: 429;
  body: { code: 'RATE_LIMIT_EXCEEDED' | 'TOO_MANY_REQUESTS'; message: string };
  headers: Record<string, string>;
  /** Which quota refused, and when the request would fit. */
  quota: 'requestsPerSecond' | 'readUnitsPerMinute' | 'writeUnitsPerMinute';
  retryAfterMs: number;
}

const WRITE_PATHS = new Set([
  '/api/v1/set',
  '/api/v1/delete',
  '/api/v1/secret/set',
  '/api/v1/secret/delete',
  '/api/v1/entity/set',
  '/api/v1/entity/delete',
  '/api/v1/batch/set',
  '/api/v1/batch/delete',
  '/api/v1/transaction',
]);

/** Reads: get, query, batch get (and anything unknown, which answers 404 but is still a request). */
export const kindOf = (path: string): KvsOperationKind => (WRITE_PATHS.has(path) ? 'write' : 'read');

/** Units a payload of `bytes` costs: rounded up to whole units, at least one. */
export const unitsFor = (bytes: number, unitBytes: number = FORGE_KVS_QUOTAS.unitBytes): number =>
  Math.max(1, Math.ceil(bytes / unitBytes));

/** A bucket of `capacity` tokens refilling `capacity` per `windowMs`; it may be overdrawn. */
class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    readonly capacity: number,
    private readonly windowMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  available(now: number): number {
    if (now > this.at) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) * this.capacity) / this.windowMs);
      this.at = now;
    }
    return this.tokens;
  }

  /** Milliseconds until `amount` tokens (at most the capacity) are available. */
  waitFor(amount: number, now: number): number {
    const missing = Math.min(amount, this.capacity) - this.available(now);
    return missing <= 0 ? 0 : Math.ceil((missing * this.windowMs) / this.capacity);
  }

  take(amount: number, now: number): void {
    this.available(now);
    this.tokens -= amount;
  }
}

const emptyUsage = (): KvsUsage => ({
  requests: 0,
  readRequests: 0,
  writeRequests: 0,
  readUnits: 0,
  writeUnits: 0,
  readBytes: 0,
  writeBytes: 0,
  throttled: 0,
});

/** The quotas of one installation (the local host is one installation: one meter per store). */
export class KvsQuotaMeter {
  readonly limits: Readonly<KvsQuotaLimits>;
  private readonly now: () => number;
  private readonly enforce: boolean;
  private readonly rps: TokenBucket;
  private readonly reads: TokenBucket;
  private readonly writes: TokenBucket;
  private counted: KvsUsage = emptyUsage();

  constructor(options: KvsQuotaOptions = {}) {
    this.limits = Object.freeze({ ...FORGE_KVS_QUOTAS, ...options.limits });
    this.now = options.now ?? Date.now;
    this.enforce = options.enforce ?? true;
    const t = this.now();
    this.rps = new TokenBucket(this.limits.requestsPerSecond, 1000, t);
    this.reads = new TokenBucket(this.limits.readUnitsPerMinute, 60_000, t);
    this.writes = new TokenBucket(this.limits.writeUnitsPerMinute, 60_000, t);
  }

  /**
   * Before a request runs: the 429 to answer if a quota is spent, else undefined (and the request
   * and, for a write, its units are charged). `requestBytes` is the JSON body as sent.
   */
  admit(path: string, requestBytes: number): KvsQuotaRefusal | undefined {
    const now = this.now();
    const kind = kindOf(path);
    const writeUnits = kind === 'write' ? unitsFor(requestBytes, this.limits.unitBytes) : 0;
    const refusal =
      this.refuse(path, 'requestsPerSecond', this.rps.waitFor(1, now)) ??
      (kind === 'read'
        ? this.refuse(path, 'readUnitsPerMinute', this.reads.waitFor(1, now))
        : this.refuse(path, 'writeUnitsPerMinute', this.writes.waitFor(writeUnits, now)));
    if (refusal) {
      this.counted.throttled += 1;
      return refusal;
    }
    this.rps.take(1, now);
    this.counted.requests += 1;
    if (kind === 'write') {
      this.writes.take(writeUnits, now);
      this.counted.writeRequests += 1;
      this.counted.writeUnits += writeUnits;
      this.counted.writeBytes += requestBytes;
    } else {
      this.counted.readRequests += 1;
    }
    return undefined;
  }

  /** After an admitted read ran: charges the units of what it answered (`responseBytes`). */
  settle(path: string, responseBytes: number): void {
    if (kindOf(path) !== 'read') return;
    const units = unitsFor(responseBytes, this.limits.unitBytes);
    this.reads.take(units, this.now());
    this.counted.readUnits += units;
    this.counted.readBytes += responseBytes;
  }

  usage(): KvsUsage {
    return { ...this.counted };
  }

  resetUsage(): void {
    this.counted = emptyUsage();
  }

  private refuse(path: string, quota: KvsQuotaRefusal['quota'], waitMs: number): KvsQuotaRefusal | undefined {
    if (waitMs <= 0 || !this.enforce) return undefined;
    const limit = this.limits[quota];
    const what = quota === 'requestsPerSecond' ? `${limit} requests per second` : `${limit} ${quota === 'readUnitsPerMinute' ? 'read' : 'write'} units per minute`;
    const code = path === '/api/v1/transaction' ? 'TOO_MANY_REQUESTS' : 'RATE_LIMIT_EXCEEDED';
    return {
      status: 429,
      body: { code, message: `Rate limit exceeded: this installation is over ${what}` },
      headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
      quota,
      retryAfterMs: waitMs,
    };
  }
}

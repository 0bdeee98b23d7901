import { ForgeKvsAPIError } from '@forge/kvs';
import { invocationDeadline } from '../platform/invocation-context';
import { StorageRateLimitedError } from './storage-busy';

/**
 * Forge storage refuses a request over the installation's quotas with HTTP 429 and code
 * RATE_LIMIT_EXCEEDED (a transaction: TOO_MANY_REQUESTS); see docs/decisions/0014-kvs-quotas.md.
 * A refused request was not performed, so trying the same request again later is always safe —
 * for reads and for conditional/transactional writes alike (a condition is judged again when the
 * retry runs). This is distinct from write contention (contention.ts): a 409 means the data
 * changed and the read-modify-write must be redone; a 429 means only "not now".
 */
export const RATE_LIMIT_CODES: readonly string[] = ['RATE_LIMIT_EXCEEDED', 'TOO_MANY_REQUESTS'];

export const isKvsRateLimited = (error: unknown): error is ForgeKvsAPIError =>
  error instanceof ForgeKvsAPIError && (RATE_LIMIT_CODES.includes(error.code) || error.responseDetails?.status === 429);

export interface KvsRetryOptions {
  /** Tries in all, the first included (default 3). */
  attempts?: number;
  /** The first pause before jitter; doubled each time (default 200 ms). */
  baseDelayMs?: number;
  /** The most one pause may be (default 1500 ms). */
  maxDelayMs?: number;
  /** The most all pauses together may be (default 3000 ms). */
  maxTotalWaitMs?: number;
  /** Epoch ms no retry may run past; defaults to the invocation's deadline (one for all its calls). */
  deadlineMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A wait the error asks for, in ms, if it carries one. @forge/kvs 1.6.5 surfaces no response
 * headers (only the trace id) and Forge documents no Retry-After for storage, so this reads a
 * `retryAfter` (seconds) or `retryAfterMs` the body might one day carry into `error.context`.
 */
export function retryAfterMsOf(error: ForgeKvsAPIError): number | undefined {
  const context = (error.context ?? {}) as Record<string, unknown>;
  const ms = context.retryAfterMs;
  if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = context.retryAfter ?? context['retry-after'];
  const parsed = typeof seconds === 'string' ? Number(seconds) : seconds;
  if (typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= 0) return parsed * 1000;
  return undefined;
}

/**
 * Runs `operation`; when storage answers "rate limited", waits (exponential backoff with full
 * jitter, or what the error asks for) and tries again, a bounded number of times within a bounded
 * total wait. When the budget is spent it throws StorageRateLimitedError (cause: the last 429),
 * which resolvers answer as UNAVAILABLE. Any other error is rethrown at once.
 */
export async function withKvsRetry<T>(operation: () => Promise<T>, options: KvsRetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const base = options.baseDelayMs ?? 200;
  const maxDelay = options.maxDelayMs ?? 1500;
  const maxTotal = options.maxTotalWaitMs ?? 3000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const deadlineMs = options.deadlineMs ?? invocationDeadline(now());
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isKvsRateLimited(error)) throw error;
      if (attempt >= attempts) throw new StorageRateLimitedError(error);
      const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1));
      const asked = retryAfterMsOf(error);
      // Full jitter spreads concurrent invocations; an explicit hint is honoured as a floor.
      const delay = Math.ceil(asked !== undefined ? Math.max(asked, backoff / 2) : backoff / 2 + (random() * backoff) / 2);
      const beyondDeadline = now() + delay >= deadlineMs;
      if (waited + delay > maxTotal || beyondDeadline) throw new StorageRateLimitedError(error);
      waited += delay;
      await sleep(delay);
    }
  }
}

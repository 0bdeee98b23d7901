import { ForgeKvsAPIError } from '@forge/kvs';
import { isWriteContention } from './contention';
import { isKvsRateLimited, retryAfterMsOf, withKvsRetry } from './rate-limit-retry';
import { StorageRateLimitedError, storageRateLimitedEnvelope } from './storage-busy';

const apiError = (status: number, code: string, context?: Record<string, unknown>) =>
  new ForgeKvsAPIError(
    { status, statusText: '', traceId: undefined, httpMethod: 'POST', httpPath: '/api/v1/entity/get', responseBodyLength: 0 } as never,
    { code, message: code, ...(context ? { context } : {}) },
  );
const rateLimited = () => apiError(429, 'RATE_LIMIT_EXCEEDED');

/** An operation failing with `errors` in turn, then answering 'done'. */
function failing(...errors: unknown[]) {
  const op = jest.fn(async () => {
    const next = errors.shift();
    if (next) throw next;
    return 'done';
  });
  return op;
}

function harness(start = 1_000_000) {
  let t = start;
  const waits: number[] = [];
  return {
    waits,
    options: {
      now: () => t,
      sleep: async (ms: number) => {
        waits.push(ms);
        t += ms;
      },
      random: () => 0.5,
    },
  };
}

describe('isKvsRateLimited', () => {
  it('recognises the documented codes and status, not contention or other failures', () => {
    expect(isKvsRateLimited(rateLimited())).toBe(true);
    expect(isKvsRateLimited(apiError(429, 'TOO_MANY_REQUESTS'))).toBe(true);
    expect(isKvsRateLimited(apiError(409, 'CONDITION_FAILED'))).toBe(false);
    expect(isKvsRateLimited(apiError(500, 'INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isKvsRateLimited(new Error('RATE_LIMIT_EXCEEDED'))).toBe(false);
  });

  it('is never mistaken for write contention (contention.ts), which redoes the read-modify-write', () => {
    expect(isWriteContention(rateLimited())).toBe(false);
    expect(isWriteContention(apiError(429, 'TOO_MANY_REQUESTS'))).toBe(false);
  });
});

describe('withKvsRetry', () => {
  it('answers at once when nothing is refused', async () => {
    const { options, waits } = harness();
    await expect(withKvsRetry(failing(), options)).resolves.toBe('done');
    expect(waits).toEqual([]);
  });

  it('retries a 429 with growing, jittered pauses and answers once storage admits it', async () => {
    const { options, waits } = harness();
    const op = failing(rateLimited(), apiError(429, 'TOO_MANY_REQUESTS'));
    await expect(withKvsRetry(op, options)).resolves.toBe('done');
    expect(op).toHaveBeenCalledTimes(3);
    // base 200 ms doubling; half fixed, half jitter (random 0.5): 150, then 300.
    expect(waits).toEqual([150, 300]);
  });

  it('gives up after the attempts with StorageRateLimitedError carrying the last 429', async () => {
    const { options, waits } = harness();
    const last = rateLimited();
    const op = failing(rateLimited(), rateLimited(), last, rateLimited());
    const error = await withKvsRetry(op, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageRateLimitedError);
    expect((error as StorageRateLimitedError).cause).toBe(last);
    expect(op).toHaveBeenCalledTimes(3);
    expect(waits).toHaveLength(2);
  });

  it('never waits more than the total budget', async () => {
    const { options, waits } = harness();
    const op = failing(...Array.from({ length: 10 }, rateLimited));
    await expect(withKvsRetry(op, { ...options, attempts: 10, maxTotalWaitMs: 1000 })).rejects.toBeInstanceOf(StorageRateLimitedError);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000);
  });

  it('never sleeps past the caller\'s deadline', async () => {
    const { options, waits } = harness(10_000);
    const op = failing(rateLimited(), rateLimited());
    await expect(withKvsRetry(op, { ...options, deadlineMs: 10_100 })).rejects.toBeInstanceOf(StorageRateLimitedError);
    expect(op).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });

  it('honours a retry-after hint the error carries', async () => {
    const { options, waits } = harness();
    const hinted = apiError(429, 'RATE_LIMIT_EXCEEDED', { retryAfter: 1 });
    expect(retryAfterMsOf(hinted)).toBe(1000);
    expect(retryAfterMsOf(apiError(429, 'RATE_LIMIT_EXCEEDED', { retryAfterMs: 40 }))).toBe(40);
    expect(retryAfterMsOf(rateLimited())).toBeUndefined();
    await expect(withKvsRetry(failing(hinted), options)).resolves.toBe('done');
    expect(waits).toEqual([1000]);
  });

  it('rethrows anything else at once, contention included', async () => {
    const { options, waits } = harness();
    const conflict = apiError(409, 'CONDITION_FAILED');
    const op = failing(conflict);
    await expect(withKvsRetry(op, options)).rejects.toBe(conflict);
    expect(op).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });

  it('works with real timers too', async () => {
    jest.useFakeTimers();
    try {
      const promise = withKvsRetry(failing(rateLimited()));
      await jest.advanceTimersByTimeAsync(200);
      await expect(promise).resolves.toBe('done');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('storageRateLimitedEnvelope', () => {
  it('answers UNAVAILABLE for an exhausted retry and nothing for other errors', () => {
    expect(storageRateLimitedEnvelope(new StorageRateLimitedError(rateLimited()))).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/try again/) },
    });
    expect(storageRateLimitedEnvelope(rateLimited())).toBeUndefined();
  });
});

import api, { type Route } from '@forge/api';
import { ProductUnavailableError } from '../../application/errors';
import { invocationDeadline, isJiraConnected } from '../platform/invocation-context';

/** A Jira REST answer that was not 2xx (after retries, for the retryable ones). */
export class JiraRequestError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    readonly body: unknown,
  ) {
    super(`Jira answered ${status} for ${path.split('?')[0]}`);
    this.name = 'JiraRequestError';
  }
}

/** Jira could not be read in time: rate limited or failing past our retries. */
export class JiraUnavailableError extends Error {
  constructor(
    readonly lastStatus: number | undefined,
    cause?: unknown,
  ) {
    super(`Jira is unavailable${lastStatus ? ` (last answer ${lastStatus})` : ''}`);
    this.name = 'JiraUnavailableError';
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/**
 * Retry policy: a resolver runs at most 25 s on Forge, so every Jira call of one invocation shares
 * one deadline inside it (invocationDeadline: the runtime's remaining time less a margin). 429
 * and 5xx are retried with exponential backoff and full jitter, never sooner than Jira's
 * Retry-After asks, and never when the wait would pass the deadline.
 */
export const RETRY = {
  maxAttempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
} as const;

export interface JiraCallOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Epoch ms after which no new attempt starts. Defaults to the invocation's deadline. */
  deadline?: number;
  /** Injected for tests of the policy itself; the app uses real time. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isRetryable = (status: number) => status === 429 || (status >= 500 && status <= 599);

/**
 * Calls Jira REST as the calling user (so nobody is shown what Jira would not show them) and
 * answers the parsed JSON body (undefined for 204). Non-retryable failures throw
 * JiraRequestError at once; retryable ones that outlast the budget throw JiraUnavailableError.
 */
export async function jiraAsUser<T>(path: Route, options: JiraCallOptions = {}): Promise<T> {
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const deadline = options.deadline ?? invocationDeadline();
  let lastStatus: number | undefined;
  for (let attempt = 0; attempt < RETRY.maxAttempts; attempt++) {
    let response: Awaited<ReturnType<ReturnType<typeof api.asUser>['requestJira']>>;
    try {
      response = await api.asUser().requestJira(path, {
        method: options.method ?? 'GET',
        headers: { Accept: 'application/json', ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
        ...(options.body ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch (error) {
      // The platform proxy failed before Jira answered (e.g. a network fault): retry as a 5xx.
      if (isAuthError(error)) throw error;
      lastStatus = undefined;
      if (!(await waitBeforeRetry(attempt, undefined, deadline, sleep, random))) throw new JiraUnavailableError(undefined, error);
      continue;
    }
    if (response.ok) {
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    }
    lastStatus = response.status;
    if (!isRetryable(response.status)) {
      throw new JiraRequestError(response.status, path.value, await safeJson(response));
    }
    const retryAfter = retryAfterMs(response.headers.get('Retry-After'));
    if (!(await waitBeforeRetry(attempt, retryAfter, deadline, sleep, random))) break;
  }
  throw new JiraUnavailableError(lastStatus);
}

/**
 * Jira being down or rate limiting us past the budget is an outage the screens degrade from; a
 * site that has not connected Jira to the app is not called at all.
 */
export async function unavailableOnOutage<T>(read: () => Promise<T>): Promise<T> {
  if (!isJiraConnected()) throw new ProductUnavailableError('Jira is not connected to this app on this site', 'not-connected');
  try {
    return await read();
  } catch (error) {
    if (error instanceof JiraUnavailableError) throw new ProductUnavailableError(error.message);
    throw error;
  }
}

/** Waits before the next attempt; false when that would pass the deadline or the attempt cap. */
async function waitBeforeRetry(
  attempt: number,
  retryAfter: number | undefined,
  deadline: number,
  sleep: (ms: number) => Promise<void>,
  random: () => number,
): Promise<boolean> {
  if (attempt + 1 >= RETRY.maxAttempts) return false;
  const backoff = random() * Math.min(RETRY.maxDelayMs, RETRY.baseDelayMs * 2 ** attempt);
  const delay = Math.max(retryAfter ?? 0, backoff);
  if (Date.now() + delay >= deadline) return false;
  await sleep(delay);
  return true;
}

/** Retry-After is seconds or an HTTP date (RFC 9110). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

async function safeJson(response: { text(): Promise<string> }): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** @forge/api's NeedsAuthenticationError is named NEEDS_AUTHENTICATION_ERR: never worth a retry. */
function isAuthError(error: unknown): boolean {
  return error instanceof Error && /NEEDS_AUTHENTICATION|NeedsAuthentication/i.test(error.name);
}

/**
 * Injected failures, for tests of the app's retry and degradation paths: the next `count` app
 * requests (those through `__forge_fetch__`, optionally only under some paths) answer `status`
 * instead of reaching the demo Jira. `count: -1` fails until cleared. 429s carry Jira's rate-limit
 * headers (Retry-After in seconds, X-RateLimit-Reset as `yyyy-MM-ddTHH:mmZ`, RateLimit-Reason);
 * 5xx carry a JSON ErrorCollection, and Retry-After when one was given (Jira sends it with some
 * 503s). Direct HTTP calls to /demo-jira are never faulted: tests use them to look at the data.
 */
import type { JiraResponse } from './types';

export type JiraFaultStatus = 429 | 500 | 502 | 503;

export interface JiraFaultSpec {
  status: JiraFaultStatus;
  /** How many matching requests fail; -1 = every one until cleared. */
  count: number;
  /** Seconds, for Retry-After (429 defaults to 1). */
  retryAfter?: number;
  /** Path prefixes (`/rest/api/3/search/jql`); all paths when absent. */
  paths?: string[];
  /** How many matching requests pass before the failures start (a read that fails mid-way). */
  after?: number;
}

const STATUSES: readonly number[] = [429, 500, 502, 503];

/** Checks a spec from JSON; throws with a message fit for a 400. */
export function parseFaultSpec(raw: unknown): JiraFaultSpec {
  const spec = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof spec.status !== 'number' || !STATUSES.includes(spec.status)) throw new Error('status must be 429, 500, 502 or 503');
  if (typeof spec.count !== 'number' || !Number.isInteger(spec.count) || (spec.count < 1 && spec.count !== -1)) {
    throw new Error('count must be a positive integer, or -1 for "until cleared"');
  }
  if (spec.retryAfter !== undefined && (typeof spec.retryAfter !== 'number' || spec.retryAfter < 0)) throw new Error('retryAfter must be seconds >= 0');
  if (spec.after !== undefined && (typeof spec.after !== 'number' || !Number.isInteger(spec.after) || spec.after < 0)) {
    throw new Error('after must be an integer >= 0');
  }
  if (spec.paths !== undefined && (!Array.isArray(spec.paths) || !spec.paths.every((p) => typeof p === 'string' && p.startsWith('/')))) {
    throw new Error('paths must be a list of paths starting with /');
  }
  return {
    status: spec.status as JiraFaultStatus,
    count: spec.count,
    ...(spec.retryAfter !== undefined ? { retryAfter: spec.retryAfter as number } : {}),
    ...(spec.paths ? { paths: spec.paths as string[] } : {}),
    ...(spec.after ? { after: spec.after as number } : {}),
  };
}

interface ActiveFault extends JiraFaultSpec {
  remaining: number;
  /** Matching requests still to let through. */
  passing: number;
}

const MESSAGES: Record<JiraFaultStatus, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error',
  502: 'Bad gateway: the upstream Jira service did not answer.',
  503: 'Service unavailable: a resource limit was reached. Retry later.',
};

const underPath = (path: string, prefix: string) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);

export class JiraFaults {
  private active: ActiveFault[] = [];

  inject(spec: JiraFaultSpec): void {
    this.active.push({ ...spec, remaining: spec.count, passing: spec.after ?? 0 });
  }

  clear(): void {
    this.active = [];
  }

  /** What is still armed, for GET /__local/jira/faults. */
  pending(): JiraFaultSpec[] {
    return this.active.map(({ remaining, passing, ...spec }) => ({ ...spec, count: remaining, ...(passing ? { after: passing } : {}) }));
  }

  /** The failure this request gets, if any (consuming one of its count). */
  take(path: string, now: Date = new Date()): JiraResponse | undefined {
    const fault = this.active.find((f) => !f.paths || f.paths.some((p) => underPath(path, p)));
    if (!fault) return undefined;
    if (fault.passing > 0) {
      fault.passing -= 1;
      return undefined;
    }
    if (fault.remaining > 0) {
      fault.remaining -= 1;
      if (fault.remaining === 0) this.active = this.active.filter((f) => f !== fault);
    }
    return faultResponse(fault, now);
  }
}

function faultResponse(fault: JiraFaultSpec, now: Date): JiraResponse {
  const body = { errorMessages: [MESSAGES[fault.status]], errors: {} };
  if (fault.status !== 429) {
    return { status: fault.status, body, headers: fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {} };
  }
  const retryAfter = fault.retryAfter ?? 1;
  const reset = new Date(now.getTime() + retryAfter * 1000).toISOString().slice(0, 16) + 'Z';
  return {
    status: 429,
    body,
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-reset': reset,
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'ratelimit-reason': 'jira-burst-based',
    },
  };
}

/**
 * `fpp` requests to Jira (@forge/api `requestJira`, `asUser()`, `asApp()`): answered by the demo
 * Jira as the invocation's user (provider `user`) or as the app (`app`, and `none`, which Forge
 * also runs with the app's identity), or forwarded to a real site when one is configured
 * (real-site.ts). A user Jira does not know gets the proxy's NEEDS_AUTHENTICATION_ERR, which
 * @forge/api turns into NeedsAuthenticationError, as on Forge when a user has not granted access.
 * Faults armed with POST /__local/jira/faults (demo-jira/faults.ts) answer first, demo or real.
 */
import { findDemoUser, type DemoUser } from '../demo-users';
import type { DemoJira, JiraActor } from '../demo-jira';
import type { RealJiraSite } from '../demo-jira/real-site';
import { currentInvocation, type ForgeFetch } from './invocation';

export interface JiraFetchOptions {
  demoJira: DemoJira;
  realSite?: RealJiraSite | undefined;
  /** Called once per request the app makes, for the benchmark's counts. */
  onRequest(): void;
  /** Whether the account allowed the app to act for them (host-state.ts); without it, NEEDS_AUTHENTICATION_ERR. */
  hasAccess(accountId: string): boolean;
}

export function createJiraFetch({ demoJira, realSite, onRequest, hasAccess }: JiraFetchOptions): ForgeFetch {
  return async (target, path, init) => {
    onRequest();
    // Injected faults (tests) apply to the app's requests only, before any site is reached.
    const fault = demoJira.takeFault(path);
    if (fault) return toResponse(fault.status, fault.body, fault.headers);
    if (realSite) return realSite.fetch(path, init);
    const actor = actorOf(target.provider, target.accountId ?? currentInvocation()?.accountId, hasAccess);
    if (!actor) {
      return new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
    }
    const url = new URL(path, 'http://demo-jira.local');
    const answer = demoJira.handle({
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      body: parseJson(init?.body),
      actor,
    });
    return toResponse(answer.status, answer.body, answer.headers);
  };
}

function actorOf(provider: string | undefined, accountId: string | undefined, hasAccess: (accountId: string) => boolean): JiraActor | undefined {
  if (provider !== 'user') return { kind: 'app' };
  if (!accountId || !hasAccess(accountId)) return undefined;
  // Someone the demo does not know who allowed access: a site user who belongs to no project.
  return { kind: 'user', user: findDemoUser(accountId) ?? guestUser(accountId) };
}

function guestUser(accountId: string): DemoUser {
  return { accountId, displayName: 'Guest', emailAddress: '', locale: 'en_US', timeZone: 'UTC', initials: 'G', avatarColor: '#626F86' };
}

function parseJson(body: unknown): unknown {
  if (typeof body !== 'string' || body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

export function toResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (body === undefined || status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  });
}

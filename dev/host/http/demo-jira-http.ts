/**
 * The demo Jira over HTTP, at /demo-jira/rest/api/3/...: for people poking at it and for tests.
 * Requests act as the demo user named in `X-Demo-Account-Id`, else the first demo user;
 * `X-Demo-Account-Id: app` acts as the app itself (asApp), which sees every project and issue.
 * `Authorization: Basic <email:token>` acts as Jira Cloud does for an API token: the demo user
 * with that email when the token is DEMO_API_TOKEN, and anonymous for any other pair (served,
 * not refused: see JiraActor). The host's real-site mode pointed at another host's /demo-jira
 * therefore behaves as against a real site, wrong credentials included.
 * (These are not counted in /__local/stats, which counts the app's own requests, and injected
 * faults never apply to them.)
 */
import { DEFAULT_USER, DEMO_USER_LIST, findDemoUser } from '../demo-users';
import { jiraError, type JiraActor } from '../demo-jira';
import type { HostDeps } from './host-deps';
import { readJsonBody } from './json-body';
import { sendJson } from './responses';
import type { Router } from './router';

export const DEMO_JIRA_PREFIX = '/demo-jira';

/** The API token every demo user has, for basic auth against /demo-jira. */
export const DEMO_API_TOKEN = 'demo-api-token';

function basicAuthActor(authorization: string): JiraActor {
  const decoded = Buffer.from(authorization.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const email = decoded.slice(0, colon).toLowerCase();
  const token = decoded.slice(colon + 1);
  const user = DEMO_USER_LIST.find((u) => u.emailAddress.toLowerCase() === email);
  return user && token === DEMO_API_TOKEN ? { kind: 'user', user } : { kind: 'anonymous' };
}

function actorOf(accountId: string | undefined): JiraActor | undefined {
  if (accountId === 'app') return { kind: 'app' };
  const user = accountId ? findDemoUser(accountId) : DEFAULT_USER;
  return user ? { kind: 'user', user } : undefined;
}

export function registerDemoJiraHttp(router: Router, deps: HostDeps): void {
  for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
    router.on(method, /^\/demo-jira(\/.*)$/, async ({ req, res, url, params }) => {
      const header = req.headers['x-demo-account-id'];
      const accountId = Array.isArray(header) ? header[0] : header;
      const authorization = req.headers.authorization;
      const actor = authorization && /^Basic\s/i.test(authorization) ? basicAuthActor(authorization) : actorOf(accountId);
      const answer = actor
        ? deps.demoJira.handle({
            method,
            path: params[0] ?? '/',
            query: url.searchParams,
            body: method === 'GET' || method === 'DELETE' ? undefined : await readJsonBody(req),
            actor,
          })
        : jiraError(401, `X-Demo-Account-Id ${accountId} is not a demo user`);
      if (answer.body === undefined) {
        res.writeHead(answer.status, answer.headers ?? {});
        res.end();
        return;
      }
      sendJson(res, answer.status, answer.body, { 'content-type': 'application/json;charset=UTF-8', ...answer.headers });
    });
  }
}

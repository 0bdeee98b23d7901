/**
 * `/rest/api/3/myself`, `/rest/api/3/user/search`, `/rest/api/3/user/bulk` as Jira Cloud answers
 * them (parameters, defaults and paging from the OpenAPI subset).
 */
import type { DemoUser } from '../demo-users';
import { appUser, toJiraUser } from './user-json';
import { jiraError, type JiraRoute } from './types';

const intParam = (query: URLSearchParams, name: string, fallback: number, max: number): number => {
  const raw = query.get(name);
  const n = raw === null ? fallback : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), max) : fallback;
};

/** Jira matches the query against the start of the display name's words and of the email. */
export function matchesUserQuery(user: DemoUser, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const words = user.displayName.toLowerCase().split(/\s+/);
  // Korean names have no spaces: "지수" should still find 김지수, as it does in Jira's people picker.
  const hangulHit = /[가-힣]/.test(q) && user.displayName.includes(q);
  return hangulHit || words.some((w) => w.startsWith(q)) || user.emailAddress.toLowerCase().startsWith(q);
}

export const userRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/myself$/,
    handle: (req, _params, site) =>
      // The one resource that tells an anonymous caller it is not signed in.
      req.actor.kind === 'anonymous'
        ? jiraError(401, 'Client must be authenticated to access this resource.')
        : { status: 200, body: req.actor.kind === 'app' ? appUser(site) : toJiraUser(req.actor.user, site, 'myself') },
  },
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/user\/search$/,
    handle: (req, _params, site) => {
      const { query } = req;
      const text = query.get('query');
      const accountId = query.get('accountId');
      if (text === null && accountId === null && query.get('property') === null) {
        return jiraError(400, "The query parameter 'query' or 'accountId' or 'property' must be provided.");
      }
      if (text !== null && accountId !== null) {
        return jiraError(400, "The query parameters 'query' and 'accountId' can't be used together.");
      }
      const startAt = intParam(query, 'startAt', 0, 1000);
      const maxResults = intParam(query, 'maxResults', 50, 1000);
      const found = site.users.filter((u) =>
        accountId !== null ? u.accountId === accountId : matchesUserQuery(u, text ?? ''),
      );
      return {
        status: 200,
        body: found.slice(startAt, startAt + maxResults).map((u) => toJiraUser(u, site, 'search')),
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/user\/bulk$/,
    handle: (req, _params, site) => {
      const ids = req.query.getAll('accountId');
      if (ids.length === 0) return jiraError(400, 'You must specify at least one accountId.');
      const startAt = intParam(req.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
      const maxResults = intParam(req.query, 'maxResults', 10, 200);
      const found = [...new Set(ids)]
        .map((id) => site.users.find((u) => u.accountId === id))
        .filter((u): u is DemoUser => u !== undefined);
      const values = found.slice(startAt, startAt + maxResults).map((u) => toJiraUser(u, site, 'bulk'));
      return {
        status: 200,
        body: { maxResults, startAt, total: found.length, isLast: startAt + values.length >= found.length, values },
      };
    },
  },
];

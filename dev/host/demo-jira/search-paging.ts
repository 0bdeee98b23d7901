/**
 * Paging of the enhanced search (`/rest/api/3/search/jql`): page sizes and `nextPageToken`s.
 *
 * The page-size rule is the demo's reading of the API doc ("To manage page size, API may return
 * fewer items per page where a large number of fields are requested. The greatest number of
 * items returned per page is achieved when requesting `id` or `key` only. It returns max 5000
 * issues."): `maxResults` defaults to 50 and is capped at
 *   5000 when at most 3 fields are requested besides id/key,
 *   1000 when at most 6 are,
 *    100 otherwise, and for `*all` / `*navigable`.
 * So an app reading `parent,status,customfield_10016` for 2000 children gets them in one page if
 * it asks for maxResults >= 2000, and an app asking for everything pages by 100. Real Jira's
 * thresholds are unpublished; what the app must not assume is that it gets `maxResults` back.
 *
 * Tokens are opaque to callers: base64url of the next offset and a hash of the query, so a token
 * replayed with another JQL is refused (400) instead of silently paging the wrong result.
 */
import { createHash } from 'node:crypto';

export const DEFAULT_MAX_RESULTS = 50;

export function pageCap(fieldWeight: number | 'all'): number {
  if (fieldWeight === 'all') return 100;
  if (fieldWeight <= 3) return 5000;
  if (fieldWeight <= 6) return 1000;
  return 100;
}

/** The page size a request gets: its maxResults (default 50) within the cap, at least 1. */
export function pageSize(maxResults: number | undefined, fieldWeight: number | 'all'): number {
  return Math.max(1, Math.min(maxResults ?? DEFAULT_MAX_RESULTS, pageCap(fieldWeight)));
}

const queryHash = (jql: string) => createHash('sha256').update(jql.trim()).digest('base64url').slice(0, 16);

export function encodePageToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: queryHash(jql) })).toString('base64url');
}

export class PageTokenError extends Error {}

/** The offset a token points at; throws PageTokenError for a foreign or malformed token. */
export function decodePageToken(token: string, jql: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new PageTokenError('The nextPageToken is invalid.');
  }
  const { o, q } = (parsed ?? {}) as { o?: unknown; q?: unknown };
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof q !== 'string') {
    throw new PageTokenError('The nextPageToken is invalid.');
  }
  if (q !== queryHash(jql)) throw new PageTokenError('The nextPageToken does not belong to this JQL query.');
  return o;
}

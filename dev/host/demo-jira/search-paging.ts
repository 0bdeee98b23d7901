/**
 * Paging of the enhanced search (`/rest/api/3/search/jql`): page sizes and `nextPageToken`s.
 *
 * The page-size rule is what Jira Cloud does, beyond what the API doc says ("To manage page
 * size, API may return fewer items per page where a large number of fields are requested. The
 * greatest number of items returned per page is achieved when requesting `id` or `key` only. It
 * returns max 5000 issues."): `maxResults` defaults to 50 and is capped, silently, at
 *   5000 when nothing but `id` and/or `key` is asked for (or no `fields`: ids only),
 *    100 as soon as any other field is, one or `*all` / `*navigable` alike.
 * So an app reading `parent,status,customfield_10016` for 2000 children gets 100 a page whatever
 * maxResults it sends, and must follow `nextPageToken`; only an ids/keys-only read (to count, or
 * to collect keys for a later `key in (...)`) comes back in one page of up to 5000. No `total`
 * or `maxResults` in the answer says the page was cut: `isLast` and `nextPageToken` do.
 *
 * Tokens are opaque to callers: base64url of the next offset and a hash of the query, so a token
 * replayed with another JQL is refused (400) instead of silently paging the wrong result.
 */
import { createHash } from 'node:crypto';

export const DEFAULT_MAX_RESULTS = 50;

/** Ids and keys only (weight 0): 5000; anything else: 100. */
export const IDS_ONLY_PAGE_CAP = 5000;
export const FIELDS_PAGE_CAP = 100;

export function pageCap(fieldWeight: number | 'all'): number {
  return fieldWeight === 0 ? IDS_ONLY_PAGE_CAP : FIELDS_PAGE_CAP;
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

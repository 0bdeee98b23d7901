/**
 * The demo Jira's internal request/response shape. Every resource (users today; projects,
 * issues and search later) is a list of routes over this, so adding one is adding a module.
 */
import type { DemoUser } from '../demo-users';

/** Who a request acts as: a user (asUser, or an HTTP caller) or the app itself (asApp). */
export type JiraActor = { kind: 'user'; user: DemoUser } | { kind: 'app' };

export interface JiraRequest {
  method: string;
  /** Path without the query string, e.g. `/rest/api/3/myself`. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, when there was one. */
  body: unknown;
  actor: JiraActor;
}

export interface JiraResponse {
  status: number;
  /** JSON-serialisable; undefined for an empty body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a route may read about the site it runs in. */
export interface DemoJiraSite {
  /** The site's base URL as callers reach it (for `self` links). */
  baseUrl(): string;
  users: readonly DemoUser[];
}

export interface JiraRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Anchored pattern over `JiraRequest.path`; groups are passed to `handle`. */
  pattern: RegExp;
  handle(req: JiraRequest, params: string[], site: DemoJiraSite): JiraResponse;
}

/** Jira's ErrorCollection body, the shape every 4xx answer has. */
export function jiraError(status: number, ...errorMessages: string[]): JiraResponse {
  return { status, body: { errorMessages, errors: {} } };
}

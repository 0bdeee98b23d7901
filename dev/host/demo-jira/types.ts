/**
 * The demo Jira's internal request/response shape. Every resource (users, projects, issues,
 * search, fields...) is a list of routes over this, so adding one is adding a module.
 */
import type { DemoUser } from '../demo-users';
import type { JiraActor } from './actor';
import type { DemoJiraStore } from './store';

export type { JiraActor } from './actor';

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
  /** Issues and projects, with the visibility rules. */
  store: DemoJiraStore;
  /** The instant a write happens at (`updated`, `created`). */
  now(): Date;
  /** How searches treat JQL naming what does not exist: 400 (`strict`, Jira's default) or no match. */
  jqlValidation(): 'strict' | 'lenient';
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

/** An ErrorCollection with per-field errors (create and edit validation). */
export function jiraFieldErrors(errors: Record<string, string>, status = 400): JiraResponse {
  return { status, body: { errorMessages: [], errors } };
}

/** Jira's answer for an issue that does not exist or that the caller may not see: one answer for both. */
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

/**
 * `fpp` requests to Confluence (@forge/api `requestConfluence`): the demo Confluence answers the
 * one resource the app calls (demo-confluence/current-user.ts), as the invocation's user. As for
 * Jira, a user who has not allowed the app gets the proxy's NEEDS_AUTHENTICATION_ERR; a request
 * as the app, or to a resource the demo does not have, is an honest 404/403 rather than a guess.
 */
import { findDemoUser } from '../demo-users';
import { currentUserAnswer } from '../demo-confluence/current-user';
import { currentInvocation, type ForgeFetch } from './invocation';
import { toResponse } from './jira-fetch';

export interface ConfluenceFetchOptions {
  baseUrl: () => string;
  onRequest(): void;
  hasAccess(accountId: string): boolean;
}

export function createConfluenceFetch({ baseUrl, onRequest, hasAccess }: ConfluenceFetchOptions): ForgeFetch {
  return async (target, path, init) => {
    onRequest();
    const url = new URL(path, 'http://demo-confluence.local');
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET' || url.pathname !== '/wiki/rest/api/user/current') {
      return toResponse(404, { statusCode: 404, message: `The demo Confluence does not have ${method} ${url.pathname}` });
    }
    // The current user is the user's own question; as the app, Confluence has no "current user".
    if (target.provider !== 'user') return toResponse(403, { statusCode: 403, message: 'This resource needs a user' });
    const accountId = target.accountId ?? currentInvocation()?.accountId;
    if (!accountId || !hasAccess(accountId)) {
      return new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
    }
    const user = findDemoUser(accountId) ?? { accountId, displayName: 'Guest', emailAddress: '', locale: 'en_US', timeZone: 'UTC', initials: 'G', avatarColor: '#626F86' };
    const answer = currentUserAnswer(user, url.searchParams, baseUrl());
    return toResponse(answer.status, answer.body);
  };
}

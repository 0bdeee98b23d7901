/**
 * The headers Jira Cloud puts on every REST answer, so code that logs or reads them (request
 * ids for support tickets, the caller's account id) sees what production sends.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { JiraActor } from './types';

export function jiraHeaders(actor: JiraActor | undefined): Record<string, string> {
  return {
    'x-arequestid': randomUUID(),
    'atl-traceid': randomBytes(8).toString('hex'),
    ...(actor?.kind === 'user' ? { 'x-aaccountid': encodeURIComponent(actor.user.accountId) } : {}),
    'cache-control': 'no-cache, no-store, no-transform',
    'x-content-type-options': 'nosniff',
    'timing-allow-origin': '*',
    vary: 'Accept-Encoding',
  };
}

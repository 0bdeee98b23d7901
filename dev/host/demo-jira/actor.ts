/**
 * Who a request acts as: a user, the app (asApp), or nobody: Jira Cloud serves a request whose
 * basic-auth email/token pair it does not recognise as anonymous, not with a 401 (only
 * `/rest/api/3/myself` answers 401), so a wrong token looks like a user who sees nothing.
 * A leaf module, so the store, the visibility rules and the route types can all name it
 * without importing each other.
 */
import type { DemoUser } from '../demo-users';

export type JiraActor = { kind: 'user'; user: DemoUser } | { kind: 'app' } | { kind: 'anonymous' };

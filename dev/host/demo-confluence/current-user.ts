/**
 * The demo Confluence's one REST resource the app calls: `GET /wiki/rest/api/user/current`, as
 * the user, shaped like Confluence Cloud's v1 `User` (docs/decisions/0018). With
 * `expand=operations` it lists what the user may do; a Confluence admin's list holds
 * `administer` on `application`. Who administers the demo Confluence: CONFLUENCE_ADMINS.
 */
import { DEMO_USERS, type DemoUser } from '../demo-users';

/** 김지수 administers the demo site: Confluence as well as Jira (demo-jira/permissions.ts). */
export const CONFLUENCE_ADMINS: readonly string[] = [DEMO_USERS.jisoo.accountId];

type Operation = { operation: string; targetType: string };

/** What every licensed user may do on the demo site; admins may also administer it. */
const USER_OPERATIONS: readonly Operation[] = [
  { operation: 'use', targetType: 'application' },
  { operation: 'create', targetType: 'page' },
  { operation: 'create', targetType: 'blogpost' },
  { operation: 'create', targetType: 'comment' },
  { operation: 'create', targetType: 'attachment' },
  { operation: 'create', targetType: 'space' },
  { operation: 'create', targetType: 'personal_space' },
];

export function currentUserAnswer(user: DemoUser, query: URLSearchParams, baseUrl: string): { status: number; body: unknown } {
  const expand = (query.get('expand') ?? '').split(',').map((e) => e.trim());
  const operations: Operation[] = CONFLUENCE_ADMINS.includes(user.accountId)
    ? [{ operation: 'administer', targetType: 'application' }, ...USER_OPERATIONS]
    : [...USER_OPERATIONS];
  return {
    status: 200,
    body: {
      type: 'known',
      accountId: user.accountId,
      accountType: 'atlassian',
      email: user.emailAddress,
      publicName: user.displayName,
      profilePicture: { path: `/wiki/aa-avatar/${user.accountId}`, width: 48, height: 48, isDefault: false },
      displayName: user.displayName,
      timeZone: user.timeZone,
      isExternalCollaborator: false,
      ...(expand.includes('operations') ? { operations } : {}),
      _expandable: { ...(expand.includes('operations') ? {} : { operations: '' }), personalSpace: '' },
      _links: { self: `${baseUrl}/wiki/rest/api/user?accountId=${user.accountId}`, base: `${baseUrl}/wiki`, context: '/wiki' },
    },
  };
}

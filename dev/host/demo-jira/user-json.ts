/**
 * Demo users as Jira's `User` schema (jira-platform-openapi-subset.json). Which optional fields
 * appear follows the spec's examples per endpoint: search hides email and time zone (privacy
 * controls), bulk shows them, /myself shows everything including the locale.
 */
import { avatarDataUri, type DemoUser } from '../demo-users';
import type { DemoJiraSite } from './types';

export type UserDetail = 'search' | 'bulk' | 'myself';

export function toJiraUser(user: DemoUser, site: DemoJiraSite, detail: UserDetail): Record<string, unknown> {
  const base: Record<string, unknown> = {
    self: `${site.baseUrl()}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    avatarUrls: {
      '48x48': avatarDataUri(user, 48),
      '24x24': avatarDataUri(user, 24),
      '16x16': avatarDataUri(user, 16),
      '32x32': avatarDataUri(user, 32),
    },
    displayName: user.displayName,
    active: true,
  };
  if (detail === 'search') return base;
  const withContact = { ...base, emailAddress: user.emailAddress, timeZone: user.timeZone };
  if (detail === 'bulk') return withContact;
  return {
    ...withContact,
    locale: user.locale,
    groups: { size: 2, items: [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}

/** What `/myself` answers when the app itself asks (asApp): the app's system account. */
export function appUser(site: DemoJiraSite): Record<string, unknown> {
  const accountId = '557058:0f9d2a61-7c4e-4b8a-a3d5-local-okr-app';
  return {
    self: `${site.baseUrl()}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    accountType: 'app',
    avatarUrls: {},
    displayName: 'OKRs for Atlassian',
    active: true,
    timeZone: 'Asia/Seoul',
    locale: 'en_US',
    groups: { size: 0, items: [] },
    applicationRoles: { size: 0, items: [] },
  };
}

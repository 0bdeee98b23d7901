import { route } from '@forge/api';
import type { UserDirectory } from '../../application/ports';
import type { UserView } from '../../contracts/views';
import { jiraAsUser, unavailableOnOutage } from './jira-http';

/** The fields of Jira's User we read (GET /rest/api/3/myself, /user/search, /user/bulk). */
interface JiraUser {
  accountId: string;
  displayName?: string;
  active?: boolean;
  accountType?: string;
  avatarUrls?: Record<string, string>;
}

const BULK_PAGE = 50;

const toUserView = (user: JiraUser): UserView => ({
  accountId: user.accountId,
  displayName: user.displayName ?? user.accountId,
  ...(user.avatarUrls?.['48x48'] ? { avatarUrl: user.avatarUrls['48x48'] } : {}),
});

/**
 * People as Jira shows them to the calling user. Apps and bots are not OKR owners. Jira rate
 * limiting or down past the retries is UNAVAILABLE, as for the epic reads.
 */
export const jiraUserDirectory: UserDirectory = {
  current: () => unavailableOnOutage(async () => toUserView(await jiraAsUser<JiraUser>(route`/rest/api/3/myself`))),
  search: (query) =>
    unavailableOnOutage(async () => {
      const users = await jiraAsUser<JiraUser[]>(route`/rest/api/3/user/search?query=${query}&maxResults=20`);
      return users.filter((u) => u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian').map(toUserView);
    }),
  getMany: (accountIds) =>
    unavailableOnOutage(async () => {
      const out: UserView[] = [];
      for (let i = 0; i < accountIds.length; i += BULK_PAGE) {
        const ids = accountIds.slice(i, i + BULK_PAGE);
        const params = new URLSearchParams(ids.map((id): [string, string] => ['accountId', id]));
        params.set('maxResults', String(BULK_PAGE));
        const page = await jiraAsUser<{ values: JiraUser[] }>(route`/rest/api/3/user/bulk?${params}`);
        out.push(...page.values.map(toUserView));
      }
      return out;
    }),
};

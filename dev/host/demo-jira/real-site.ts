/**
 * Jira requests to a real Jira Cloud site instead of the demo Jira, when the user sets
 *   JIRA_BASE_URL   e.g. https://your-site.atlassian.net
 *   JIRA_EMAIL      the Atlassian account email of an API token's owner
 *   JIRA_API_TOKEN  an API token from https://id.atlassian.com/manage-profile/security/api-tokens
 * Requests go over the same REST paths with basic auth. Caveat: basic auth acts as the token's
 * owner for every request, so `asUser()` and `asApp()` both see what that person can see; the
 * acting-user switcher changes the app's accountId but not Jira's permissions.
 * (Not covered by tests: no Atlassian site is reachable from CI.)
 */
export interface RealJiraSite {
  baseUrl: string;
  fetch(path: string, init: RequestInit | undefined): Promise<Response>;
}

export function realJiraFromEnv(env: NodeJS.ProcessEnv = process.env): RealJiraSite | undefined {
  const { JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN } = env;
  if (!JIRA_BASE_URL || !JIRA_EMAIL || !JIRA_API_TOKEN) return undefined;
  const baseUrl = JIRA_BASE_URL.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${JIRA_EMAIL}:${JIRA_API_TOKEN}`).toString('base64')}`;
  return {
    baseUrl,
    fetch: (path, init) => {
      const headers = new Headers(init?.headers);
      headers.set('Authorization', authorization);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      return fetch(`${baseUrl}${path}`, { ...init, headers });
    },
  };
}

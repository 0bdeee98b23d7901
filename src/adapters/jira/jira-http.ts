import api, { type Route } from '@forge/api';

/** A Jira REST answer that was not 2xx. */
export class JiraRequestError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`Jira answered ${status} for ${path}`);
    this.name = 'JiraRequestError';
  }
}

/**
 * GET a Jira REST path as the calling user, so nobody is shown what Jira would not show them.
 * (Retries with backoff arrive with the epic progress reads, which are the heavy callers.)
 */
export async function getJiraJsonAsUser<T>(path: Route): Promise<T> {
  const response = await api.asUser().requestJira(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new JiraRequestError(response.status, path.value);
  return (await response.json()) as T;
}

/**
 * Building Jira data for tests through the demo Jira's REST API, the same requests a person's
 * Jira client would make on a real site (POST /issue, transitions).
 */
import type { TestHost } from './host';

export async function jiraRest<T = unknown>(
  host: TestHost,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  accountId = 'app',
): Promise<T> {
  const response = await fetch(`${host.url}/demo-jira${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'X-Demo-Account-Id': accountId },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function createEpic(host: TestHost, projectKey: string, summary: string): Promise<string> {
  const created = await jiraRest<{ key: string }>(host, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: projectKey }, issuetype: { name: 'Epic' }, summary },
  });
  return created.key;
}

/** The project's story point field, as a Jira client learns it: from the project's style. */
async function storyPointsFieldOf(host: TestHost, projectKey: string): Promise<string> {
  const project = await jiraRest<{ style?: string; simplified?: boolean }>(host, 'GET', `/rest/api/3/project/${projectKey}`);
  // Company-managed ("classic") projects estimate in "Story Points", team-managed in "Story point estimate".
  return project.style === 'next-gen' || project.simplified === true ? 'customfield_10016' : 'customfield_10028';
}

export async function createChild(host: TestHost, epicKey: string, summary: string, storyPoints?: number): Promise<string> {
  const projectKey = epicKey.split('-')[0]!;
  const pointsField = storyPoints === undefined ? undefined : await storyPointsFieldOf(host, projectKey);
  const created = await jiraRest<{ key: string }>(host, 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: projectKey },
      issuetype: { name: 'Story' },
      summary,
      parent: { key: epicKey },
      ...(pointsField ? { [pointsField]: storyPoints } : {}),
    },
  });
  return created.key;
}

/** Moves an issue to the status named `to` through its transitions, as a person would. */
export async function transition(host: TestHost, issueKey: string, to: string): Promise<void> {
  const { transitions } = await jiraRest<{ transitions: Array<{ id: string; to: { name: string } }> }>(
    host,
    'GET',
    `/rest/api/3/issue/${issueKey}/transitions`,
  );
  const target = transitions.find((t) => t.to.name === to);
  if (!target) throw new Error(`${issueKey} has no transition to ${to}`);
  await jiraRest(host, 'POST', `/rest/api/3/issue/${issueKey}/transitions`, { transition: { id: target.id } });
}

import { route } from '@forge/api';
import { jiraAsUser, type JiraCallOptions } from './jira-http';

/** The fields of Jira's IssueBean we read. */
export interface JiraIssue {
  id: string;
  key: string;
  fields: {
    summary?: string;
    status?: { name?: string; statusCategory?: { key?: string } };
    issuetype?: { name?: string; hierarchyLevel?: number };
    parent?: { key?: string };
    [customField: string]: unknown;
  };
}

interface SearchPage {
  issues?: JiraIssue[];
  nextPageToken?: string;
  isLast?: boolean;
}

/**
 * Every issue a JQL query finds, through POST /rest/api/3/search/jql, following nextPageToken.
 * Asks for large pages and only the fields needed: Jira returns the most issues per page when
 * few fields are requested, which keeps a screen to a request or two.
 */
export async function searchAllIssues(
  jql: string,
  fields: readonly string[],
  options: Pick<JiraCallOptions, 'deadline'> & { maxResults?: number } = {},
): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await jiraAsUser<SearchPage>(route`/rest/api/3/search/jql`, {
      method: 'POST',
      body: { jql, fields, maxResults: options.maxResults ?? 5000, ...(nextPageToken ? { nextPageToken } : {}) },
      ...(options.deadline ? { deadline: options.deadline } : {}),
    });
    issues.push(...(page.issues ?? []));
    nextPageToken = page.isLast === false || page.nextPageToken ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return issues;
}

import { route } from '@forge/api';
import { jiraAsUser, JiraUnavailableError } from './jira-http';

/** The fields of Jira's IssueBean we read. */
export interface JiraIssue {
  id: string;
  key: string;
  fields: {
    summary?: string;
    status?: { name?: string; statusCategory?: { key?: string } };
    issuetype?: { name?: string; hierarchyLevel?: number; subtask?: boolean };
    parent?: { key?: string };
    [customField: string]: unknown;
  };
}

interface SearchPage {
  issues?: JiraIssue[];
  nextPageToken?: string;
  isLast?: boolean;
}

export interface SearchResult {
  issues: JiraIssue[];
  /** False when the deadline (or an outage after the first page) stopped the paging early. */
  complete: boolean;
  /** Requests that answered. */
  pages: number;
}

/**
 * The issues a JQL query finds, through POST /rest/api/3/search/jql, following nextPageToken.
 * Jira Cloud answers at most 100 issues a page whenever fields beyond id/key are asked, whatever
 * `maxResults` says, so a large read is many pages: no new page starts past `deadline`, and a
 * page that fails after others were read ends the paging with what was read (`complete: false`)
 * instead of throwing it away. A failure of the very first page is thrown (Jira is down).
 */
export async function searchIssues(
  jql: string,
  fields: readonly string[],
  options: { deadline: number; maxResults?: number },
): Promise<SearchResult> {
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  let pages = 0;
  do {
    if (pages > 0 && Date.now() >= options.deadline) return { issues, complete: false, pages };
    let page: SearchPage;
    try {
      page = await jiraAsUser<SearchPage>(route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields, maxResults: options.maxResults ?? 5000, ...(nextPageToken ? { nextPageToken } : {}) },
        deadline: options.deadline,
      });
    } catch (error) {
      if (pages > 0 && error instanceof JiraUnavailableError) return { issues, complete: false, pages };
      throw error;
    }
    pages += 1;
    issues.push(...(page.issues ?? []));
    nextPageToken = page.isLast === false || page.nextPageToken ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return { issues, complete: true, pages };
}

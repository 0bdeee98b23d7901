/**
 * An issue as the demo Jira stores it (and persists it to `demo-jira.json`): references by id
 * and status by name, so the JSON views (issue-json.ts) are the only place Jira's shapes live.
 */
import type { StatusName } from './catalog';

export interface IssueRecord {
  id: string;
  key: string;
  projectKey: string;
  issueTypeId: string;
  status: StatusName;
  summary: string;
  /** Plain text; served as an Atlassian Document Format paragraph (REST v3). */
  description?: string;
  parentId?: string;
  assigneeAccountId?: string;
  reporterAccountId?: string;
  storyPoints?: number;
  /** Issue-level security: only the level's members (and the app) see the issue. */
  securityLevelId?: string;
  /** ISO instants. */
  created: string;
  updated: string;
}

/** The mutable half of the site: issues and key counters (projects and config are code). */
export interface DemoJiraState {
  version: 1;
  nextIssueId: number;
  /** Project key -> the last issue number used. */
  counters: Record<string, number>;
  issues: IssueRecord[];
}

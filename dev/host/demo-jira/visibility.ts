/**
 * Who sees what: Jira's *Browse projects* permission and issue-level security, reduced to lists
 * of account ids. The app acting as itself (asApp) sees everything, as an app with the
 * `read:jira-work` scope does on a site. Every route asks here, and answers "not found" for what
 * the actor may not see, so nothing leaks whether an invisible issue exists.
 */
import type { JiraProjectRecord } from './demo-projects';
import type { IssueRecord } from './issue-record';
import type { JiraActor } from './actor';

export function canSeeProject(actor: JiraActor, project: JiraProjectRecord): boolean {
  if (actor.kind === 'anonymous') return false; // no project grants anonymous browsing
  if (actor.kind === 'app' || !project.visibleTo) return true;
  return project.visibleTo.includes(actor.user.accountId);
}

export function canSeeIssue(actor: JiraActor, issue: IssueRecord, project: JiraProjectRecord): boolean {
  if (!canSeeProject(actor, project)) return false;
  if (actor.kind === 'anonymous') return false;
  if (actor.kind === 'app' || !issue.securityLevelId) return true;
  const level = project.securityLevels.find((l) => l.id === issue.securityLevelId);
  return level ? level.memberAccountIds.includes(actor.user.accountId) : false;
}

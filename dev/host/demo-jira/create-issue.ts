/**
 * `POST /rest/api/3/issue` (IssueUpdateDetails -> 201 CreatedIssue `{id, key, self}`), with
 * Jira's validation answers: 400 `{errorMessages: [], errors: {field: message}}`, every problem
 * at once. Hierarchy rules: an Epic has no parent; a Story/Task/Bug's parent is an Epic (in the
 * same project when the project is team-managed); a Subtask's parent is a standard issue of the
 * same project. A child created under an issue with a security level gets that level, as with a
 * default security level, so creating children never exposes a restricted epic.
 * Story points go in the field of the project's style (customfield_10028 in a company-managed
 * project, customfield_10016 in a team-managed one); the other is not on the project's screens,
 * and Jira refuses it as it refuses any field it cannot set there.
 */
import { findDemoUser } from '../demo-users';
import { COMPANY_STORY_POINTS_FIELD_ID, issueTypeById, issueTypeByName, STORY_POINTS_FIELD_ID, storyPointsFieldOf } from './catalog';
import type { JiraProjectRecord } from './demo-projects';
import type { IssueRecord } from './issue-record';
import { isRecord } from './request-params';
import type { NewIssue } from './store';
import { jiraError, jiraFieldErrors, type JiraRoute } from './types';

const SETTABLE = new Set(['project', 'issuetype', 'summary', 'parent', 'description', 'assignee']);
const STORY_POINT_FIELDS = new Set([STORY_POINTS_FIELD_ID, COMPANY_STORY_POINTS_FIELD_ID]);
const cannotBeSet = (name: string) => `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;
const WRONG_HIERARCHY = 'Given parent work item does not belong to appropriate hierarchy.';

const refOf = (value: unknown, ...props: string[]): string | undefined => {
  if (!isRecord(value)) return undefined;
  for (const prop of props) {
    const v = value[prop];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number') return String(v);
  }
  return undefined;
};

/** The plain text of an Atlassian Document Format value (or a plain string, as v2 takes). */
function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (!isRecord(node)) return;
    if (typeof node.text === 'string') texts.push(node.text);
    if (Array.isArray(node.content)) node.content.forEach(walk);
  };
  walk(value);
  return texts.join(' ');
}

export const createIssueRoutes: JiraRoute[] = [
  {
    method: 'POST',
    pattern: /^\/rest\/api\/3\/issue$/,
    handle: (req, _params, site) => {
      const fields = isRecord(req.body) && isRecord(req.body.fields) ? req.body.fields : undefined;
      if (!fields) return jiraError(400, "The request body has no 'fields' object.");
      const errors: Record<string, string> = {};

      const projectRef = refOf(fields.project, 'key', 'id');
      const project: JiraProjectRecord | undefined = projectRef ? site.store.visibleProject(req.actor, projectRef) : undefined;
      if (!project) errors.project = 'Specify a valid project ID or key';
      // Without a project there is no screen to judge a story point field by: it is left alone.
      const pointsField = project ? storyPointsFieldOf(project.style) : undefined;

      for (const name of Object.keys(fields)) {
        const settable = SETTABLE.has(name) || (STORY_POINT_FIELDS.has(name) && (pointsField === undefined || name === pointsField));
        if (!settable) errors[name] = cannotBeSet(name);
      }

      const typeRef = refOf(fields.issuetype, 'id', 'name');
      const type = typeRef ? (issueTypeById(typeRef) ?? issueTypeByName(typeRef)) : undefined;
      if (!typeRef) errors.issuetype = 'Specify an issue type';
      else if (!type) errors.issuetype = 'The issue type selected is invalid.';

      const summary = typeof fields.summary === 'string' ? fields.summary.trim() : '';
      if (summary === '') errors.summary = 'You must specify a summary of the issue.';
      else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';

      let parent: IssueRecord | undefined;
      const parentRef = refOf(fields.parent, 'key', 'id');
      if (fields.parent !== undefined && fields.parent !== null) {
        parent = parentRef ? site.store.visibleIssue(req.actor, parentRef) : undefined;
        if (!parent) errors.parent = `Could not find issue by id or key: ${parentRef ?? JSON.stringify(fields.parent)}`;
      }
      if (type && project && (!parent || !errors.parent)) {
        const parentType = parent ? issueTypeById(parent.issueTypeId) : undefined;
        if (type.subtask) {
          if (!parent) errors.parent = 'Issue type is a sub-task but parent issue key or id not specified.';
          else if (parentType?.hierarchyLevel !== 0 || parent.projectKey !== project.key) errors.parent = WRONG_HIERARCHY;
        } else if (parent) {
          const sameProjectNeeded = project.style === 'next-gen';
          if (parentType?.hierarchyLevel !== type.hierarchyLevel + 1 || (sameProjectNeeded && parent.projectKey !== project.key)) {
            errors.parent = WRONG_HIERARCHY;
          }
        }
      }

      const pointsRef = pointsField ?? [...STORY_POINT_FIELDS].find((id) => fields[id] !== undefined);
      const points = pointsRef ? fields[pointsRef] : undefined;
      if (pointsRef && !errors[pointsRef] && points !== undefined && points !== null && (typeof points !== 'number' || !Number.isFinite(points))) {
        errors[pointsRef] = 'Operation value must be a number';
      }

      const assigneeId = fields.assignee === null ? undefined : refOf(fields.assignee, 'accountId', 'id');
      if (fields.assignee !== undefined && fields.assignee !== null && !findDemoUser(assigneeId)) {
        errors.assignee = `User '${assigneeId ?? ''}' does not exist.`;
      }

      if (Object.keys(errors).length > 0 || !project || !type) return jiraFieldErrors(errors);

      const description = plainText(fields.description);
      const created: NewIssue = {
        projectKey: project.key,
        issueTypeId: type.id,
        summary,
        ...(description ? { description } : {}),
        ...(parent ? { parentId: parent.id } : {}),
        ...(assigneeId ? { assigneeAccountId: assigneeId } : {}),
        ...(req.actor.kind === 'user' ? { reporterAccountId: req.actor.user.accountId } : {}),
        ...(typeof points === 'number' ? { storyPoints: points } : {}),
        ...(parent?.securityLevelId && parent.projectKey === project.key ? { securityLevelId: parent.securityLevelId } : {}),
      };
      const issue = site.store.create(created, site.now());
      return { status: 201, body: { id: issue.id, key: issue.key, self: `${site.baseUrl()}/rest/api/3/issue/${issue.id}` } };
    },
  },
];

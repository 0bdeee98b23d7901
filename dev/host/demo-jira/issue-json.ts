/**
 * An issue as Jira REST v3's IssueBean, with only the fields asked for: search defaults to ids
 * only (each issue is `{id}`), GET issue to `*all`. As soon as anything besides `id` is asked,
 * the bean carries `key` and `self` too, as Jira's does. Fields that exist but are unset are
 * `null` (assignee, story points), except `parent`, which Jira leaves out when there is none.
 * Story points answer under the field of the issue's project style (customfield_10028 "Story
 * Points" when company-managed, customfield_10016 "Story point estimate" when team-managed); the
 * other field is null, as a field off the project's screens reads on Jira.
 */
import { findDemoUser } from '../demo-users';
import {
  COMPANY_STORY_POINTS_FIELD_ID,
  FIELDS,
  ISSUE_FIELD_IDS,
  issueTypeById,
  statusCategoryByKey,
  statusIn,
  STORY_POINTS_FIELD_ID,
  storyPointsFieldOf,
} from './catalog';
import { issueTypeJson, jiraDateTime, projectDetailsJson, statusCategoryJson, statusJson } from './entity-json';
import type { IssueRecord } from './issue-record';
import type { DemoJiraSite } from './types';
import { toJiraUser } from './user-json';

type Json = Record<string, unknown>;

export interface FieldSelection {
  /** Only `id` was asked for (the search default): the bean is `{id}`. */
  idOnly: boolean;
  includes(fieldId: string): boolean;
  /** How many fields were named besides id/key, or 'all' for `*all`/`*navigable` (page sizing). */
  weight: number | 'all';
}

/** `fields` as Jira reads it: repeated and/or comma-separated, `*all`, `*navigable`, `-field`. */
export function parseFieldSelection(raw: readonly string[] | undefined, fallback: 'id' | '*all'): FieldSelection {
  const names = (raw ?? []).flatMap((entry) => entry.split(',')).map((n) => n.trim()).filter((n) => n !== '');
  const tokens = names.length > 0 ? names : [fallback];
  const all = tokens.some((t) => t === '*all' || t === '*navigable');
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const named = new Set(tokens.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  // `-description` alone means "the default navigable fields except description".
  const allFields = all || (named.size === 0 && excluded.size > 0);
  const extra = [...named].filter((n) => n !== 'id' && n !== 'key');
  return {
    idOnly: !allFields && extra.length === 0 && !named.has('key'),
    includes: (fieldId) => !excluded.has(fieldId) && (allFields || named.has(fieldId)),
    weight: allFields ? 'all' : extra.length,
  };
}

const adfParagraph = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function userOrNull(accountId: string | undefined, site: DemoJiraSite): Json | null {
  const user = findDemoUser(accountId);
  return user ? { ...toJiraUser(user, site, 'search'), timeZone: user.timeZone } : null;
}

/** One field's value on the issue; undefined = leave the field out. */
function fieldValue(issue: IssueRecord, fieldId: string, site: DemoJiraSite): unknown {
  const project = site.store.projectOf(issue);
  switch (fieldId) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description ? adfParagraph(issue.description) : null;
    case 'issuetype': {
      const type = issueTypeById(issue.issueTypeId);
      return type ? issueTypeJson(type, site) : null;
    }
    case 'project':
      return projectDetailsJson(project, site);
    case 'parent':
      return issue.parentId ? parentJson(issue.parentId, site) : undefined;
    case 'status':
      return statusJson(issue.status, project, site);
    case 'statusCategory':
      return statusCategoryJson(statusCategoryByKey(statusIn(project.statuses, issue.status).category), site);
    case 'assignee':
      return userOrNull(issue.assigneeAccountId, site);
    case 'reporter':
      return userOrNull(issue.reporterAccountId, site);
    case 'created':
      return jiraDateTime(issue.created);
    case 'updated':
      return jiraDateTime(issue.updated);
    case 'security': {
      const level = project.securityLevels.find((l) => l.id === issue.securityLevelId);
      return level ? { self: `${site.baseUrl()}/rest/api/3/securitylevel/${level.id}`, id: level.id, description: level.description, name: level.name } : null;
    }
    case STORY_POINTS_FIELD_ID:
    case COMPANY_STORY_POINTS_FIELD_ID:
      return fieldId === storyPointsFieldOf(project.style) ? (issue.storyPoints ?? null) : null;
    default:
      return undefined;
  }
}

/** The parent as Jira embeds it: id, key, self and a few fields of its own. */
function parentJson(parentId: string, site: DemoJiraSite): Json | undefined {
  const parent = site.store.issue(parentId);
  if (!parent) return undefined;
  return {
    id: parent.id,
    key: parent.key,
    self: `${site.baseUrl()}/rest/api/3/issue/${parent.id}`,
    fields: {
      summary: parent.summary,
      status: fieldValue(parent, 'status', site),
      issuetype: fieldValue(parent, 'issuetype', site),
    },
  };
}

export interface IssueJsonOptions {
  /** `names` / `schema` expansions: the field names and schemas of the returned fields. */
  expand?: readonly string[];
}

export function issueJson(issue: IssueRecord, selection: FieldSelection, site: DemoJiraSite, options: IssueJsonOptions = {}): Json {
  if (selection.idOnly) return { id: issue.id };
  const fields: Json = {};
  for (const fieldId of ISSUE_FIELD_IDS) {
    if (!selection.includes(fieldId)) continue;
    const value = fieldValue(issue, fieldId, site);
    if (value !== undefined) fields[fieldId] = value;
  }
  const bean: Json = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${site.baseUrl()}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
  if (options.expand?.includes('names')) bean.names = namesOf(Object.keys(fields));
  if (options.expand?.includes('schema')) bean.schema = schemaOf(Object.keys(fields));
  return bean;
}

export function namesOf(fieldIds: readonly string[]): Record<string, string> {
  return Object.fromEntries(fieldIds.map((id) => [id, FIELDS.find((f) => f.id === id)?.name ?? id]));
}

export function schemaOf(fieldIds: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fieldIds.flatMap((id) => {
    const schema = FIELDS.find((f) => f.id === id)?.schema;
    return schema ? [[id, schema]] : [];
  }));
}

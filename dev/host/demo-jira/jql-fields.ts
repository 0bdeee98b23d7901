/**
 * The JQL fields the demo Jira knows: for each, which operators it takes, how an issue's value
 * reads, how a written value (or function) turns into comparable values, and how it sorts.
 * Values that do not exist, or that the actor may not see, are refused the way Jira refuses them
 * (a 400 naming the value), with the same words for both, so a query never reveals a hidden
 * project or issue.
 */
import { DEMO_USER_LIST, type DemoUser } from '../demo-users';
import {
  COMPANY_STORY_POINTS_FIELD_ID,
  issueTypeById,
  ISSUE_TYPES,
  STATUS_CATEGORIES,
  statusIn,
  STORY_POINTS_FIELD_ID,
  storyPointsFieldOf,
  type StatusCategoryKey,
  type StatusDef,
} from './catalog';
import type { IssueRecord } from './issue-record';
import { JqlError, JqlUnknownReferenceError, type JqlOperator } from './jql-parser';
import type { DemoJiraStore } from './store';
import type { JiraActor } from './types';

export interface JqlContext {
  store: DemoJiraStore;
  actor: JiraActor;
  now: Date;
  /** Unknown references match nothing instead of failing the query (see JqlUnknownReferenceError). */
  lenient?: boolean;
}

export type JqlValue = string | number;

export interface JqlFieldSpec {
  kind: 'ref' | 'date' | 'number' | 'text';
  operators: readonly JqlOperator[];
  /** The issue's comparable value; undefined = EMPTY. */
  value(issue: IssueRecord, ctx: JqlContext): JqlValue | undefined;
  /** Texts searched by `~` (text fields only). */
  texts?(issue: IssueRecord): string[];
  /**
   * A written value -> the comparable value, or several (a status name stands for every status
   * so named); throws JqlError when it does not exist.
   */
  literal?(value: string, ctx: JqlContext, field: string): JqlValue | readonly JqlValue[];
  functions?: Record<string, (ctx: JqlContext) => JqlValue>;
  /** Absent when Jira cannot sort by the field. */
  sort?(issue: IssueRecord, ctx: JqlContext): JqlValue | undefined;
}

const EQUALITY: readonly JqlOperator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERED: readonly JqlOperator[] = [...EQUALITY, '<', '<=', '>', '>='];
const TEXT: readonly JqlOperator[] = ['~', '!~', 'is', 'is not'];

const noSuchValue = (value: string, field: string) => new JqlUnknownReferenceError(`The value '${value}' does not exist for the field '${field}'.`);

/** Sorts GROW-2 before GROW-10: project key, then the number padded. */
export const keySortValue = (key: string): string => {
  const dash = key.lastIndexOf('-');
  return `${key.slice(0, dash)}\u0000${key.slice(dash + 1).padStart(10, '0')}`;
};

function issueRef(field: string): JqlFieldSpec {
  return {
    kind: 'ref',
    operators: EQUALITY,
    value: (issue) => issue.id,
    literal: (value, ctx) => {
      const issue = ctx.store.visibleIssue(ctx.actor, value);
      if (!issue) throw new JqlUnknownReferenceError(`An issue with key '${value}' does not exist for field '${field}'.`);
      return issue.id;
    },
    sort: (issue) => keySortValue(issue.key),
  };
}

function userField(read: (issue: IssueRecord) => string | undefined): JqlFieldSpec {
  const byId = (id: string | undefined): DemoUser | undefined => DEMO_USER_LIST.find((u) => u.accountId === id);
  return {
    kind: 'ref',
    operators: EQUALITY,
    value: (issue) => read(issue),
    // Jira Cloud takes account ids only (no user names since the GDPR changes).
    literal: (value, _ctx, field) => {
      if (!byId(value)) throw noSuchValue(value, field);
      return value;
    },
    functions: { currentuser: (ctx) => (ctx.actor.kind === 'user' ? ctx.actor.user.accountId : 'app:no-user') },
    sort: (issue) => byId(read(issue))?.displayName.toLowerCase(),
  };
}

const DAY_MS = 86_400_000;
const PERIOD_MS: Record<string, number> = { w: 7 * DAY_MS, d: DAY_MS, h: 3_600_000, m: 60_000 };

/** `2026-11-01`, `2026/11/01 09:30` (read in UTC: the demo has no per-user time zone), `-7d`, `-1w 2d`. */
export function parseJqlDate(value: string, now: Date, field: string): number {
  const absolute = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (absolute) {
    const [, y, mo, d, h, mi] = absolute;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  }
  const relative = /^([+-]?)((?:\d+[wdhm]\s*)+)$/.exec(value.trim());
  if (relative) {
    let ms = 0;
    for (const [, n, unit] of (relative[2] as string).matchAll(/(\d+)([wdhm])/g)) ms += Number(n) * (PERIOD_MS[unit as string] as number);
    return now.getTime() + (relative[1] === '-' ? -ms : ms);
  }
  throw new JqlError(
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}

function dateField(read: (issue: IssueRecord) => string): JqlFieldSpec {
  const startOfDay = (ctx: JqlContext) => Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS;
  return {
    kind: 'date',
    operators: ORDERED,
    value: (issue) => Date.parse(read(issue)),
    literal: (value, ctx, field) => parseJqlDate(value, ctx.now, field),
    functions: {
      now: (ctx) => ctx.now.getTime(),
      startofday: startOfDay,
      endofday: (ctx) => startOfDay(ctx) + DAY_MS - 1,
    },
    sort: (issue) => Date.parse(read(issue)),
  };
}

function textField(read: (issue: IssueRecord) => Array<string | undefined>, sortable: boolean): JqlFieldSpec {
  const texts = (issue: IssueRecord) => read(issue).filter((t): t is string => t !== undefined && t !== '');
  return {
    kind: 'text',
    operators: TEXT,
    value: (issue) => texts(issue)[0],
    texts,
    ...(sortable ? { sort: (issue: IssueRecord) => texts(issue)[0]?.toLowerCase() } : {}),
  };
}

/** The issue's status as its project's workflow defines it (id and category are per project). */
const statusOf = (issue: IssueRecord, ctx: JqlContext): StatusDef => statusIn(ctx.store.projectOf(issue).statuses, issue.status);
const CATEGORY_ORDER: readonly StatusCategoryKey[] = ['new', 'indeterminate', 'done'];

/**
 * A story point field: an issue has a value only in the field of its project's style (10028 for
 * company-managed, 10016 for team-managed), so `cf[10016] is EMPTY` holds for every GROW issue.
 */
function storyPointsField(fieldId: string): JqlFieldSpec {
  const read = (issue: IssueRecord, ctx: JqlContext) => (storyPointsFieldOf(ctx.store.projectOf(issue).style) === fieldId ? issue.storyPoints : undefined);
  return {
    kind: 'number',
    operators: ORDERED,
    value: read,
    literal: (value, _ctx, field) => {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) throw new JqlError(`The value '${value}' is invalid for the field '${field}'.`);
      return n;
    },
    sort: read,
  };
}
const storyPointEstimate = storyPointsField(STORY_POINTS_FIELD_ID);
const companyStoryPoints = storyPointsField(COMPANY_STORY_POINTS_FIELD_ID);

const FIELD_SPECS: Record<string, JqlFieldSpec> = {
  project: {
    kind: 'ref',
    operators: EQUALITY,
    value: (issue, ctx) => ctx.store.projectOf(issue).id,
    literal: (value, ctx, field) => {
      const project = ctx.store.projects.find(
        (p) => p.id === value || p.key.toUpperCase() === value.toUpperCase() || p.name.toLowerCase() === value.toLowerCase(),
      );
      if (!project || !ctx.store.visibleProject(ctx.actor, project.key)) throw noSuchValue(value, field);
      return project.id;
    },
    sort: (issue) => issue.projectKey,
  },
  issuekey: issueRef('issuekey'),
  key: issueRef('key'),
  id: issueRef('id'),
  issue: issueRef('issue'),
  parent: {
    ...issueRef('parent'),
    value: (issue) => issue.parentId,
    sort: (issue, ctx) => {
      const parent = issue.parentId ? ctx.store.issue(issue.parentId) : undefined;
      return parent ? keySortValue(parent.key) : undefined;
    },
  },
  issuetype: {
    kind: 'ref',
    operators: EQUALITY,
    value: (issue) => issue.issueTypeId,
    literal: (value, _ctx, field) => {
      const type = ISSUE_TYPES.find((t) => t.id === value || t.name.toLowerCase() === value.toLowerCase() || (t.subtask && value.toLowerCase() === 'sub-task'));
      if (!type) throw noSuchValue(value, field);
      return type.id;
    },
    sort: (issue) => issueTypeById(issue.issueTypeId)?.name.toLowerCase(),
  },
  // Compared by status id, as Jira does: a name (any case) stands for every status so named on the
  // site (GROW's "In Progress" is 3, PLAT's 10101); a value no status is named is one status's id.
  status: {
    kind: 'ref',
    operators: EQUALITY,
    value: (issue, ctx) => statusOf(issue, ctx).id,
    literal: (value, ctx, field) => {
      const statuses = ctx.store.projects.flatMap((p) => p.statuses);
      const named = statuses.filter((s) => s.name.toLowerCase() === value.toLowerCase()).map((s) => s.id);
      if (named.length > 0) return [...new Set(named)];
      const byId = statuses.find((s) => s.id === value);
      if (!byId) throw noSuchValue(value, field);
      return byId.id;
    },
    // By category, then by the status's place in its workflow (To Do < In Progress < In Review < Done).
    sort: (issue, ctx) => {
      const status = statusOf(issue, ctx);
      return CATEGORY_ORDER.indexOf(status.category) * 100 + ctx.store.projectOf(issue).statuses.indexOf(status);
    },
  },
  statuscategory: {
    kind: 'ref',
    operators: EQUALITY,
    value: (issue, ctx) => statusOf(issue, ctx).category,
    literal: (value, _ctx, field) => {
      const v = value.toLowerCase();
      const category = STATUS_CATEGORIES.find((c) => c.key === v || c.name.toLowerCase() === v || String(c.id) === v);
      if (!category) throw noSuchValue(value, field);
      return category.key;
    },
    sort: (issue, ctx) => STATUS_CATEGORIES.findIndex((c) => c.key === statusOf(issue, ctx).category),
  },
  assignee: userField((issue) => issue.assigneeAccountId),
  reporter: userField((issue) => issue.reporterAccountId),
  created: dateField((issue) => issue.created),
  updated: dateField((issue) => issue.updated),
  summary: textField((issue) => [issue.summary], true),
  description: textField((issue) => [issue.description], false),
  text: textField((issue) => [issue.summary, issue.description], false),
  'cf[10016]': storyPointEstimate,
  'story point estimate': storyPointEstimate,
  'story point estimate[number]': storyPointEstimate,
  'cf[10028]': companyStoryPoints,
  'story points': companyStoryPoints,
  'story points[number]': companyStoryPoints,
};

const ALIASES: Record<string, string> = { type: 'issuetype', createddate: 'created', updateddate: 'updated' };

/** The spec of a field as written in a query; throws Jira's "does not exist" error otherwise. */
export function jqlField(name: string): JqlFieldSpec {
  const lower = name.toLowerCase();
  const spec = FIELD_SPECS[ALIASES[lower] ?? lower];
  if (!spec) throw new JqlUnknownReferenceError(`Field '${name}' does not exist or you do not have permission to view it.`);
  return spec;
}

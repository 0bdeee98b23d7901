/**
 * The demo site's configuration, fixed in code: issue types, statuses and their categories, and
 * the fields (system ones plus the two story point custom fields). Ids and shapes follow what a
 * Jira Cloud site answers, so the app meets what production gives it: each team-managed project
 * has statuses of its own (other ids, even other names: MOB's are Korean, with two "done" ones),
 * so the app must read `statusCategory.key`, never ids or names; and company-managed projects
 * estimate in "Story Points" (customfield_10028) while team-managed ones use "Story point
 * estimate" (customfield_10016), both found through `GET /field`, not assumed.
 */

export type ProjectStyle = 'classic' | 'next-gen';

export interface IssueTypeDef {
  id: string;
  name: 'Epic' | 'Story' | 'Task' | 'Bug' | 'Subtask';
  description: string;
  hierarchyLevel: number;
  subtask: boolean;
  avatarId: number;
}

export const ISSUE_TYPES: readonly IssueTypeDef[] = [
  { id: '10000', name: 'Epic', description: 'Epics track collections of related bugs, stories, and tasks.', hierarchyLevel: 1, subtask: false, avatarId: 10307 },
  { id: '10001', name: 'Story', description: 'Stories track functionality or features expressed as user goals.', hierarchyLevel: 0, subtask: false, avatarId: 10315 },
  { id: '10002', name: 'Task', description: 'Tasks track small, distinct pieces of work.', hierarchyLevel: 0, subtask: false, avatarId: 10318 },
  { id: '10003', name: 'Bug', description: 'Bugs track problems or errors.', hierarchyLevel: 0, subtask: false, avatarId: 10303 },
  { id: '10004', name: 'Subtask', description: 'Subtasks track small pieces of work that are part of a larger task.', hierarchyLevel: -1, subtask: true, avatarId: 10316 },
];

export const issueTypeById = (id: string): IssueTypeDef | undefined => ISSUE_TYPES.find((t) => t.id === id);
export const issueTypeByName = (name: string): IssueTypeDef | undefined =>
  ISSUE_TYPES.find((t) => t.name.toLowerCase() === name.toLowerCase() || (name.toLowerCase() === 'sub-task' && t.subtask));

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusCategoryDef {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

/** Jira's three fixed categories, with their real ids (1 is "No Category", never on an issue). */
export const STATUS_CATEGORIES: readonly StatusCategoryDef[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

/**
 * A status's name, as the project's workflow spells it: English on the site's default workflows,
 * whatever a team chose elsewhere (a Korean site's 해야 할 일 / 진행 중 / 완료, custom ones such as
 * "QA 대기"). Names are unique within a project's workflow, not across the site.
 */
export type StatusName = string;

/** One status of a project's workflow, with its id and category (what the app must read). */
export interface StatusDef {
  id: string;
  name: StatusName;
  category: StatusCategoryKey;
  /** The simplified workflow's global "to this status" transition. */
  transitionId: string;
}

/** Company-managed projects share the site's global statuses (ids as on a real site). */
export const CLASSIC_STATUSES: readonly StatusDef[] = [
  { id: '10000', name: 'To Do', category: 'new', transitionId: '11' },
  { id: '3', name: 'In Progress', category: 'indeterminate', transitionId: '21' },
  { id: '10002', name: 'In Review', category: 'indeterminate', transitionId: '31' },
  { id: '10001', name: 'Done', category: 'done', transitionId: '41' },
];

/** PLAT (team-managed): its own statuses, scoped to the project, with other ids under the same names. */
export const PLATFORM_STATUSES: readonly StatusDef[] = [
  { id: '10100', name: 'To Do', category: 'new', transitionId: '11' },
  { id: '10101', name: 'In Progress', category: 'indeterminate', transitionId: '21' },
  { id: '10102', name: 'In Review', category: 'indeterminate', transitionId: '31' },
  { id: '10103', name: 'Done', category: 'done', transitionId: '41' },
];

/**
 * MOB (team-managed, a Korean team): the Korean names of the defaults plus two statuses the team
 * added. Two are "done" (완료 and 배포됨) and two "in progress", so only `statusCategory` tells an
 * app what is finished: names and ids say nothing it can rely on.
 */
export const MOBILE_STATUSES: readonly StatusDef[] = [
  { id: '10110', name: '해야 할 일', category: 'new', transitionId: '11' },
  { id: '10111', name: '진행 중', category: 'indeterminate', transitionId: '21' },
  { id: '10112', name: 'QA 대기', category: 'indeterminate', transitionId: '31' },
  { id: '10113', name: '완료', category: 'done', transitionId: '41' },
  { id: '10114', name: '배포됨', category: 'done', transitionId: '51' },
];

export const statusCategoryByKey = (key: StatusCategoryKey): StatusCategoryDef =>
  STATUS_CATEGORIES.find((c) => c.key === key) as StatusCategoryDef;

/**
 * The status of a workflow with that name (exact, then in any case). A name the workflow lacks
 * (a state file written before a workflow changed) reads as the workflow's first status rather
 * than failing every request that touches the issue.
 */
export function statusIn(statuses: readonly StatusDef[], name: StatusName): StatusDef {
  return (
    statuses.find((s) => s.name === name) ??
    statuses.find((s) => s.name.toLowerCase() === name.toLowerCase()) ??
    (statuses[0] as StatusDef)
  );
}

/** The workflow's initial status: what a created issue starts in. */
export const initialStatus = (statuses: readonly StatusDef[]): StatusDef =>
  statuses.find((s) => s.category === 'new') ?? (statuses[0] as StatusDef);

/** Team-managed projects' "Story point estimate" (Jira Software's own field type). */
export const STORY_POINTS_FIELD_ID = 'customfield_10016';
/** Company-managed projects' "Story Points": a plain number custom field (its id differs per real site). */
export const COMPANY_STORY_POINTS_FIELD_ID = 'customfield_10028';

/** The story point field a project of that style puts on its screens; the other one is null there. */
export const storyPointsFieldOf = (style: ProjectStyle): string => (style === 'classic' ? COMPANY_STORY_POINTS_FIELD_ID : STORY_POINTS_FIELD_ID);

export interface FieldDef {
  id: string;
  name: string;
  custom: boolean;
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema?: { type: string; system?: string; custom?: string; customId?: number; items?: string };
}

/**
 * What `GET /rest/api/3/field` lists, and the field ids an IssueBean may carry. `issuekey` has no
 * schema on Jira either; `statusCategory` is a real (non-orderable) system field.
 */
export const FIELDS: readonly FieldDef[] = [
  { id: 'issuekey', name: 'Key', custom: false, orderable: false, navigable: true, searchable: false, clauseNames: ['id', 'issue', 'issuekey', 'key'] },
  { id: 'summary', name: 'Summary', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['summary'], schema: { type: 'string', system: 'summary' } },
  { id: 'description', name: 'Description', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['description'], schema: { type: 'string', system: 'description' } },
  { id: 'issuetype', name: 'Issue Type', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['issuetype', 'type'], schema: { type: 'issuetype', system: 'issuetype' } },
  { id: 'project', name: 'Project', custom: false, orderable: false, navigable: true, searchable: true, clauseNames: ['project'], schema: { type: 'project', system: 'project' } },
  { id: 'parent', name: 'Parent', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['parent'], schema: { type: 'issuelink', system: 'parent' } },
  { id: 'status', name: 'Status', custom: false, orderable: false, navigable: true, searchable: true, clauseNames: ['status'], schema: { type: 'status', system: 'status' } },
  { id: 'statusCategory', name: 'Status Category', custom: false, orderable: false, navigable: true, searchable: true, clauseNames: ['statusCategory'], schema: { type: 'statusCategory', system: 'statusCategory' } },
  { id: 'assignee', name: 'Assignee', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['assignee'], schema: { type: 'user', system: 'assignee' } },
  { id: 'reporter', name: 'Reporter', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['reporter'], schema: { type: 'user', system: 'reporter' } },
  { id: 'created', name: 'Created', custom: false, orderable: false, navigable: true, searchable: true, clauseNames: ['created', 'createdDate'], schema: { type: 'datetime', system: 'created' } },
  { id: 'updated', name: 'Updated', custom: false, orderable: false, navigable: true, searchable: true, clauseNames: ['updated', 'updatedDate'], schema: { type: 'datetime', system: 'updated' } },
  { id: 'security', name: 'Security Level', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['level'], schema: { type: 'securitylevel', system: 'security' } },
  {
    id: STORY_POINTS_FIELD_ID,
    name: 'Story point estimate',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10016]', 'Story point estimate', 'Story point estimate[Number]'],
    schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
  },
  {
    id: COMPANY_STORY_POINTS_FIELD_ID,
    name: 'Story Points',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10028]', 'Story Points', 'Story Points[Number]'],
    schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10028 },
  },
];

/** Field ids an issue's `fields` object can hold (issuekey is the bean's `key`, not a field). */
export const ISSUE_FIELD_IDS: readonly string[] = FIELDS.map((f) => f.id).filter((id) => id !== 'issuekey');

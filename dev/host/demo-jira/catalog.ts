/**
 * The demo site's configuration, fixed in code: issue types, statuses and their categories, and
 * the fields (system ones plus the story points custom field). Ids and shapes follow what a Jira
 * Cloud site answers, so the app meets what production gives it: status ids differ between a
 * company-managed and a team-managed project (the app must read `statusCategory.key`, never ids),
 * and the story point field is found through `GET /field`, not assumed.
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

export type StatusName = 'To Do' | 'In Progress' | 'In Review' | 'Done';
export const STATUS_NAMES: readonly StatusName[] = ['To Do', 'In Progress', 'In Review', 'Done'];

const CATEGORY_OF: Record<StatusName, StatusCategoryKey> = {
  'To Do': 'new',
  'In Progress': 'indeterminate',
  'In Review': 'indeterminate',
  Done: 'done',
};

export const categoryOf = (status: StatusName): StatusCategoryDef =>
  STATUS_CATEGORIES.find((c) => c.key === CATEGORY_OF[status]) as StatusCategoryDef;

/**
 * Status ids: company-managed projects share the site's global statuses; a team-managed project
 * gets its own statuses (scoped to the project), with other ids under the same names.
 */
const CLASSIC_STATUS_IDS: Record<StatusName, string> = { 'To Do': '10000', 'In Progress': '3', 'In Review': '10002', Done: '10001' };
const NEXT_GEN_STATUS_IDS: Record<StatusName, string> = { 'To Do': '10100', 'In Progress': '10101', 'In Review': '10102', Done: '10103' };

export function statusId(style: ProjectStyle, status: StatusName): string {
  return (style === 'classic' ? CLASSIC_STATUS_IDS : NEXT_GEN_STATUS_IDS)[status];
}

/** Every (status id -> name) on the site, for JQL `status = 10101`. */
export function statusNameById(id: string): StatusName | undefined {
  for (const ids of [CLASSIC_STATUS_IDS, NEXT_GEN_STATUS_IDS]) {
    const hit = STATUS_NAMES.find((n) => ids[n] === id);
    if (hit) return hit;
  }
  return undefined;
}

/** The simplified workflow's transition ids: one global "to X" transition per status. */
export const TRANSITION_IDS: Record<StatusName, string> = { 'To Do': '11', 'In Progress': '21', 'In Review': '31', Done: '41' };

export const STORY_POINTS_FIELD_ID = 'customfield_10016';

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
];

/** Field ids an issue's `fields` object can hold (issuekey is the bean's `key`, not a field). */
export const ISSUE_FIELD_IDS: readonly string[] = FIELDS.map((f) => f.id).filter((id) => id !== 'issuekey');

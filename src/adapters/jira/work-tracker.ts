import { route } from '@forge/api';
import type { EpicFacts, WorkTracker } from '../../application/ports';
import type { EpicSearchResult, ProjectView } from '../../contracts/views';
import type { EpicReading } from '../../domain/epic-progress';
import type { StatusCategory } from '../../domain/types';
import { jiraAsUser, JiraRequestError, JiraUnavailableError, unavailableOnOutage } from './jira-http';
import { chunk, jqlList, jqlString, KEYS_PER_QUERY } from './jql';
import { unknownReference } from '../../application/errors';
import { searchIssues, type JiraIssue, type SearchResult } from './search';
import { invocationDeadline } from '../platform/invocation-context';
import { ProductUnavailableError } from '../../application/errors';

const EPIC_FIELDS = ['summary', 'status', 'issuetype'];
/**
 * Epics per children query. Jira answers 100 issues a page once fields are asked, so a batch of
 * epics with many children is many pages; smaller batches let a read cut short by the deadline
 * keep the batches it finished, at the cost of a page more now and then.
 */
const EPICS_PER_CHILD_QUERY = 100;
const SEARCH_RESULTS = 20;
/** Projects a picker shows at once: one page of Jira's project search (its maximum is 50). */
const PROJECT_RESULTS = 50;

/** Jira's `GET /rest/api/3/project/search` page (PageBeanProject), the fields read here. */
interface ProjectPage {
  values?: Array<{ id?: string; key?: string; name?: string; avatarUrls?: Record<string, string> }>;
  isLast?: boolean;
  total?: number;
}

/** Jira's story point field on company-managed and team-managed projects. */
const STORY_POINT_FIELD_TYPES = new Set([
  'com.pyxis.greenhopper.jira:jsw-story-points',
  'com.atlassian.jira.plugin.system.customfieldtypes:float',
]);
const STORY_POINT_FIELD_NAMES = new Set(['story point estimate', 'story points']);

/** Jira as the work tracker: epics and their children, read as the calling user. */
export const jiraWorkTracker: WorkTracker = {
  async readEpics(keys, { storyPointsFieldIds = [] }) {
    // One deadline for the whole read, however many pages it takes (Forge stops at 25 s).
    const deadline = invocationDeadline();
    return unavailableOnOutage(async () => {
      const epics = new Map<string, EpicFacts & { reading: EpicReading }>();
      const unread: string[] = [];
      let answered = false;
      for (const batch of chunk([...new Set(keys)], KEYS_PER_QUERY)) {
        if (answered && Date.now() >= deadline) {
          unread.push(...batch);
          continue;
        }
        const found = await searchVisible(batch, deadline);
        answered = true;
        for (const issue of found.issues) {
          const facts = toEpicFacts(issue);
          epics.set(issue.key, { ...facts, reading: { statusCategory: facts.statusCategory, children: [] } });
        }
        // Paging stopped early: the keys not reached are unknown, not invisible.
        if (!found.complete) unread.push(...batch.filter((key) => !epics.has(key)));
      }
      if (epics.size === 0 && unread.length === 0 && keys.length > 0) await requireRecognisedCredentials();

      // Children of the visible epics, a batch of epics per query; an epic counts only when all
      // its children were read (a batch cut short by the deadline leaves its epics unread).
      const childFields = ['parent', 'status', 'issuetype', ...storyPointsFieldIds];
      for (const batch of chunk([...epics.keys()], EPICS_PER_CHILD_QUERY)) {
        const children = Date.now() < deadline ? await searchChildren(batch, childFields, deadline) : undefined;
        if (!children?.complete) {
          for (const key of batch) epics.delete(key);
          unread.push(...batch);
          continue;
        }
        for (const child of children.issues) {
          const epic = child.fields.parent?.key ? epics.get(child.fields.parent.key) : undefined;
          // Sub-tasks may sit directly under an epic; they are part of their parent's work, not
          // the epic's, so they never count as epic children (docs/decisions/0012).
          if (!epic || isSubtask(child)) continue;
          (epic.reading.children as Array<EpicReading['children'][number]>).push({
            statusCategory: statusCategoryOf(child),
            storyPoints: storyPointsOf(child, storyPointsFieldIds),
          });
        }
      }
      return { epics, unread };
    });
  },

  async findEpic(key) {
    return unavailableOnOutage(async () => {
      try {
        const issue = await jiraAsUser<JiraIssue>(route`/rest/api/3/issue/${key}?fields=${EPIC_FIELDS.join(',')}`);
        return toEpicFacts(issue);
      } catch (error) {
        // Jira answers 404 alike for a missing issue and one the user may not see (and for any
        // issue, to credentials it does not recognise).
        if (error instanceof JiraRequestError && (error.status === 404 || error.status === 403)) {
          await requireRecognisedCredentials();
          return undefined;
        }
        throw error;
      }
    });
  },

  async searchEpics(projectKey, query) {
    const text = query.trim();
    const looksLikeKey = /^[A-Z][A-Z0-9_]*-\d+$/i.test(text);
    const search = async (byKey: boolean) => {
      const clauses = [`project = ${jqlString(projectKey)}`, 'issuetype = Epic'];
      if (text) {
        const keyClause = byKey ? ` OR key = ${jqlString(text.toUpperCase())}` : '';
        clauses.push(`(summary ~ ${jqlString(`${text}*`)}${keyClause})`);
      }
      const page = await jiraAsUser<{ issues?: JiraIssue[] }>(route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql: `${clauses.join(' AND ')} ORDER BY updated DESC`, fields: EPIC_FIELDS, maxResults: SEARCH_RESULTS },
      });
      return page.issues ?? [];
    };
    return unavailableOnOutage(async () => {
      let issues: JiraIssue[];
      try {
        try {
          issues = await search(looksLikeKey);
        } catch (error) {
          // Jira refuses `key = X` for an issue the user cannot see (or that does not exist):
          // then nothing matches that key, and the summary match alone answers.
          if (!(looksLikeKey && error instanceof JiraRequestError && error.status === 400)) throw error;
          issues = await search(false);
        }
      } catch (error) {
        if (!(error instanceof JiraRequestError && error.status === 400)) throw error;
        // Jira answers 400 alike for a project that does not exist and one the user cannot see
        // ("The value 'X' does not exist for the field 'project'"), so the answer tells neither.
        if (mentionsProject(error.body)) throw unknownReference('projectKey', 'Jira project you can see', projectKey);
        // Text Jira's search cannot take (reserved words, lone operators) matches nothing.
        if (text) return [];
        throw error;
      }
      // Jira may validate JQL leniently: then an unknown or invisible project is no 400 but no
      // match. Nothing found, the project itself tells which it was (one request, only then).
      if (issues.length === 0) await requireVisibleProject(projectKey);
      return issues.map((issue): EpicSearchResult => {
        const facts = toEpicFacts(issue);
        return { key: facts.key, summary: facts.summary, statusName: facts.statusName, statusCategory: facts.statusCategory };
      });
    });
  },

  async searchProjects(query) {
    return unavailableOnOutage(async () => {
      const text = query.trim();
      const page = await jiraAsUser<ProjectPage>(
        route`/rest/api/3/project/search?query=${text}&maxResults=${PROJECT_RESULTS}&orderBy=name`,
      );
      const projects = (page.values ?? []).map(toProjectView);
      // Nothing at all, not even without a query: maybe Jira took the credentials for nobody.
      if (projects.length === 0 && !text) await requireRecognisedCredentials();
      return projects;
    });
  },

  async isSiteAdmin() {
    return unavailableOnOutage(async () => {
      const answer = await jiraAsUser<{ permissions?: Record<string, { havePermission?: boolean }> }>(
        route`/rest/api/3/mypermissions?permissions=ADMINISTER`,
      );
      return answer.permissions?.ADMINISTER?.havePermission === true;
    });
  },

  async findStoryPointsFields() {
    return unavailableOnOutage(async () => {
      const fields = await jiraAsUser<Array<{ id: string; name?: string; schema?: { custom?: string } }>>(route`/rest/api/3/field`);
      // Team-managed projects' "Story point estimate" by its type; company-managed "Story Points"
      // is a plain number field, known by its name. A site has either or both.
      return fields
        .filter(
          (f) =>
            f.schema?.custom === 'com.pyxis.greenhopper.jira:jsw-story-points' ||
            (STORY_POINT_FIELD_NAMES.has((f.name ?? '').toLowerCase()) && STORY_POINT_FIELD_TYPES.has(f.schema?.custom ?? '')),
        )
        .map((f) => f.id);
    });
  },
};

/**
 * The epics among `keys` the user can see. Jira may refuse a whole query that names an issue
 * the user cannot see ("An issue with key 'X' does not exist"): those keys are dropped (they
 * are exactly the invisible ones) and the query is asked once more.
 */
async function searchVisible(keys: string[], deadline: number): Promise<SearchResult> {
  try {
    return await searchIssues(`key in ${jqlList(keys)}`, EPIC_FIELDS, { deadline });
  } catch (error) {
    const refused = error instanceof JiraRequestError && error.status === 400 ? keysNamedIn(error.body, keys) : [];
    if (refused.length === 0) throw error;
    const rest = keys.filter((k) => !refused.includes(k));
    return rest.length ? searchIssues(`key in ${jqlList(rest)}`, EPIC_FIELDS, { deadline }) : { issues: [], complete: true, pages: 0 };
  }
}

/** The children of `epics`; undefined when Jira gave up on it (the epics read so far still count). */
async function searchChildren(epics: string[], fields: string[], deadline: number): Promise<SearchResult | undefined> {
  try {
    return await searchIssues(`parent in ${jqlList(epics)}`, fields, { deadline });
  } catch (error) {
    if (error instanceof JiraUnavailableError) return undefined;
    throw error;
  }
}

/** A project the user cannot see answers 404 alike whether it exists or not: a typed answer either way. */
async function requireVisibleProject(projectKey: string): Promise<void> {
  try {
    await jiraAsUser(route`/rest/api/3/project/${projectKey}`);
  } catch (error) {
    if (!(error instanceof JiraRequestError && error.status === 404)) throw error;
    await requireRecognisedCredentials();
    throw unknownReference('projectKey', 'Jira project you can see', projectKey);
  }
}

/**
 * Jira Cloud serves a request whose credentials it does not recognise as anonymous: searches
 * find nothing and issues are 404, so "nothing visible" may mean that rather than restrictions.
 * Only `/myself` tells (401). Asked only when a read found nothing, so it costs nothing usually.
 */
async function requireRecognisedCredentials(): Promise<void> {
  try {
    await jiraAsUser(route`/rest/api/3/myself`);
  } catch (error) {
    if (error instanceof JiraRequestError && error.status === 401) {
      throw new ProductUnavailableError('Jira does not recognise the credentials the app calls it with', 'credentials');
    }
    throw error;
  }
}

function keysNamedIn(body: unknown, keys: readonly string[]): string[] {
  const messages = (body as { errorMessages?: unknown })?.errorMessages;
  const text = Array.isArray(messages) ? messages.join(' ') : '';
  return keys.filter((key) => text.includes(`'${key}'`));
}

function toProjectView(project: NonNullable<ProjectPage['values']>[number]): ProjectView {
  const avatarUrl = project.avatarUrls?.['48x48'];
  return {
    id: String(project.id ?? ''),
    key: project.key ?? '',
    name: project.name ?? project.key ?? '',
    ...(avatarUrl ? { avatarUrl } : {}),
  };
}

function toEpicFacts(issue: JiraIssue): EpicFacts {
  return {
    key: issue.key,
    summary: issue.fields.summary ?? '',
    statusName: issue.fields.status?.name ?? '',
    statusCategory: statusCategoryOf(issue),
    isEpic: issue.fields.issuetype?.hierarchyLevel === 1 || issue.fields.issuetype?.name === 'Epic',
  };
}

function statusCategoryOf(issue: JiraIssue): StatusCategory {
  const key = issue.fields.status?.statusCategory?.key;
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A child's estimate: the story point field its project uses is the one that holds a number. */
function storyPointsOf(issue: JiraIssue, fieldIds: readonly string[]): number | null {
  for (const id of fieldIds) {
    const points = numberOrNull(issue.fields[id]);
    if (points !== null) return points;
  }
  return null;
}

const isSubtask = (issue: JiraIssue): boolean =>
  issue.fields.issuetype?.subtask === true || (issue.fields.issuetype?.hierarchyLevel ?? 0) < 0;

/** Whether a Jira 400 is about the `project` clause (its errorMessages name the field). */
function mentionsProject(body: unknown): boolean {
  const messages = (body as { errorMessages?: unknown } | undefined)?.errorMessages;
  return Array.isArray(messages) && messages.some((m) => typeof m === 'string' && /field 'project'/i.test(m));
}

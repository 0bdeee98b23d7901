import { route } from '@forge/api';
import type { EpicFacts, WorkTracker } from '../../application/ports';
import type { EpicSearchResult } from '../../contracts/views';
import type { EpicReading } from '../../domain/epic-progress';
import type { StatusCategory } from '../../domain/types';
import { jiraAsUser, JiraRequestError, RETRY, unavailableOnOutage } from './jira-http';
import { chunk, jqlList, jqlString, KEYS_PER_QUERY } from './jql';
import { unknownReference } from '../../application/errors';
import { searchAllIssues, type JiraIssue } from './search';

const EPIC_FIELDS = ['summary', 'status', 'issuetype'];
const SEARCH_RESULTS = 20;

/** Jira's story point field on company-managed and team-managed projects. */
const STORY_POINT_FIELD_TYPES = new Set([
  'com.pyxis.greenhopper.jira:jsw-story-points',
  'com.atlassian.jira.plugin.system.customfieldtypes:float',
]);
const STORY_POINT_FIELD_NAMES = new Set(['story point estimate', 'story points']);

/** Jira as the work tracker: epics and their children, read as the calling user. */
export const jiraWorkTracker: WorkTracker = {
  async readEpics(keys, { storyPointsFieldId }) {
    const deadline = Date.now() + RETRY.budgetMs;
    return unavailableOnOutage(async () => {
      const epics = new Map<string, EpicFacts & { reading: EpicReading }>();
      const wanted = [...new Set(keys)];
      for (const batch of chunk(wanted, KEYS_PER_QUERY)) {
        for (const issue of await searchVisible(batch, deadline)) {
          const facts = toEpicFacts(issue);
          epics.set(issue.key, { ...facts, reading: { statusCategory: facts.statusCategory, children: [] } });
        }
      }
      // Children of the visible epics only: one search for all of them, just the fields counted.
      const childFields = ['parent', 'status', ...(storyPointsFieldId ? [storyPointsFieldId] : [])];
      for (const batch of chunk([...epics.keys()], KEYS_PER_QUERY)) {
        const children = await searchAllIssues(`parent in ${jqlList(batch)}`, childFields, { deadline });
        for (const child of children) {
          const epic = child.fields.parent?.key ? epics.get(child.fields.parent.key) : undefined;
          if (!epic) continue;
          (epic.reading.children as Array<EpicReading['children'][number]>).push({
            statusCategory: statusCategoryOf(child),
            storyPoints: storyPointsFieldId ? numberOrNull(child.fields[storyPointsFieldId]) : null,
          });
        }
      }
      return epics;
    });
  },

  async findEpic(key) {
    return unavailableOnOutage(async () => {
      try {
        const issue = await jiraAsUser<JiraIssue>(route`/rest/api/3/issue/${key}?fields=${EPIC_FIELDS.join(',')}`);
        return toEpicFacts(issue);
      } catch (error) {
        // Jira answers 404 alike for a missing issue and one the user may not see.
        if (error instanceof JiraRequestError && (error.status === 404 || error.status === 403)) return undefined;
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
      return issues.map((issue): EpicSearchResult => {
        const facts = toEpicFacts(issue);
        return { key: facts.key, summary: facts.summary, statusName: facts.statusName, statusCategory: facts.statusCategory };
      });
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

  async findStoryPointsField() {
    return unavailableOnOutage(async () => {
      const fields = await jiraAsUser<Array<{ id: string; name?: string; schema?: { custom?: string } }>>(route`/rest/api/3/field`);
      const byType = fields.find((f) => f.schema?.custom === 'com.pyxis.greenhopper.jira:jsw-story-points');
      const byName = fields.find(
        (f) => STORY_POINT_FIELD_NAMES.has((f.name ?? '').toLowerCase()) && STORY_POINT_FIELD_TYPES.has(f.schema?.custom ?? ''),
      );
      return (byType ?? byName)?.id;
    });
  },
};

/**
 * The epics among `keys` the user can see. Jira may refuse a whole query that names an issue
 * the user cannot see ("An issue with key 'X' does not exist"): those keys are dropped (they
 * are exactly the invisible ones) and the query is asked once more.
 */
async function searchVisible(keys: string[], deadline: number): Promise<JiraIssue[]> {
  try {
    return await searchAllIssues(`key in ${jqlList(keys)}`, EPIC_FIELDS, { deadline });
  } catch (error) {
    const refused = error instanceof JiraRequestError && error.status === 400 ? keysNamedIn(error.body, keys) : [];
    if (refused.length === 0) throw error;
    const rest = keys.filter((k) => !refused.includes(k));
    return rest.length ? searchAllIssues(`key in ${jqlList(rest)}`, EPIC_FIELDS, { deadline }) : [];
  }
}

function keysNamedIn(body: unknown, keys: readonly string[]): string[] {
  const messages = (body as { errorMessages?: unknown })?.errorMessages;
  const text = Array.isArray(messages) ? messages.join(' ') : '';
  return keys.filter((key) => text.includes(`'${key}'`));
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

/** Whether a Jira 400 is about the `project` clause (its errorMessages name the field). */
function mentionsProject(body: unknown): boolean {
  const messages = (body as { errorMessages?: unknown } | undefined)?.errorMessages;
  return Array.isArray(messages) && messages.some((m) => typeof m === 'string' && /field 'project'/i.test(m));
}

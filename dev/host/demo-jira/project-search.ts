/**
 * `GET /rest/api/3/project/search` -> PageBeanProject: the projects the caller may browse,
 * filtered by `query` (a case-insensitive match on key or name), ordered by `orderBy`, one page
 * of `startAt`/`maxResults`. What the API doc leaves open is guessed in docs/decisions/0012.
 */
import type { JiraProjectRecord } from './demo-projects';
import { projectAvatarUrls } from './entity-json';
import { BadRequest, guarded, intParam } from './request-params';
import type { DemoJiraSite, JiraActor, JiraRoute } from './types';
import { canSeeProject } from './visibility';

/** Jira's default page and the most it answers in one (more is silently capped). */
export const PROJECT_PAGE_DEFAULT = 50;
export const PROJECT_PAGE_MAX = 100;

const ORDER_FIELDS = ['key', 'name', 'category', 'owner', 'issueCount', 'lastIssueUpdatedDate', 'archivedDate', 'deletedDate'] as const;
const ACTIONS = ['view', 'browse', 'edit', 'create'] as const;

export interface ProjectSearchParams {
  query?: string | undefined;
  startAt?: number | undefined;
  maxResults?: number | undefined;
  orderBy?: string | undefined;
}

export interface ProjectSearchPage {
  projects: JiraProjectRecord[];
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
}

/**
 * The page of `projects` (already the ones the caller may see) for these parameters. Pure, so
 * its rules are unit-tested: a blank query matches every project; `startAt` below 0 reads 0;
 * `maxResults` is kept within [1, 100]; ordering is by key unless asked otherwise.
 */
export function searchProjectPage(projects: readonly JiraProjectRecord[], params: ProjectSearchParams): ProjectSearchPage {
  const needle = (params.query ?? '').trim().toLocaleLowerCase();
  const matching = needle
    ? projects.filter((p) => p.key.toLocaleLowerCase().includes(needle) || p.name.toLocaleLowerCase().includes(needle))
    : [...projects];
  const { field, descending } = parseOrderBy(params.orderBy);
  const value = (p: JiraProjectRecord): string => (field === 'name' ? p.name : field === 'owner' ? p.leadAccountId : p.key);
  matching.sort((a, b) => {
    const order = value(a).localeCompare(value(b)) || a.key.localeCompare(b.key);
    return descending ? -order : order;
  });
  const startAt = Math.max(0, params.startAt ?? 0);
  const maxResults = Math.min(PROJECT_PAGE_MAX, Math.max(1, params.maxResults ?? PROJECT_PAGE_DEFAULT));
  const page = matching.slice(startAt, startAt + maxResults);
  return { projects: page, startAt, maxResults, total: matching.length, isLast: startAt + page.length >= matching.length };
}

/** `name`, `+name` or `-name`; fields the demo has no data for (category, dates) order by key. */
function parseOrderBy(raw: string | undefined): { field: (typeof ORDER_FIELDS)[number]; descending: boolean } {
  if (raw === undefined || raw === '') return { field: 'key', descending: false };
  const descending = raw.startsWith('-');
  const name = raw.replace(/^[+-]/, '');
  const field = ORDER_FIELDS.find((f) => f === name);
  if (!field) throw new BadRequest(`Invalid orderBy value '${raw}'.`);
  return { field, descending };
}

/** Project, as the search's `values` carry it (no lead, issue types or description unless expanded). */
function projectSearchJson(project: JiraProjectRecord, site: DemoJiraSite): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${site.baseUrl()}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: projectAvatarUrls(project),
    projectTypeKey: project.type,
    simplified: project.style === 'next-gen',
    style: project.style,
    isPrivate: project.visibleTo !== undefined,
    properties: {},
  };
}

/** `action=edit` lists the projects the caller administers (the lead, here); the others, what they browse. */
function mayAct(actor: JiraActor, project: JiraProjectRecord, action: (typeof ACTIONS)[number]): boolean {
  if (!canSeeProject(actor, project)) return false;
  if (action !== 'edit' || actor.kind === 'app') return true;
  return actor.kind === 'user' && project.leadAccountId === actor.user.accountId;
}

export const projectSearchRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/project\/search$/,
    handle: (req, _params, site) =>
      guarded(() => {
        const rawAction = req.query.get('action') ?? 'view';
        const action = ACTIONS.find((a) => a === rawAction);
        if (!action) throw new BadRequest(`Invalid action value '${rawAction}'.`);
        const visible = site.store.projects.filter((p) => mayAct(req.actor, p, action));
        const page = searchProjectPage(visible, {
          query: req.query.get('query') ?? undefined,
          startAt: intParam(req.query.get('startAt'), 'startAt'),
          maxResults: intParam(req.query.get('maxResults'), 'maxResults'),
          orderBy: req.query.get('orderBy') ?? undefined,
        });
        const pageUrl = (startAt: number) => {
          const query = new URLSearchParams(req.query);
          query.set('startAt', String(startAt));
          query.set('maxResults', String(page.maxResults));
          return `${site.baseUrl()}/rest/api/3/project/search?${query.toString()}`;
        };
        const next = page.startAt + page.projects.length;
        return {
          status: 200,
          body: {
            self: `${site.baseUrl()}/rest/api/3/project/search${req.query.toString() ? `?${req.query.toString()}` : ''}`,
            ...(page.isLast ? {} : { nextPage: pageUrl(next) }),
            maxResults: page.maxResults,
            startAt: page.startAt,
            total: page.total,
            isLast: page.isLast,
            values: page.projects.map((p) => projectSearchJson(p, site)),
          },
        };
      }),
  },
];

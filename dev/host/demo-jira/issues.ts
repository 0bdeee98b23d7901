/**
 * One issue: `GET /rest/api/3/issue/{issueIdOrKey}` and its workflow,
 * `GET|POST /rest/api/3/issue/{issueIdOrKey}/transitions`. An issue the caller may not see gets
 * exactly the 404 of one that does not exist.
 */
import type { StatusDef } from './catalog';
import type { JiraProjectRecord } from './demo-projects';
import { statusJson } from './entity-json';
import { issueJson, parseFieldSelection } from './issue-json';
import type { IssueRecord } from './issue-record';
import { BadRequest, guarded, isRecord } from './request-params';
import { ISSUE_NOT_FOUND, jiraError, type DemoJiraSite, type JiraRoute } from './types';

/**
 * The simplified workflow of the issue's project: every status of it reachable from every other,
 * one global transition each, named after its target (MOB lists 해야 할 일 ... 배포됨).
 */
function transitionsOf(issue: IssueRecord, site: DemoJiraSite): Array<Record<string, unknown>> {
  const project = site.store.projectOf(issue);
  return project.statuses.filter((s) => s.name !== issue.status).map((status) => ({
    id: status.transitionId,
    name: status.name,
    to: statusJson(status.name, project, site),
    hasScreen: false,
    isGlobal: true,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  }));
}

const targetOf = (project: JiraProjectRecord, transitionId: string): StatusDef | undefined =>
  project.statuses.find((s) => s.transitionId === transitionId);

export const issueRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/issue\/([^/]+)$/,
    handle: (req, [ref], site) => {
      const issue = site.store.visibleIssue(req.actor, decodeURIComponent(ref ?? ''));
      if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
      const expand = (req.query.get('expand') ?? '').split(',').map((e) => e.trim());
      const selection = parseFieldSelection(req.query.has('fields') ? req.query.getAll('fields') : undefined, '*all');
      const bean = issueJson(issue, selection, site, { expand });
      if (expand.includes('transitions')) bean.transitions = transitionsOf(issue, site);
      return { status: 200, body: bean };
    },
  },
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/,
    handle: (req, [ref], site) => {
      const issue = site.store.visibleIssue(req.actor, decodeURIComponent(ref ?? ''));
      if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
      const only = req.query.get('transitionId');
      const transitions = transitionsOf(issue, site).filter((t) => only === null || t.id === only);
      return { status: 200, body: { expand: 'transitions', transitions } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/,
    handle: (req, [ref], site) =>
      guarded(() => {
        const issue = site.store.visibleIssue(req.actor, decodeURIComponent(ref ?? ''));
        if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
        const transition = isRecord(req.body) && isRecord(req.body.transition) ? req.body.transition : undefined;
        const id = transition && (typeof transition.id === 'string' || typeof transition.id === 'number') ? String(transition.id) : undefined;
        if (!id) throw new BadRequest("Missing 'transition' identifier");
        const target = targetOf(site.store.projectOf(issue), id);
        if (!target || target.name === issue.status) throw new BadRequest(`Transition id '${id}' is not valid for this issue.`);
        site.store.setStatus(issue, target.name, site.now());
        return { status: 204 };
      }),
  },
];

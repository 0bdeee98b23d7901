/**
 * `GET /rest/api/3/project/{projectIdOrKey}` -> Project (lead, issue types, style, insight).
 * The key is case-sensitive here, as the API doc says; a project the caller cannot browse is
 * the same 404 as one that does not exist.
 */
import { findDemoUser } from '../demo-users';
import { ISSUE_TYPES } from './catalog';
import type { JiraProjectRecord } from './demo-projects';
import { issueTypeJson, projectAvatarUrls } from './entity-json';
import { jiraError, type DemoJiraSite, type JiraActor, type JiraRoute } from './types';
import { toJiraUser } from './user-json';

export function projectJson(project: JiraProjectRecord, actor: JiraActor, site: DemoJiraSite): Record<string, unknown> {
  const lead = findDemoUser(project.leadAccountId);
  const visible = site.store.issues.filter((i) => i.projectKey === project.key && site.store.canSee(actor, i));
  const lastUpdate = visible.reduce((max, i) => (i.updated > max ? i.updated : max), '');
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${site.baseUrl()}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    description: project.description,
    ...(lead ? { lead: toJiraUser(lead, site, 'search') } : {}),
    components: [],
    issueTypes: ISSUE_TYPES.map((t) => issueTypeJson(t, site)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    name: project.name,
    roles: {},
    avatarUrls: projectAvatarUrls(project),
    projectTypeKey: project.type,
    simplified: project.style === 'next-gen',
    style: project.style,
    isPrivate: project.visibleTo !== undefined,
    properties: {},
    insight: { totalIssueCount: visible.length, ...(lastUpdate ? { lastIssueUpdateTime: lastUpdate.replace(/Z$/, '+0000') } : {}) },
  };
}

export const projectRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/project\/([^/]+)$/,
    handle: (req, [ref], site) => {
      const wanted = decodeURIComponent(ref ?? '');
      const project = site.store.visibleProject(req.actor, wanted);
      if (!project || (project.id !== wanted && project.key !== wanted)) {
        return jiraError(404, `No project could be found with key '${wanted}'.`);
      }
      return { status: 200, body: projectJson(project, req.actor, site) };
    },
  },
];

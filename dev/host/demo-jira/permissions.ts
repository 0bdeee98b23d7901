/**
 * `GET /rest/api/3/mypermissions?permissions=...&projectKey|projectId|issueKey|issueId=` ->
 * Permissions. Minimal: whoever can browse a project may also create, edit, transition, assign
 * and comment there; only the lead administers it; nobody is a site admin.
 */
import { DEMO_USERS } from '../demo-users';
import type { JiraProjectRecord } from './demo-projects';
import { BadRequest, guarded } from './request-params';
import { ISSUE_NOT_FOUND, jiraError, type JiraActor, type JiraRoute } from './types';

const PERMISSIONS: Record<string, { id: string; name: string; description: string; type: 'GLOBAL' | 'PROJECT' }> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', description: 'Ability to browse projects and the issues within them.', type: 'PROJECT' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', description: 'Ability to create issues.', type: 'PROJECT' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', description: 'Ability to edit issues.', type: 'PROJECT' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', description: 'Ability to assign issues to other people.', type: 'PROJECT' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', description: 'Ability to comment on issues.', type: 'PROJECT' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', description: 'Ability to administer a project in Jira.', type: 'PROJECT' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', description: 'Ability to transition issues.', type: 'PROJECT' },
  ADMINISTER: { id: '0', name: 'Administer Jira', description: 'Create and administer projects, issue types, fields, workflows and more.', type: 'GLOBAL' },
};

/** The demo site's Jira administrators: 김지수 runs the site (and the app's settings). */
export const SITE_ADMINS: readonly string[] = [DEMO_USERS.jisoo.accountId];

function has(key: string, actor: JiraActor, projects: readonly JiraProjectRecord[]): boolean {
  if (key === 'ADMINISTER') return actor.kind === 'app' || (actor.kind === 'user' && SITE_ADMINS.includes(actor.user.accountId));
  if (key === 'ADMINISTER_PROJECTS') return projects.some((p) => actor.kind === 'user' && p.leadAccountId === actor.user.accountId);
  return projects.length > 0;
}

export const permissionRoutes: JiraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/rest\/api\/3\/mypermissions$/,
    handle: (req, _params, site) =>
      guarded(() => {
        const keys = (req.query.get('permissions') ?? '').split(',').map((k) => k.trim()).filter(Boolean);
        if (keys.length === 0) throw new BadRequest("The 'permissions' query parameter is required.");
        const unknown = keys.find((k) => !PERMISSIONS[k]);
        if (unknown) throw new BadRequest(`The permission key '${unknown}' is not valid.`);
        const { store } = site;
        let projects = store.projects.filter((p) => store.visibleProject(req.actor, p.key));
        const projectRef = req.query.get('projectId') ?? req.query.get('projectKey');
        const issueRef = req.query.get('issueId') ?? req.query.get('issueKey');
        if (issueRef !== null) {
          const issue = store.visibleIssue(req.actor, issueRef);
          if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
          projects = [store.projectOf(issue)];
        } else if (projectRef !== null) {
          const project = store.visibleProject(req.actor, projectRef);
          if (!project) return jiraError(404, `No project could be found with key '${projectRef}'.`);
          projects = [project];
        }
        const permissions = Object.fromEntries(
          keys.map((key) => {
            const def = PERMISSIONS[key] as (typeof PERMISSIONS)[string];
            return [key, { ...def, key, havePermission: has(key, req.actor, projects) }];
          }),
        );
        return { status: 200, body: { permissions } };
      }),
  },
];

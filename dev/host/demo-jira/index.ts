/**
 * The demo Jira: a small, faithful subset of Jira Cloud's REST API over in-memory demo data.
 * The app reaches it through `__forge_fetch__` (fpp, remote `jira`); people and tests reach it
 * over HTTP at `/demo-jira/rest/api/3/...`. Add a resource by adding a route module to ROUTES.
 */
import { DEMO_USER_LIST } from '../demo-users';
import { jiraError, type DemoJiraSite, type JiraRequest, type JiraResponse, type JiraRoute } from './types';
import { userRoutes } from './users';

export * from './types';

const ROUTES: readonly JiraRoute[] = [...userRoutes];

export class DemoJira {
  readonly site: DemoJiraSite;

  constructor(baseUrl: () => string) {
    this.site = { baseUrl, users: DEMO_USER_LIST };
  }

  handle(req: JiraRequest): JiraResponse {
    const path = req.path.replace(/\/+$/, '') || '/';
    let pathMatched = false;
    for (const route of ROUTES) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method === req.method.toUpperCase()) return route.handle(req, match.slice(1), this.site);
    }
    // Jira answers an unknown method on a known resource with 405, an unknown resource with 404.
    return pathMatched
      ? jiraError(405, `Method ${req.method} is not allowed on ${path}.`)
      : jiraError(404, `The demo Jira does not serve ${req.method} ${path}.`);
  }
}

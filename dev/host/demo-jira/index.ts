/**
 * The demo Jira: a small, faithful subset of Jira Cloud's REST API over the demo site's data
 * (store.ts; projects GROW, PLAT, SEC, MOB and their epics). The app reaches it through
 * `__forge_fetch__` (fpp, remote `jira`); people and tests reach it over HTTP at
 * `/demo-jira/rest/api/3/...`. Add a resource by adding a route module to ROUTES.
 */
import { DEMO_USER_LIST } from '../demo-users';
import { createIssueRoutes } from './create-issue';
import { JiraFaults, type JiraFaultSpec } from './faults';
import { fieldRoutes } from './fields';
import { jiraHeaders } from './headers';
import { issueRoutes } from './issues';
import { permissionRoutes } from './permissions';
import { pickerRoutes } from './picker';
import { projectRoutes } from './projects';
import { projectSearchRoutes } from './project-search';
import { searchRoutes } from './search';
import { DemoJiraStore } from './store';
import { jiraError, type DemoJiraSite, type JiraRequest, type JiraResponse, type JiraRoute } from './types';
import { userRoutes } from './users';

export * from './types';
export type { JiraFaultSpec } from './faults';
export { DEMO_EPIC_KEYS, DEMO_EPIC_ROLES, demoEpicKeysFor } from './seed-issues';
export { COMPANY_STORY_POINTS_FIELD_ID, STORY_POINTS_FIELD_ID, storyPointsFieldOf } from './catalog';

// The picker's path must be tried before `/issue/{issueIdOrKey}` would take "picker" for a key.
const ROUTES: readonly JiraRoute[] = [
  ...userRoutes,
  ...searchRoutes,
  ...pickerRoutes,
  ...issueRoutes,
  ...createIssueRoutes,
  // Before `/project/{projectIdOrKey}`, which would take "search" for a key.
  ...projectSearchRoutes,
  ...projectRoutes,
  ...fieldRoutes,
  ...permissionRoutes,
];

export interface DemoJiraOptions {
  /** Where issues persist (`<dataDir>/demo-jira.json`); in memory only when absent. */
  dataFile?: string | undefined;
  /** The instant a reset seeds relative to (the host's `now`). */
  seedNow?: () => Date;
  /**
   * When writes happen. Defaults to the app's clock hook, so an invocation run at a backdated
   * `now` stamps `updated` with that instant, and to the wall clock outside invocations.
   */
  clock?: () => Date;
}

export class DemoJira {
  readonly site: DemoJiraSite;
  readonly store: DemoJiraStore;
  readonly faults = new JiraFaults();
  /** Strict (Jira's default) or lenient JQL validation; tests run the app under both. */
  jqlValidation: 'strict' | 'lenient' = 'strict';

  constructor(baseUrl: () => string, options: DemoJiraOptions = {}) {
    this.store = new DemoJiraStore({ file: options.dataFile, seedNow: options.seedNow ?? (() => new Date()) });
    const clock = options.clock ?? (() => globalThis.__forge_local_clock__?.() ?? new Date());
    this.site = { baseUrl, users: DEMO_USER_LIST, store: this.store, now: clock, jqlValidation: () => this.jqlValidation };
  }

  handle(req: JiraRequest): JiraResponse {
    const answer = this.route(req);
    return { ...answer, headers: { ...jiraHeaders(req.actor), ...answer.headers } };
  }

  /** The failure an app request to `path` gets instead of an answer, when one is armed. */
  takeFault(path: string): JiraResponse | undefined {
    const fault = this.faults.take(path.split('?')[0] ?? path);
    return fault && { ...fault, headers: { ...jiraHeaders(undefined), ...fault.headers } };
  }

  injectFaults(spec: JiraFaultSpec): void {
    this.faults.inject(spec);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Back to the seed: created issues and transitions are dropped, faults cleared. */
  reset(): void {
    this.store.reset();
    this.faults.clear();
  }

  /** Writes pending changes to the data file now (the host calls it on close). */
  flush(): void {
    this.store.flush();
  }

  private route(req: JiraRequest): JiraResponse {
    const path = req.path.replace(/\/+$/, '') || '/';
    let pathMatched = false;
    for (const route of ROUTES) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== req.method.toUpperCase()) continue;
      try {
        return route.handle(req, match.slice(1), this.site);
      } catch (error) {
        // Jira answers its own failures with a 500 ErrorCollection, not a dropped connection.
        return jiraError(500, `Internal server error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Jira answers an unknown method on a known resource with 405, an unknown resource with 404.
    return pathMatched
      ? jiraError(405, `Method ${req.method} is not allowed on ${path}.`)
      : jiraError(404, `The demo Jira does not serve ${req.method} ${path}.`);
  }
}

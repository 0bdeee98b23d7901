/** `/`: every surface of the app on the local host, the switchers, and what else is served. */
import { DEMO_EPICS, DEMO_PROJECTS } from '../demo-jira/demo-projects';
import type { Viewer } from '../runtime/context';
import { esc } from './html';
import { renderDocument } from './layout';
import type { PageDeps } from './page-deps';
import { CONFLUENCE_SETUP_PATH, JIRA_SETUP_PATH } from './admin-pages';

export interface IndexInfo {
  dataDir: string;
  jira: 'demo' | { realSite: string };
}

const card = (href: string, title: string, detail: string, testId: string) =>
  `<a class="lh-card" href="${esc(href)}" data-testid="${esc(testId)}"><strong>${esc(title)}</strong><span>${esc(detail)}</span></a>`;

export function renderIndexPage(deps: PageDeps, viewer: Viewer, info: IndexInfo): string {
  const macrosOf = (blocks: PageDeps['confluencePages'][number]['blocks']) =>
    blocks.flatMap((b) => (b.kind === 'macro' ? [b.moduleKey] : [])).join(', ');
  const confluence = deps.confluencePages
    .map((p) => card(`/confluence/pages/${p.id}`, p.title, `Confluence page · ${macrosOf(p.blocks)} macro`, `page-${p.id}`))
    .join('');
  const projects = DEMO_PROJECTS.map((p) => card(`/jira/projects/${p.key}`, `${p.name} (${p.key})`, 'Jira project page · jira-project', `project-${p.key}`)).join('');
  const epics = DEMO_EPICS.map((e) => card(`/jira/browse/${e.key}`, `${e.key} ${e.summary}`, 'Epic · epic-panel', `epic-${e.key}`)).join('');
  const setup = [
    card(CONFLUENCE_SETUP_PATH, 'Confluence settings: OKR setup', 'confluence:globalSettings · admin-setup', 'setup-confluence'),
    card(JIRA_SETUP_PATH, 'Jira settings, Apps: OKR setup', 'jira:adminPage · admin-setup', 'setup-jira'),
  ].join('');
  const jira = info.jira === 'demo' ? 'the demo Jira (served at <code>/demo-jira/rest/api/3/…</code>)' : `your Jira site <code>${esc(info.jira.realSite)}</code>`;
  const body = `<main class="lh-index">
  <h1>OKRs for Atlassian: local Forge host</h1>
  <p>The unchanged app (<code>src/</code> resolvers, <code>static/</code> Custom UI) running against an emulated Forge platform:
  storage in SQLite under <code>${esc(info.dataDir)}</code>, Jira from ${jira}. Use the bar above to act as another demo user,
  switch between English and Korean, or try the dark theme.</p>
  <h2>Confluence</h2><div class="lh-cards">${confluence}</div>
  <h2>Jira projects</h2><div class="lh-cards">${projects}</div>
  <h2>Epics (issue panel)</h2><div class="lh-cards">${epics}</div>
  <h2>Setup (site admins only)</h2><div class="lh-cards">${setup}</div>
  <h2>For tests and benchmarks</h2>
  <ul>
    <li><code>POST /__local/invoke</code> <code>{ functionKey, payload, accountId?, context?, now? }</code> → <code>{ value }</code></li>
    <li><code>GET /__local/stats</code>, <code>POST /__local/stats/reset</code>: kvs and Jira requests made by the app</li>
    <li><code>POST /__local/reset</code> <code>{ seed: "demo" | "empty" }</code>: wipe app storage and host state, reseed</li>
    <li><code>GET /demo-jira/rest/api/3/myself</code> (header <code>X-Demo-Account-Id</code> picks the user)</li>
  </ul>
</main>`;
  return renderDocument({ title: 'Local Forge host', viewer, body });
}

/**
 * /jira/projects/:key (the app's `jira:projectPage`, full width under the project's sidebar) and
 * /jira/browse/:issueKey (an epic with the app's `jira:issuePanel` under its description),
 * drawn like Jira's project and issue views.
 */
import { moduleInLocale } from '../config';
import { DEMO_EPICS, DEMO_PROJECTS, EPIC_ISSUE_TYPE_ID, findProject, type DemoEpic, type DemoProject } from '../demo-jira/demo-projects';
import { avatarDataUri, findDemoUser } from '../demo-users';
import type { Viewer } from '../runtime/context';
import { esc } from './html';
import { appFrame, renderDocument, topNav } from './layout';
import type { PageDeps } from './page-deps';
import { JIRA_SETUP_PATH } from './admin-pages';

const JIRA_LINKS: Array<[string, string]> = [
  ['/', 'Your work'],
  [`/jira/projects/${DEMO_PROJECTS[0]?.key ?? ''}`, 'Projects'],
  [JIRA_SETUP_PATH, 'Settings'],
];

const projectRef = (p: DemoProject) => ({ id: p.id, key: p.key, type: p.type });

function projectSidebar(project: DemoProject, appTitle: string | undefined, current: 'app' | 'issue'): string {
  const epics = DEMO_EPICS.filter((e) => e.projectKey === project.key);
  return `<nav class="lh-sidebar" aria-label="Project">
  <h2><span class="lh-project-icon" style="background:${esc(project.avatarColor)}">${esc(project.key.slice(0, 1))}</span>
    <span>${esc(project.name)}<br><small style="font-weight:400;color:var(--ds-text-subtlest)">Software project</small></span></h2>
  <h3>Planning</h3>
  <a href="#" aria-disabled="true">Summary</a>
  <a href="#" aria-disabled="true">Timeline</a>
  <a href="#" aria-disabled="true">Board</a>
  <h3>Epics</h3>
  ${epics.map((e) => `<a href="/jira/browse/${esc(e.key)}"><span class="lh-epic-icon"></span>${esc(e.key)} ${esc(e.summary)}</a>`).join('')}
  <h3>Apps</h3>
  ${appTitle ? `<a href="/jira/projects/${esc(project.key)}"${current === 'app' ? ' aria-current="page"' : ''}>${esc(appTitle)}</a>` : ''}
</nav>`;
}

export function renderProjectPage(deps: PageDeps, project: DemoProject, viewer: Viewer): string {
  const module = moduleInLocale(deps.manifest.projectPages[0], viewer.locale);
  const content = module
    ? appFrame(
        deps.registerFrame({
          resourceKey: module.resource,
          surface: { kind: 'jira:projectPage', moduleKey: module.key, project: projectRef(project) },
          viewer,
          inModal: false,
        }).id,
        module.resource,
        module.title,
      )
    : '<p class="lh-notice">manifest.yml declares no jira:projectPage module.</p>';
  const body = `${topNav('Jira', viewer, JIRA_LINKS)}
<div class="lh-shell">
  ${projectSidebar(project, module?.title, 'app')}
  <main class="lh-main lh-jira-main">
    <div class="lh-breadcrumbs"><a href="/">Projects</a> / <a href="/jira/projects/${esc(project.key)}">${esc(project.name)}</a></div>
    <h1>${esc(module?.title ?? 'App')}</h1>
    ${content}
  </main>
</div>`;
  return renderDocument({ title: `${module?.title ?? 'App'} - ${project.name} - Jira`, viewer, body });
}

const STATUS_CLASS: Record<DemoEpic['status'], string> = { 'To Do': '', 'In Progress': 'lh-lozenge--inprogress', Done: 'lh-lozenge--done' };

export function renderIssuePage(deps: PageDeps, epic: DemoEpic, viewer: Viewer): string | undefined {
  const project = findProject(epic.projectKey);
  if (!project) return undefined;
  const module = moduleInLocale(deps.manifest.issuePanels[0], viewer.locale);
  const panel = module
    ? `<section class="lh-panel" aria-label="${esc(module.title)}">
    <header><img src="/resources/icons/okr.svg" alt="">${esc(module.title)}</header>
    ${appFrame(
      deps.registerFrame({
        resourceKey: module.resource,
        surface: {
          kind: 'jira:issuePanel',
          moduleKey: module.key,
          project: projectRef(project),
          issue: { id: epic.id, key: epic.key, type: 'Epic', typeId: EPIC_ISSUE_TYPE_ID },
        },
        viewer,
        inModal: false,
      }).id,
      module.resource,
      module.title,
    )}
  </section>`
    : '';
  const person = (accountId: string) => {
    const user = findDemoUser(accountId);
    return user ? `<img class="lh-avatar" src="${esc(avatarDataUri(user, 24))}" alt="">${esc(user.displayName)}` : 'Unassigned';
  };
  const body = `${topNav('Jira', viewer, JIRA_LINKS)}
<div class="lh-shell">
  ${projectSidebar(project, moduleInLocale(deps.manifest.projectPages[0], viewer.locale)?.title, 'issue')}
  <main class="lh-main lh-jira-main">
    <div class="lh-breadcrumbs"><a href="/">Projects</a> / <a href="/jira/projects/${esc(project.key)}">${esc(project.name)}</a> /
      <span class="lh-epic-icon" style="width:12px;height:12px;vertical-align:middle"></span> ${esc(epic.key)}</div>
    <div class="lh-issue">
      <div>
        <h1>${esc(epic.summary)}</h1>
        <h2>Description</h2>
        <p>${esc(epic.description)}</p>
        ${panel}
      </div>
      <aside class="lh-details">
        <p><span class="lh-lozenge ${STATUS_CLASS[epic.status]}">${esc(epic.status)}</span></p>
        <dl>
          <dt>Assignee</dt><dd>${person(epic.assigneeAccountId)}</dd>
          <dt>Reporter</dt><dd>${person(project.leadAccountId)}</dd>
          <dt>Issue type</dt><dd><span class="lh-epic-icon"></span>Epic</dd>
        </dl>
      </aside>
    </div>
  </main>
</div>`;
  return renderDocument({ title: `[${epic.key}] ${epic.summary} - Jira`, viewer, body });
}

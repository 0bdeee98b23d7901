/**
 * The app's setup where each product's admins find it: /confluence/admin/okr-setup (Confluence
 * settings, the `confluence:globalSettings` module) and /jira/admin/okr-setup (Jira settings >
 * Apps, the `jira:adminPage` module). As in the products, only a site admin sees them; anyone
 * else gets the product's "no permission" page, with no app frame (so no invocation can carry
 * these modules' keys, which the app counts as proof of an admin: src/contracts/admin-surfaces.ts).
 */
import { moduleInLocale, type ManifestModule } from '../config';
import { CONFLUENCE_ADMINS } from '../demo-confluence/current-user';
import { SITE_ADMINS } from '../demo-jira/permissions';
import { DEMO_PROJECTS } from '../demo-jira/demo-projects';
import type { Viewer } from '../runtime/context';
import { esc } from './html';
import { appFrame, renderDocument, topNav } from './layout';
import type { PageDeps } from './page-deps';

export const CONFLUENCE_SETUP_PATH = '/confluence/admin/okr-setup';
export const JIRA_SETUP_PATH = '/jira/admin/okr-setup';

/** Whether the viewer administers the product: the same lists the demo products answer the app with. */
export const isProductAdmin = (product: 'Confluence' | 'Jira', viewer: Viewer): boolean =>
  viewer.accountId !== undefined && (product === 'Confluence' ? CONFLUENCE_ADMINS : SITE_ADMINS).includes(viewer.accountId);

export interface AdminPage {
  status: 200 | 403;
  html: string;
}

type Product = 'Confluence' | 'Jira';

const NAV: Record<Product, Array<[string, string]>> = {
  Confluence: [
    ['/', 'Home'],
    [CONFLUENCE_SETUP_PATH, 'Settings'],
  ],
  Jira: [
    ['/', 'Your work'],
    [`/jira/projects/${DEMO_PROJECTS[0]?.key ?? ''}`, 'Projects'],
    [JIRA_SETUP_PATH, 'Settings'],
  ],
};

export function renderConfluenceSetupPage(deps: PageDeps, viewer: Viewer): AdminPage {
  const module = moduleInLocale(deps.manifest.globalSettings[0], viewer.locale);
  return renderAdminPage(deps, viewer, module, {
    product: 'Confluence',
    surfaceKind: 'confluence:globalSettings',
    settingsTitle: 'Confluence settings',
    sections: [
      ['General configuration', ['Global settings', 'Languages', 'Look and feel']],
      ['Security', ['Global permissions', 'Space permissions']],
    ],
    appsHeading: 'Apps',
  });
}

export function renderJiraSetupPage(deps: PageDeps, viewer: Viewer): AdminPage {
  const module = moduleInLocale(deps.manifest.adminPages[0], viewer.locale);
  return renderAdminPage(deps, viewer, module, {
    product: 'Jira',
    surfaceKind: 'jira:adminPage',
    settingsTitle: 'Apps',
    sections: [['Atlassian Marketplace', ['Find new apps', 'Manage apps']]],
    appsHeading: 'Apps',
  });
}

interface AdminChrome {
  product: Product;
  surfaceKind: 'confluence:globalSettings' | 'jira:adminPage';
  /** The settings area's heading in the sidebar. */
  settingsTitle: string;
  /** The settings area's other (inert) entries, by section. */
  sections: Array<[string, string[]]>;
  appsHeading: string;
}

function renderAdminPage(deps: PageDeps, viewer: Viewer, module: ManifestModule | undefined, chrome: AdminChrome): AdminPage {
  const path = chrome.product === 'Confluence' ? CONFLUENCE_SETUP_PATH : JIRA_SETUP_PATH;
  const nav = topNav(chrome.product, viewer, NAV[chrome.product]);
  if (!isProductAdmin(chrome.product, viewer)) {
    // The products answer their settings pages to non-admins with a page of their own, no app in it.
    const body = `${nav}
<main class="lh-main lh-index" data-testid="no-permission">
  <h1>You don't have permission to view this page</h1>
  <p>Only ${esc(chrome.product)} administrators can open ${esc(chrome.product)} settings. Ask a site admin for access.</p>
  <p><a href="/">Back to the index</a></p>
</main>`;
    return { status: 403, html: renderDocument({ title: `No permission - ${chrome.product}`, viewer, body }) };
  }
  const content = module
    ? appFrame(
        deps.registerFrame({
          resourceKey: module.resource,
          surface: { kind: chrome.surfaceKind, moduleKey: module.key },
          viewer,
          inModal: false,
        }).id,
        module.resource,
        module.title,
      )
    : `<p class="lh-notice">manifest.yml declares no ${esc(chrome.surfaceKind)} module.</p>`;
  const sections = chrome.sections
    .map(([heading, entries]) => `<h3>${esc(heading)}</h3>${entries.map((e) => `<a href="#" aria-disabled="true">${esc(e)}</a>`).join('')}`)
    .join('');
  const body = `${nav}
<div class="lh-shell">
  <nav class="lh-sidebar" aria-label="${esc(chrome.settingsTitle)}">
    <h2><span>${esc(chrome.settingsTitle)}</span></h2>
    ${sections}
    <h3>${esc(chrome.appsHeading)}</h3>
    ${module ? `<a href="${esc(path)}" aria-current="page">${esc(module.title)}</a>` : ''}
  </nav>
  <main class="lh-main${chrome.product === 'Jira' ? ' lh-jira-main' : ''}">
    <div class="lh-breadcrumbs"><a href="${esc(path)}">${esc(chrome.settingsTitle)}</a></div>
    <h1>${esc(module?.title ?? 'App')}</h1>
    ${content}
  </main>
</div>`;
  return { status: 200, html: renderDocument({ title: `${module?.title ?? 'App'} - ${chrome.settingsTitle} - ${chrome.product}`, viewer, body }) };
}

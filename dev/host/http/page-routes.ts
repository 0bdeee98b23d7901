/**
 * The pages people open: the index, the demo Confluence pages, the Jira project and issue views,
 * the app's resources, and the static scripts and CSS those pages load. Product-style paths
 * (`/browse/KEY`, `/wiki/spaces/.../pages/ID`) redirect to the host's pages.
 */
import { findEpic, findProject } from '../demo-jira/demo-projects';
import { BRIDGE_CLIENT_SCRIPT } from '../bridge/client-script';
import { BRIDGE_SCRIPT_PATH, serveResource } from '../bridge/resources';
import { renderConfluencePage } from '../pages/confluence-page';
import { CONFLUENCE_SETUP_PATH, JIRA_SETUP_PATH, renderConfluenceSetupPage, renderJiraSetupPage } from '../pages/admin-pages';
import { HOST_PAGE_SCRIPT } from '../pages/host-page-script';
import { renderIndexPage } from '../pages/index-page';
import { renderIssuePage, renderProjectPage } from '../pages/jira-pages';
import { HOST_PAGE_SCRIPT_PATH, renderDocument } from '../pages/layout';
import type { PageDeps } from '../pages/page-deps';
import { tokensCss, TOKENS_CSS_PATH } from '../pages/tokens-css';
import { viewerFromCookies } from '../pages/viewer';
import { esc } from '../pages/html';
import type { Viewer } from '../runtime/context';
import type { HostDeps } from './host-deps';
import { redirect, sendHtml, sendText } from './responses';
import type { Router } from './router';

const JS = 'text/javascript; charset=utf-8';

function notFoundPage(viewer: Viewer, what: string): string {
  return renderDocument({
    title: 'Not found',
    viewer,
    body: `<main class="lh-index"><h1>Not found</h1><p>${esc(what)}</p><p><a href="/">Back to the index</a></p></main>`,
  });
}

export function registerPageRoutes(router: Router, deps: HostDeps): void {
  const pageDeps: PageDeps = {
    manifest: deps.manifest,
    confluencePages: deps.confluencePages,
    registerFrame: (frame) => deps.frames.register(frame),
  };
  const viewerOf = (cookie: string | undefined) => viewerFromCookies(cookie);

  router
    .on('GET', /^\/$/, ({ req, res }) => sendHtml(res, 200, renderIndexPage(pageDeps, viewerOf(req.headers.cookie), deps.info)))
    .on('GET', /^\/confluence\/pages\/([^/]+)(?:\/.*)?$/, ({ req, res, params }) => {
      const viewer = viewerOf(req.headers.cookie);
      const page = deps.confluencePages.find((p) => p.id === params[0]);
      if (!page) return sendHtml(res, 404, notFoundPage(viewer, `The demo Confluence has no page ${params[0]}.`));
      sendHtml(res, 200, renderConfluencePage(pageDeps, page, viewer));
    })
    .on('GET', /^\/jira\/projects\/([^/]+)\/?$/, ({ req, res, params }) => {
      const viewer = viewerOf(req.headers.cookie);
      const project = findProject(params[0] ?? '');
      if (!project) return sendHtml(res, 404, notFoundPage(viewer, `The demo Jira has no project ${params[0]}.`));
      sendHtml(res, 200, renderProjectPage(pageDeps, project, viewer));
    })
    .on('GET', /^\/jira\/browse\/([^/]+)\/?$/, ({ req, res, params }) => {
      const viewer = viewerOf(req.headers.cookie);
      const epic = findEpic(params[0] ?? '');
      const html = epic && renderIssuePage(pageDeps, epic, viewer);
      if (!html) return sendHtml(res, 404, notFoundPage(viewer, `The demo Jira has no epic ${params[0]}.`));
      sendHtml(res, 200, html);
    })
    // The app's setup, for site admins only (403 without an app frame for anyone else).
    .on('GET', new RegExp(`^${CONFLUENCE_SETUP_PATH}/?$`), ({ req, res }) => {
      const page = renderConfluenceSetupPage(pageDeps, viewerOf(req.headers.cookie));
      sendHtml(res, page.status, page.html);
    })
    .on('GET', new RegExp(`^${JIRA_SETUP_PATH}/?$`), ({ req, res }) => {
      const page = renderJiraSetupPage(pageDeps, viewerOf(req.headers.cookie));
      sendHtml(res, page.status, page.html);
    })
    // The products' own paths: Jira's /jira/settings/apps/{appId}/{envId}, Confluence's app settings.
    .on('GET', /^\/jira\/settings\/apps(?:\/.*)?$/, ({ res }) => redirect(res, JIRA_SETUP_PATH))
    .on('GET', /^\/wiki\/admin(?:\/.*)?$/, ({ res }) => redirect(res, CONFLUENCE_SETUP_PATH))
    .on('GET', /^\/browse\/([^/]+)$/, ({ res, params }) => redirect(res, `/jira/browse/${encodeURIComponent(params[0] ?? '')}`))
    .on('GET', /^\/wiki\/spaces\/[^/]+\/pages\/(\d+)/, ({ res, params }) => redirect(res, `/confluence/pages/${params[0]}`))
    .on('GET', /^\/resources\/([^/]+)$/, ({ res, url, params }) =>
      redirect(res, `/resources/${encodeURIComponent(params[0] ?? '')}/${url.search}`),
    )
    .on('GET', /^\/resources\/([^/]+)\/(.*)$/, ({ res, url, params }) =>
      serveResource(res, deps.manifest.resources, params[0] ?? '', params[1] ?? '', url.searchParams.get('frame')),
    )
    .on('GET', new RegExp(`^${BRIDGE_SCRIPT_PATH.replace(/\./g, '\\.')}$`), ({ res }) => sendText(res, 200, BRIDGE_CLIENT_SCRIPT, JS))
    .on('GET', new RegExp(`^${HOST_PAGE_SCRIPT_PATH.replace(/\./g, '\\.')}$`), ({ res }) => sendText(res, 200, HOST_PAGE_SCRIPT, JS))
    .on('GET', new RegExp(`^${TOKENS_CSS_PATH.replace(/\./g, '\\.')}$`), ({ res }) => sendText(res, 200, tokensCss(), 'text/css; charset=utf-8'))
    .on('GET', /^\/favicon\.ico$/, ({ res }) => {
      res.writeHead(204);
      res.end();
    });
}

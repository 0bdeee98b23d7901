/**
 * /confluence/pages/:pageId: a page that looks like Confluence (top nav, space sidebar, title,
 * byline, body) with the app's macros embedded, one frame per macro instance, each with an
 * "Edit macro" button that opens the macro's config resource in a modal.
 */
import { moduleInLocale } from '../config';
import { avatarDataUri, findDemoUser } from '../demo-users';
import type { Viewer } from '../runtime/context';
import { DEMO_SPACE, type DemoConfluencePage, type PageBlock } from '../seed/demo-site';
import { esc } from './html';
import { appFrame, renderDocument, topNav } from './layout';
import type { PageDeps } from './page-deps';
import { CONFLUENCE_SETUP_PATH } from './admin-pages';

export function renderConfluencePage(deps: PageDeps, page: DemoConfluencePage, viewer: Viewer): string {
  const author = findDemoUser(page.authorAccountId);
  const body = `${topNav('Confluence', viewer, [
    ['/', 'Home'],
    [`/confluence/pages/${deps.confluencePages[0]?.id ?? ''}`, 'Spaces'],
    [CONFLUENCE_SETUP_PATH, 'Settings'],
  ])}
<div class="lh-shell">
  ${sidebar(deps, page)}
  <main class="lh-main">
    <article class="lh-page">
      <div class="lh-breadcrumbs"><a href="/">${esc(DEMO_SPACE.name)}</a> / <a href="/">Pages</a></div>
      <h1>${esc(page.title)}</h1>
      <div class="lh-byline">
        ${author ? `<img class="lh-avatar" src="${esc(avatarDataUri(author, 24))}" alt="">` : ''}
        <span>Owned by ${esc(author?.displayName ?? 'someone')}</span>
      </div>
      ${page.blocks.map((block) => renderBlock(deps, page, block, viewer)).join('\n')}
    </article>
  </main>
</div>`;
  return renderDocument({ title: `${page.title} - ${DEMO_SPACE.name} - Confluence`, viewer, body });
}

function sidebar(deps: PageDeps, current: DemoConfluencePage): string {
  const links = deps.confluencePages
    .map(
      (p) =>
        `<a href="/confluence/pages/${esc(p.id)}"${p.id === current.id ? ' aria-current="page"' : ''}>${esc(p.title)}</a>`,
    )
    .join('');
  return `<nav class="lh-sidebar" aria-label="Space">
  <h2><span class="lh-space-icon" style="background:#6E5DC6">A</span>${esc(DEMO_SPACE.name)}</h2>
  <a href="/">Overview</a>
  <h3>Content</h3>
  ${links}
</nav>`;
}

function renderBlock(deps: PageDeps, page: DemoConfluencePage, block: PageBlock, viewer: Viewer): string {
  switch (block.kind) {
    case 'h2':
      return `<h2>${esc(block.text)}</h2>`;
    case 'p':
      return `<p>${esc(block.text)}</p>`;
    case 'macro':
      return renderMacro(deps, page, block, viewer);
  }
}

function renderMacro(deps: PageDeps, page: DemoConfluencePage, block: Extract<PageBlock, { kind: 'macro' }>, viewer: Viewer): string {
  const module = moduleInLocale(deps.manifest.macros.find((m) => m.key === block.moduleKey), viewer.locale);
  if (!module) return `<p class="lh-notice">manifest.yml has no macro "${esc(block.moduleKey)}".</p>`;
  const surface = (configuring: boolean) => ({
    kind: 'macro' as const,
    moduleKey: module.key,
    localId: block.localId,
    pageId: page.id,
    space: { id: DEMO_SPACE.id, key: DEMO_SPACE.key },
    configuring,
  });
  const view = deps.registerFrame({ resourceKey: module.resource, surface: surface(false), viewer, inModal: false });
  const config = module.configResource
    ? deps.registerFrame({ resourceKey: module.configResource, surface: surface(true), viewer, inModal: true })
    : undefined;
  const editButton = config
    ? `<button type="button" class="lh-button lh-button--subtle" data-testid="edit-macro"
    data-config-frame="${esc(config.id)}" data-config-resource="${esc(config.resourceKey)}"
    data-macro-frame="${esc(view.id)}" data-config-title="${esc(module.configTitle ?? module.title)}"
    data-viewport-size="${esc(module.configViewportSize ?? 'medium')}">✎ Edit macro</button>`
    : '';
  return `<div class="lh-macro" data-macro-local-id="${esc(block.localId)}" data-module-key="${esc(module.key)}">
  <div class="lh-macro__bar">${editButton}</div>
  ${appFrame(view.id, module.resource, module.title, '')}
</div>`;
}

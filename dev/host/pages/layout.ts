/**
 * The document every host page shares: token CSS and theme attributes, the host's switcher bar
 * (acting user, locale, theme), and the script that listens to the app's frames.
 */
import { avatarDataUri, DEMO_USER_LIST, findDemoUser } from '../demo-users';
import type { Viewer } from '../runtime/context';
import { esc } from './html';
import { HOST_CSS } from './styles';
import { themeAttributes, TOKENS_CSS_PATH } from './tokens-css';
import { COLOR_MODES, COOKIES, LOCALES } from './viewer';

export const HOST_PAGE_SCRIPT_PATH = '/__local/host-page.js';

const LOCALE_LABELS: Record<string, string> = { 'en-US': 'English (US)', 'ko-KR': '한국어' };

export interface DocumentOptions {
  title: string;
  viewer: Viewer;
  /** The product chrome and content below the host bar. */
  body: string;
}

export function renderDocument({ title, viewer, body }: DocumentOptions): string {
  const attrs = themeAttributes(viewer.colorMode);
  const lang = viewer.locale.slice(0, 2);
  return `<!doctype html>
<html lang="${esc(lang)}" data-color-mode="${esc(attrs['data-color-mode'])}" data-theme="${esc(attrs['data-theme'])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${TOKENS_CSS_PATH}">
<style>${HOST_CSS}</style>
<script src="${HOST_PAGE_SCRIPT_PATH}" defer></script>
</head>
<body>
${hostBar(viewer)}
${body}
</body>
</html>`;
}

function hostBar(viewer: Viewer): string {
  const options = (values: readonly string[], current: string, label: (v: string) => string) =>
    values.map((v) => `<option value="${esc(v)}"${v === current ? ' selected' : ''}>${esc(label(v))}</option>`).join('');
  const user = findDemoUser(viewer.accountId);
  return `<div class="lh-bar" role="region" aria-label="Local Forge host">
  <a href="/"><strong>Local Forge host</strong></a>
  <span>OKRs for Atlassian, running without Atlassian</span>
  <span class="lh-spacer"></span>
  ${user ? `<img class="lh-avatar" src="${esc(avatarDataUri(user, 24))}" alt="">` : ''}
  <label>Acting as
    <select data-switch="${COOKIES.user}" data-testid="switch-user">${options(
      DEMO_USER_LIST.map((u) => u.accountId),
      viewer.accountId ?? '',
      (id) => {
        const u = findDemoUser(id);
        return u ? `${u.displayName} (${u.locale})` : id;
      },
    )}</select>
  </label>
  <label>Locale
    <select data-switch="${COOKIES.locale}" data-testid="switch-locale">${options(LOCALES, viewer.locale, (l) => LOCALE_LABELS[l] ?? l)}</select>
  </label>
  <label>Theme
    <select data-switch="${COOKIES.theme}" data-testid="switch-theme">${options(COLOR_MODES, viewer.colorMode, (m) => (m === 'light' ? 'Light' : 'Dark'))}</select>
  </label>
</div>`;
}

/** One app iframe. Its size follows its content (the bridge script reports it). */
export function appFrame(frameId: string, resourceKey: string, title: string, extraClass = 'lh-app-frame'): string {
  return `<iframe class="${esc(extraClass)}" title="${esc(title)}" data-frame-id="${esc(frameId)}"
  src="/resources/${encodeURIComponent(resourceKey)}/?frame=${encodeURIComponent(frameId)}"
  sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>`;
}

export const CONFLUENCE_LOGO = `<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><rect width="24" height="24" rx="6" fill="#1868DB"/><path d="M6 15.5c1.8-2.6 4-3.1 6.6-1.8l3.6 1.8-1.2 2.5-3.5-1.7c-1.5-.7-2.6-.4-3.6 1L6 15.5Zm12-7c-1.8 2.6-4 3.1-6.6 1.8L7.8 8.5 9 6l3.5 1.7c1.5.7 2.6.4 3.6-1L18 8.5Z" fill="#fff"/></svg>`;

export const JIRA_LOGO = `<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><rect width="24" height="24" rx="6" fill="#1868DB"/><path d="M12 5l-5.5 5.5a1 1 0 0 0 0 1.4L12 17.4l5.5-5.5a1 1 0 0 0 0-1.4L12 5Zm0 4.2 2.1 2.1L12 13.4l-2.1-2.1L12 9.2Z" fill="#fff"/></svg>`;

/** The product's top navigation: logo, a few links, a search box and the acting user. */
export function topNav(product: 'Confluence' | 'Jira', viewer: Viewer, links: Array<[string, string]>): string {
  const user = findDemoUser(viewer.accountId);
  return `<header class="lh-topnav">
  <a class="lh-product" href="/">${product === 'Confluence' ? CONFLUENCE_LOGO : JIRA_LOGO} ${product}</a>
  <nav>${links.map(([href, label]) => `<a href="${esc(href)}">${esc(label)}</a>`).join('')}</nav>
  <div class="lh-search" aria-hidden="true">Search</div>
  ${user ? `<img class="lh-avatar lh-avatar--large" src="${esc(avatarDataUri(user, 32))}" alt="${esc(user.displayName)}" title="${esc(user.displayName)}">` : ''}
</header>`;
}

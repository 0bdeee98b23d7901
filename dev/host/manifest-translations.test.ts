/**
 * The manifest's module texts in every language (docs/decisions/0015): each `{ i18n: key }` in
 * manifest.yml has a non-empty text in both locale files, the files have the same keys, no scope is
 * declared that src does not use, and the local host draws module titles in the viewer's locale.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { MANIFEST_PATH, moduleInLocale, readAppManifest, REPO_ROOT } from './config';
import { DEMO_EPICS, DEMO_PROJECTS } from './demo-jira/demo-projects';
import { renderIssuePage, renderProjectPage } from './pages/jira-pages';
import type { PageDeps } from './pages/page-deps';
import type { UiLocale, Viewer } from './runtime/context';

const manifest = parse(readFileSync(MANIFEST_PATH, 'utf8')) as {
  modules: Record<string, unknown[]>;
  permissions: { scopes: string[]; external?: Record<string, unknown[]> };
  translations: { resources: Array<{ key: string; path: string }>; fallback: Record<string, unknown> };
};

/** Every `{ i18n: key }` under the manifest's modules. */
function i18nKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(i18nKeys);
  if (value === null || typeof value !== 'object') return [];
  const { i18n } = value as { i18n?: unknown };
  if (typeof i18n === 'string') return [i18n];
  return Object.values(value).flatMap(i18nKeys);
}

/** A locale file's texts by dotted key (`{ "a": { "b": "x" } }` -> `a.b`). */
function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const localeFile = (locale: string) => {
  const resource = manifest.translations.resources.find((r) => r.key === locale);
  if (!resource) throw new Error(`manifest.yml translations has no ${locale} resource`);
  return flatten(JSON.parse(readFileSync(path.join(REPO_ROOT, resource.path), 'utf8')));
};

describe('manifest translations', () => {
  const en = localeFile('en-US');
  const ko = localeFile('ko-KR');

  it('declares en-US and ko-KR, falling back to en-US', () => {
    expect(manifest.translations.resources.map((r) => r.key).sort()).toEqual(['en-US', 'ko-KR']);
    expect(manifest.translations.fallback.default).toBe('en-US');
  });

  it('gives every module title and description an i18n key', () => {
    for (const modules of ['macro', 'jira:projectPage', 'jira:issuePanel', 'confluence:globalSettings', 'jira:adminPage']) {
      for (const m of manifest.modules[modules] as Array<{ key: string; title?: unknown; description?: unknown; config?: { title?: unknown } }>) {
        expect([m.key, typeof m.title]).toEqual([m.key, 'object']);
        if (m.description !== undefined) expect([m.key, typeof m.description]).toEqual([m.key, 'object']);
        if (m.config?.title !== undefined) expect([m.key, typeof m.config.title]).toEqual([m.key, 'object']);
      }
    }
  });

  it('has a non-empty text for every manifest key in both locales, and the same keys in both files', () => {
    const keys = i18nKeys(manifest.modules);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const texts of [en, ko]) {
      for (const key of keys) expect([key, typeof texts[key]]).toEqual([key, 'string']);
      for (const [key, text] of Object.entries(texts)) expect([key, typeof text === 'string' && text.trim() !== '']).toEqual([key, true]);
    }
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    // No key in the files that the manifest does not use.
    expect(Object.keys(en).sort()).toEqual([...new Set(keys)].sort());
  });

  it('shows the epic panel on an epic whatever the site calls it, in English or Korean', () => {
    const panel = manifest.modules['jira:issuePanel']![0] as { displayConditions?: { issueType?: unknown } };
    expect(panel.displayConditions?.issueType).toEqual(expect.arrayContaining(['Epic', '에픽']));
  });

  it('passes @forge/manifest validation of translations and permissions', async () => {
    const { validate } = require('@forge/manifest') as typeof import('@forge/manifest');
    const cwd = process.cwd();
    process.chdir(REPO_ROOT); // the validator reads translation files relative to the working directory
    try {
      const result = await validate(false, MANIFEST_PATH);
      // Missing static/*/build folders are reported until `npm run build`; everything else must pass.
      const relevant = (result.errors ?? []).filter((e) => !/missing resource/.test(e.message));
      expect(relevant).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('manifest scopes', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return sourceFiles(file);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
    });
  const src = sourceFiles(path.join(REPO_ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');

  /** What in src needs each scope; a scope with no rule here, or whose rule src does not meet, fails. */
  const USES: Record<string, RegExp> = {
    'storage:app': /@forge\/kvs/,
    'read:jira-work': /\/rest\/api\/3\/(issue|search|field)/,
    'read:jira-user': /\/rest\/api\/3\/(myself|user)/,
  };
  const CONFLUENCE_CALL = /requestConfluence|\/wiki\/(rest|api)\//;

  it('declares only scopes that src uses', () => {
    for (const scope of manifest.permissions.scopes) {
      if (scope.includes('confluence')) {
        expect([scope, CONFLUENCE_CALL.test(src)]).toEqual([scope, true]);
        continue;
      }
      expect([scope, USES[scope] !== undefined && USES[scope]!.test(src)]).toEqual([scope, true]);
    }
  });

  it('declares no Confluence scope while src makes no Confluence call', () => {
    if (!CONFLUENCE_CALL.test(src)) expect(manifest.permissions.scopes.filter((s) => s.includes('confluence'))).toEqual([]);
  });

  it('declares no image hosts Forge already allows (Atlassian avatars)', () => {
    // @forge/manifest warns that these are unnecessary: Forge's CSP already serves Jira's avatars.
    const images = (manifest.permissions.external?.images ?? []).map((i) => (typeof i === 'string' ? i : (i as { address: string }).address));
    expect(images.filter((i) => ['*.gravatar.com', '*.wp.com', '*.atl-paas.net'].includes(i))).toEqual([]);
  });
});

describe('module titles in the local host', () => {
  const app = readAppManifest();
  const titles = (locale: UiLocale) =>
    [...app.macros, ...app.projectPages, ...app.issuePanels].map((m) => {
      const shown = moduleInLocale(m, locale);
      return [shown.title, shown.configTitle];
    });

  it('reads English for en-US and Korean for ko-KR', () => {
    expect(titles('en-US')).toEqual([
      ['OKR panel', 'OKR panel settings'],
      ['Team OKR session', 'Team OKR session settings'],
      ['OKRs', undefined],
      ['Key results this epic moves', undefined],
    ]);
    expect(titles('ko-KR')).toEqual([
      ['OKR 패널', 'OKR 패널 설정'],
      ['팀 OKR 세션', '팀 OKR 세션 설정'],
      ['OKR', undefined],
      ['이 에픽이 움직이는 핵심 결과', undefined],
    ]);
  });

  it('reads the setup modules (Confluence settings, Jira admin page) in both locales', () => {
    const setup = (locale: UiLocale) => [...app.globalSettings, ...app.adminPages].map((m) => [m.key, moduleInLocale(m, locale).title, m.resource]);
    expect(setup('en-US')).toEqual([
      ['okr-setup-confluence', 'OKR setup', 'admin-setup'],
      ['okr-setup-jira', 'OKR setup', 'admin-setup'],
    ]);
    expect(setup('ko-KR').map(([, title]) => title)).toEqual(['OKR 설정', 'OKR 설정']);
  });

  it('keeps the default-locale title on the module, never "[object Object]"', () => {
    expect(app.issuePanels[0]?.title).toBe('Key results this epic moves');
    expect(app.macros[0]?.configTitle).toBe('OKR panel settings');
  });

  it('falls back to the default locale for a missing key and keeps plain-string titles', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-i18n-'));
    writeFileSync(path.join(dir, 'en.json'), JSON.stringify({ 'a.title': 'Alpha', b: { title: 'Beta' } }));
    writeFileSync(path.join(dir, 'ko.json'), JSON.stringify({ b: { title: '베타' } }));
    writeFileSync(
      path.join(dir, 'manifest.yml'),
      `modules:
  macro:
    - { key: a, resource: r, title: { i18n: a.title }, config: { resource: c, title: Plain settings } }
    - { key: b, resource: r, title: { i18n: b.title } }
    - { key: c, resource: r, title: Plain }
translations:
  resources: [{ key: en-US, path: en.json }, { key: ko-KR, path: ko.json }]
  fallback: { default: en-US }
`,
    );
    const macros = readAppManifest(path.join(dir, 'manifest.yml')).macros.map((m) => moduleInLocale(m, 'ko-KR'));
    expect(macros.map((m) => [m.title, m.configTitle])).toEqual([
      ['Alpha', 'Plain settings'],
      ['베타', undefined],
      ['Plain', undefined],
    ]);
  });

  it('draws the Jira project page and epic panel headers in the viewer locale', () => {
    const deps: PageDeps = {
      manifest: app,
      confluencePages: [],
      registerFrame: (frame) => ({ ...frame, id: 'frame-1' }),
    };
    const viewer = (locale: UiLocale): Viewer => ({ accountId: undefined, locale, timezone: 'UTC', colorMode: 'light' });
    const project = DEMO_PROJECTS[0]!;
    const epic = DEMO_EPICS.find((e) => e.projectKey === project.key)!;
    expect(renderProjectPage(deps, project, viewer('ko-KR'))).toContain('<h1>OKR</h1>');
    expect(renderProjectPage(deps, project, viewer('en-US'))).toContain('<h1>OKRs</h1>');
    expect(renderIssuePage(deps, epic, viewer('ko-KR'))).toContain('이 에픽이 움직이는 핵심 결과</header>');
    expect(renderIssuePage(deps, epic, viewer('en-US'))).toContain('Key results this epic moves</header>');
  });
});

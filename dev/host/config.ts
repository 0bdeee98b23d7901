/**
 * Where the host finds the app it runs: the repository root, its manifest and the modules and
 * resources the manifest declares. Read from manifest.yml so the host never drifts from the app.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const MANIFEST_PATH = path.join(REPO_ROOT, 'manifest.yml');
/** The app's resolver entry point (manifest `function.handler: index.handler`). */
export const APP_MODULE_PATH = path.join(REPO_ROOT, 'src', 'index.ts');

/** A fixed, fake site identity: the app sees the same cloud on every start. */
export const LOCAL_CLOUD_ID = '6f1c2a9e-4b7d-4c38-9e15-2d7a0c5b8e31';
export const LOCAL_ENVIRONMENT_ID = 'b3a4e5c6-7d8e-4f90-a1b2-c3d4e5f60718';

/** One manifest text in each locale of the manifest's `translations`: { 'en-US': 'OKRs', 'ko-KR': 'OKR' }. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface ManifestModule {
  key: string;
  resource: string;
  /** In the manifest's default locale (`translations.fallback.default`); `moduleInLocale` picks another. */
  title: string;
  /** `title` per locale, when the manifest gives it as `{ i18n: key }`. */
  titles?: LocalizedText;
  /** Custom UI macro config resource, when the macro has one. */
  configResource?: string;
  configTitle?: string;
  configTitles?: LocalizedText;
  configViewportSize?: string;
}

/** The module as a viewer in `locale` sees it: its title and config title in that locale. */
export function moduleInLocale<M extends ManifestModule | undefined>(module: M, locale: string): M {
  if (!module) return module;
  const configTitle = module.configTitles?.[locale] ?? module.configTitle;
  return { ...module, title: module.titles?.[locale] ?? module.title, ...(configTitle === undefined ? {} : { configTitle }) };
}

type RawTranslations = { resources?: Array<{ key?: unknown; path?: unknown }>; fallback?: Record<string, unknown> };

/**
 * Reads a manifest text (`title: OKRs` or `title: { i18n: okr-project-page.title }`) as Forge does:
 * the key in the locale's file, then in its `fallback` locales, then in `fallback.default`'s. Keys
 * are looked up whole, then as a dotted path into nested objects (@forge/i18n's rule).
 */
function manifestTextReader(translations: RawTranslations | undefined, manifestDir: string) {
  const files = new Map<string, unknown>();
  for (const { key, path: file } of translations?.resources ?? []) {
    if (typeof key === 'string' && typeof file === 'string') files.set(key, JSON.parse(readFileSync(path.resolve(manifestDir, file), 'utf8')));
  }
  const fallback = translations?.fallback ?? {};
  const defaultLocale = typeof fallback.default === 'string' ? fallback.default : undefined;
  const locales = [...new Set([...files.keys(), ...Object.keys(fallback).filter((k) => k !== 'default')])];
  const lookup = (file: unknown, key: string): string | undefined => {
    const whole = (file as Record<string, unknown> | undefined)?.[key];
    const value = typeof whole === 'string' ? whole : key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], file);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const inLocale = (key: string, locale: string | undefined) => {
    const extra = locale === undefined ? [] : fallback[locale];
    const chain = [locale, ...(Array.isArray(extra) ? extra : []), defaultLocale];
    for (const l of chain) {
      const value = typeof l === 'string' ? lookup(files.get(l), key) : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  };
  return (raw: unknown): { text: string; byLocale?: LocalizedText } | undefined => {
    if (typeof raw === 'string') return { text: raw };
    const key = (raw as { i18n?: unknown } | null | undefined)?.i18n;
    if (typeof key !== 'string') return undefined;
    const byLocale: Record<string, string> = {};
    for (const l of locales) {
      const value = inLocale(key, l);
      if (value !== undefined) byLocale[l] = value;
    }
    return { text: inLocale(key, defaultLocale) ?? key, byLocale };
  };
}

export interface AppManifest {
  appId: string;
  /** resource key -> folder relative to the repository root */
  resources: Record<string, string>;
  macros: ManifestModule[];
  projectPages: ManifestModule[];
  issuePanels: ManifestModule[];
  /** `confluence:globalSettings` and `jira:adminPage`: the app's setup, for the products' admins. */
  globalSettings: ManifestModule[];
  adminPages: ManifestModule[];
  scheduledTriggers: ScheduledTriggerModule[];
}

/** A `scheduledTrigger` module and the export of the app module its function names (`index.x` -> `x`). */
export interface ScheduledTriggerModule {
  key: string;
  interval: string;
  functionKey: string;
  exportName: string;
}

type RawModule = { key?: unknown; resource?: unknown; title?: unknown; config?: unknown };

export function readAppManifest(manifestPath = MANIFEST_PATH): AppManifest {
  const doc = parse(readFileSync(manifestPath, 'utf8')) as {
    modules?: Record<string, RawModule[]> & {
      scheduledTrigger?: Array<{ key?: unknown; function?: unknown; interval?: unknown }>;
      function?: Array<{ key?: unknown; handler?: unknown }>;
    };
    resources?: Array<{ key: string; path: string }>;
    translations?: RawTranslations;
    app?: { id?: string };
  };
  const text = manifestTextReader(doc.translations, path.dirname(manifestPath));
  const modules = (type: string): ManifestModule[] =>
    (doc.modules?.[type] ?? []).map((m) => {
      const config = m.config as { resource?: unknown; title?: unknown; viewportSize?: unknown } | undefined;
      const title = text(m.title);
      const configTitle = text(config?.title);
      return {
        key: String(m.key),
        resource: String(m.resource),
        title: title?.text ?? String(m.key),
        ...(title?.byLocale ? { titles: title.byLocale } : {}),
        ...(typeof config?.resource === 'string' ? { configResource: config.resource } : {}),
        ...(configTitle ? { configTitle: configTitle.text } : {}),
        ...(configTitle?.byLocale ? { configTitles: configTitle.byLocale } : {}),
        ...(typeof config?.viewportSize === 'string' ? { configViewportSize: config.viewportSize } : {}),
      };
    });
  return {
    appId: doc.app?.id ?? 'ari:cloud:ecosystem::app/local',
    resources: Object.fromEntries((doc.resources ?? []).map((r) => [r.key, r.path])),
    macros: modules('macro'),
    projectPages: modules('jira:projectPage'),
    issuePanels: modules('jira:issuePanel'),
    globalSettings: modules('confluence:globalSettings'),
    adminPages: modules('jira:adminPage'),
    scheduledTriggers: (doc.modules?.scheduledTrigger ?? []).map((trigger) => {
      const fn = (doc.modules?.function ?? []).find((f) => f.key === trigger.function);
      const handler = String(fn?.handler ?? '');
      return {
        key: String(trigger.key),
        interval: String(trigger.interval),
        functionKey: String(trigger.function),
        exportName: handler.slice(handler.lastIndexOf('.') + 1),
      };
    }),
  };
}

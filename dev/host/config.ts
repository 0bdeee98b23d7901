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

export interface ManifestModule {
  key: string;
  resource: string;
  title: string;
  /** Custom UI macro config resource, when the macro has one. */
  configResource?: string;
  configTitle?: string;
  configViewportSize?: string;
}

export interface AppManifest {
  appId: string;
  /** resource key -> folder relative to the repository root */
  resources: Record<string, string>;
  macros: ManifestModule[];
  projectPages: ManifestModule[];
  issuePanels: ManifestModule[];
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
    app?: { id?: string };
  };
  const modules = (type: string): ManifestModule[] =>
    (doc.modules?.[type] ?? []).map((m) => {
      const config = m.config as { resource?: unknown; title?: unknown; viewportSize?: unknown } | undefined;
      return {
        key: String(m.key),
        resource: String(m.resource),
        title: String(m.title ?? m.key),
        ...(typeof config?.resource === 'string' ? { configResource: config.resource } : {}),
        ...(typeof config?.title === 'string' ? { configTitle: config.title } : {}),
        ...(typeof config?.viewportSize === 'string' ? { configViewportSize: config.viewportSize } : {}),
      };
    });
  return {
    appId: doc.app?.id ?? 'ari:cloud:ecosystem::app/local',
    resources: Object.fromEntries((doc.resources ?? []).map((r) => [r.key, r.path])),
    macros: modules('macro'),
    projectPages: modules('jira:projectPage'),
    issuePanels: modules('jira:issuePanel'),
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

/**
 * Which installation of the app a module runs in, as Forge decides it from the manifest's
 * `app.compatibility` (docs/decisions/0015):
 * - declared (one app required, the others optional): one installation across the site's
 *   connected Atlassian apps, so every module shares one storage; its `installContext` is the
 *   required app's site, and `installation.contexts` lists the apps connected to it;
 * - not declared: Forge installs the app per Atlassian app, each installation with its own
 *   storage, so data written from a Confluence macro never reaches a Jira module.
 * The host keeps one kvs store per installation, which is what makes the second case visible.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type AtlassianApp = 'confluence' | 'jira';

export interface Compatibility {
  required: AtlassianApp;
  optional: AtlassianApp[];
}

export interface AppInstallation {
  /** The installation id (`ari:cloud:ecosystem::installation/<id>` is its ARI). */
  id: string;
  /** What Forge passes as `installContext`: the (required) app's site ARI. */
  installContext: string;
  /** The Atlassian apps this installation reaches, as site ARIs (`installation.contexts`). */
  contexts: string[];
  /** The Atlassian apps whose modules run in this installation. */
  apps: AtlassianApp[];
  /** The file name of its storage in the host's data folder. */
  storageFile: string;
}

const APPS: readonly AtlassianApp[] = ['confluence', 'jira'];

/** `app.compatibility` of a manifest, or undefined when it declares none. */
export function readCompatibility(manifestPath: string): Compatibility | undefined {
  const doc = parse(readFileSync(manifestPath, 'utf8')) as { app?: { compatibility?: Record<string, { required?: unknown }> } };
  const declared = doc.app?.compatibility;
  if (!declared || Object.keys(declared).length === 0) return undefined;
  const named = Object.keys(declared).filter((app): app is AtlassianApp => (APPS as readonly string[]).includes(app));
  const required = named.find((app) => declared[app]?.required === true);
  if (!required) throw new Error(`${manifestPath}: app.compatibility names no required Atlassian app`);
  return { required, optional: named.filter((app) => app !== required) };
}

export const siteAri = (app: AtlassianApp, cloudId: string) => `ari:cloud:${app}::site/${cloudId}`;

/** The Atlassian app a module type belongs to (`macro` is Confluence's, `jira:*` Jira's). */
export function appOfModuleType(moduleType: string): AtlassianApp | undefined {
  if (moduleType === 'macro' || moduleType.startsWith('confluence:')) return 'confluence';
  if (moduleType.startsWith('jira:')) return 'jira';
  return undefined;
}

export interface Installations {
  all: AppInstallation[];
  /** The installation the given Atlassian app's modules run in; undefined when it is not connected. */
  of(app: AtlassianApp): AppInstallation | undefined;
  /** The installation the required (or, undeclared, the first) app runs in: scheduled triggers' default. */
  primary: AppInstallation;
}

/**
 * The site's installations. `connected` is which optional apps an admin connected (all of them
 * by default, as the demo site has both Confluence and Jira).
 */
export function planInstallations(
  compatibility: Compatibility | undefined,
  cloudId: string,
  connected: readonly AtlassianApp[] = APPS,
): Installations {
  if (compatibility) {
    const apps = [compatibility.required, ...compatibility.optional.filter((app) => connected.includes(app))];
    const one: AppInstallation = {
      id: `local-${cloudId}`,
      installContext: siteAri(compatibility.required, cloudId),
      contexts: apps.map((app) => siteAri(app, cloudId)),
      apps,
      storageFile: 'kvs.sqlite',
    };
    return { all: [one], of: (app) => (apps.includes(app) ? one : undefined), primary: one };
  }
  const each = APPS.filter((app) => connected.includes(app)).map(
    (app, index): AppInstallation => ({
      id: `local-${app}-${cloudId}`,
      installContext: siteAri(app, cloudId),
      contexts: [siteAri(app, cloudId)],
      apps: [app],
      // The first keeps the file name a declared manifest uses, so switching loses nothing.
      storageFile: index === 0 ? 'kvs.sqlite' : `kvs-${app}.sqlite`,
    }),
  );
  if (each.length === 0) throw new Error('No Atlassian app is connected');
  return { all: each, of: (app) => each.find((i) => i.apps.includes(app)), primary: each[0]! };
}

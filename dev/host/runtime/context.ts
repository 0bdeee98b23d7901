/**
 * The trusted context of an invocation, built by the host from what it rendered (never from what
 * the browser says), shaped like the Forge runtime's `req.context` (FORGE-FACTS.md) and, for the
 * browser, like @forge/bridge's `FullContext`.
 */
import { LOCAL_CLOUD_ID, LOCAL_ENVIRONMENT_ID } from '../config';

export type UiLocale = 'en-US' | 'ko-KR';
export type ColorMode = 'light' | 'dark';

export interface ForgeContext {
  cloudId: string;
  localId: string;
  moduleKey: string;
  siteUrl: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  extension: Record<string, unknown>;
  locale: string;
  timezone: string;
  accountId?: string;
  /** Set by the runtime from the module's installation (local-runtime.ts), as Forge does. */
  installContext?: string;
}

export interface JiraProjectRef {
  id: string;
  key: string;
  type: string;
}

/** Where a module is rendered: one case per kind of surface the app has. */
export type Surface =
  | {
      kind: 'macro';
      moduleKey: string;
      localId: string;
      pageId: string;
      space: { id: string; key: string };
      /** True in the macro's config modal. */
      configuring: boolean;
    }
  | { kind: 'jira:projectPage'; moduleKey: string; project: JiraProjectRef }
  | {
      kind: 'jira:issuePanel';
      moduleKey: string;
      project: JiraProjectRef;
      issue: { id: string; key: string; type: string; typeId: string };
    }
  /** Confluence's global settings page (Confluence settings > apps): admins only, no space or content. */
  | { kind: 'confluence:globalSettings'; moduleKey: string }
  /** Jira's admin page (Jira settings > Apps): admins only, no project or issue. */
  | { kind: 'jira:adminPage'; moduleKey: string };

/** Who is looking, as the host chrome's switchers set it. */
export interface Viewer {
  accountId: string | undefined;
  locale: UiLocale;
  timezone: string;
  colorMode: ColorMode;
}

export interface SiteInfo {
  siteUrl: string;
  /** The saved config of a macro instance (host state), or undefined before the first save. */
  macroConfig(pageId: string, localId: string): Record<string, unknown> | undefined;
}

function extensionOf(surface: Surface, site: SiteInfo): Record<string, unknown> {
  switch (surface.kind) {
    case 'macro':
      return {
        type: 'macro',
        content: { id: surface.pageId, type: 'page' },
        space: { id: surface.space.id, key: surface.space.key },
        isEditing: false,
        config: site.macroConfig(surface.pageId, surface.localId),
        macro: { isConfiguring: surface.configuring, isInserting: false },
      };
    case 'jira:projectPage':
      return { type: 'jira:projectPage', project: { ...surface.project } };
    case 'jira:issuePanel':
      return { type: 'jira:issuePanel', project: { ...surface.project }, issue: { ...surface.issue }, isNewToIssue: false };
    // Forge's docs name no extension fields for these two beyond the module type (docs/decisions/0012).
    case 'confluence:globalSettings':
      return { type: 'confluence:globalSettings' };
    case 'jira:adminPage':
      return { type: 'jira:adminPage' };
  }
}

/** Macros carry their own localId; project pages and issue panels have one per placement. */
const localIdOf = (surface: Surface): string => {
  switch (surface.kind) {
    case 'macro':
      return surface.localId;
    case 'jira:projectPage':
      return `${surface.moduleKey}-${surface.project.key}`;
    case 'jira:issuePanel':
      return `${surface.moduleKey}-${surface.issue.key}`;
    case 'confluence:globalSettings':
    case 'jira:adminPage':
      return surface.moduleKey;
  }
};

/** The backend `req.context` (before @forge/resolver adds accountId, installContext, license). */
export function buildContext(surface: Surface, viewer: Viewer, site: SiteInfo): ForgeContext {
  return {
    cloudId: LOCAL_CLOUD_ID,
    localId: localIdOf(surface),
    moduleKey: surface.moduleKey,
    siteUrl: site.siteUrl,
    environmentId: LOCAL_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    extension: extensionOf(surface, site),
    locale: viewer.locale,
    timezone: viewer.timezone,
    ...(viewer.accountId !== undefined ? { accountId: viewer.accountId } : {}),
  };
}

/** What `view.getContext()` answers in the frame: the same facts plus the theme. */
export function buildBrowserContext(surface: Surface, viewer: Viewer, site: SiteInfo): Record<string, unknown> {
  const { installContext: _installContext, ...context } = buildContext(surface, viewer, site);
  return {
    ...context,
    theme: { colorMode: viewer.colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
    surfaceColor: null,
    license: undefined,
  };
}

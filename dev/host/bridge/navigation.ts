/**
 * Where `router.navigate`, `router.open` and `router.getUrl` lead on the local host: product
 * paths (`/browse/KEY`, `/wiki/spaces/.../pages/ID`) and @forge/bridge NavigationTargets are
 * mapped to the host's Confluence and Jira pages; absolute URLs are left alone.
 */
import { DEMO_PROJECTS } from '../demo-jira/demo-projects';
import type { Surface } from '../runtime/context';
import { isRecord } from '../http/json-body';

export class NavigationError extends Error {}

export function resolveLocation(location: unknown, surface: Surface, firstPageOfSpace: (spaceKey: string) => string | undefined): string {
  if (isRecord(location) && typeof location.url === 'string') return resolveUrl(location.url);
  if (typeof location === 'string') return resolveUrl(location);
  if (!isRecord(location) || typeof location.target !== 'string') {
    throw new NavigationError(`Cannot navigate to ${JSON.stringify(location)}: give a url or a target`);
  }
  const need = (field: string): string => {
    const value = location[field];
    if (typeof value !== 'string' || value === '') throw new NavigationError(`Target ${String(location.target)} needs ${field}`);
    return encodeURIComponent(value);
  };
  switch (location.target) {
    case 'issue':
      return `/jira/browse/${need('issueKey')}`;
    case 'contentView':
    case 'contentEdit':
      return `/confluence/pages/${need('contentId')}`;
    case 'spaceView': {
      const page = firstPageOfSpace(decodeURIComponent(need('spaceKey')));
      if (!page) throw new NavigationError(`The demo Confluence has no space ${String(location.spaceKey)}`);
      return `/confluence/pages/${page}`;
    }
    case 'projectSettingsDetails':
      return `/jira/projects/${need('projectKey')}`;
    case 'module': {
      // The app's setup pages, where the products put them (admins only; dev/host/http/page-routes.ts).
      if (location.moduleKey === 'okr-setup-confluence') return '/confluence/admin/okr-setup';
      if (location.moduleKey === 'okr-setup-jira') return '/jira/admin/okr-setup';
      const projectKey = 'project' in surface ? surface.project.key : DEMO_PROJECTS[0]?.key;
      return `/jira/projects/${encodeURIComponent(projectKey ?? '')}`;
    }
    default:
      throw new NavigationError(`The local Forge host does not emulate navigation target "${location.target}"`);
  }
}

function resolveUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const browse = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)/.exec(url);
  if (browse) return `/jira/browse/${browse[1]}`;
  const project = /^\/jira\/(?:software|core|servicedesk)\/(?:c\/)?projects\/([A-Z][A-Z0-9_]*)/.exec(url);
  if (project) return `/jira/projects/${project[1]}`;
  const page = /^\/wiki\/spaces\/[^/]+\/pages\/(\d+)/.exec(url);
  if (page) return `/confluence/pages/${page[1]}`;
  return url;
}

/**
 * The small objects an IssueBean and a Project embed (StatusDetails, StatusCategory,
 * IssueTypeDetails, ProjectDetails, avatars) in Jira REST v3's shapes
 * (jira-platform-openapi-subset.json). Icons are data URIs so pages render with no network.
 */
import { statusCategoryByKey, statusIn, type IssueTypeDef, type StatusCategoryDef, type StatusName } from './catalog';
import type { JiraProjectRecord } from './demo-projects';
import type { DemoJiraSite } from './types';

type Json = Record<string, unknown>;

/** Jira's datetime format: millisecond precision and a `+0000` offset, not `Z`. */
export const jiraDateTime = (iso: string): string => iso.replace(/Z$/, '+0000');

const svgUri = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function projectAvatarUrls(project: JiraProjectRecord): Record<string, string> {
  const one = (size: number) =>
    svgUri(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 16 16">` +
        `<rect width="16" height="16" rx="3" fill="${project.avatarColor}"/>` +
        `<text x="8" y="11.5" text-anchor="middle" fill="#fff" font-family="sans-serif" font-size="9">${project.key.slice(0, 1)}</text></svg>`,
    );
  return { '48x48': one(48), '24x24': one(24), '16x16': one(16), '32x32': one(32) };
}

export function statusCategoryJson(category: StatusCategoryDef, site: DemoJiraSite): Json {
  return {
    self: `${site.baseUrl()}/rest/api/3/statuscategory/${category.id}`,
    id: category.id,
    key: category.key,
    colorName: category.colorName,
    name: category.name,
  };
}

/** StatusDetails of a status named in the project's workflow (its id and category are the project's). */
export function statusJson(status: StatusName, project: JiraProjectRecord, site: DemoJiraSite): Json {
  const def = statusIn(project.statuses, status);
  return {
    self: `${site.baseUrl()}/rest/api/3/status/${def.id}`,
    description: '',
    iconUrl: `${site.baseUrl()}/images/icons/statuses/generic.png`,
    name: def.name,
    id: def.id,
    statusCategory: statusCategoryJson(statusCategoryByKey(def.category), site),
    // A team-managed project's statuses are its own (StatusDetails.scope).
    ...(project.style === 'next-gen' ? { scope: { type: 'PROJECT', project: { id: project.id } } } : {}),
  };
}

const ISSUE_TYPE_COLOURS: Record<IssueTypeDef['name'], string> = {
  Epic: '#6E5DC6',
  Story: '#22A06B',
  Task: '#1D7AFC',
  Bug: '#E2483D',
  Subtask: '#1D7AFC',
};

export function issueTypeJson(type: IssueTypeDef, site: DemoJiraSite): Json {
  return {
    self: `${site.baseUrl()}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: svgUri(`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" rx="3" fill="${ISSUE_TYPE_COLOURS[type.name]}"/></svg>`),
    name: type.name,
    subtask: type.subtask,
    avatarId: type.avatarId,
    hierarchyLevel: type.hierarchyLevel,
  };
}

/** ProjectDetails, as an issue's `fields.project` carries it. */
export function projectDetailsJson(project: JiraProjectRecord, site: DemoJiraSite): Json {
  return {
    self: `${site.baseUrl()}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.type,
    simplified: project.style === 'next-gen',
    avatarUrls: projectAvatarUrls(project),
  };
}

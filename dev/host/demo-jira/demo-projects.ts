/**
 * The demo Jira's projects, as plain data, and the epics the host pages link to.
 * GROW and PLAT match the seed's teams (dev/host/seed/demo-org.ts jiraProjectKeys); SEC is a
 * restricted project only two people can browse, so "a project the user cannot see" is real;
 * MOB is a Korean team's team-managed project whose workflow has Korean and custom status names.
 * The host pages are not permission-aware, so they only list what everybody may see.
 */
import { DEMO_USERS } from '../demo-users';
import { CLASSIC_STATUSES, MOBILE_STATUSES, PLATFORM_STATUSES, type ProjectStyle, type StatusDef } from './catalog';
import { SEED_EPICS } from './seed-issues';

export interface DemoProject {
  id: string;
  key: string;
  name: string;
  /** Jira's projectTypeKey. */
  type: 'software' | 'business';
  leadAccountId: string;
  avatarColor: string;
}

export interface SecurityLevel {
  id: string;
  name: string;
  description: string;
  /** Who passes the level (the app, acting as itself, always does). */
  memberAccountIds: readonly string[];
}

export interface JiraProjectRecord extends DemoProject {
  /** `classic` = company-managed, `next-gen` = team-managed (Project.style). */
  style: ProjectStyle;
  /** The project's workflow, in board order: the global statuses, or its own when team-managed. */
  statuses: readonly StatusDef[];
  description: string;
  /** Browse permission: everybody when absent. */
  visibleTo?: readonly string[];
  securityLevels: readonly SecurityLevel[];
}

export interface DemoEpic {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  description: string;
  status: 'To Do' | 'In Progress' | 'Done';
  assigneeAccountId: string;
}

export const JIRA_PROJECTS: readonly JiraProjectRecord[] = [
  {
    id: '10001',
    key: 'GROW',
    name: 'Growth',
    type: 'software',
    style: 'classic',
    statuses: CLASSIC_STATUSES,
    description: 'Acquisition, activation and monetisation experiments.',
    leadAccountId: DEMO_USERS.jisoo.accountId,
    avatarColor: '#1F845A',
    securityLevels: [
      {
        id: '10200',
        name: 'Growth leadership',
        description: 'Pricing and other work not yet announced inside the company.',
        memberAccountIds: [DEMO_USERS.jisoo.accountId, DEMO_USERS.seoyeon.accountId],
      },
    ],
  },
  {
    id: '10002',
    key: 'PLAT',
    name: 'Platform',
    type: 'software',
    style: 'next-gen',
    statuses: PLATFORM_STATUSES,
    description: 'Infrastructure, reliability and developer experience.',
    leadAccountId: DEMO_USERS.daniel.accountId,
    avatarColor: '#0C66E4',
    securityLevels: [],
  },
  {
    id: '10003',
    key: 'SEC',
    name: 'Security',
    type: 'software',
    style: 'classic',
    statuses: CLASSIC_STATUSES,
    description: 'Audits and vulnerability remediation. Restricted project.',
    leadAccountId: DEMO_USERS.james.accountId,
    avatarColor: '#AE2E24',
    visibleTo: [DEMO_USERS.jisoo.accountId, DEMO_USERS.james.accountId],
    securityLevels: [],
  },
  {
    id: '10004',
    key: 'MOB',
    name: '모바일 앱',
    type: 'software',
    style: 'next-gen',
    statuses: MOBILE_STATUSES,
    description: 'iOS·Android 앱 팀의 프로젝트입니다. 상태 이름은 한국어이고, QA 대기와 배포됨은 팀이 추가한 상태입니다.',
    leadAccountId: DEMO_USERS.minjun.accountId,
    avatarColor: '#8F7EE7',
    securityLevels: [],
  },
];

/** The projects every demo user can browse (what the host pages show). */
export const DEMO_PROJECTS: readonly DemoProject[] = JIRA_PROJECTS.filter((p) => !p.visibleTo);

/** Jira's id of the Epic issue type on the demo site. */
export const EPIC_ISSUE_TYPE_ID = '10000';

/** The seed's epics everybody can see (no restricted project, no security level), for the pages. */
export const DEMO_EPICS: readonly DemoEpic[] = SEED_EPICS.filter(
  (e) => DEMO_PROJECTS.some((p) => p.key === e.projectKey) && !e.securityLevelId,
).map((e) => ({
  id: e.id,
  key: e.key,
  projectKey: e.projectKey,
  summary: e.summary,
  description: e.description,
  // The pages draw three lozenges: a status is shown by its category (MOB's 진행 중 as In Progress).
  status: e.statusCategory === 'new' ? 'To Do' : e.statusCategory === 'done' ? 'Done' : 'In Progress',
  assigneeAccountId: e.assigneeAccountId,
}));

export const findJiraProject = (idOrKey: string): JiraProjectRecord | undefined =>
  JIRA_PROJECTS.find((p) => p.id === idOrKey || p.key.toUpperCase() === idOrKey.toUpperCase());
export const findProject = (key: string): DemoProject | undefined => DEMO_PROJECTS.find((p) => p.key === key);
export const findEpic = (key: string): DemoEpic | undefined => DEMO_EPICS.find((e) => e.key === key);

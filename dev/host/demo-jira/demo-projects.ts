/**
 * The demo Jira's projects and epics, as plain data. Today the host pages read them; the demo
 * Jira REST routes for projects, issues and search will serve the same records.
 * Keys match the seed's teams (dev/host/seed/demo-org.ts jiraProjectKeys).
 */
import { DEMO_USERS } from '../demo-users';

export interface DemoProject {
  id: string;
  key: string;
  name: string;
  /** Jira's projectTypeKey. */
  type: 'software' | 'business';
  leadAccountId: string;
  avatarColor: string;
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

export const DEMO_PROJECTS: readonly DemoProject[] = [
  { id: '10001', key: 'GROW', name: 'Growth', type: 'software', leadAccountId: DEMO_USERS.jisoo.accountId, avatarColor: '#1F845A' },
  { id: '10002', key: 'PLAT', name: 'Platform', type: 'software', leadAccountId: DEMO_USERS.daniel.accountId, avatarColor: '#0C66E4' },
];

/** Jira's id of the Epic issue type on the demo site. */
export const EPIC_ISSUE_TYPE_ID = '10000';

export const DEMO_EPICS: readonly DemoEpic[] = [
  {
    id: '10101',
    key: 'GROW-1',
    projectKey: 'GROW',
    summary: '온보딩 플로우 개편',
    description: '신규 가입자가 첫 프로젝트를 만들기까지의 단계를 7단계에서 4단계로 줄입니다.',
    status: 'In Progress',
    assigneeAccountId: DEMO_USERS.seoyeon.accountId,
  },
  {
    id: '10107',
    key: 'GROW-7',
    projectKey: 'GROW',
    summary: 'Referral programme launch',
    description: 'Invite-a-teammate rewards, tracked end to end in the product analytics.',
    status: 'To Do',
    assigneeAccountId: DEMO_USERS.emily.accountId,
  },
  {
    id: '10203',
    key: 'PLAT-3',
    projectKey: 'PLAT',
    summary: 'API latency budget: p95 under 300 ms',
    description: 'Cache the hot read paths and move report generation off the request path.',
    status: 'In Progress',
    assigneeAccountId: DEMO_USERS.daniel.accountId,
  },
  {
    id: '10212',
    key: 'PLAT-12',
    projectKey: 'PLAT',
    summary: 'PostgreSQL 16 마이그레이션',
    description: '무중단 전환을 위해 논리 복제로 새 클러스터를 준비합니다.',
    status: 'To Do',
    assigneeAccountId: DEMO_USERS.minjun.accountId,
  },
];

export const findProject = (key: string): DemoProject | undefined => DEMO_PROJECTS.find((p) => p.key === key);
export const findEpic = (key: string): DemoEpic | undefined => DEMO_EPICS.find((e) => e.key === key);

/**
 * The demo Confluence space and its pages, as plain data. Each macro has a fixed localId (as a
 * macro keeps its localId in the page's storage format) and a first config written after the
 * seed, because it names ids the app generated while seeding.
 */
import { DEMO_USERS } from '../demo-users';
import type { SeedIds } from './apply-seed';

export const DEMO_SPACE = { id: '98305', key: 'ACME', name: 'Acme Korea' } as const;

export type PageBlock =
  | { kind: 'h2'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'macro'; moduleKey: 'okr-panel' | 'okr-session'; localId: string };

export interface DemoConfluencePage {
  id: string;
  title: string;
  authorAccountId: string;
  blocks: PageBlock[];
}

export const GROWTH_PANEL_LOCAL_ID = '4b8e2f1a-6c3d-4e9b-8a7f-2d1c0e5b9a31';
export const COMPANY_PANEL_LOCAL_ID = '9c2d7e4f-1a5b-4c8d-b6e3-7f0a2b4c6d52';
export const SESSION_LOCAL_ID = 'e1f3a5c7-9b2d-4f6e-8a1c-3b5d7f9e0a73';
export const SESSION_PANEL_LOCAL_ID = '7a9c1e3f-5b7d-4f1a-9c3e-5a7c9e1b3d84';

export function demoPages(planningQuarterLabel: string): DemoConfluencePage[] {
  return [
    {
      id: '131073',
      title: 'Growth team OKRs',
      authorAccountId: DEMO_USERS.jisoo.accountId,
      blocks: [
        { kind: 'p', text: '그로스 팀의 이번 분기 OKR입니다. 매주 월요일 스탠드업 전에 체크인을 업데이트해 주세요.' },
        { kind: 'p', text: 'Our objectives align to the company OKRs. Key results link to epics in the GROW project.' },
        { kind: 'macro', moduleKey: 'okr-panel', localId: GROWTH_PANEL_LOCAL_ID },
        { kind: 'h2', text: '운영 방식 / How we run it' },
        { kind: 'p', text: 'Check-ins are weekly; confidence below "medium" two weeks in a row goes to the Thursday review.' },
      ],
    },
    {
      id: '131074',
      title: 'Company OKRs',
      authorAccountId: DEMO_USERS.daniel.accountId,
      blocks: [
        { kind: 'p', text: 'Acme Korea의 회사 OKR과 이에 정렬된 모든 팀의 OKR입니다.' },
        { kind: 'p', text: 'Every team objective names the company objective it serves. Scores update as teams check in.' },
        { kind: 'macro', moduleKey: 'okr-panel', localId: COMPANY_PANEL_LOCAL_ID },
      ],
    },
    {
      id: '131075',
      title: `${planningQuarterLabel} planning session`,
      authorAccountId: DEMO_USERS.seoyeon.accountId,
      blocks: [
        { kind: 'p', text: '팀 OKR 세션: 준비 → 목표 브레인스토밍 → 핵심 결과 → 담당자 지정 → 검토.' },
        { kind: 'p', text: 'Work through the five steps together on this page; publishing makes the OKRs live.' },
        { kind: 'macro', moduleKey: 'okr-session', localId: SESSION_LOCAL_ID },
        { kind: 'h2', text: '다음 분기 OKR / Next quarter OKRs' },
        { kind: 'p', text: 'What the session publishes appears here, live.' },
        { kind: 'macro', moduleKey: 'okr-panel', localId: SESSION_PANEL_LOCAL_ID },
      ],
    },
  ];
}

/**
 * The macros' first configs. ASSUMPTION (the macro config UI defines the shape): `teamId`
 * absent = the whole organisation; `cycleId` absent = the current cycle.
 */
export function initialMacroConfigs(ids: SeedIds): Array<{ pageId: string; localId: string; config: Record<string, unknown> }> {
  const growth = ids.teams.growth;
  const nextQuarter = ids.cycles.nextQuarter;
  const planning = { ...(growth ? { teamId: growth } : {}), ...(nextQuarter ? { cycleId: nextQuarter } : {}) };
  return [
    { pageId: '131073', localId: GROWTH_PANEL_LOCAL_ID, config: growth ? { teamId: growth } : {} },
    { pageId: '131074', localId: COMPANY_PANEL_LOCAL_ID, config: {} },
    // The planning session sets the next quarter's OKRs; the panel below it shows what it publishes.
    { pageId: '131075', localId: SESSION_LOCAL_ID, config: planning },
    { pageId: '131075', localId: SESSION_PANEL_LOCAL_ID, config: planning },
  ];
}

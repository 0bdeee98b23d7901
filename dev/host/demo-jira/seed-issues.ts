/**
 * The demo Jira's issues at reset: 16 epics over GROW (company-managed), PLAT (team-managed),
 * SEC (restricted) and MOB (team-managed, Korean and custom status names), each with its
 * stories, tasks and bugs. Plain data plus a pure builder.
 *
 * Story points: GROW and SEC (company-managed) estimate in "Story Points" (customfield_10028),
 * PLAT in "Story point estimate" (customfield_10016); MOB estimates nothing. The record keeps one
 * `storyPoints`; issue-json.ts answers it under the field of the issue's project style.
 * Sub-tasks: one under a GROW story (GROW-5), and two in MOB whose parent is the epic itself, as
 * Jira Cloud allows, so `parent in (<epic>)` returns a hierarchyLevel -1 issue among the children.
 *
 * Keys: four epics keep the keys the host pages and the OKR seed always used (GROW-1, GROW-7,
 * PLAT-3, PLAT-12); every other issue takes the project's next free number in declaration order,
 * so children interleave with epics as they do on a real site (sub-tasks of stories come after
 * all of their project's epics). Ids are 10000 + 100 x project + number for the seed (GROW-1 =
 * 10101; MOB, added later, took the free 10001-10099), and a site-wide counter from 10400 for
 * created issues. Dates are relative to the reset's `now` so the demo always looks current.
 */
import { DEMO_USERS, type DemoUserKey } from '../demo-users';
import {
  CLASSIC_STATUSES,
  issueTypeByName,
  MOBILE_STATUSES,
  PLATFORM_STATUSES,
  statusIn,
  type StatusCategoryKey,
  type StatusDef,
  type StatusName,
} from './catalog';
import type { DemoJiraState, IssueRecord } from './issue-record';

/** A Subtask here is one whose parent is the epic directly (MOB); see SEED_SUBTASKS for the others. */
type ChildType = 'Story' | 'Task' | 'Bug' | 'Subtask';
/** [type, summary, status, story points (null = not estimated), assignee] */
type SeedChild = [ChildType, string, StatusName, number | null, DemoUserKey];

type EpicRole = 'restricted' | 'done' | 'noChildren';

interface SeedEpicDecl {
  projectKey: 'GROW' | 'PLAT' | 'SEC' | 'MOB';
  /** A key number that must not change (pages, the OKR seed and tests link to it). */
  fixedNumber?: number;
  summary: string;
  description: string;
  status: StatusName;
  assignee: DemoUserKey;
  /** Days before the reset the epic was created. */
  ageDays: number;
  securityLevelId?: string;
  role?: EpicRole;
  children: SeedChild[];
}

/** MOB was added after created issues took 10400 up: it lives below GROW, where no id was used. */
const PROJECT_ID_BASE: Record<SeedEpicDecl['projectKey'], number> = { GROW: 10100, PLAT: 10200, SEC: 10300, MOB: 10000 };
const PROJECT_LEAD: Record<SeedEpicDecl['projectKey'], DemoUserKey> = { GROW: 'jisoo', PLAT: 'daniel', SEC: 'james', MOB: 'minjun' };
/** Each project's workflow (demo-projects.ts gives the projects the same). */
const PROJECT_STATUSES: Record<SeedEpicDecl['projectKey'], readonly StatusDef[]> = {
  GROW: CLASSIC_STATUSES,
  PLAT: PLATFORM_STATUSES,
  SEC: CLASSIC_STATUSES,
  MOB: MOBILE_STATUSES,
};
/** Created issues get ids above every seed id. */
const FIRST_CREATED_ID = 10400;

const GROWTH_LEADERSHIP = '10200';

const EPICS: readonly SeedEpicDecl[] = [
  {
    projectKey: 'GROW',
    fixedNumber: 1,
    summary: '온보딩 플로우 개편',
    description: '신규 가입자가 첫 프로젝트를 만들기까지의 단계를 7단계에서 4단계로 줄입니다.',
    status: 'In Progress',
    assignee: 'seoyeon',
    ageDays: 70,
    children: [
      ['Story', '가입 폼 단계 축소 (7단계 → 4단계)', 'Done', 5, 'seoyeon'],
      ['Story', '소셜 로그인(Google, Kakao) 추가', 'Done', 8, 'minjun'],
      ['Task', '온보딩 퍼널 이벤트 트래킹 정비', 'Done', 3, 'emily'],
      ['Story', '첫 프로젝트 템플릿 선택 화면', 'In Progress', 5, 'seoyeon'],
      ['Story', 'Welcome checklist in the empty workspace', 'In Review', 3, 'emily'],
      ['Bug', '이메일 인증 링크가 모바일 Safari에서 만료됨', 'To Do', null, 'minjun'],
      ['Task', '온보딩 A/B 테스트 결과 리포트', 'To Do', 2, 'jisoo'],
    ],
  },
  {
    projectKey: 'GROW',
    fixedNumber: 7,
    summary: 'Referral programme launch',
    description: 'Invite-a-teammate rewards, tracked end to end in the product analytics.',
    status: 'To Do',
    assignee: 'emily',
    ageDays: 40,
    children: [
      ['Story', 'Invite-a-teammate modal with reward copy', 'To Do', 5, 'emily'],
      ['Story', 'Referral credit ledger and payout rules', 'To Do', 8, 'daniel'],
      ['Task', 'Legal review of referral terms (KR, US)', 'In Progress', 2, 'jisoo'],
      ['Task', 'Referral attribution events in Amplitude', 'To Do', 3, 'emily'],
    ],
  },
  {
    projectKey: 'GROW',
    summary: '요금제 페이지 A/B 테스트',
    description: '연간 결제 할인과 플랜 비교표를 바꿔 요금제 페이지의 결제 전환율을 검증했습니다.',
    status: 'Done',
    assignee: 'jisoo',
    ageDays: 120,
    role: 'done',
    children: [
      ['Story', '연간 결제 할인 배지 노출 실험', 'Done', 3, 'seoyeon'],
      ['Story', 'Plan comparison table redesign', 'Done', 5, 'emily'],
      ['Task', '실험 트래픽 50:50 분배 설정', 'Done', 1, 'minjun'],
      ['Bug', 'Currency switcher shows USD prices to KR visitors', 'Done', null, 'emily'],
      ['Task', '실험 결과 분석 및 공유', 'Done', 2, 'jisoo'],
    ],
  },
  {
    projectKey: 'GROW',
    summary: '휴면 고객 재활성화 이메일 캠페인',
    description: '90일 이상 접속하지 않은 워크스페이스를 대상으로 단계별 이메일 캠페인을 준비합니다. 아직 작업을 나누지 않았습니다.',
    status: 'In Progress',
    assignee: 'seoyeon',
    ageDays: 10,
    role: 'noChildren',
    children: [],
  },
  {
    projectKey: 'GROW',
    summary: '2027 가격 정책 개편 (비공개)',
    description: '좌석 기반 과금에서 사용량 기반 과금으로의 전환을 검토합니다. 공지 전까지 Growth 리더십만 볼 수 있습니다.',
    status: 'In Progress',
    assignee: 'jisoo',
    ageDays: 30,
    securityLevelId: GROWTH_LEADERSHIP,
    role: 'restricted',
    children: [
      ['Story', '좌석 기반 → 사용량 기반 과금 모델 시뮬레이션', 'In Progress', 8, 'jisoo'],
      ['Task', 'Competitor pricing benchmark (Asana, Monday, Notion)', 'Done', 3, 'seoyeon'],
      ['Task', '기존 고객 가격 보호(Grandfathering) 정책 초안', 'To Do', 3, 'seoyeon'],
      ['Story', 'Billing system support for usage meters', 'To Do', 13, 'jisoo'],
      ['Task', '영업팀 가격 변경 FAQ 작성', 'To Do', 2, 'seoyeon'],
    ],
  },
  {
    projectKey: 'GROW',
    summary: 'Trial-to-paid conversion: 무료 체험 → 유료 전환율 개선',
    description: 'Lift trial-to-paid conversion from 9% to 14% with in-product nudges and a shorter upgrade path.',
    status: 'In Progress',
    assignee: 'emily',
    ageDays: 55,
    children: [
      ['Story', 'Trial countdown banner in the app header', 'Done', 3, 'emily'],
      ['Story', '체험 종료 3일 전 알림 메일', 'Done', 2, 'seoyeon'],
      ['Story', 'In-app upgrade flow without leaving the workspace', 'In Progress', 8, 'minjun'],
      ['Bug', '결제 페이지에서 사업자등록번호 검증 오류', 'In Progress', null, 'minjun'],
      ['Story', 'Usage-based upgrade nudges (seats > 5)', 'In Review', 5, 'emily'],
      ['Task', '체험 사용자 세그먼트 정의 (활성/비활성)', 'Done', 2, 'jisoo'],
      ['Story', '카드 없이 체험 7일 연장', 'To Do', 5, 'seoyeon'],
      ['Bug', 'Upgrade button hidden on 1280px screens', 'Done', 1, 'emily'],
      ['Task', 'Stripe 웹훅 재시도 처리', 'To Do', 3, 'daniel'],
      ['Story', 'Sales-assist CTA for teams over 50 seats', 'To Do', 5, 'emily'],
      ['Task', '전환 퍼널 대시보드 (Looker)', 'In Progress', 3, 'jisoo'],
      ['Bug', '체험 만료 후 데이터 내보내기 버튼이 비활성화되지 않음', 'To Do', 2, 'minjun'],
    ],
  },
  {
    projectKey: 'PLAT',
    summary: 'Observability: OpenTelemetry tracing rollout',
    description: 'Trace every request across the API, the job queue and the database, sampled tail-based.',
    status: 'In Progress',
    assignee: 'daniel',
    ageDays: 80,
    children: [
      ['Task', 'OTel collector on the staging cluster', 'Done', 3, 'daniel'],
      ['Story', '핵심 API 5종 트레이싱 계측', 'Done', 5, 'minjun'],
      ['Story', 'Trace-to-log correlation in Grafana', 'In Progress', 5, 'james'],
      ['Task', '샘플링 정책 결정 (tail-based 10%)', 'In Review', 2, 'daniel'],
      ['Bug', 'Span context lost across the job queue', 'To Do', null, 'minjun'],
    ],
  },
  {
    projectKey: 'PLAT',
    fixedNumber: 3,
    summary: 'API latency budget: p95 under 300 ms',
    description: 'Cache the hot read paths and move report generation off the request path.',
    status: 'In Progress',
    assignee: 'daniel',
    ageDays: 60,
    children: [
      ['Story', 'Redis cache for workspace permissions', 'Done', 8, 'daniel'],
      ['Story', '리포트 생성을 비동기 워커로 분리', 'In Progress', 8, 'minjun'],
      ['Task', 'Latency SLO dashboard and alerting', 'Done', 3, 'james'],
      ['Bug', 'N+1 queries on the project list endpoint', 'Done', 3, 'minjun'],
      ['Story', 'Connection pool tuning for the read replicas', 'In Review', 5, 'daniel'],
      ['Task', 'p95 회귀 테스트를 CI에 추가', 'To Do', 3, 'james'],
      ['Bug', '검색 API 타임아웃 (대형 워크스페이스)', 'In Progress', 5, 'minjun'],
      ['Story', 'Edge caching for static config endpoints', 'To Do', 3, 'daniel'],
    ],
  },
  {
    projectKey: 'PLAT',
    fixedNumber: 12,
    summary: 'PostgreSQL 16 마이그레이션',
    description: '무중단 전환을 위해 논리 복제로 새 클러스터를 준비합니다.',
    status: 'To Do',
    assignee: 'minjun',
    ageDays: 35,
    children: [
      ['Task', '논리 복제 대상 테이블 목록 확정', 'In Progress', 2, 'minjun'],
      ['Story', 'New PG16 cluster with Terraform', 'To Do', 5, 'daniel'],
      ['Task', '확장(extension) 호환성 점검: pg_trgm, postgis', 'To Do', 3, 'minjun'],
      ['Story', '읽기 트래픽 단계적 전환 (10% → 100%)', 'To Do', 8, 'minjun'],
      ['Task', 'Rollback runbook and game day', 'To Do', 3, 'james'],
      ['Bug', 'pg_dump warnings on legacy enum types', 'To Do', 1, 'daniel'],
    ],
  },
  {
    projectKey: 'PLAT',
    summary: 'CI 파이프라인 10분 이내로 단축',
    description: 'Main 브랜치 CI를 평균 24분에서 10분 이내로 줄입니다.',
    status: 'In Progress',
    assignee: 'james',
    ageDays: 45,
    children: [
      ['Task', 'Jest 테스트 샤딩 (4 workers)', 'Done', 3, 'james'],
      ['Story', 'Docker layer cache on the build runners', 'In Review', 5, 'daniel'],
      ['Task', 'Flaky test quarantine list', 'In Progress', 2, 'james'],
      ['Bug', 'E2E suite hangs when the mock server port is taken', 'To Do', 2, 'minjun'],
      ['Task', '빌드 시간 대시보드', 'To Do', 1, 'james'],
    ],
  },
  {
    projectKey: 'PLAT',
    summary: 'Kubernetes 1.31 업그레이드',
    description: 'EKS 클러스터를 1.31로 올리고 deprecated API를 정리합니다.',
    status: 'To Do',
    assignee: 'daniel',
    ageDays: 15,
    children: [
      ['Task', 'Deprecated API scan (kubent)', 'To Do', 2, 'daniel'],
      ['Task', '스테이징 클러스터 선 업그레이드', 'To Do', 3, 'minjun'],
      ['Story', 'Node pool blue/green rollout plan', 'To Do', 5, 'daniel'],
    ],
  },
  {
    projectKey: 'SEC',
    summary: 'SOC 2 Type II 감사 준비',
    description: '관찰 기간(6개월) 동안의 통제 증적을 자동으로 수집합니다.',
    status: 'In Progress',
    assignee: 'james',
    ageDays: 90,
    children: [
      ['Task', '접근 권한 분기 검토 증적 수집', 'Done', 3, 'james'],
      ['Story', 'Automated evidence export from Okta', 'In Progress', 5, 'james'],
      ['Task', '벤더 보안 평가 설문 20건 회신', 'In Progress', 3, 'jisoo'],
      ['Task', 'Incident response tabletop exercise', 'To Do', 2, 'james'],
      ['Bug', 'Audit log gaps during the March deploy window', 'Done', 2, 'james'],
    ],
  },
  {
    projectKey: 'SEC',
    summary: 'Pen-test findings remediation (2026 H2)',
    description: 'Fix the high and medium findings of the external penetration test before the re-test.',
    status: 'To Do',
    assignee: 'james',
    ageDays: 20,
    children: [
      ['Bug', 'Stored XSS in the comment preview (High)', 'In Progress', 3, 'james'],
      ['Bug', '비밀번호 재설정 토큰 재사용 가능 (Medium)', 'To Do', 2, 'jisoo'],
      ['Task', 'Rate limiting on the login endpoint', 'To Do', 3, 'james'],
      ['Task', 'TLS 1.0/1.1 비활성화 확인', 'Done', 1, 'james'],
    ],
  },
  // MOB: a Korean team's team-managed project. No estimates at all; two "done" statuses.
  {
    projectKey: 'MOB',
    summary: '푸시 알림 개편 (iOS·Android)',
    description: '알림 권한 요청 시점을 늦추고, 카테고리별로 알림을 끌 수 있게 합니다.',
    status: '진행 중',
    assignee: 'minjun',
    ageDays: 50,
    children: [
      ['Story', '알림 권한 요청을 온보딩 3단계 이후로 이동', '배포됨', null, 'minjun'],
      ['Story', '알림 설정 화면: 카테고리별 토글', '완료', null, 'seoyeon'],
      ['Task', 'FCM/APNs 토큰 갱신 로직 정리', 'QA 대기', null, 'daniel'],
      ['Bug', 'Android 14에서 알림 아이콘이 흰 사각형으로 보임', '진행 중', null, 'minjun'],
      ['Task', '푸시 발송 지표 대시보드 정의', '해야 할 일', null, 'jisoo'],
      ['Subtask', '푸시 문구 현지화 검수 (ko/en/ja)', '완료', null, 'emily'],
    ],
  },
  {
    projectKey: 'MOB',
    summary: '앱 콜드 스타트 2초 이내로 단축',
    description: 'Cold start p90 3.8s -> under 2s on mid-range devices.',
    status: 'QA 대기',
    assignee: 'daniel',
    ageDays: 35,
    children: [
      ['Story', '스플래시 화면의 동기 초기화 제거', '배포됨', null, 'daniel'],
      ['Task', '콜드 스타트 계측 (Firebase Performance)', '배포됨', null, 'minjun'],
      ['Story', '홈 피드 이미지 캐시 미리 불러오기', 'QA 대기', null, 'daniel'],
      ['Bug', 'iOS 17 저사양 기기에서 첫 화면이 멈춤', 'QA 대기', null, 'minjun'],
      ['Task', 'Bundle size audit: drop unused libraries', '진행 중', null, 'emily'],
      ['Story', 'Android Baseline Profile 적용', '해야 할 일', null, 'daniel'],
    ],
  },
  {
    projectKey: 'MOB',
    summary: '다크 모드 지원',
    description: '시스템 설정을 따르는 다크 모드와, 설정 화면의 테마 선택을 추가합니다.',
    status: '해야 할 일',
    assignee: 'seoyeon',
    ageDays: 12,
    children: [
      ['Story', '디자인 토큰: 다크 팔레트 정의', '완료', null, 'seoyeon'],
      ['Task', '공통 컴포넌트를 색상 토큰으로 전환', '해야 할 일', null, 'minjun'],
      ['Story', '설정 화면에 테마 선택 추가', '해야 할 일', null, 'seoyeon'],
      ['Subtask', '다크 모드 스크린샷 QA 체크리스트', '해야 할 일', null, 'emily'],
    ],
  },
];

/** Sub-tasks of seed stories: [parent key, summary, status, assignee]. Numbered after the epics. */
const SEED_SUBTASKS: ReadonlyArray<[string, string, StatusName, DemoUserKey]> = [
  ['GROW-5', '템플릿 썸네일 이미지 제작 (6종)', 'In Progress', 'seoyeon'],
];

/** One seed issue, keyed and typed, before dates are attached. */
interface PlannedIssue {
  record: Omit<IssueRecord, 'created' | 'updated'>;
  ageDays: number;
  /** Share of the time since creation after which it was last updated. */
  updatedShare: number;
}

const UPDATED_SHARE: Record<StatusCategoryKey, number> = { new: 0.1, indeterminate: 0.6, done: 0.5 };
/** Statuses late in their category were reached later. */
const UPDATED_SHARE_OF: Record<StatusName, number> = { 'In Review': 0.8, 'QA 대기': 0.8, 배포됨: 0.7 };

/** The status's share, refusing a name the project's workflow does not have (a typo in the data). */
function updatedShare(projectKey: SeedEpicDecl['projectKey'], status: StatusName): number {
  const def = PROJECT_STATUSES[projectKey].find((s) => s.name === status);
  if (!def) throw new Error(`seed status '${status}' is not in ${projectKey}'s workflow`);
  return UPDATED_SHARE_OF[status] ?? UPDATED_SHARE[def.category];
}

function plan(): { issues: PlannedIssue[]; counters: Record<string, number> } {
  const counters: Record<string, number> = {};
  const reserved = new Set(EPICS.filter((e) => e.fixedNumber).map((e) => `${e.projectKey}-${e.fixedNumber}`));
  const nextNumber = (projectKey: string): number => {
    let n = (counters[projectKey] ?? 0) + 1;
    while (reserved.has(`${projectKey}-${n}`)) n += 1;
    counters[projectKey] = n;
    return n;
  };
  const issues: PlannedIssue[] = [];
  const make = (projectKey: SeedEpicDecl['projectKey'], n: number) => {
    const id = PROJECT_ID_BASE[projectKey] + n;
    if (n >= 100) throw new Error(`seed issue ${projectKey}-${n} would collide with the next project's ids`);
    return { id: String(id), key: `${projectKey}-${n}` };
  };
  for (const epic of EPICS) {
    const number = epic.fixedNumber ?? nextNumber(epic.projectKey);
    const epicRef = make(epic.projectKey, number);
    const reporter = DEMO_USERS[PROJECT_LEAD[epic.projectKey]].accountId;
    issues.push({
      record: {
        ...epicRef,
        projectKey: epic.projectKey,
        issueTypeId: typeId('Epic'),
        status: epic.status,
        summary: epic.summary,
        description: epic.description,
        assigneeAccountId: DEMO_USERS[epic.assignee].accountId,
        reporterAccountId: reporter,
        ...(epic.securityLevelId ? { securityLevelId: epic.securityLevelId } : {}),
      },
      ageDays: epic.ageDays,
      updatedShare: updatedShare(epic.projectKey, epic.status),
    });
    epic.children.forEach(([type, summary, status, points, assignee], i) => {
      const child = make(epic.projectKey, nextNumber(epic.projectKey));
      issues.push({
        record: {
          ...child,
          projectKey: epic.projectKey,
          issueTypeId: typeId(type),
          status,
          summary,
          parentId: epicRef.id,
          assigneeAccountId: DEMO_USERS[assignee].accountId,
          reporterAccountId: reporter,
          ...(points !== null ? { storyPoints: points } : {}),
          // Children of a restricted epic carry its level (Jira's default security level).
          ...(epic.securityLevelId ? { securityLevelId: epic.securityLevelId } : {}),
        },
        // Children are filed over the epic's first weeks, one every ~2 days.
        ageDays: Math.max(1, epic.ageDays - 1 - 2 * i),
        updatedShare: updatedShare(epic.projectKey, status),
      });
    });
  }
  for (const [parentKey, summary, status, assignee] of SEED_SUBTASKS) {
    const parent = issues.find((p) => p.record.key === parentKey);
    if (!parent || parent.record.issueTypeId === typeId('Epic')) throw new Error(`seed sub-task parent ${parentKey} is not a seed story`);
    const projectKey = parent.record.projectKey as SeedEpicDecl['projectKey'];
    issues.push({
      record: {
        ...make(projectKey, nextNumber(projectKey)),
        projectKey,
        issueTypeId: typeId('Subtask'),
        status,
        summary,
        parentId: parent.record.id,
        assigneeAccountId: DEMO_USERS[assignee].accountId,
        reporterAccountId: DEMO_USERS[PROJECT_LEAD[projectKey]].accountId,
        ...(parent.record.securityLevelId ? { securityLevelId: parent.record.securityLevelId } : {}),
      },
      ageDays: Math.max(1, parent.ageDays - 3),
      updatedShare: updatedShare(projectKey, status),
    });
  }
  for (const epic of EPICS) {
    if (epic.fixedNumber) counters[epic.projectKey] = Math.max(counters[epic.projectKey] ?? 0, epic.fixedNumber);
  }
  return { issues, counters };
}

function typeId(name: ChildType | 'Epic'): string {
  const type = issueTypeByName(name);
  if (!type) throw new Error(`no issue type ${name}`);
  return type.id;
}

const PLAN = plan();

/** The seed's epics, keyed: what the host pages and the OKR seed link to. */
export const SEED_EPICS = PLAN.issues
  .filter((p) => p.record.issueTypeId === typeId('Epic'))
  .map((p) => ({
    id: p.record.id,
    key: p.record.key,
    projectKey: p.record.projectKey,
    summary: p.record.summary,
    description: p.record.description ?? '',
    status: p.record.status,
    statusCategory: statusIn(PROJECT_STATUSES[p.record.projectKey as SeedEpicDecl['projectKey']], p.record.status).category,
    assigneeAccountId: p.record.assigneeAccountId ?? '',
    securityLevelId: p.record.securityLevelId,
    childCount: PLAN.issues.filter((c) => c.record.parentId === p.record.id).length,
  }));

/** Every seed epic key, in declaration order (GROW, then PLAT, SEC and MOB). */
export const DEMO_EPIC_KEYS: readonly string[] = SEED_EPICS.map((e) => e.key);

export function demoEpicKeysFor(projectKey: string): string[] {
  return SEED_EPICS.filter((e) => e.projectKey === projectKey).map((e) => e.key);
}

const keyOfRole = (role: EpicRole): string => {
  const index = EPICS.findIndex((e) => e.role === role);
  const key = SEED_EPICS[index]?.key;
  if (!key) throw new Error(`no seed epic with role ${role}`);
  return key;
};

/** The epics with a part to play in tests and in the demo story. */
export const DEMO_EPIC_ROLES = {
  /** GROW epic under the "Growth leadership" security level: only 김지수 and 이서연 (and the app) see it. */
  restricted: keyOfRole('restricted'),
  /** GROW epic already Done, all children Done. */
  done: keyOfRole('done'),
  /** GROW epic In Progress with no children yet. */
  noChildren: keyOfRole('noChildren'),
} as const;

const DAY_MS = 86_400_000;

/** The site as it is right after a reset at `now`. */
export function buildSeedState(now: Date): DemoJiraState {
  const at = now.getTime();
  const issues = PLAN.issues.map(({ record, ageDays, updatedShare }): IssueRecord => {
    // From 09:00 in Seoul (00:00Z) on the day, spread over the morning so no two issues tie.
    const day = Math.floor((at - ageDays * DAY_MS) / DAY_MS) * DAY_MS;
    const created = Math.min(day + (Number(record.id) % 97) * 173_000, at - DAY_MS);
    const updated = Math.round(created + (at - created) * updatedShare);
    return { ...record, created: new Date(created).toISOString(), updated: new Date(updated).toISOString() };
  });
  return { version: 1, nextIssueId: FIRST_CREATED_ID, counters: { ...PLAN.counters }, issues };
}

/**
 * The demo organisation, as plain data (no I/O): Acme Korea, a B2B SaaS company with Growth,
 * Platform and Customer Success teams, their cycles, aligned OKRs and weekly check-ins.
 * Everything time-related is computed from `now`, so the demo always looks current:
 * this year's annual cycle, the quarter that just ended, the current quarter and the next one.
 * apply-seed.ts writes it through the app's own resolvers.
 */
import type { AddCheckInInput, MeasureInput } from '../../../src/contracts/schemas';
import { DEMO_USERS } from '../demo-users';

export type CycleKey = 'year' | 'previousQuarter' | 'currentQuarter' | 'nextQuarter';
export type TeamKey = 'acme' | 'product' | 'business' | 'growth' | 'platform' | 'cs';

export interface SeedCycle {
  key: CycleKey;
  name: string;
  kind: 'quarter' | 'year';
  startDate: string;
  endDate: string;
  parentKey?: CycleKey;
}

export interface SeedTeam {
  key: TeamKey;
  name: string;
  level: 'company' | 'department' | 'team';
  parentKey?: TeamKey;
  jiraProjectKeys: string[];
  /** Who runs the team and who is on it (src/domain/roles.ts); everyone else views it. */
  members: Array<{ accountId: string; role: 'admin' | 'member' }>;
}

export interface SeedCheckIn {
  /** Whole days before `now` (the seed sets the app's clock to that day, 09:30 in Seoul). */
  daysAgo: number;
  value: number;
  confidence: AddCheckInInput['confidence'];
  comment: string;
}

/** Work linked to a key result: a demo Jira epic, or manually tracked work. */
export type SeedInitiative = { epicKey: string; weight?: number } | { title: string; progress: number; weight?: number };

export interface SeedKeyResult {
  title: string;
  ownerAccountId: string;
  weight?: number;
  measure: MeasureInput;
  /** Linked by the key result's owner, who can see these epics in the demo Jira. */
  initiatives?: SeedInitiative[];
  /** Oldest first. */
  checkIns: SeedCheckIn[];
}

export interface SeedObjective {
  key: string;
  cycleKey: CycleKey;
  teamKey: TeamKey;
  title: string;
  description: string;
  ownerAccountId: string;
  /** An objective of the same cycle or of the annual cycle above it, declared earlier. */
  parentKey?: string;
  commitment: 'committed' | 'aspirational';
  /** Private to its team: seen by its members, its admins and app admins only. Public if left out. */
  visibility?: 'private';
  keyResults: SeedKeyResult[];
}

export interface DemoOrg {
  now: string;
  cycles: SeedCycle[];
  teams: SeedTeam[];
  objectives: SeedObjective[];
}

const DAY = 86_400_000;
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));

function quarter(year: number, index: number): { name: string; startDate: string; endDate: string; year: number } {
  const y = year + Math.floor(index / 4);
  const q = ((index % 4) + 4) % 4;
  return { name: `${y} Q${q + 1}`, startDate: iso(utc(y, q * 3, 1)), endDate: iso(utc(y, q * 3 + 3, 0)), year: y };
}

export function demoCycles(now: Date): SeedCycle[] {
  const year = now.getUTCFullYear();
  const q = Math.floor(now.getUTCMonth() / 3);
  const quarters = { previousQuarter: quarter(year, q - 1), currentQuarter: quarter(year, q), nextQuarter: quarter(year, q + 1) };
  const cycles: SeedCycle[] = [
    { key: 'year', name: String(year), kind: 'year', startDate: `${year}-01-01`, endDate: `${year}-12-31` },
  ];
  for (const [key, quarterCycle] of Object.entries(quarters) as Array<[CycleKey, (typeof quarters)['currentQuarter']]>) {
    const { year: qYear, ...dates } = quarterCycle;
    // A quarter hangs under the annual cycle only when it lies inside it.
    cycles.push({ key, kind: 'quarter', ...dates, ...(qYear === year ? { parentKey: 'year' as const } : {}) });
  }
  return cycles;
}

/** "Q4": how people name the current quarter in page titles. */
/** The quarter after `now`'s, as the demo cycles name it ("2027 Q1"). */
export function nextQuarterLabel(now: Date): string {
  const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) + 1;
  return `${Math.floor(index / 4)} Q${(index % 4) + 1}`;
}

/**
 * Every role is on the demo site: 김지수 administers Jira, so the app (app admin); 이서연 runs
 * Growth (team admin) with Emily Choi as a member; Daniel Park runs Platform with 박민준; James
 * Wilson runs Customer Success. To Growth, 박민준 and James are viewers. Platform's security-review
 * objective is private: 박민준 sees it, James sees only "1 private objective aligned" under Acme's.
 */
export const DEMO_TEAMS: SeedTeam[] = [
  { key: 'acme', name: 'Acme Korea', level: 'company', jiraProjectKeys: [], members: [{ accountId: DEMO_USERS.jisoo.accountId, role: 'admin' }] },
  {
    key: 'product',
    name: '제품개발본부 (Product & Engineering)',
    level: 'department',
    parentKey: 'acme',
    jiraProjectKeys: [],
    members: [{ accountId: DEMO_USERS.daniel.accountId, role: 'admin' }],
  },
  { key: 'business', name: '사업본부 (Business)', level: 'department', parentKey: 'acme', jiraProjectKeys: [], members: [{ accountId: DEMO_USERS.james.accountId, role: 'admin' }] },
  {
    key: 'growth',
    name: 'Growth',
    level: 'team',
    parentKey: 'product',
    jiraProjectKeys: ['GROW'],
    members: [
      { accountId: DEMO_USERS.seoyeon.accountId, role: 'admin' },
      { accountId: DEMO_USERS.emily.accountId, role: 'member' },
    ],
  },
  {
    key: 'platform',
    name: 'Platform',
    level: 'team',
    parentKey: 'product',
    jiraProjectKeys: ['PLAT'],
    members: [
      { accountId: DEMO_USERS.daniel.accountId, role: 'admin' },
      { accountId: DEMO_USERS.minjun.accountId, role: 'member' },
    ],
  },
  { key: 'cs', name: 'Customer Success', level: 'team', parentKey: 'business', jiraProjectKeys: [], members: [{ accountId: DEMO_USERS.james.accountId, role: 'admin' }] },
];

type Reading = [value: number, confidence: SeedCheckIn['confidence'], comment: string];

const { jisoo, daniel, seoyeon, emily, minjun, james } = DEMO_USERS;

const metric = (baseline: number, target: number, unit: string): MeasureInput => ({ kind: 'metric', baseline, target, unit });
const percentage: MeasureInput = { kind: 'percentage' };
const milestone: MeasureInput = { kind: 'milestone' };

/** Readings as they happened, before `schedule` gives them dates. */
interface DraftKeyResult extends Omit<SeedKeyResult, 'checkIns'> {
  readings: Reading[];
}
interface DraftObjective extends Omit<SeedObjective, 'keyResults'> {
  keyResults: DraftKeyResult[];
}

const kr = (
  title: string,
  owner: { accountId: string },
  measure: MeasureInput,
  readings: Reading[],
  weight?: number,
  initiatives?: SeedInitiative[],
): DraftKeyResult => ({
  title,
  ownerAccountId: owner.accountId,
  measure,
  readings,
  ...(weight !== undefined ? { weight } : {}),
  ...(initiatives ? { initiatives } : {}),
});

/** An initiative-driven key result: no readings, its progress comes from the epics. */
const byInitiatives: MeasureInput = { kind: 'initiatives' };
const epic = (epicKey: string, weight?: number): SeedInitiative => ({ epicKey, ...(weight !== undefined ? { weight } : {}) });

const DRAFT_OBJECTIVES: DraftObjective[] = [
  // Company, annual
  {
    key: 'acme-y-market',
    cycleKey: 'year',
    teamKey: 'acme',
    title: '아시아 중견기업이 가장 먼저 찾는 협업 도구가 된다',
    description: '올해의 방향: 한국과 일본의 200~2,000명 규모 기업에서 표준 도구가 되는 것.',
    ownerAccountId: jisoo.accountId,
    commitment: 'aspirational',
    keyResults: [
      kr('유료 고객사를 1,200곳에서 2,000곳으로 늘린다', jisoo, metric(1200, 2000, '곳'), [
        [1290, 'medium', '봄 캠페인 이후'],
        [1420, 'medium', '일본 파트너 채널 첫 성과'],
        [1560, 'medium', '여름 성수기'],
        [1680, 'low', '신규 유입 둔화'],
        [1745, 'low', '연말까지 빠듯함'],
      ]),
      kr('ARR을 120억 원에서 200억 원으로 키운다', daniel, metric(12_000_000_000, 20_000_000_000, '원'), [
        [12_800_000_000, 'high', 'Spring renewals'],
        [14_100_000_000, 'medium', 'Two enterprise deals signed'],
        [15_300_000_000, 'medium', 'Summer close'],
        [16_200_000_000, 'medium', 'Price change landed'],
      ]),
    ],
  },
  {
    key: 'acme-y-trust',
    cycleKey: 'year',
    teamKey: 'acme',
    title: "Earn customers' trust with a product that just works",
    description: 'Reliability and support are why customers stay; this year we make them our reputation.',
    ownerAccountId: daniel.accountId,
    commitment: 'committed',
    keyResults: [
      kr('Raise NPS from 32 to 45', james, metric(32, 45, 'NPS'), [
        [33, 'medium', 'Spring survey'],
        [36, 'medium', 'Summer survey'],
        [38, 'medium', 'Autumn survey'],
      ]),
      kr('Reduce Sev-1 incidents per month from 4 to 1', minjun, metric(4, 1, 'incidents'), [
        [4, 'low', 'Two DB failovers'],
        [3, 'medium', 'Runbooks in place'],
        [2, 'medium', 'Summer was calm'],
        [2, 'medium', 'One deploy-related outage'],
      ]),
    ],
  },
  // Company, current quarter
  {
    key: 'acme-q-onboarding',
    cycleKey: 'currentQuarter',
    teamKey: 'acme',
    parentKey: 'acme-y-market',
    title: '신규 고객이 첫 주에 가치를 경험하게 한다',
    description: '가입 후 7일 안에 팀이 실제 업무를 시작하면 유료 전환과 유지율이 함께 오릅니다.',
    ownerAccountId: jisoo.accountId,
    commitment: 'committed',
    keyResults: [
      kr('가입 7일 내 활성화율을 30%에서 50%로 높인다', seoyeon, metric(30, 50, '%'), [
        [31, 'medium', '활성화 정의 확정'],
        [34, 'medium', '온보딩 개편 효과 시작'],
        [38, 'high', '체크리스트 전체 배포'],
        [41, 'high', '추천 템플릿 효과'],
      ]),
      kr('첫 주 활성 사용자를 3,000명에서 4,500명으로 늘린다', emily, metric(3000, 4500, '명'), [
        [3050, 'medium', '캠페인 준비 중'],
        [3240, 'medium', '웨비나 효과'],
        [3390, 'medium', '추천 프로그램 대기'],
        [3520, 'low', '시즌 영향으로 유입 감소'],
      ]),
    ],
  },
  {
    key: 'acme-q-enterprise',
    cycleKey: 'currentQuarter',
    teamKey: 'acme',
    parentKey: 'acme-y-trust',
    title: 'Make the platform fast and reliable enough for enterprise buyers',
    description: 'Enterprise deals stall on performance and security reviews; remove both objections.',
    ownerAccountId: daniel.accountId,
    commitment: 'committed',
    keyResults: [
      kr('Cut p95 API latency from 480 ms to 250 ms', daniel, metric(480, 250, 'ms'), [
        [470, 'medium', 'Baseline confirmed in the new dashboards'],
        [430, 'medium', 'Query cache for the project list'],
        [390, 'high', 'Hot paths moved to read replicas'],
        [350, 'high', 'Report generation off the request path'],
      ]),
      kr('Raise monthly uptime from 99.5% to 99.9%', minjun, metric(99.5, 99.9, '%'), [
        [99.6, 'medium', 'October'],
        [99.82, 'high', 'No Sev-1 this month'],
        [99.87, 'high', 'Failover drill passed'],
      ]),
      kr('SOC 2 Type II 감사 통과', daniel, milestone, [
        [0, 'medium', '감사인 선정 완료'],
        [0, 'medium', '증적 수집 70%'],
        [0, 'high', '현장 감사 일정 확정'],
      ]),
    ],
  },
  {
    key: 'acme-q-advocates',
    cycleKey: 'currentQuarter',
    teamKey: 'acme',
    parentKey: 'acme-y-trust',
    title: 'Turn customers into advocates',
    description: 'Happy customers refer the next ones; we want every account to recommend us.',
    ownerAccountId: james.accountId,
    commitment: 'aspirational',
    keyResults: [
      kr('Raise NPS from 38 to 45', james, metric(38, 45, 'NPS'), [
        [38, 'medium', 'Survey cadence moved to monthly'],
        [40, 'medium', 'Support response times improving'],
        [41, 'medium', 'Detractors mostly cite SSO'],
      ]),
      kr('순수 매출 유지율(NRR)을 104%에서 112%로 높인다', jisoo, metric(104, 112, '%'), [
        [104, 'medium', '갱신 파이프라인 점검'],
        [106, 'medium', '상위 고객 업셀 2건'],
        [107, 'low', '한 곳 축소 갱신'],
      ]),
    ],
  },
  // Growth, current quarter
  {
    key: 'growth-q-onboarding',
    cycleKey: 'currentQuarter',
    teamKey: 'growth',
    parentKey: 'acme-q-onboarding',
    title: '신규 고객 온보딩 경험을 개선한다',
    description: '첫 프로젝트를 만들기까지의 단계를 줄이고, 막히는 지점을 데이터로 찾아 없앱니다.',
    ownerAccountId: seoyeon.accountId,
    commitment: 'committed',
    keyResults: [
      kr(
        '온보딩 완료율을 45%에서 70%로 높인다',
        seoyeon,
        metric(45, 70, '%'),
        [
          [46, 'medium', '퍼널 이벤트 정비'],
          [49, 'medium', '체크리스트 A/B 테스트 시작'],
          [53, 'high', 'B안 승리, 배포 중'],
          [57, 'high', '전체 배포 완료'],
          [59, 'high', '이메일 넛지 추가'],
        ],
        undefined,
        [epic('GROW-1'), { title: '온보딩 인터뷰 10건', progress: 0.6 }],
      ),
      kr('온보딩·전환 개선 에픽을 끝까지 완료한다', seoyeon, byInitiatives, [], undefined, [
        epic('GROW-1', 2),
        epic('GROW-27'),
        epic('GROW-14'),
      ]),
      kr('가입 후 첫 프로젝트 생성까지 걸리는 시간을 3일에서 1일로 줄인다', emily, metric(3, 1, '일'), [
        [3, 'medium', '측정 시작'],
        [2.6, 'medium', '템플릿 추천 추가'],
        [2.1, 'medium', '빈 상태 화면 개편'],
        [1.8, 'high', '샘플 프로젝트 자동 생성'],
      ]),
      kr('온보딩 체크리스트 개편 출시', seoyeon, milestone, [
        [0, 'high', '디자인 확정'],
        [0, 'high', '개발 완료, QA 중'],
        [1, 'high', '출시 완료 🎉'],
      ]),
    ],
  },
  {
    key: 'growth-q-invites',
    cycleKey: 'currentQuarter',
    teamKey: 'growth',
    parentKey: 'acme-q-onboarding',
    title: 'Make inviting teammates the obvious next step',
    description: 'Teams that invite three colleagues in week one retain twice as well.',
    ownerAccountId: emily.accountId,
    commitment: 'aspirational',
    keyResults: [
      kr('Grow weekly teammate invites from 800 to 1,500', emily, metric(800, 1500, '명'), [
        [820, 'medium', 'Invite modal redesign in review'],
        [910, 'medium', 'New modal live for 50%'],
        [1020, 'medium', 'Slack share link shipped'],
        [1060, 'low', 'Holiday dip'],
      ]),
      kr('Referral programme rollout (share of markets live)', emily, percentage, [
        [0, 'medium', 'Legal review in KR and JP'],
        [30, 'medium', 'Korea live'],
        [55, 'medium', 'Japan in beta'],
      ]),
      kr('Lower paid CAC from 180,000원 to 140,000원', jisoo, metric(180_000, 140_000, '원'), [
        [178_000, 'medium', 'Paused two low-yield channels'],
        [171_000, 'medium', 'Search campaigns rebuilt'],
        [166_000, 'low', 'CPCs up in November'],
      ]),
    ],
  },
  {
    key: 'growth-q-conversion',
    cycleKey: 'currentQuarter',
    teamKey: 'growth',
    parentKey: 'acme-q-onboarding',
    title: '유료 전환 퍼널을 단순하게 만든다',
    description: '체험판에서 결제까지의 마찰을 줄여, 가치를 느낀 팀이 망설임 없이 전환하게 합니다.',
    ownerAccountId: jisoo.accountId,
    commitment: 'committed',
    keyResults: [
      kr(
        '체험판의 유료 전환율을 8%에서 12%로 높인다',
        jisoo,
        metric(8, 12, '%'),
        [
          [8.1, 'medium', '기준선 재확인'],
          [8.9, 'medium', '가격 페이지 단순화'],
          [9.6, 'high', '연간 결제 할인 안내'],
          [10.2, 'high', '체험 종료 알림 개선'],
        ],
        undefined,
        // GROW-21 is visible only to Growth leadership: others see it as a restricted epic.
        [epic('GROW-27'), epic('GROW-21'), epic('GROW-20')],
      ),
      kr('결제 페이지 이탈률을 38%에서 25%로 낮춘다', minjun, metric(38, 25, '%'), [
        [37, 'medium', '결제 단계 3→2'],
        [33, 'medium', '카카오페이 추가'],
        [31, 'medium', '세금계산서 자동 발행'],
      ]),
      kr('월 신규 MRR을 1억 2천만 원에서 1억 6천만 원으로 늘린다', daniel, metric(120_000_000, 160_000_000, '원'), [
        [118_000_000, 'low', '10월 마감'],
        [131_000_000, 'medium', '11월 중간 집계'],
        [138_000_000, 'medium', '엔터프라이즈 1건 추가'],
      ]),
    ],
  },
  // Platform, current quarter
  {
    key: 'platform-q-speed',
    cycleKey: 'currentQuarter',
    teamKey: 'platform',
    parentKey: 'acme-q-enterprise',
    title: 'Make every page feel instant',
    description: 'Enterprise trials judge us in the first minute; slow dashboards lose deals.',
    ownerAccountId: daniel.accountId,
    commitment: 'committed',
    keyResults: [
      kr(
        'Cut p95 API latency from 480 ms to 250 ms',
        daniel,
        metric(480, 250, 'ms'),
        [
          [470, 'medium', 'Baseline confirmed'],
          [430, 'medium', 'Project list cached'],
          [390, 'high', 'Read replicas for hot paths'],
          [350, 'high', 'Reports moved to background jobs'],
          [320, 'high', 'N+1 in activity feed fixed'],
        ],
        undefined,
        [epic('PLAT-3'), epic('PLAT-1')],
      ),
      kr('Cut dashboard load time (p75) from 2,400 ms to 1,200 ms', minjun, metric(2400, 1200, 'ms'), [
        [2350, 'medium', 'Bundle analysis done'],
        [2010, 'medium', 'Code-split the chart library'],
        [1740, 'medium', 'Server-side aggregation for widgets'],
      ]),
      kr('Move report generation to background jobs', daniel, milestone, [
        [0, 'high', 'Queue in staging'],
        [1, 'high', 'Live for all customers'],
      ]),
    ],
  },
  {
    key: 'platform-q-deploys',
    cycleKey: 'currentQuarter',
    teamKey: 'platform',
    parentKey: 'acme-q-enterprise',
    title: '장애 없이 배포할 수 있는 플랫폼을 만든다',
    description: '하루 여러 번 배포해도 고객이 눈치채지 못하도록 배포 파이프라인을 단단하게 만듭니다.',
    ownerAccountId: minjun.accountId,
    commitment: 'committed',
    keyResults: [
      kr('배포 실패율을 12%에서 5%로 낮춘다', minjun, metric(12, 5, '%'), [
        [11, 'medium', '실패 원인 분류'],
        [9, 'medium', '카나리 배포 도입'],
        [7.5, 'high', '자동 롤백 적용'],
        [6.8, 'high', '플레이키 테스트 정리'],
      ]),
      kr('플랫폼 안정화 에픽을 완료한다', minjun, byInitiatives, [], undefined, [
        epic('PLAT-12', 2),
        epic('PLAT-23'),
        epic('PLAT-29'),
      ]),
      kr('평균 복구 시간(MTTR)을 45분에서 15분으로 줄인다', daniel, metric(45, 15, '분'), [
        [41, 'medium', '온콜 런북 정비'],
        [30, 'medium', '원클릭 롤백'],
        [24, 'high', '알림 라우팅 개선'],
      ]),
    ],
  },
  {
    key: 'platform-q-security',
    cycleKey: 'currentQuarter',
    teamKey: 'platform',
    parentKey: 'acme-q-enterprise',
    title: 'Pass the enterprise security review with no open findings',
    description: 'Security questionnaires are the longest step in enterprise sales; make ours a formality.',
    ownerAccountId: daniel.accountId,
    commitment: 'aspirational',
    // Open findings are not for the whole company to read: private to Platform (issue 10, point 3).
    visibility: 'private',
    keyResults: [
      kr('SOC 2 Type II evidence collected', daniel, percentage, [
        [20, 'medium', 'Controls mapped'],
        [45, 'medium', 'Access reviews automated'],
        [70, 'high', 'Vendor reviews done'],
      ]),
      kr('Close pen-test findings from 14 to 0', minjun, metric(14, 0, 'findings'), [
        [14, 'medium', 'Report received'],
        [9, 'medium', 'All highs fixed'],
        [5, 'medium', 'Mediums in progress'],
        [4, 'low', 'One needs an architecture change'],
      ]),
      kr('SSO (SAML) generally available', daniel, milestone, [
        [0, 'medium', 'Okta and Entra ID in beta'],
        [0, 'low', 'Google Workspace blocked on metadata bug'],
      ]),
    ],
  },
  // Customer Success, current quarter
  {
    key: 'cs-q-advocates',
    cycleKey: 'currentQuarter',
    teamKey: 'cs',
    parentKey: 'acme-q-advocates',
    title: '고객이 먼저 추천하는 서비스 경험을 만든다',
    description: '문의에 빠르게 답하고, 문제가 생기기 전에 먼저 연락합니다.',
    ownerAccountId: james.accountId,
    commitment: 'committed',
    keyResults: [
      kr('NPS를 38에서 45로 높인다', james, metric(38, 45, 'NPS'), [
        [38, 'medium', '월간 설문으로 전환'],
        [40, 'medium', '응답 시간 개선 효과'],
        [41, 'medium', '비추천 사유 1위: SSO'],
      ]),
      kr('첫 응답 시간을 4시간에서 1시간으로 줄인다', seoyeon, metric(4, 1, '시간'), [
        [3.8, 'medium', '당번제 도입'],
        [2.9, 'medium', '매크로 답변 정비'],
        [2.2, 'high', '한국어/영어 큐 분리'],
        [1.7, 'high', '챗봇 1차 분류'],
      ]),
      kr('고객 건강 점수 대시보드 오픈', james, milestone, [
        [0, 'medium', '지표 정의 합의'],
        [0, 'high', '베타 공개'],
      ]),
    ],
  },
  {
    key: 'cs-q-accounts',
    cycleKey: 'currentQuarter',
    teamKey: 'cs',
    parentKey: 'acme-q-advocates',
    title: 'Keep and grow our biggest accounts',
    description: 'Our top 30 accounts are 45% of revenue; each deserves a plan.',
    ownerAccountId: james.accountId,
    commitment: 'aspirational',
    keyResults: [
      kr('Raise net revenue retention from 104% to 112%', james, metric(104, 112, '%'), [
        [104, 'medium', 'Renewal pipeline reviewed'],
        [106, 'medium', 'Two upsells closed'],
        [107, 'low', 'One downgrade at renewal'],
      ]),
      kr('Hold business reviews with the top 30 accounts', emily, metric(0, 30, 'accounts'), [
        [4, 'high', 'Templates ready'],
        [11, 'high', 'Seoul accounts done'],
        [17, 'medium', 'Tokyo trip booked'],
      ]),
    ],
  },
  // The quarter that just ended: scored history.
  {
    key: 'growth-pq-activation',
    cycleKey: 'previousQuarter',
    teamKey: 'growth',
    title: 'Find the moment new teams get hooked',
    description: 'Before we optimise onboarding we need to know which first actions predict retention.',
    ownerAccountId: seoyeon.accountId,
    commitment: 'committed',
    keyResults: [
      kr('Instrument the signup-to-first-project funnel (events live)', minjun, percentage, [
        [30, 'medium', 'Event schema agreed'],
        [70, 'high', 'Web events live'],
        [100, 'high', 'Mobile events live'],
      ]),
      kr('활성 사용자 인터뷰를 0건에서 25건으로 늘린다', seoyeon, metric(0, 25, '건'), [
        [6, 'medium', '모집 시작'],
        [14, 'medium', '일본 고객 포함'],
        [22, 'medium', '마지막 주 일정 확정'],
        [24, 'medium', '분기 마감'],
      ]),
      kr('Publish the activation definition', jisoo, milestone, [
        [0, 'medium', 'Draft reviewed'],
        [1, 'high', 'Published on Confluence'],
      ]),
    ],
  },
  {
    key: 'platform-pq-observability',
    cycleKey: 'previousQuarter',
    teamKey: 'platform',
    title: '장애를 고객보다 먼저 안다',
    description: '모든 핵심 서비스에 SLO와 알림을 붙입니다.',
    ownerAccountId: minjun.accountId,
    commitment: 'committed',
    keyResults: [
      kr('SLO가 정의된 핵심 서비스를 2개에서 12개로 늘린다', minjun, metric(2, 12, '개'), [
        [4, 'medium', '대시보드 템플릿 완성'],
        [8, 'high', '결제/인증 완료'],
        [11, 'high', '분기 마감'],
      ]),
      kr('Cut mean time to detect from 25 min to 5 min', daniel, metric(25, 5, 'min'), [
        [21, 'medium', 'Synthetic checks added'],
        [12, 'medium', 'Alert routing fixed'],
        [7, 'high', 'Quarter close'],
      ]),
    ],
  },
  // The next quarter: drafted, not started (no check-ins).
  {
    key: 'growth-nq-global',
    cycleKey: 'nextQuarter',
    teamKey: 'growth',
    title: '글로벌 시장 진출 기반을 마련한다',
    description: '영어권 셀프서브 가입을 열기 전에 현지화와 결제를 준비합니다.',
    ownerAccountId: emily.accountId,
    commitment: 'aspirational',
    keyResults: [
      kr('영어권 체험 가입을 월 0건에서 400건으로 늘린다', emily, metric(0, 400, '명'), []),
      kr('Launch USD billing', daniel, milestone, []),
    ],
  },
];

/**
 * Dates for readings, oldest first, ending two days before `now` or three days before the cycle
 * ends: weekly in the current quarter, fortnightly in an ended one, spread over the elapsed year in
 * the annual cycle.
 * Readings that would fall before the cycle started are dropped (early in a quarter).
 */
function schedule(readings: Reading[], cycle: SeedCycle, now: Date): SeedCheckIn[] {
  const nowDay = Math.floor(now.getTime() / DAY);
  const startDay = Date.parse(cycle.startDate) / DAY;
  const endDay = Date.parse(cycle.endDate) / DAY;
  const lastDay = Math.min(nowDay - 2, endDay - 3);
  const spacing =
    cycle.kind === 'year' ? Math.max(7, Math.floor((lastDay - startDay) / Math.max(readings.length, 1))) : endDay < nowDay ? 14 : 7;
  return readings
    .map(([value, confidence, comment], i) => ({
      daysAgo: nowDay - (lastDay - spacing * (readings.length - 1 - i)),
      value,
      confidence,
      comment,
    }))
    .filter((c) => nowDay - c.daysAgo > startDay);
}

export function demoOrg(now: Date): DemoOrg {
  const cycles = demoCycles(now);
  const cycleOf = (key: CycleKey): SeedCycle => cycles.find((c) => c.key === key)!;
  return {
    now: now.toISOString(),
    cycles,
    teams: DEMO_TEAMS,
    objectives: DRAFT_OBJECTIVES.map(({ keyResults, ...objective }) => ({
      ...objective,
      keyResults: keyResults.map(({ readings, ...keyResult }) => ({
        ...keyResult,
        checkIns: schedule(readings, cycleOf(objective.cycleKey), now),
      })),
    })),
  };
}

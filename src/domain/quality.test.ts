import { focusWarnings, keyResultQualityIssues, objectiveQualityIssues } from './quality';
import type { KeyResultMeasure, QualityIssue } from './types';

const codes = (issues: QualityIssue[]) => issues.map((i) => i.code);
const metric: KeyResultMeasure = { kind: 'metric', baseline: 20, target: 30, current: 20, unit: '', direction: 'increase' };
const percent: KeyResultMeasure = { kind: 'percentage', current: 0 };
const milestone: KeyResultMeasure = { kind: 'milestone', done: false };

describe('objectiveQualityIssues', () => {
  it.each([
    // The seed's good objectives (001), in English and in the seed's Korean.
    'Improve the sales pipeline',
    'Build a new demand generation channel',
    'Implement marketing technology infrastructure',
    'Lead the marketing department through COVID',
    'Increase website traffic',
    'Improve funnel conversion rate',
    '판매 파이프라인 개선',
    '새로운 수요 창출 채널 구축',
    '마케팅 기술 인프라 구현',
    'COVID를 통해 마케팅 부서를 리드',
    '웹사이트 트래픽 증가',
    '유입경로 전환율 개선',
    // Periods, ranks and names with digits are not counts.
    'Grow revenue in Q4 2026',
    '2026년 매출 성장',
    '3분기 고객 만족도 향상',
    'Become the #1 OKR app for B2B teams',
    '업계 1위 달성',
    'Roll out 5G coverage everywhere customers need it',
    'Delight our customers',
    '고객이 사랑하는 제품',
    'Faster releases',
    '더 나은 온보딩',
    // Long titles are sentences: not judged for direction.
    'A world-class onboarding experience for every customer',
  ])('has no issue: %s', (title) => {
    expect(objectiveQualityIssues(title)).toEqual([]);
  });

  it('flags a number: probably a key result', () => {
    expect(objectiveQualityIssues('Generate 53 MQLs')).toEqual([{ code: 'objective-has-number', params: { number: '53' } }]);
    expect(objectiveQualityIssues('53개의 MQL 생성')).toEqual([{ code: 'objective-has-number', params: { number: '53' } }]);
    expect(objectiveQualityIssues('Grow ARR to $1.2M')).toEqual([{ code: 'objective-has-number', params: { number: '1.2M' } }]);
    expect(objectiveQualityIssues('매출 20% 성장')).toEqual([{ code: 'objective-has-number', params: { number: '20%' } }]);
    expect(objectiveQualityIssues('Reach 2000 customers')).toEqual([{ code: 'objective-has-number', params: { number: '2000' } }]);
  });

  it('flags a short noun phrase with no direction', () => {
    expect(objectiveQualityIssues('Market research')).toEqual([{ code: 'objective-no-direction', params: {} }]);
    expect(objectiveQualityIssues('시장 조사')).toEqual([{ code: 'objective-no-direction', params: {} }]);
    expect(codes(objectiveQualityIssues('Customer happiness'))).toEqual(['objective-no-direction']);
    expect(codes(objectiveQualityIssues('브랜드 인지도'))).toEqual(['objective-no-direction']);
    expect(codes(objectiveQualityIssues('유입경로 전환율'))).toEqual(['objective-no-direction']);
    expect(codes(objectiveQualityIssues('리더 교육'))).toEqual(['objective-no-direction']);
    // A verb makes it a direction, in either language.
    expect(objectiveQualityIssues('Research the market to grow')).toEqual([]);
    expect(objectiveQualityIssues('시장 조사하기')).toEqual([]);
  });

  it('can raise both at once', () => {
    expect(codes(objectiveQualityIssues('Q3 53 MQLs'))).toEqual(['objective-has-number', 'objective-no-direction']);
  });

  it('reads decomposed Hangul and ignores empty titles', () => {
    expect(codes(objectiveQualityIssues('시장 조사'.normalize('NFD')))).toEqual(['objective-no-direction']);
    expect(objectiveQualityIssues('판매 파이프라인 개선'.normalize('NFD'))).toEqual([]);
    expect(objectiveQualityIssues('   ')).toEqual([]);
  });
});

describe('keyResultQualityIssues', () => {
  it('accepts the good "from X to Y" key result in both languages', () => {
    expect(keyResultQualityIssues('Increase MQLs attributed to inbound from 20 to 30', metric)).toEqual([]);
    expect(keyResultQualityIssues('인바운드 마케팅에 기인하는 MQL을 20에서 30으로 증가', metric)).toEqual([]);
    expect(keyResultQualityIssues('Increase MQLs attributed to inbound from 20 to 30', percent)).toEqual([]);
    expect(keyResultQualityIssues('Raise NPS from 30% to 45%', percent)).toEqual([]);
    expect(keyResultQualityIssues('NPS를 30%에서 45%로 높인다', percent)).toEqual([]);
    expect(keyResultQualityIssues('Get executive approval on 3 OKRs', milestone)).toEqual([]);
  });

  it('flags a key result with no number in the title nor a metric', () => {
    expect(keyResultQualityIssues('Improve brand awareness', percent)).toEqual([{ code: 'kr-not-measurable', params: {} }]);
    expect(keyResultQualityIssues('브랜드 인지도 향상', milestone)).toEqual([{ code: 'kr-not-measurable', params: {} }]);
    expect(keyResultQualityIssues('Improve brand awareness in Q4', percent)).toEqual([{ code: 'kr-not-measurable', params: {} }]);
    // A metric carries its numbers.
    expect(keyResultQualityIssues('Improve brand awareness', metric)).toEqual([]);
    // Number words count.
    expect(keyResultQualityIssues('Double the trial signups', percent)).toEqual([]);
    expect(keyResultQualityIssues('이탈률 절반으로 줄이기', percent)).toEqual([]);
    expect(keyResultQualityIssues('파트너사 세 곳 확보', milestone)).toEqual([]);
  });

  it('flags a percentage with no baseline', () => {
    expect(keyResultQualityIssues('Improve SEO by 50%', percent)).toEqual([
      { code: 'kr-percentage-without-baseline', params: { percentage: '50%' } },
    ]);
    expect(keyResultQualityIssues('SEO 성능 50% 향상', percent)).toEqual([
      { code: 'kr-percentage-without-baseline', params: { percentage: '50%' } },
    ]);
    expect(codes(keyResultQualityIssues('Grow activation 20 percent', milestone))).toEqual(['kr-percentage-without-baseline']);
    expect(codes(keyResultQualityIssues('전환율 5퍼센트 향상', milestone))).toEqual(['kr-percentage-without-baseline']);
    expect(codes(keyResultQualityIssues('전환율 5프로 향상', milestone))).toEqual(['kr-percentage-without-baseline']);
    // The seed's "respond to 90% of leads within a day": a percentage, no baseline.
    expect(codes(keyResultQualityIssues('Respond to 90% of lead inquiries within a day', percent))).toEqual([
      'kr-percentage-without-baseline',
    ]);
    // A stated baseline, or a metric, is enough.
    expect(keyResultQualityIssues('Improve SEO traffic by 50% (currently 12,000 visits)', percent)).toEqual([]);
    expect(keyResultQualityIssues('현재 12% 인 전환율을 18%로 향상', percent)).toEqual([]);
    expect(keyResultQualityIssues('전환율 12% → 18%', percent)).toEqual([]);
    expect(keyResultQualityIssues('Improve SEO by 50%', metric)).toEqual([]);
    // "프로" inside a word is not percent.
    expect(codes(keyResultQualityIssues('프로세스 3개 개선', milestone))).toEqual([]);
  });

  it('flags an activity and names the word found', () => {
    expect(keyResultQualityIssues('Launch the new website', milestone)).toEqual([
      { code: 'kr-not-measurable', params: {} },
      { code: 'kr-is-activity', params: { word: 'launch' } },
    ]);
    expect(keyResultQualityIssues('새 웹사이트 출시', milestone)).toEqual([
      { code: 'kr-not-measurable', params: {} },
      { code: 'kr-is-activity', params: { word: '출시' } },
    ]);
    expect(keyResultQualityIssues('Send 3 email newsletters', milestone)).toEqual([
      { code: 'kr-is-activity', params: { word: 'send' } },
    ]);
    expect(keyResultQualityIssues('이메일 뉴스레터 3개 발송', milestone)).toEqual([
      { code: 'kr-is-activity', params: { word: '발송' } },
    ]);
    expect(keyResultQualityIssues('KR2: Write 10 blog posts', percent)).toEqual([
      { code: 'kr-is-activity', params: { word: 'write' } },
    ]);
    expect(codes(keyResultQualityIssues('Hold 2 customer workshops', percent))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('Created 4 onboarding videos', percent))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('Publish the pricing page', metric))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('블로그 글 10편 작성', percent))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('고객 세미나 2회 개최', percent))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('파일럿 캠페인 2건 진행', percent))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('새 웹사이트 시작', metric))).toEqual(['kr-is-activity']);
    expect(codes(keyResultQualityIssues('웹사이트 출시 완료', metric))).toEqual(['kr-is-activity']);
  });

  it('does not flag an outcome that mentions an activity', () => {
    expect(keyResultQualityIssues('출시된 웹사이트의 전환율을 2%에서 4%로 증가', percent)).toEqual([]);
    expect(keyResultQualityIssues('Increase signups on the launched site from 10 to 20 a day', percent)).toEqual([]);
    expect(keyResultQualityIssues('온보딩 완료율을 50%에서 80%로 향상', percent)).toEqual([]);
  });
});

describe('focusWarnings', () => {
  it('warns above 5 objectives and 5 key results per objective, never at 5', () => {
    expect(focusWarnings({ objectiveCount: 5, keyResultCounts: { a: 5, b: 3 } })).toEqual([]);
    expect(focusWarnings({ objectiveCount: 6, keyResultCounts: { a: 6, b: 5, c: 9 } })).toEqual([
      { code: 'too-many-objectives', params: { count: 6, max: 5 } },
      { code: 'too-many-key-results', params: { objectiveId: 'a', count: 6, max: 5 } },
      { code: 'too-many-key-results', params: { objectiveId: 'c', count: 9, max: 5 } },
    ]);
    expect(focusWarnings({ objectiveCount: 0, keyResultCounts: {} })).toEqual([]);
  });
});

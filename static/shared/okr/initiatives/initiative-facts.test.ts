import { describe, expect, it } from '@jest/globals';
import type { EpicView, InitiativeView } from '@contracts/views';
import { createFormatters } from '../../i18n/format';
import { createTranslator } from '../../i18n/translate';
import type { I18n } from '../../i18n';
import {
  drivesProgress,
  epicKeyOf,
  initiativeName,
  initiativeShares,
  initiativesInOrder,
  isRestricted,
  workCount,
  workTone,
} from './initiative-facts';

const i18n = (language: 'en' | 'ko'): I18n => {
  const locale = language === 'ko' ? 'ko-KR' : 'en-US';
  return { t: createTranslator(language), format: createFormatters(locale), language, locale };
};
const en = i18n('en');
const ko = i18n('ko');

const live: EpicView = {
  state: 'live',
  key: 'OKR-7',
  summary: 'Onboarding revamp',
  statusName: 'In Progress',
  statusCategory: 'indeterminate',
  progress: 0.5,
  done: 5,
  total: 10,
  measuredBy: 'count',
  asOf: '2026-05-01T00:00:00.000Z',
};

let n = 0;
const initiative = (changes: Partial<InitiativeView> = {}): InitiativeView => ({
  id: `i-${++n}`,
  keyResultId: 'kr-1',
  title: '',
  weight: 1,
  order: 0,
  version: 1,
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  progress: 0,
  link: { kind: 'manual', progress: 0 },
  ...changes,
});
const epicInitiative = (epic: EpicView, changes: Partial<InitiativeView> = {}) => initiative({ link: { kind: 'epic', epic }, ...changes });

describe('what a restricted epic reveals', () => {
  const restricted = epicInitiative({ state: 'restricted', progress: 0.3 }, { title: 'Secret launch' });

  it('hides the key and the user’s own title, naming it only "Restricted epic"', () => {
    expect(isRestricted(restricted)).toBe(true);
    expect(epicKeyOf(restricted)).toBeUndefined();
    expect(initiativeName(en, restricted)).toBe('Restricted epic');
    expect(initiativeName(ko, restricted)).toBe('제한된 에픽');
  });

  it('shows the key of a live or unavailable epic, and none for manual work', () => {
    expect(epicKeyOf(epicInitiative(live))).toBe('OKR-7');
    expect(epicKeyOf(epicInitiative({ state: 'unavailable', key: 'OKR-9', progress: null }))).toBe('OKR-9');
    expect(epicKeyOf(initiative())).toBeUndefined();
    expect(isRestricted(epicInitiative(live))).toBe(false);
    expect(isRestricted(initiative())).toBe(false);
  });
});

describe('initiativeName', () => {
  it('prefers the user’s title, then the live summary, then the key', () => {
    expect(initiativeName(en, epicInitiative(live, { title: 'My label' }))).toBe('My label');
    expect(initiativeName(en, epicInitiative(live))).toBe('Onboarding revamp');
    expect(initiativeName(en, epicInitiative({ ...live, summary: '' }))).toBe('OKR-7');
    expect(initiativeName(en, epicInitiative({ state: 'unavailable', key: 'OKR-9', progress: null }))).toBe('OKR-9');
    expect(initiativeName(en, initiative({ title: 'Hire two designers' }))).toBe('Hire two designers');
  });
});

describe('initiativeShares', () => {
  it('gives each initiative its weight over the total', () => {
    const [a, b, c] = [initiative({ weight: 1 }), initiative({ weight: 3 }), initiative({ weight: 0 })];
    const shares = initiativeShares([a!, b!, c!]);
    expect(shares.get(a!.id)).toBeCloseTo(0.25);
    expect(shares.get(b!.id)).toBeCloseTo(0.75);
    expect(shares.get(c!.id)).toBe(0);
  });

  it('shares equally when every weight is 0, and the shares add up to 1', () => {
    const all = [initiative({ weight: 0 }), initiative({ weight: 0 }), initiative({ weight: 0 })];
    const shares = [...initiativeShares(all).values()];
    for (const share of shares) expect(share).toBeCloseTo(1 / 3);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1);
  });

  it('counts a negative or non-finite weight as 0, as scoring does', () => {
    const [good, negative, infinite] = [initiative({ weight: 2 }), initiative({ weight: -5 }), initiative({ weight: Number.POSITIVE_INFINITY })];
    const shares = initiativeShares([good!, negative!, infinite!]);
    expect(shares.get(good!.id)).toBe(1);
    expect(shares.get(negative!.id)).toBe(0);
    expect(shares.get(infinite!.id)).toBe(0);
  });

  it('is empty for no initiatives', () => {
    expect(initiativeShares([]).size).toBe(0);
  });
});

describe('workCount', () => {
  it('counts issues or points, with the locale’s digits', () => {
    expect(workCount(en, 5, 8, 'count')).toBe('5 / 8 issues');
    expect(workCount(en, 1200, 3400, 'points')).toBe('1,200 / 3,400 points');
    expect(workCount(ko, 5, 8, 'count')).toBe('이슈 5 / 8');
  });

  it('says why a closed epic’s bar is full while its children are not all done', () => {
    expect(workCount(en, 5, 8, 'count', { statusCategory: 'done' })).toBe('5 / 8 issues done, epic closed');
    expect(workCount(en, 8, 8, 'count', { statusCategory: 'done' })).toBe('8 / 8 issues');
  });

  it('names an epic with no children, closed or not', () => {
    expect(workCount(en, 0, 0, 'count')).toBe('No child issues yet');
    expect(workCount(en, 0, 0, 'points', { statusCategory: 'done' })).toBe('No child issues, epic closed');
  });

  it('notes when points were wanted but the project has no estimates', () => {
    expect(workCount(en, 2, 4, 'count', { estimatesMissing: true })).toBe('2 / 4 issues (no estimates in this project, so issues are counted)');
  });
});

describe('workTone, drivesProgress and order', () => {
  it('is green only once finished or closed', () => {
    expect(workTone(0.99)).toBe('work');
    expect(workTone(null)).toBe('work');
    expect(workTone(1)).toBe('done');
    expect(workTone(0.2, 'done')).toBe('done');
  });

  it('knows only initiative-driven key results are driven by their initiatives', () => {
    expect(drivesProgress({ measure: { kind: 'initiatives' } })).toBe(true);
    expect(drivesProgress({ measure: { kind: 'percentage', current: 10 } })).toBe(false);
  });

  it('keeps the backend’s order without touching its input', () => {
    const input = [initiative({ order: 2, title: 'c' }), initiative({ order: 0, title: 'a' }), initiative({ order: 1, title: 'b' })];
    expect(initiativesInOrder(input).map((i) => i.title)).toEqual(['a', 'b', 'c']);
    expect(input.map((i) => i.title)).toEqual(['c', 'a', 'b']);
  });
});

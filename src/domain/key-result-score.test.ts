import { keyResultScore } from './key-result-score';
import { initiativeShare } from './epic-progress';
import { clamp01, weightedMean } from './scoring';
import type { Initiative, KeyResultMeasure } from './types';

const manual = (id: string, progress: number, weight = 1): Initiative =>
  ({ id, title: id, weight, order: 0, version: 1, link: { kind: 'manual', progress } }) as Initiative;
const epic = (id: string, weight = 1, lastKnown?: number): Initiative =>
  ({
    id,
    title: '',
    weight,
    order: 0,
    version: 1,
    link: { kind: 'epic', epicKey: `GROW-${id}`, ...(lastKnown === undefined ? {} : { lastKnown: { progress: lastKnown, done: 1, total: 2, measuredBy: 'count', statusCategory: 'indeterminate', at: '2026-11-01T00:00:00Z' } }) },
  }) as Initiative;

describe('keyResultScore: one rule for every kind', () => {
  it('scores a metric, a percentage and a milestone by their measure', () => {
    expect(keyResultScore({ measure: { kind: 'metric', baseline: 30, target: 50, current: 40 } as KeyResultMeasure })).toBeCloseTo(0.5);
    expect(keyResultScore({ measure: { kind: 'percentage', current: 70 } as KeyResultMeasure })).toBeCloseTo(0.7);
    expect(keyResultScore({ measure: { kind: 'milestone', done: true } as KeyResultMeasure })).toBe(1);
  });

  it('scores an initiative-driven key result by its initiatives, not 0', () => {
    const kr = { measure: { kind: 'initiatives' } as KeyResultMeasure, initiatives: [manual('a', 0.6, 3), manual('b', 0.2, 1)] };
    expect(keyResultScore(kr)).toBeCloseTo(0.5);
  });

  it("uses the caller's progress of each initiative (live from Jira), else the stored one", () => {
    const kr = { measure: { kind: 'initiatives' } as KeyResultMeasure, initiatives: [epic('1', 1, 0.25), epic('2', 1)] };
    // Stored: the first epic's last known progress; the second was never read and counts as 0.
    expect(keyResultScore(kr)).toBeCloseTo(0.125);
    expect(keyResultScore(kr, (i) => (i.id === '1' ? 1 : 0.5))).toBeCloseTo(0.75);
  });

  it('scores an initiative-driven key result with no initiatives 0', () => {
    expect(keyResultScore({ measure: { kind: 'initiatives' } as KeyResultMeasure })).toBe(0);
  });
});

describe('weightedMean, initiativeShare and clamp01', () => {
  it('weighs by effective weights, falls back to the plain mean when all are 0, and is null for nothing', () => {
    expect(weightedMean([{ weight: 3, value: 1 }, { weight: 1, value: 0 }])).toBeCloseTo(0.75);
    expect(weightedMean([{ weight: 0, value: 1 }, { weight: -2, value: 0 }])).toBeCloseTo(0.5);
    expect(weightedMean([{ weight: Number.NaN, value: 1 }, { weight: 1, value: 0.5 }])).toBeCloseTo(0.5);
    expect(weightedMean([])).toBeNull();
  });

  it('gives each initiative the share the weighted mean gives it', () => {
    const all = [{ weight: 3 }, { weight: 1 }];
    expect(initiativeShare(all[0]!, all)).toBeCloseTo(0.75);
    expect(initiativeShare({ weight: 0 }, [{ weight: 0 }, { weight: 0 }])).toBe(0.5);
  });

  it('keeps numbers in 0..1 and makes anything non-finite 0', () => {
    expect([clamp01(-1), clamp01(0.4), clamp01(7), clamp01(Number.NaN), clamp01(Infinity)]).toEqual([0, 0.4, 1, 0, 0]);
  });
});

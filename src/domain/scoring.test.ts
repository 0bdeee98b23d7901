import { effectiveWeight, impliedDirection, keyResultProgress, objectiveScore, roundScore, scoreBand } from './scoring';
import type { KeyResultMeasure } from './types';

const metric = (
  baseline: number,
  target: number,
  current: number,
  direction: 'increase' | 'decrease' = target >= baseline ? 'increase' : 'decrease',
): KeyResultMeasure => ({ kind: 'metric', baseline, target, current, unit: '', direction });
const percentage = (current: number): KeyResultMeasure => ({ kind: 'percentage', current });
const milestone = (done: boolean): KeyResultMeasure => ({ kind: 'milestone', done });

describe('keyResultProgress: metric', () => {
  it('is the share of the way from baseline to target', () => {
    expect(keyResultProgress(metric(20, 30, 25))).toBe(0.5);
    expect(keyResultProgress(metric(0, 200, 50))).toBe(0.25);
    expect(keyResultProgress(metric(20, 30, 20))).toBe(0);
    expect(keyResultProgress(metric(20, 30, 30))).toBe(1);
  });

  it('works for decreasing targets', () => {
    expect(keyResultProgress(metric(30, 10, 20))).toBe(0.5);
    expect(keyResultProgress(metric(30, 10, 25))).toBe(0.25);
    expect(keyResultProgress(metric(30, 10, 10))).toBe(1);
  });

  it('clamps values past the target to 1 and below the baseline to 0', () => {
    expect(keyResultProgress(metric(20, 30, 45))).toBe(1);
    expect(keyResultProgress(metric(20, 30, 5))).toBe(0);
    expect(keyResultProgress(metric(30, 10, 2))).toBe(1);
    expect(keyResultProgress(metric(30, 10, 40))).toBe(0);
    expect(keyResultProgress(metric(-10, 10, -30))).toBe(0);
  });

  it('scores "hold at X" (target === baseline) by direction', () => {
    expect(keyResultProgress(metric(99.5, 99.5, 99.5, 'increase'))).toBe(1);
    expect(keyResultProgress(metric(99.5, 99.5, 99.9, 'increase'))).toBe(1);
    expect(keyResultProgress(metric(99.5, 99.5, 99.4, 'increase'))).toBe(0);
    expect(keyResultProgress(metric(4, 4, 4, 'decrease'))).toBe(1);
    expect(keyResultProgress(metric(4, 4, 3, 'decrease'))).toBe(1);
    expect(keyResultProgress(metric(4, 4, 5, 'decrease'))).toBe(0);
  });

  it('gives 0 for non-finite numbers', () => {
    expect(keyResultProgress(metric(0, 10, Number.NaN))).toBe(0);
    expect(keyResultProgress(metric(0, 10, Number.POSITIVE_INFINITY))).toBe(0);
    expect(keyResultProgress(metric(Number.NaN, 10, 5))).toBe(0);
    expect(keyResultProgress(metric(0, Number.NEGATIVE_INFINITY, 5))).toBe(0);
    expect(keyResultProgress(metric(5, 5, Number.NaN, 'decrease'))).toBe(0);
  });
});

describe('keyResultProgress: percentage and milestone', () => {
  it('maps percent complete to 0..1 and clamps', () => {
    expect(keyResultProgress(percentage(0))).toBe(0);
    expect(keyResultProgress(percentage(35))).toBe(0.35);
    expect(keyResultProgress(percentage(100))).toBe(1);
    expect(keyResultProgress(percentage(130))).toBe(1);
    expect(keyResultProgress(percentage(-5))).toBe(0);
    expect(keyResultProgress(percentage(Number.NaN))).toBe(0);
  });

  it('scores a milestone 1 when done, else 0', () => {
    expect(keyResultProgress(milestone(true))).toBe(1);
    expect(keyResultProgress(milestone(false))).toBe(0);
  });
});

describe('impliedDirection and effectiveWeight', () => {
  it('takes the direction from baseline and target, the stated one only when equal', () => {
    expect(impliedDirection(1, 2, 'decrease')).toBe('increase');
    expect(impliedDirection(2, 1, 'increase')).toBe('decrease');
    expect(impliedDirection(2, 2, 'decrease')).toBe('decrease');
    expect(impliedDirection(2, 2)).toBe('increase');
  });

  it('counts negative and non-finite weights as 0', () => {
    expect(effectiveWeight(3)).toBe(3);
    expect(effectiveWeight(-1)).toBe(0);
    expect(effectiveWeight(Number.NaN)).toBe(0);
    expect(effectiveWeight(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('objectiveScore', () => {
  it('is null when there are no key results', () => {
    expect(objectiveScore([])).toBeNull();
  });

  it('is the mean with equal weights', () => {
    expect(objectiveScore([{ weight: 1, measure: percentage(20) }, { weight: 1, measure: percentage(80) }])).toBe(0.5);
  });

  it('is the weighted mean', () => {
    // (3 x 1.0 + 1 x 0.2) / 4 = 0.8
    expect(
      objectiveScore([
        { weight: 3, measure: milestone(true) },
        { weight: 1, measure: percentage(20) },
      ]),
    ).toBeCloseTo(0.8, 10);
  });

  it('leaves out a zero-weight key result when others carry weight', () => {
    expect(
      objectiveScore([
        { weight: 0, measure: milestone(true) },
        { weight: 2, measure: percentage(40) },
      ]),
    ).toBe(0.4);
  });

  it('is the plain mean when every weight is 0', () => {
    expect(
      objectiveScore([
        { weight: 0, measure: milestone(true) },
        { weight: 0, measure: percentage(40) },
      ]),
    ).toBe(0.7);
  });

  it('treats a negative weight as 0', () => {
    expect(
      objectiveScore([
        { weight: -5, measure: milestone(true) },
        { weight: 1, measure: percentage(30) },
      ]),
    ).toBe(0.3);
    // All negative: they sum to 0 after the rule, so the plain mean.
    expect(
      objectiveScore([
        { weight: -1, measure: milestone(true) },
        { weight: -1, measure: milestone(false) },
      ]),
    ).toBe(0.5);
  });

  it('uses clamped KR progress', () => {
    expect(objectiveScore([{ weight: 1, measure: metric(0, 10, 50) }, { weight: 1, measure: metric(0, 10, -50) }])).toBe(0.5);
  });
});

describe('roundScore', () => {
  it('rounds to 2 decimals, half up', () => {
    expect(roundScore(0.7)).toBe(0.7);
    expect(roundScore(2 / 3)).toBe(0.67);
    expect(roundScore(0.675)).toBe(0.68);
    expect(roundScore(0.125)).toBe(0.13);
    expect(roundScore(0.694999)).toBe(0.69);
    expect(roundScore(1)).toBe(1);
    expect(roundScore(0)).toBe(0);
    expect(roundScore(1e-7)).toBe(0);
  });

  it('keeps null and turns non-finite into 0', () => {
    expect(roundScore(null)).toBeNull();
    expect(roundScore(Number.NaN)).toBe(0);
  });
});

describe('scoreBand', () => {
  it('bands red < 0.4 <= yellow < 0.7 <= green on the exact score', () => {
    expect(scoreBand(null)).toBe('none');
    expect(scoreBand(Number.NaN)).toBe('none');
    expect(scoreBand(0)).toBe('red');
    expect(scoreBand(0.3)).toBe('red');
    expect(scoreBand(0.3999)).toBe('red');
    expect(scoreBand(0.4)).toBe('yellow');
    expect(scoreBand(0.6)).toBe('yellow');
    expect(scoreBand(0.6999)).toBe('yellow');
    expect(scoreBand(0.7)).toBe('green');
    expect(scoreBand(1)).toBe('green');
  });
});

/**
 * OKR scoring (OKR-METHOD.md "Scoring and status"): a key result scores 0.0 to 1.0, an objective
 * is the weighted mean of its key results, and a score falls in a traffic-light band.
 * Scores are exact here; round only for display (`roundScore`).
 */
import type { KeyResultMeasure, MetricDirection, ScoreBand } from './types';

/** Into 0..1; anything non-finite is 0 (a broken number never looks like progress). */
export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/**
 * Progress of a key result, 0 to 1.
 * - metric: (current - baseline) / (target - baseline), clamped. The sign of target - baseline
 *   gives the direction, so decreasing targets work (baseline 30, target 10, current 20 -> 0.5);
 *   values past the target count as 1, values on the wrong side of the baseline as 0.
 *   When target === baseline ("hold at X") the score is 1 while current is at the target or on
 *   the good side of it per `direction` (>= for increase, <= for decrease), else 0.
 * - percentage: current / 100, clamped.
 * - milestone: 1 when done, else 0.
 * Any non-finite number (NaN, Infinity) involved gives 0: a broken reading never looks like success.
 */
export function keyResultProgress(measure: KeyResultMeasure): number {
  switch (measure.kind) {
    case 'metric': {
      const { baseline, target, current, direction } = measure;
      if (!Number.isFinite(baseline) || !Number.isFinite(target) || !Number.isFinite(current)) return 0;
      if (target === baseline) {
        const held = direction === 'decrease' ? current <= target : current >= target;
        return held ? 1 : 0;
      }
      return clamp01((current - baseline) / (target - baseline));
    }
    case 'percentage':
      return Number.isFinite(measure.current) ? clamp01(measure.current / 100) : 0;
    case 'milestone':
      return measure.done === true ? 1 : 0;
    case 'initiatives':
      // Derived from the initiatives: `keyResultScore` (key-result-score.ts) is the rule for every kind.
      return 0;
    default:
      return 0;
  }
}

/**
 * The direction a metric moves in: implied by baseline and target when they differ, else the
 * stated one (only meaningful for "hold at X"), else 'increase'.
 */
export function impliedDirection(baseline: number, target: number, stated?: MetricDirection): MetricDirection {
  if (target > baseline) return 'increase';
  if (target < baseline) return 'decrease';
  return stated ?? 'increase';
}

/** A weight as scoring uses it: negative or non-finite weights count as 0. */
export function effectiveWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/**
 * The one weighted mean of OKR scoring, for an objective's key results and an initiative-driven
 * key result's initiatives alike: null for no items; negative or non-finite weights count as 0
 * (the item is left out); when the weights sum to 0 (e.g. a user zeroed them all), the plain
 * mean, because a user who zeroes every weight still expects a score. Values are clamped first.
 */
export function weightedMean(items: ReadonlyArray<{ weight: number; value: number }>): number | null {
  if (items.length === 0) return null;
  let weighted = 0;
  let totalWeight = 0;
  let plain = 0;
  for (const item of items) {
    const value = clamp01(item.value);
    const weight = effectiveWeight(item.weight);
    weighted += weight * value;
    totalWeight += weight;
    plain += value;
  }
  return clamp01(totalWeight > 0 ? weighted / totalWeight : plain / items.length);
}

/**
 * Score of an objective: the weighted mean of its key results' progress (`weightedMean`); null
 * when it has no key results (nothing to score; not the same as 0). A progress already worked out
 * (`keyResultScore`, which knows initiative-driven key results) wins over the measure alone.
 */
export function objectiveScore(
  keyResults: ReadonlyArray<{ weight: number; measure: KeyResultMeasure; progress?: number }>,
): number | null {
  return weightedMean(keyResults.map((kr) => ({ weight: kr.weight, value: kr.progress ?? keyResultProgress(kr.measure) })));
}

/**
 * A score rounded to 2 decimals, the way OKR scores are spoken (0.7, 0.45). For display only:
 * bands and statuses use the exact score. Non-finite scores become 0; null stays null.
 */
export function roundScore(score: number): number;
export function roundScore(score: number | null): number | null;
export function roundScore(score: number | null): number | null {
  if (score === null) return null;
  if (!Number.isFinite(score)) return 0;
  // Round half up on the decimal string, so 0.675 -> 0.68 and 1.005 -> 1.01 despite binary floats.
  const rounded = Math.round(Number(`${score}e2`));
  return Number.isFinite(rounded) ? Number(`${rounded}e-2`) : Math.round(score * 100) / 100;
}

/** Lowest score of each band (OKR-METHOD.md: 0.0-0.3 red, 0.4-0.6 yellow, 0.7-1.0 green). */
export const SCORE_BANDS = { yellowFrom: 0.4, greenFrom: 0.7 } as const;

/**
 * Traffic light of a score, on the exact score (not the rounded one):
 * null (or NaN) -> 'none'; [0, 0.4) -> 'red'; [0.4, 0.7) -> 'yellow'; [0.7, 1] -> 'green'.
 * So 0.3999 is red and 0.6999 is yellow even though they display as 0.40 and 0.70.
 */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null || Number.isNaN(score)) return 'none';
  if (score < SCORE_BANDS.yellowFrom) return 'red';
  if (score < SCORE_BANDS.greenFrom) return 'yellow';
  return 'green';
}

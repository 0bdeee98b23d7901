/**
 * OKR scoring (OKR-METHOD.md "Scoring and status"): a key result scores 0.0 to 1.0, an objective
 * is the weighted mean of its key results, and a score falls in a traffic-light band.
 * Scores are exact here; round only for display (`roundScore`).
 */
import type { KeyResultMeasure, MetricDirection, ScoreBand } from './types';

const clamp01 = (value: number): number => (value <= 0 ? 0 : value >= 1 ? 1 : value);

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
      const progress = clamp01((current - baseline) / (target - baseline));
      return Number.isFinite(progress) ? progress : 0;
    }
    case 'percentage':
      return Number.isFinite(measure.current) ? clamp01(measure.current / 100) : 0;
    case 'milestone':
      return measure.done === true ? 1 : 0;
    case 'initiatives':
      // Derived from the initiatives (epic-progress.ts); scoreOkrTree passes it as `progress`.
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
 * Score of an objective: the weighted mean of its key results' progress.
 * - null when it has no key results (nothing to score; not the same as 0).
 * - Negative or non-finite weights count as 0 (the KR is left out).
 * - When the weights sum to 0 (e.g. a user zeroed them all), the plain mean: a user who zeroes
 *   every weight still expects a score.
 */
export function objectiveScore(
  keyResults: ReadonlyArray<{ weight: number; measure: KeyResultMeasure; progress?: number }>,
): number | null {
  if (keyResults.length === 0) return null;
  let weighted = 0;
  let totalWeight = 0;
  let plain = 0;
  for (const kr of keyResults) {
    // A progress already worked out (initiative-driven KRs) wins over the measure alone.
    const progress = kr.progress ?? keyResultProgress(kr.measure);
    const weight = effectiveWeight(kr.weight);
    weighted += weight * progress;
    totalWeight += weight;
    plain += progress;
  }
  const score = totalWeight > 0 ? weighted / totalWeight : plain / keyResults.length;
  return clamp01(score);
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

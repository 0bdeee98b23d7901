/**
 * Progress against the time elapsed in the cycle (OKR-METHOD.md "Scoring and status").
 *
 * The rule, in order:
 * 1. 'done' when progress >= 1 (or `complete` is true).
 * 2. 'not-started' when the cycle has not begun (expected <= 0) and progress is 0.
 * 3. Otherwise compare progress with the expectation for the time elapsed:
 *      expectation = expected x success level
 *    where the success level is 1.0 for committed OKRs and 0.7 for aspirational ones (seed 003:
 *    0.7 is success for a stretch goal). The shortfall is expectation - progress, in points of
 *    the 0..1 scale:
 *      shortfall <= 0.10 -> 'on-track'  (within 10 points: the first days are not all red)
 *      shortfall <= 0.25 -> 'at-risk'   (within 25 points)
 *      shortfall >  0.25 -> 'off-track'
 *    Example, committed, half the cycle gone (expected 0.5): progress 0.40 on track, 0.25 at risk,
 *    0.24 off track. Aspirational at the same time (expectation 0.35): 0.25 on track, 0.10 at risk.
 * Non-finite inputs count as 0; expected is clamped to 0..1.
 */
import type { Commitment, ProgressStatus } from './types';

/** Share of the target that counts as success. */
export const SUCCESS_LEVEL: Readonly<Record<Commitment, number>> = { committed: 1, aspirational: 0.7 };
/** Largest shortfall (in 0..1 points) still on track, and still only at risk. */
export const STATUS_TOLERANCE = { onTrack: 0.1, atRisk: 0.25 } as const;

/** Guards the edges against binary float noise (0.7 - 0.6 is 0.09999999999999998). */
const EPSILON = 1e-9;

const finiteOr0 = (n: number): number => (Number.isFinite(n) ? n : 0);

export interface ProgressStatusInput {
  /** Progress or score, 0 to 1. */
  progress: number;
  /** Share of the cycle elapsed, 0 to 1 (see expectedProgress). */
  expected: number;
  commitment: Commitment;
  /** Marked complete by other means (e.g. a finished milestone): 'done' whatever the numbers. */
  complete?: boolean;
}

/** The progress the time elapsed calls for: expected x success level. */
export function expectationFor(expected: number, commitment: Commitment): number {
  const share = Math.min(1, Math.max(0, finiteOr0(expected)));
  return share * SUCCESS_LEVEL[commitment];
}

export function progressStatus(input: ProgressStatusInput): ProgressStatus {
  const progress = finiteOr0(input.progress);
  const expected = finiteOr0(input.expected);
  if (input.complete === true || progress >= 1) return 'done';
  if (expected <= 0 && progress <= 0) return 'not-started';
  const shortfall = expectationFor(expected, input.commitment) - progress;
  if (shortfall <= STATUS_TOLERANCE.onTrack + EPSILON) return 'on-track';
  if (shortfall <= STATUS_TOLERANCE.atRisk + EPSILON) return 'at-risk';
  return 'off-track';
}

/**
 * A key result's score, 0 to 1, for every kind (OKR-METHOD.md "Scoring and status"): a metric,
 * percentage or milestone from its measure (scoring.ts `keyResultProgress`); an initiative-driven
 * one from its initiatives (epic-progress.ts `initiativeDrivenProgress`). The one rule every
 * screen's number comes from: the panel, the project page, the epic panel and session prep.
 */
import { initiativeDrivenProgress, storedInitiativeProgress } from './epic-progress';
import { keyResultProgress } from './scoring';
import type { Initiative, KeyResult } from './types';

/**
 * `initiativeProgress`: how far each initiative is, as the caller knows it (live from Jira, or
 * stored: by hand, or the epic's last known progress, which is the default).
 */
export function keyResultScore(
  kr: Pick<KeyResult, 'measure'> & { initiatives?: readonly Initiative[] | undefined },
  initiativeProgress: (initiative: Initiative) => number | null = storedInitiativeProgress,
): number {
  if (kr.measure.kind !== 'initiatives') return keyResultProgress(kr.measure);
  return initiativeDrivenProgress((kr.initiatives ?? []).map((i) => ({ weight: i.weight, progress: initiativeProgress(i) })));
}

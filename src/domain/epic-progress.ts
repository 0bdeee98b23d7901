/**
 * How Jira work moves key results (OKR-METHOD.md "Initiative"): an epic's completion is its
 * initiative's progress, and an initiative-driven key result is the weighted mean of its
 * initiatives. Pure: the Jira adapter reads the issues, this decides what they mean.
 */
import { clamp01, effectiveWeight, weightedMean } from './scoring';
import type { EpicProgressMode, EpicProgressSnapshot, Initiative, StatusCategory } from './types';

/** What Jira says about one epic: its own status and its children's. */
export interface EpicReading {
  statusCategory: StatusCategory;
  children: ReadonlyArray<{ statusCategory: StatusCategory; storyPoints?: number | null }>;
}

export interface EpicProgress {
  /** 0 to 1. */
  progress: number;
  /** Done children (or done story points) and all of them. */
  done: number;
  total: number;
  /** What was counted: points fall back to counting issues when no child has points. */
  measuredBy: EpicProgressMode;
}

const points = (value: number | null | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

/**
 * An epic's completion.
 * - An epic whose own status is done counts as 1.0, whatever its children say (teams close
 *   epics with leftovers moved elsewhere); done / total stay as counted ("5 of 8, epic
 *   closed"), the epic's status category tells the UI it is closed.
 * - An epic with no children counts by its own status: 1.0 when done, else 0.
 * - By count (default): done children / all children.
 * - By points: story points of done children / all story points; children without points
 *   weigh 0. When no child has points, it counts issues instead (and says so).
 */
export function epicProgress(reading: EpicReading, mode: EpicProgressMode = 'count'): EpicProgress {
  const { children } = reading;
  const epicDone = reading.statusCategory === 'done';
  if (mode === 'points') {
    const total = children.reduce((sum, child) => sum + points(child.storyPoints), 0);
    if (total > 0) {
      const done = children.filter((c) => c.statusCategory === 'done').reduce((sum, c) => sum + points(c.storyPoints), 0);
      return { progress: epicDone ? 1 : done / total, done, total, measuredBy: 'points' };
    }
  }
  const total = children.length;
  const done = children.filter((c) => c.statusCategory === 'done').length;
  if (epicDone) return { progress: 1, done, total, measuredBy: 'count' };
  return { progress: total === 0 ? 0 : done / total, done, total, measuredBy: 'count' };
}

/**
 * An initiative's stored progress: set by hand, or the epic's last known progress; null when
 * an epic has never been read (unknown is not the same as 0).
 */
export function storedInitiativeProgress(initiative: Initiative): number | null {
  if (initiative.link.kind === 'manual') return clamp01(initiative.link.progress);
  return initiative.link.lastKnown ? clamp01(initiative.link.lastKnown.progress) : null;
}

/**
 * An initiative-driven key result's progress: the weighted mean of its initiatives' progress
 * (scoring.ts `weightedMean`), unknown progress counting as 0 (work not yet measured has not moved
 * the number). With every weight 0, the plain mean; with no initiatives, 0.
 */
export function initiativeDrivenProgress(initiatives: ReadonlyArray<{ weight: number; progress: number | null }>): number {
  return weightedMean(initiatives.map((i) => ({ weight: i.weight, value: i.progress ?? 0 }))) ?? 0;
}

/**
 * One initiative's share of an initiative-driven key result's progress, as `weightedMean` weighs
 * it: its weight over the total, or an equal share when every weight is 0.
 */
export function initiativeShare(initiative: { weight: number }, all: ReadonlyArray<{ weight: number }>): number {
  const total = all.reduce((sum, i) => sum + effectiveWeight(i.weight), 0);
  return total > 0 ? effectiveWeight(initiative.weight) / total : all.length > 0 ? 1 / all.length : 0;
}

/** A stored snapshot older than this is refreshed even when the progress has not moved. */
export const SNAPSHOT_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Whether a fresh reading should replace the stored last known progress: when the numbers
 * moved, or the stored one is over an hour old (so "last known, as of" stays honest without a
 * write on every read).
 */
export function isSnapshotOutdated(stored: EpicProgressSnapshot | undefined, fresh: EpicProgressSnapshot): boolean {
  if (!stored) return true;
  const moved =
    stored.progress !== fresh.progress ||
    stored.done !== fresh.done ||
    stored.total !== fresh.total ||
    stored.statusCategory !== fresh.statusCategory ||
    stored.measuredBy !== fresh.measuredBy;
  return moved || Date.parse(fresh.at) - Date.parse(stored.at) > SNAPSHOT_MAX_AGE_MS;
}

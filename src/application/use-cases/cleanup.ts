/**
 * Finishing deletes (docs/decisions/0008). A delete's own transaction removes what fits and
 * records a clean-up marker for the rest; the rest is removed right after, in the same call,
 * within a budget that keeps that call quick; the scheduled clean-up job finishes what is left.
 */
import type { CleanupMarkerId, Ports } from '../ports';

/** Records removed right after a delete, in the user's own call (two storage requests per 25). */
export const CLEANUP_IN_CALL = 500;
/** Records one run of the scheduled job removes, well inside a scheduled function's time limit. */
export const CLEANUP_PER_RUN = 10_000;
const MARKERS_PER_QUERY = 20;

/** The clean-up right after a delete. The delete is done either way: a failure here is the job's to finish. */
export async function finishDelete(ports: Ports, marker: CleanupMarkerId | undefined): Promise<void> {
  if (!marker) return;
  try {
    await ports.cleanup.complete(marker, CLEANUP_IN_CALL);
  } catch (error) {
    console.warn(`Clean-up ${marker} after a delete failed; the clean-up job will finish it`, error);
  }
}

export interface CleanupRun {
  completed: number;
  deleted: number;
  /** Whether markers were left for the next run (budget spent, or a marker failed). */
  remaining: boolean;
}

/** What the scheduled job does: finishes pending clean-ups, oldest first, within `maxDeletes`. */
export async function runPendingCleanups(ports: Ports, maxDeletes = CLEANUP_PER_RUN): Promise<CleanupRun> {
  const run: CleanupRun = { completed: 0, deleted: 0, remaining: false };
  const tried = new Set<string>();
  for (;;) {
    const pending = (await ports.cleanup.pending(MARKERS_PER_QUERY)).filter((id) => !tried.has(id));
    // Only markers that failed in this run are left: the next run tries them again.
    if (pending.length === 0) return run;
    for (const marker of pending) {
      tried.add(marker);
      if (run.deleted >= maxDeletes) return { ...run, remaining: true };
      try {
        const result = await ports.cleanup.complete(marker, maxDeletes - run.deleted);
        run.deleted += result.deleted;
        if (!result.done) return { ...run, remaining: true };
        run.completed += 1;
      } catch (error) {
        console.warn(`Clean-up ${marker} failed; the next run tries again`, error);
        run.remaining = true;
      }
    }
  }
}

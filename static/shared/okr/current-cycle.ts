import type { CycleView } from '@contracts/views';
import { currentCycle as domainCurrentCycle } from '@domain/cycle-time';
import { formatISO } from 'date-fns';

/**
 * "The current cycle" when a macro is set to follow it: the domain's rule (src/domain/cycle-time.ts
 * `currentCycle`), on the user's own calendar day.
 */
export function currentCycle(cycles: readonly CycleView[], today: Date = new Date()): CycleView | undefined {
  return domainCurrentCycle(cycles, formatISO(today, { representation: 'date' }));
}

/** Newest first: the order people look for cycles in a switcher. */
export function cyclesNewestFirst(cycles: readonly CycleView[]): CycleView[] {
  return [...cycles].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
}

/** What a switcher or picker offers: the cycles not archived, and the one already chosen even if it is. */
export function offeredCycles(cycles: readonly CycleView[], chosenId: string | undefined): CycleView[] {
  return cycles.filter((c) => !c.archived || c.id === chosenId);
}

/**
 * "The current cycle" when a macro is set to follow it: the quarter that contains today, else
 * the most recent cycle to have started (or, before any has started, the first one). Archived
 * cycles are passed over while any other exists.
 */
import type { CycleView } from '@contracts/views';
import { formatISO } from 'date-fns';

export function currentCycle(cycles: readonly CycleView[], today: Date = new Date()): CycleView | undefined {
  const day = formatISO(today, { representation: 'date' });
  const open = cycles.filter((c) => !c.archived);
  const byStart = [...(open.length ? open : cycles)].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    byStart.find((c) => c.kind === 'quarter' && c.startDate <= day && day <= c.endDate) ??
    byStart.find((c) => c.startDate <= day && day <= c.endDate) ??
    byStart.find((c) => c.startDate <= day) ??
    byStart[byStart.length - 1]
  );
}

/** Newest first: the order people look for cycles in a switcher. */
export function cyclesNewestFirst(cycles: readonly CycleView[]): CycleView[] {
  return [...cycles].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
}

/** What a switcher or picker offers: the cycles not archived, and the one already chosen even if it is. */
export function offeredCycles(cycles: readonly CycleView[], chosenId: string | undefined): CycleView[] {
  return cycles.filter((c) => !c.archived || c.id === chosenId);
}

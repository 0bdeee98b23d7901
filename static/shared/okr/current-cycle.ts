/**
 * "The current cycle" when a macro is set to follow it: the quarter that contains today, else
 * the most recent cycle to have started (or, before any has started, the first one).
 */
import type { CycleView } from '@contracts/views';
import { formatISO } from 'date-fns';

export function currentCycle(cycles: readonly CycleView[], today: Date = new Date()): CycleView | undefined {
  const day = formatISO(today, { representation: 'date' });
  const byStart = [...cycles].sort((a, b) => b.startDate.localeCompare(a.startDate));
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

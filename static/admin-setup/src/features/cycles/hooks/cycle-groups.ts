/**
 * Cycles as the setup page lists them: each year with its quarters (by `parentCycleId`), newest
 * year first, quarters in calendar order; quarters without a year they belong to come last.
 */
import type { CycleView } from '@contracts/views';

export interface YearGroup {
  /** Undefined for the group of quarters that hang under no year. */
  year: CycleView | undefined;
  quarters: CycleView[];
}

const byStart = (a: CycleView, b: CycleView) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name);

export function groupCycles(cycles: readonly CycleView[]): YearGroup[] {
  const years = cycles.filter((c) => c.kind === 'year').sort((a, b) => byStart(b, a));
  const yearIds = new Set(years.map((y) => y.id));
  const groups: YearGroup[] = years.map((year) => ({
    year,
    quarters: cycles.filter((c) => c.kind !== 'year' && c.parentCycleId === year.id).sort(byStart),
  }));
  const loose = cycles.filter((c) => c.kind !== 'year' && !(c.parentCycleId && yearIds.has(c.parentCycleId))).sort(byStart);
  if (loose.length > 0) groups.push({ year: undefined, quarters: loose });
  return groups;
}

/** The year a "Create year" form suggests: the one after the latest set up, or this one. */
export function suggestedYear(cycles: readonly CycleView[], today: Date): number {
  const latest = Math.max(...cycles.filter((c) => c.kind === 'year').map((c) => Number(c.startDate.slice(0, 4))).filter(Number.isFinite));
  return Number.isFinite(latest) ? latest + 1 : today.getFullYear();
}

/** Whether `today` (yyyy-MM-dd) falls inside the cycle. */
export const isCurrent = (cycle: CycleView, today: string): boolean => cycle.startDate <= today && today <= cycle.endDate;

/** The `saveCycle` payload that keeps what is not changed; `version` is the one the user started from. */
export function cyclePayload(
  cycle: CycleView,
  version: number | undefined,
  change: Partial<Pick<CycleView, 'name' | 'startDate' | 'endDate' | 'archived'>>,
) {
  return {
    id: cycle.id,
    version,
    name: change.name ?? cycle.name,
    kind: cycle.kind,
    startDate: change.startDate ?? cycle.startDate,
    endDate: change.endDate ?? cycle.endDate,
    archived: change.archived ?? cycle.archived ?? false,
    ...(cycle.parentCycleId ? { parentCycleId: cycle.parentCycleId } : {}),
  };
}

/**
 * A year and its four quarters in one step (tracker issue 10, point 1): the cycles a company sets
 * up once a year, named as its people say them ("2027년 1분기" in Korean, "2027 Q1" in English).
 * Pure: the application gives the ids and writes them.
 */
import { quarterCycleDates, yearCycleDates } from './cycle-time';
import type { Cycle } from './types';

export type CycleLocale = 'ko' | 'en';

export interface PlannedCycle extends Omit<Cycle, 'id' | 'version' | 'parentCycleId'> {
  /** Quarters name the year they belong to; the year has no parent. */
  quarter?: 1 | 2 | 3 | 4;
}

/** The UI locale (`ko-KR`, `en-US`, ...) as the names are written: Korean or English. */
export const cycleLocaleOf = (locale: string | undefined): CycleLocale => (locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en');

export function yearName(year: number, locale: CycleLocale): string {
  return locale === 'ko' ? `${year}년` : String(year);
}

export function quarterName(year: number, quarter: number, locale: CycleLocale): string {
  return locale === 'ko' ? `${year}년 ${quarter}분기` : `${year} Q${quarter}`;
}

/** The year (1 January to 31 December) and its quarters, in order: the calendar's dates (cycle-time.ts). */
export function yearWithQuarters(year: number, locale: CycleLocale): { year: PlannedCycle; quarters: PlannedCycle[] } {
  const quarters = ([1, 2, 3, 4] as const).map(
    (quarter): PlannedCycle => ({ name: quarterName(year, quarter, locale), kind: 'quarter', ...quarterCycleDates(year, quarter), quarter }),
  );
  return { year: { name: yearName(year, locale), kind: 'year', ...yearCycleDates(year) }, quarters };
}

/** Whether `cycles` already has a year cycle for `year` (a second one would split its OKRs). */
export const hasYear = (cycles: readonly Cycle[], year: number): boolean =>
  cycles.some((c) => c.kind === 'year' && c.startDate.slice(0, 4) === String(year));

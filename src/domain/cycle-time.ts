/**
 * Time within a cycle. Cycle dates are calendar dates (`yyyy-MM-dd`); an instant (`now`) is placed
 * on its UTC calendar date. The clock is always passed in.
 *
 * Internally a calendar date is held as a Date at local midnight of that date, because date-fns
 * (v4, without @date-fns/utc) does its calendar arithmetic in the process's local time: holding the
 * day as local fields makes that arithmetic right in any time zone, DST shifts included.
 */
import { differenceInCalendarDays, format, isValid, lastDayOfQuarter, lastDayOfYear, parse } from 'date-fns';
import { DomainError } from './errors';
import type { Cycle, IsoDate, IsoDateTime } from './types';

/** The clock as the domain takes it: a Date, an ISO instant, or an ISO calendar date. */
export type Clock = Date | IsoDateTime | IsoDate;

export type CycleDates = Pick<Cycle, 'startDate' | 'endDate'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An instant without an offset (`2026-10-01T09:00:00`) is read as UTC, like the rest. */
const NO_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** Any fixed date works as parse's reference: the format gives every field. */
const REFERENCE = new Date(0);

/** Calendar date -> local-midnight Date, or undefined when not a real `yyyy-MM-dd` date. */
function tryCalendarDay(iso: string): Date | undefined {
  if (!ISO_DATE.test(iso)) return undefined;
  // date-fns parse rejects impossible dates (2026-02-30) that new Date() would roll over.
  const day = parse(iso, 'yyyy-MM-dd', REFERENCE);
  return isValid(day) ? day : undefined;
}

function calendarDay(iso: string, field: string): Date {
  const day = tryCalendarDay(iso);
  if (day === undefined) throw new DomainError('cycle-dates-invalid', { field, message: `Not a calendar date: ${iso}` });
  return day;
}

/** The UTC calendar date of the clock, as a local-midnight Date. */
function clockDay(now: Clock): Date {
  let instant: Date;
  if (typeof now === 'string') {
    const day = tryCalendarDay(now);
    if (day !== undefined) return day;
    instant = new Date(NO_OFFSET.test(now) ? `${now}Z` : now);
  } else {
    instant = now;
  }
  if (!isValid(instant)) throw new DomainError('date-invalid', { message: `Not a date: ${String(now)}` });
  const day = new Date(2000, 0, 1);
  day.setFullYear(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
  return day;
}

function cycleDays(cycle: CycleDates): { start: Date; end: Date } {
  const start = calendarDay(cycle.startDate, 'startDate');
  const end = calendarDay(cycle.endDate, 'endDate');
  if (end < start) throw new DomainError('cycle-dates-invalid', { field: 'endDate', message: 'The cycle ends before it starts' });
  return { start, end };
}

/** Number of days in the cycle, both ends included (2026-10-01..2026-12-31 -> 92). */
export function cycleLengthInDays(cycle: CycleDates): number {
  const { start, end } = cycleDays(cycle);
  return differenceInCalendarDays(end, start) + 1;
}

/**
 * Share of the cycle elapsed at `now`, 0 to 1, in whole days: the days of the cycle completed
 * before now's UTC date, over the cycle's days (both ends included). So it is 0 all through the
 * first day, (n-1)/n on the last day, and 1 from the day after the end; it changes once a day,
 * never within one. Before the start it is 0.
 * Throws DomainError 'cycle-dates-invalid' for malformed dates or an end before the start.
 */
export function expectedProgress(cycle: CycleDates, now: Clock): number {
  const { start, end } = cycleDays(cycle);
  const total = differenceInCalendarDays(end, start) + 1;
  const elapsed = differenceInCalendarDays(clockDay(now), start);
  if (elapsed <= 0) return 0;
  if (elapsed >= total) return 1;
  return elapsed / total;
}

/** Whether the date (a calendar date, or an instant placed on its UTC date) is within the cycle, ends included. */
export function cycleContains(cycle: CycleDates, date: Clock): boolean {
  const { start, end } = cycleDays(cycle);
  const day = clockDay(date);
  return day >= start && day <= end;
}

/**
 * The cycle to show by default at `now` ("the current cycle" a macro follows), the one rule the
 * server and every screen use:
 * 1. the quarter containing now (if several overlap, the one that started last);
 * 2. else any cycle containing now (a year; same tie rule);
 * 3. else the most recent cycle to have started (between cycles, the one just ended: its final
 *    scores are what people look at);
 * 4. else, before any has started, the first one to start.
 * Archived cycles are passed over while any other is left; cycles with malformed dates are
 * skipped; undefined when none is left. Ties keep input order. `now` is a calendar date where
 * the caller knows the user's own day (the UI passes its local date).
 */
export function currentCycle<T extends Pick<Cycle, 'kind' | 'startDate' | 'endDate'> & { archived?: boolean | undefined }>(
  cycles: readonly T[],
  now: Clock,
): T | undefined {
  const today = clockDay(now);
  const open = cycles.filter((c) => !c.archived);
  const valid: Array<{ cycle: T; start: Date; end: Date }> = [];
  for (const cycle of open.length > 0 ? open : cycles) {
    const start = tryCalendarDay(cycle.startDate);
    const end = tryCalendarDay(cycle.endDate);
    if (start !== undefined && end !== undefined && end >= start) valid.push({ cycle, start, end });
  }
  const pick = (
    candidates: typeof valid,
    better: (a: (typeof valid)[number], b: (typeof valid)[number]) => boolean,
  ): T | undefined => {
    let best: (typeof valid)[number] | undefined;
    for (const c of candidates) if (best === undefined || better(c, best)) best = c;
    return best?.cycle;
  };
  const containing = valid.filter((c) => c.start <= today && today <= c.end);
  const startedLast = (a: (typeof valid)[number], b: (typeof valid)[number]) => a.start > b.start;
  return (
    pick(
      containing.filter((c) => c.cycle.kind === 'quarter'),
      startedLast,
    ) ??
    pick(containing, startedLast) ??
    pick(
      valid.filter((c) => c.start <= today),
      startedLast,
    ) ??
    pick(valid, (a, b) => a.start < b.start)
  );
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new DomainError('cycle-period-invalid', { field: 'year', message: `Not a year: ${year}` });
  }
}

function checkQuarter(quarter: number | undefined): asserts quarter is 1 | 2 | 3 | 4 {
  if (quarter === undefined || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new DomainError('cycle-period-invalid', { field: 'quarter', message: `Not a quarter: ${String(quarter)}` });
  }
}

function firstDayOf(year: number, monthIndex: number): Date {
  const day = new Date(2000, 0, 1);
  day.setFullYear(year, monthIndex, 1);
  return day;
}

/** Calendar dates of a calendar quarter: (2026, 4) -> 2026-10-01..2026-12-31. */
export function quarterCycleDates(year: number, quarter: number): CycleDates {
  checkYear(year);
  checkQuarter(quarter);
  const start = firstDayOf(year, (quarter - 1) * 3);
  // date-fns gives the quarter's last day without a hand-written month-length table.
  return { startDate: format(start, 'yyyy-MM-dd'), endDate: format(lastDayOfQuarter(start), 'yyyy-MM-dd') };
}

/** Calendar dates of a year: 2026 -> 2026-01-01..2026-12-31. */
export function yearCycleDates(year: number): CycleDates {
  checkYear(year);
  const start = firstDayOf(year, 0);
  return { startDate: format(start, 'yyyy-MM-dd'), endDate: format(lastDayOfYear(start), 'yyyy-MM-dd') };
}


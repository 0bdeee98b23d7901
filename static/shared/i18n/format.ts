/**
 * Numbers and dates in the user's locale, through Intl, so `1,234.5`, `1.234,5` and
 * `2026년 4월 1일` all come out right without a catalogue entry per format.
 */
import { parseISO } from 'date-fns';

export interface Formatters {
  /** An OKR score, always one decimal: 0.6. `null` (no key results yet) prints an en dash. */
  score(value: number | null): string;
  /** A measured value: up to two decimals, grouped. */
  number(value: number): string;
  /** 0.42 -> 42%. */
  percent(fraction: number): string;
  /** `yyyy-MM-dd` or an ISO instant -> a short calendar date. */
  date(iso: string): string;
  /** An instant relative to now: "3 days ago", "어제". */
  relative(iso: string, now?: Date): string;
  /** An instant with date and time, for tooltips. */
  dateTime(iso: string): string;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function createFormatters(locale: string): Formatters {
  const scoreFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  return {
    score: (value) => (value === null ? '–' : scoreFormat.format(value)),
    number: (value) => numberFormat.format(value),
    percent: (fraction) => percentFormat.format(fraction),
    // parseISO reads a bare date as local midnight, so the calendar day never shifts by time zone.
    date: (iso) => dateFormat.format(parseISO(iso)),
    dateTime: (iso) => dateTimeFormat.format(parseISO(iso)),
    relative: (iso, now = new Date()) => {
      const seconds = (parseISO(iso).getTime() - now.getTime()) / 1000;
      for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
      }
      return relativeFormat.format(0, 'second');
    },
  };
}

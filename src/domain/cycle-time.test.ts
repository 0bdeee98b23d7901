import { DomainError } from './errors';
import {
  currentCycle,
  cycleContains,
  cycleLengthInDays,
  expectedProgress,
  quarterCycleDates,
  yearCycleDates,
} from './cycle-time';
import type { Cycle } from './types';

const q4 = { startDate: '2026-10-01', endDate: '2026-12-31' };

describe('expectedProgress', () => {
  it('counts the cycle length with both ends included', () => {
    expect(cycleLengthInDays(q4)).toBe(92);
    expect(cycleLengthInDays({ startDate: '2026-10-01', endDate: '2026-10-01' })).toBe(1);
    expect(cycleLengthInDays({ startDate: '2028-01-01', endDate: '2028-12-31' })).toBe(366);
  });

  it('is 0 before the cycle and all through its first day', () => {
    expect(expectedProgress(q4, new Date('2026-09-15T12:00:00Z'))).toBe(0);
    expect(expectedProgress(q4, new Date('2026-10-01T00:00:00Z'))).toBe(0);
    expect(expectedProgress(q4, new Date('2026-10-01T23:59:59Z'))).toBe(0);
  });

  it('grows by one day at a time', () => {
    expect(expectedProgress(q4, new Date('2026-10-02T00:00:00Z'))).toBe(1 / 92);
    expect(expectedProgress(q4, new Date('2026-11-16T08:00:00Z'))).toBe(46 / 92);
    expect(expectedProgress(q4, new Date('2026-12-31T23:59:59Z'))).toBe(91 / 92);
  });

  it('is 1 from the day after the end', () => {
    expect(expectedProgress(q4, new Date('2027-01-01T00:00:00Z'))).toBe(1);
    expect(expectedProgress(q4, new Date('2030-06-01T00:00:00Z'))).toBe(1);
  });

  it('places an instant on its UTC date', () => {
    // 2026-10-02 08:00 in Seoul is still 2026-10-01 in UTC.
    expect(expectedProgress(q4, new Date('2026-10-02T08:00:00+09:00'))).toBe(0);
    expect(expectedProgress(q4, new Date('2026-10-02T09:00:00+09:00'))).toBe(1 / 92);
  });

  it('takes the clock as an ISO string too (an instant without offset is UTC)', () => {
    expect(expectedProgress(q4, '2026-10-02T00:00:00.000Z')).toBe(1 / 92);
    expect(expectedProgress(q4, '2026-10-02T00:30:00')).toBe(1 / 92);
    expect(expectedProgress(q4, '2026-10-03')).toBe(2 / 92);
  });

  it('counts across a DST change and February of a leap year', () => {
    const spring = { startDate: '2028-02-01', endDate: '2028-03-31' }; // 29 + 31 = 60 days
    expect(cycleLengthInDays(spring)).toBe(60);
    expect(expectedProgress(spring, new Date('2028-03-01T00:00:00Z'))).toBe(29 / 60);
    expect(expectedProgress(spring, new Date('2028-03-27T00:00:00Z'))).toBe(55 / 60);
  });

  it('refuses malformed cycles and clocks', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const bad = thrown(() => expectedProgress({ startDate: '2026-02-30', endDate: '2026-03-31' }, new Date(0)));
    expect(bad).toBeInstanceOf(DomainError);
    expect((bad as DomainError).code).toBe('cycle-dates-invalid');
    expect((bad as DomainError).field).toBe('startDate');
    const reversed = thrown(() => expectedProgress({ startDate: '2026-12-31', endDate: '2026-10-01' }, new Date(0)));
    expect((reversed as DomainError).code).toBe('cycle-dates-invalid');
    expect((reversed as DomainError).field).toBe('endDate');
    expect((thrown(() => expectedProgress(q4, '2026/10/01T00:00')) as DomainError).code).toBe('date-invalid');
    expect((thrown(() => expectedProgress(q4, new Date(Number.NaN))) as DomainError).code).toBe('date-invalid');
    expect(() => expectedProgress({ startDate: '26-10-01', endDate: '2026-12-31' }, new Date(0))).toThrow(DomainError);
  });
});

describe('cycleContains', () => {
  it('includes both ends, by UTC calendar date', () => {
    expect(cycleContains(q4, '2026-10-01')).toBe(true);
    expect(cycleContains(q4, '2026-12-31')).toBe(true);
    expect(cycleContains(q4, new Date('2026-12-31T23:59:59.999Z'))).toBe(true);
    expect(cycleContains(q4, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(cycleContains(q4, '2026-09-30')).toBe(false);
    expect(cycleContains(q4, new Date('2026-10-01T08:00:00+09:00'))).toBe(false);
  });
});

describe('currentCycle', () => {
  const cycle = (id: string, kind: Cycle['kind'], startDate: string, endDate: string): Cycle => ({
    id,
    name: id,
    kind,
    startDate,
    endDate,
    version: 1,
  });
  const y2026 = cycle('y2026', 'year', '2026-01-01', '2026-12-31');
  const q3 = cycle('q3', 'quarter', '2026-07-01', '2026-09-30');
  const q4c = cycle('q4', 'quarter', '2026-10-01', '2026-12-31');
  const q1next = cycle('q1-2027', 'quarter', '2027-01-01', '2027-03-31');
  const q2next = cycle('q2-2027', 'quarter', '2027-04-01', '2027-06-30');

  it('prefers the quarter containing now', () => {
    expect(currentCycle([y2026, q3, q4c], new Date('2026-11-05T10:00:00Z'))?.id).toBe('q4');
    expect(currentCycle([y2026, q3, q4c], '2026-09-30')?.id).toBe('q3');
  });

  it('falls back to the year containing now', () => {
    expect(currentCycle([q3, y2026, q4c], new Date('2026-03-01T00:00:00Z'))?.id).toBe('y2026');
  });

  it('then, between cycles, to the most recent one to have started', () => {
    expect(currentCycle([q2next, q3, q1next], new Date('2026-12-01T00:00:00Z'))?.id).toBe('q3');
    expect(currentCycle([q3, q4c, y2026], new Date('2028-01-01T00:00:00Z'))?.id).toBe('q4');
  });

  it('then, before any has started, to the first one to start', () => {
    expect(currentCycle([q2next, q1next], new Date('2026-12-01T00:00:00Z'))?.id).toBe('q1-2027');
  });

  it('passes over archived cycles while any other is left', () => {
    const archivedQ4 = { ...q4c, archived: true };
    expect(currentCycle([y2026, q3, archivedQ4], '2026-11-05')?.id).toBe('y2026');
    expect(currentCycle([archivedQ4], '2026-11-05')?.id).toBe('q4');
  });

  it('picks the latest-started of overlapping quarters and skips malformed cycles', () => {
    const overlap = cycle('q4-late', 'quarter', '2026-11-01', '2027-01-31');
    const broken = cycle('broken', 'quarter', '2026-13-01', '2026-12-31');
    expect(currentCycle([broken, q4c, overlap], '2026-11-15')?.id).toBe('q4-late');
    expect(currentCycle([broken], '2026-11-15')).toBeUndefined();
    expect(currentCycle([], '2026-11-15')).toBeUndefined();
  });
});

describe('cycle dates and names', () => {
  it('gives the calendar quarter and year', () => {
    expect(quarterCycleDates(2026, 1)).toEqual({ startDate: '2026-01-01', endDate: '2026-03-31' });
    expect(quarterCycleDates(2026, 2)).toEqual({ startDate: '2026-04-01', endDate: '2026-06-30' });
    expect(quarterCycleDates(2026, 3)).toEqual({ startDate: '2026-07-01', endDate: '2026-09-30' });
    expect(quarterCycleDates(2026, 4)).toEqual({ startDate: '2026-10-01', endDate: '2026-12-31' });
    expect(yearCycleDates(2028)).toEqual({ startDate: '2028-01-01', endDate: '2028-12-31' });
  });

  it('refuses impossible years and quarters', () => {
    expect(() => quarterCycleDates(2026, 5)).toThrow(DomainError);
    expect(() => quarterCycleDates(2026, 0)).toThrow(DomainError);
    expect(() => quarterCycleDates(2026.5, 1)).toThrow(DomainError);
    expect(() => yearCycleDates(0)).toThrow(DomainError);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { CycleView } from '@contracts/views';
import { currentCycle, cyclesNewestFirst, offeredCycles } from './current-cycle';

const cycle = (id: string, kind: CycleView['kind'], startDate: string, endDate: string, archived = false): CycleView => ({
  id,
  name: id,
  kind,
  startDate,
  endDate,
  archived,
  version: 1,
});

const year = cycle('2026', 'year', '2026-01-01', '2026-12-31');
const q1 = cycle('2026 Q1', 'quarter', '2026-01-01', '2026-03-31');
const q2 = cycle('2026 Q2', 'quarter', '2026-04-01', '2026-06-30');
const q4 = cycle('2026 Q4', 'quarter', '2026-10-01', '2026-12-31');

/** Local noon, so the user's calendar day is unambiguous in any time zone. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
};

describe('currentCycle', () => {
  it('prefers the quarter holding today over the year holding it too', () => {
    expect(currentCycle([year, q1, q2], day('2026-05-10'))?.id).toBe('2026 Q2');
  });

  it('takes the year when no quarter holds today', () => {
    // Q3 has no cycle: 2026-08-15 lies only in the year.
    expect(currentCycle([q1, q2, year, q4], day('2026-08-15'))?.id).toBe('2026');
  });

  it('counts both ends of a cycle as inside it', () => {
    expect(currentCycle([q1, q2], day('2026-03-31'))?.id).toBe('2026 Q1');
    expect(currentCycle([q1, q2], day('2026-04-01'))?.id).toBe('2026 Q2');
  });

  it('between cycles, keeps the one that just ended', () => {
    expect(currentCycle([q1, q2, q4], day('2026-08-15'))?.id).toBe('2026 Q2');
  });

  it('before any cycle has started, offers the first one to start', () => {
    expect(currentCycle([q4, q2], day('2025-12-01'))?.id).toBe('2026 Q2');
  });

  it('passes over an archived cycle even when it holds today', () => {
    const archivedQ2 = { ...q2, archived: true };
    expect(currentCycle([q1, archivedQ2, year], day('2026-05-10'))?.id).toBe('2026');
    expect(currentCycle([q1, archivedQ2], day('2026-05-10'))?.id).toBe('2026 Q1');
  });

  it('still answers when every cycle is archived', () => {
    const all = [q1, q2].map((c) => ({ ...c, archived: true }));
    expect(currentCycle(all, day('2026-05-10'))?.id).toBe('2026 Q2');
  });

  it('skips cycles with malformed dates and answers nothing for none', () => {
    const broken = cycle('broken', 'quarter', '2026-02-30', '2026-06-30');
    expect(currentCycle([broken, year], day('2026-05-10'))?.id).toBe('2026');
    expect(currentCycle([], day('2026-05-10'))).toBeUndefined();
  });

  it('uses the user’s local calendar day, not the UTC one', () => {
    // 23:30 local on the last day of Q1 is still Q1 for the user, whatever UTC says.
    expect(currentCycle([q1, q2], new Date(2026, 2, 31, 23, 30))?.id).toBe('2026 Q1');
    expect(currentCycle([q1, q2], new Date(2026, 3, 1, 0, 30))?.id).toBe('2026 Q2');
  });
});

describe('offeredCycles', () => {
  const archived = { ...q1, archived: true };

  it('leaves archived cycles out', () => {
    expect(offeredCycles([archived, q2, q4], undefined).map((c) => c.id)).toEqual(['2026 Q2', '2026 Q4']);
  });

  it('keeps the chosen cycle even when it is archived, in its place', () => {
    expect(offeredCycles([archived, q2], archived.id).map((c) => c.id)).toEqual(['2026 Q1', '2026 Q2']);
  });

  it('does not bring back other archived cycles with the chosen one', () => {
    const archivedQ4 = { ...q4, archived: true };
    expect(offeredCycles([archived, q2, archivedQ4], archivedQ4.id).map((c) => c.id)).toEqual(['2026 Q2', '2026 Q4']);
  });
});

describe('cyclesNewestFirst', () => {
  it('puts the latest start first, ties by name, without changing its input', () => {
    const input = [q1, q4, year, q2];
    expect(cyclesNewestFirst(input).map((c) => c.id)).toEqual(['2026 Q4', '2026 Q2', '2026', '2026 Q1']);
    expect(input.map((c) => c.id)).toEqual(['2026 Q1', '2026 Q4', '2026', '2026 Q2']);
  });
});

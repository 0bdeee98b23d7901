import { applyCheckIn, checkInValueOf } from './check-in-rules';
import { DomainError } from './errors';
import type { CheckInSummary, KeyResult, KeyResultMeasure } from './types';

function keyResult(measure: KeyResultMeasure, lastCheckIn?: CheckInSummary): KeyResult {
  return {
    id: 'kr',
    objectiveId: 'o',
    title: 'Increase MQLs from 20 to 30',
    weight: 1,
    measure,
    order: 0,
    version: 3,
    createdAt: '2026-09-20T00:00:00.000Z',
    updatedAt: '2026-09-20T00:00:00.000Z',
    ...(lastCheckIn ? { lastCheckIn } : {}),
  };
}

function checkIn(id: string, value: number, createdAt: string): CheckInSummary {
  return { id, value, confidence: 'medium', comment: `note ${id}`, authorAccountId: 'acc-1', createdAt };
}

const mqls: KeyResultMeasure = { kind: 'metric', baseline: 20, target: 30, current: 20, unit: 'MQL', direction: 'increase' };

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field ?? ''}` : 'not-a-domain-error';
  }
  return undefined;
}

describe('applyCheckIn', () => {
  it('sets a metric current value and the last check-in', () => {
    const after = applyCheckIn(keyResult(mqls), checkIn('c1', 24, '2026-10-08T09:00:00.000Z'));
    expect(after.measure).toEqual({ ...mqls, current: 24 });
    expect(after.lastCheckIn).toEqual(checkIn('c1', 24, '2026-10-08T09:00:00.000Z'));
    expect(after.version).toBe(3);
    expect(after.updatedAt).toBe('2026-09-20T00:00:00.000Z');
  });

  it('accepts metric values past the target or below the baseline (scoring clamps them)', () => {
    expect(applyCheckIn(keyResult(mqls), checkIn('c', 45, '2026-10-08T09:00:00Z')).measure).toMatchObject({ current: 45 });
    expect(applyCheckIn(keyResult(mqls), checkIn('c', -3, '2026-10-08T09:00:00Z')).measure).toMatchObject({ current: -3 });
  });

  it('sets a percentage within 0..100 and refuses one outside', () => {
    const kr = keyResult({ kind: 'percentage', current: 10 });
    expect(applyCheckIn(kr, checkIn('c', 0, '2026-10-08T09:00:00Z')).measure).toEqual({ kind: 'percentage', current: 0 });
    expect(applyCheckIn(kr, checkIn('c', 100, '2026-10-08T09:00:00Z')).measure).toEqual({ kind: 'percentage', current: 100 });
    expect(applyCheckIn(kr, checkIn('c', 42.5, '2026-10-08T09:00:00Z')).measure).toEqual({ kind: 'percentage', current: 42.5 });
    expect(codeOf(() => applyCheckIn(kr, checkIn('c', 100.1, '2026-10-08T09:00:00Z')))).toBe('check-in-value-out-of-range:value');
    expect(codeOf(() => applyCheckIn(kr, checkIn('c', -1, '2026-10-08T09:00:00Z')))).toBe('check-in-value-out-of-range:value');
  });

  it('marks a milestone done with 1, not done with 0, and refuses anything else', () => {
    const kr = keyResult({ kind: 'milestone', done: false });
    expect(applyCheckIn(kr, checkIn('c', 1, '2026-10-08T09:00:00Z')).measure).toEqual({ kind: 'milestone', done: true });
    const done = keyResult({ kind: 'milestone', done: true });
    expect(applyCheckIn(done, checkIn('c', 0, '2026-10-08T09:00:00Z')).measure).toEqual({ kind: 'milestone', done: false });
    expect(codeOf(() => applyCheckIn(kr, checkIn('c', 0.5, '2026-10-08T09:00:00Z')))).toBe('check-in-value-not-milestone:value');
    expect(codeOf(() => applyCheckIn(kr, checkIn('c', 2, '2026-10-08T09:00:00Z')))).toBe('check-in-value-not-milestone:value');
  });

  it('refuses non-finite values, unknown confidences and unreadable dates', () => {
    expect(codeOf(() => applyCheckIn(keyResult(mqls), checkIn('c', Number.NaN, '2026-10-08T09:00:00Z')))).toBe(
      'check-in-value-not-finite:value',
    );
    expect(codeOf(() => applyCheckIn(keyResult(mqls), checkIn('c', Number.POSITIVE_INFINITY, '2026-10-08T09:00:00Z')))).toBe(
      'check-in-value-not-finite:value',
    );
    const shaky = { ...checkIn('c', 1, '2026-10-08T09:00:00Z'), confidence: 'shaky' } as unknown as CheckInSummary;
    expect(codeOf(() => applyCheckIn(keyResult(mqls), shaky))).toBe('check-in-confidence-invalid:confidence');
    expect(codeOf(() => applyCheckIn(keyResult(mqls), checkIn('c', 1, 'last tuesday')))).toBe('check-in-date-invalid:createdAt');
  });

  it('keeps the newer check-in current when an older one arrives late', () => {
    const newer = checkIn('newer', 28, '2026-10-15T09:00:00.000Z');
    const kr = applyCheckIn(keyResult(mqls), newer);
    const late = applyCheckIn(kr, checkIn('older', 22, '2026-10-08T09:00:00.000Z'));
    expect(late).toBe(kr);
    expect(late.measure).toMatchObject({ current: 28 });
    expect(late.lastCheckIn?.id).toBe('newer');
  });

  it('still validates a late check-in', () => {
    const kr = keyResult({ kind: 'percentage', current: 50 }, checkIn('newer', 50, '2026-10-15T09:00:00.000Z'));
    expect(codeOf(() => applyCheckIn(kr, checkIn('older', 150, '2026-10-08T09:00:00.000Z')))).toBe(
      'check-in-value-out-of-range:value',
    );
  });

  it('lets a check-in at the same instant replace the current one, comparing instants not strings', () => {
    const kr = keyResult(mqls, checkIn('first', 22, '2026-10-15T09:00:00.000Z'));
    const same = applyCheckIn(kr, checkIn('second', 23, '2026-10-15T09:00:00Z'));
    expect(same.lastCheckIn?.id).toBe('second');
    expect(same.measure).toMatchObject({ current: 23 });
    // 10:00+09:00 is 01:00Z: older than 09:00Z though it sorts after it as a string.
    const older = applyCheckIn(kr, checkIn('seoul', 21, '2026-10-15T10:00:00+09:00'));
    expect(older.lastCheckIn?.id).toBe('first');
  });

  it('does not mutate the key result', () => {
    const kr = keyResult(mqls);
    const snapshot = JSON.stringify(kr);
    applyCheckIn(kr, checkIn('c', 29, '2026-10-08T09:00:00Z'));
    expect(JSON.stringify(kr)).toBe(snapshot);
  });
});

describe('checkInValueOf', () => {
  it('reads the current value of each kind', () => {
    expect(checkInValueOf(mqls)).toBe(20);
    expect(checkInValueOf({ kind: 'percentage', current: 55 })).toBe(55);
    expect(checkInValueOf({ kind: 'milestone', done: true })).toBe(1);
    expect(checkInValueOf({ kind: 'milestone', done: false })).toBe(0);
  });
});

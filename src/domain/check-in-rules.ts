/**
 * What a check-in does to its key result (OKR-METHOD.md "Cadence"): the owner records a value,
 * a confidence and a comment; the key result keeps the newest reading as its current value.
 */
import { DomainError } from './errors';
import { CONFIDENCES } from './values';
import type { CheckInSummary, Confidence, KeyResult, KeyResultMeasure } from './types';


/** The measure's current value as a check-in records it: metric value, percentage, or 1/0 for a milestone. */
export function checkInValueOf(measure: KeyResultMeasure): number {
  switch (measure.kind) {
    case 'metric':
      return measure.current;
    case 'percentage':
      return measure.current;
    case 'milestone':
      return measure.done ? 1 : 0;
    default:
      return 0;
  }
}

/**
 * Checks a check-in value against the measure's kind; throws DomainError (field 'value'):
 * - any kind: 'check-in-value-not-finite' for NaN or Infinity;
 * - percentage: 'check-in-value-out-of-range' outside 0..100;
 * - milestone: 'check-in-value-not-milestone' unless 0 (not done) or 1 (done).
 */
export function assertCheckInValue(measure: KeyResultMeasure, value: number): void {
  if (measure.kind === 'initiatives') {
    throw new DomainError('check-in-initiative-driven', {
      field: 'keyResultId',
      message: 'This key result moves with its initiatives; it takes no check-in value',
    });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('check-in-value-not-finite', { field: 'value' });
  }
  if (measure.kind === 'percentage' && (value < 0 || value > 100)) {
    throw new DomainError('check-in-value-out-of-range', { field: 'value', message: `${value} is not within 0..100` });
  }
  if (measure.kind === 'milestone' && value !== 0 && value !== 1) {
    throw new DomainError('check-in-value-not-milestone', { field: 'value', message: `${value} is neither 0 nor 1` });
  }
}

/** The measure with `value` as its current reading (the value must pass assertCheckInValue). */
export function measureWithValue(measure: KeyResultMeasure, value: number): KeyResultMeasure {
  assertCheckInValue(measure, value);
  switch (measure.kind) {
    case 'metric':
      return { ...measure, current: value };
    case 'percentage':
      return { ...measure, current: value };
    case 'milestone':
      return { ...measure, done: value >= 1 };
    default:
      return measure;
  }
}

function instantOf(iso: string, field: string): number {
  const time = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(time)) throw new DomainError('check-in-date-invalid', { field, message: `Not an instant: ${String(iso)}` });
  return time;
}

/**
 * The key result after a check-in. The value is validated for the measure's kind (see
 * assertCheckInValue) whether or not it becomes current. Then:
 * - if the check-in is not older than the key result's lastCheckIn (same instant or later),
 *   the measure's current value becomes the check-in's value (metric: current = value;
 *   percentage: current = value; milestone: done = value >= 1) and lastCheckIn is this check-in;
 * - if it is older (check-ins arriving out of order), the key result is returned unchanged: the
 *   newer reading stays current, the older one only joins the history.
 * Instants are compared as times, not strings ('...:00Z' equals '...:00.000Z').
 * `version` and `updatedAt` are left to the caller (they belong to storage). Input is not mutated.
 */
export function applyCheckIn(keyResult: KeyResult, checkIn: CheckInSummary): KeyResult {
  const measure = measureWithValue(keyResult.measure, checkIn.value);
  if (!(CONFIDENCES as readonly Confidence[]).includes(checkIn.confidence)) {
    throw new DomainError('check-in-confidence-invalid', { field: 'confidence' });
  }
  const at = instantOf(checkIn.createdAt, 'createdAt');
  const last = keyResult.lastCheckIn;
  if (last !== undefined) {
    const lastAt = Date.parse(last.createdAt);
    // A stored lastCheckIn with an unreadable date loses to any valid new one.
    if (Number.isFinite(lastAt) && at < lastAt) return keyResult;
  }
  const lastCheckIn: CheckInSummary = {
    id: checkIn.id,
    value: checkIn.value,
    confidence: checkIn.confidence,
    comment: checkIn.comment,
    authorAccountId: checkIn.authorAccountId,
    createdAt: checkIn.createdAt,
  };
  return { ...keyResult, measure, lastCheckIn };
}

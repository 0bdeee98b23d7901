import { describe, expect, it } from '@jest/globals';
import { measureSchema } from '@contracts/schemas';
import { MEASURE_KINDS, measureDefinition, measureDraftOf, needsDirection, typedNumber, type MeasureDraft } from './measure-draft';

const metricDraft = (changes: Partial<MeasureDraft> = {}): MeasureDraft => ({
  kind: 'metric',
  baseline: '10',
  target: '50',
  unit: 'customers',
  direction: 'increase',
  ...changes,
});

describe('typedNumber', () => {
  it('reads an empty or blank field as "not entered"', () => {
    expect(typedNumber('')).toBeUndefined();
    expect(typedNumber('   ')).toBeUndefined();
  });

  it('parses what was typed, zero and negatives included', () => {
    expect(typedNumber('0')).toBe(0);
    expect(typedNumber(' 12.5 ')).toBe(12.5);
    expect(typedNumber('-3')).toBe(-3);
  });

  it('keeps a typo as NaN, so the schema refuses it instead of the form dropping it', () => {
    expect(typedNumber('12abc')).toBeNaN();
  });
});

describe('measureDraftOf', () => {
  it('starts a new key result as an empty metric that increases', () => {
    expect(measureDraftOf(undefined)).toEqual({ kind: 'metric', baseline: '', target: '', unit: '', direction: 'increase' });
  });

  it('holds a metric’s numbers as text, zero included', () => {
    expect(measureDraftOf({ kind: 'metric', baseline: 0, target: 0.5, current: 0.2, unit: '%', direction: 'decrease' })).toEqual({
      kind: 'metric',
      baseline: '0',
      target: '0.5',
      unit: '%',
      direction: 'decrease',
    });
  });

  it('keeps only the kind of the other measures', () => {
    expect(measureDraftOf({ kind: 'percentage', current: 40 })).toEqual({ kind: 'percentage', baseline: '', target: '', unit: '', direction: 'increase' });
    expect(measureDraftOf({ kind: 'milestone', done: true }).kind).toBe('milestone');
    expect(measureDraftOf({ kind: 'initiatives' }).kind).toBe('initiatives');
  });
});

describe('needsDirection', () => {
  it('asks for a direction only for "hold at X" (baseline equals target)', () => {
    expect(needsDirection(metricDraft({ baseline: '5', target: '5' }))).toBe(true);
    expect(needsDirection(metricDraft({ baseline: '5', target: '5.0' }))).toBe(true);
    expect(needsDirection(metricDraft({ baseline: '5', target: '8' }))).toBe(false);
  });

  it('does not ask while a number is missing', () => {
    expect(needsDirection(metricDraft({ baseline: '', target: '' }))).toBe(false);
    expect(needsDirection(metricDraft({ baseline: '5', target: '' }))).toBe(false);
  });

  it('never asks for other kinds', () => {
    expect(needsDirection(metricDraft({ kind: 'percentage', baseline: '5', target: '5' }))).toBe(false);
  });
});

describe('measureDefinition', () => {
  it('sends a metric’s definition without its current value or direction when implied', () => {
    const sent = measureDefinition(metricDraft({ direction: 'decrease' }));
    expect(sent).toEqual({ kind: 'metric', baseline: 10, target: 50, unit: 'customers' });
    expect(sent).not.toHaveProperty('current');
    expect(measureSchema.safeParse(sent).success).toBe(true);
  });

  it('sends the direction when baseline equals target, and the contract takes it', () => {
    const sent = measureDefinition(metricDraft({ baseline: '3', target: '3', direction: 'decrease' }));
    expect(sent).toEqual({ kind: 'metric', baseline: 3, target: 3, unit: 'customers', direction: 'decrease' });
    expect(measureSchema.safeParse(sent).success).toBe(true);
  });

  it('sends a missing number as absent and a typo as NaN, both refused by the contract', () => {
    const missing = measureDefinition(metricDraft({ target: '' }));
    expect(missing.target).toBeUndefined();
    expect(measureSchema.safeParse(missing).success).toBe(false);
    const typo = measureDefinition(metricDraft({ baseline: 'ten' }));
    expect(typo.baseline).toBeNaN();
    expect(measureSchema.safeParse(typo).success).toBe(false);
  });

  it('sends only the kind for percentage, milestone and initiatives, leaving the reading to check-ins', () => {
    for (const kind of ['percentage', 'milestone', 'initiatives'] as const) {
      const sent = measureDefinition(metricDraft({ kind }));
      expect(sent).toEqual({ kind });
      expect(measureSchema.safeParse(sent).success).toBe(true);
    }
  });

  it('round-trips every kind through the form unchanged in meaning', () => {
    expect(measureDefinition(measureDraftOf({ kind: 'metric', baseline: 100, target: 80, current: 90, unit: 'ms', direction: 'decrease' }))).toEqual({
      kind: 'metric',
      baseline: 100,
      target: 80,
      unit: 'ms',
    });
    expect(MEASURE_KINDS.map((kind) => measureDefinition({ ...measureDraftOf(undefined), kind }).kind)).toEqual(MEASURE_KINDS);
  });
});

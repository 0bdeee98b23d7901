/**
 * How a key result is measured, as a form holds it (numbers as typed text), and the measure
 * definition a save sends. Shared by every key-result form (the OKR panel, the session), so
 * "which measure fields are sent for each kind" is decided once.
 */
import type { Measure } from './okr-labels';

export type MeasureKind = Measure['kind'];
export const MEASURE_KINDS: readonly MeasureKind[] = ['metric', 'percentage', 'milestone', 'initiatives'];

export interface MeasureDraft {
  kind: MeasureKind;
  baseline: string;
  target: string;
  unit: string;
  direction: 'increase' | 'decrease';
}

/** The measure's contract paths, for showing the resolver's `fields` next to the right input. */
export const MEASURE_FIELDS = ['measure', 'measure.kind', 'measure.baseline', 'measure.target', 'measure.unit', 'measure.direction'] as const;

export function measureDraftOf(measure: Measure | undefined): MeasureDraft {
  const metric = measure?.kind === 'metric' ? measure : undefined;
  return {
    kind: measure?.kind ?? 'metric',
    baseline: metric ? String(metric.baseline) : '',
    target: metric ? String(metric.target) : '',
    unit: metric?.unit ?? '',
    direction: metric?.direction ?? 'increase',
  };
}

/** '' is "not entered" (the schema says required); anything else is parsed, NaN included. */
export function typedNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** A metric needs a direction only when it cannot be read from baseline and target ("hold at X"). */
export function needsDirection(draft: MeasureDraft): boolean {
  const baseline = typedNumber(draft.baseline);
  return draft.kind === 'metric' && baseline !== undefined && baseline === typedNumber(draft.target);
}

/**
 * The measure's definition only: its reading (current value, done) is left out, so the resolver
 * keeps the one check-ins recorded (and starts a new kind afresh) instead of a form overwriting
 * a check-in made while it was open.
 */
export function measureDefinition(draft: MeasureDraft): Record<string, unknown> {
  switch (draft.kind) {
    case 'metric':
      return {
        kind: 'metric',
        baseline: typedNumber(draft.baseline),
        target: typedNumber(draft.target),
        unit: draft.unit,
        ...(needsDirection(draft) ? { direction: draft.direction } : {}),
      };
    case 'percentage':
    case 'milestone':
    case 'initiatives':
      return { kind: draft.kind };
  }
}

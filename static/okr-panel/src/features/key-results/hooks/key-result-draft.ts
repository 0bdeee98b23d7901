/**
 * What the key-result form holds (numbers as typed text) and the `saveKeyResult` payload it
 * becomes. Pure: which measure fields are sent for each kind is decided here, once.
 */
import type { KeyResultView } from '@contracts/views';
import type { Measure } from '@shared/okr/okr-labels';

export type KeyResultKind = Measure['kind'];
export const KINDS: readonly KeyResultKind[] = ['metric', 'percentage', 'milestone', 'initiatives'];

export interface KeyResultDraft {
  title: string;
  ownerAccountId: string | undefined;
  weight: string;
  kind: KeyResultKind;
  baseline: string;
  target: string;
  unit: string;
  direction: 'increase' | 'decrease';
}

export const KEY_RESULT_FIELDS = [
  'title',
  'ownerAccountId',
  'weight',
  'measure',
  'measure.kind',
  'measure.baseline',
  'measure.target',
  'measure.unit',
  'measure.direction',
] as const;

export function keyResultDraft(keyResult: KeyResultView | undefined): KeyResultDraft {
  const measure = keyResult?.measure;
  const metric = measure?.kind === 'metric' ? measure : undefined;
  return {
    title: keyResult?.title ?? '',
    ownerAccountId: keyResult?.ownerAccountId,
    weight: String(keyResult?.weight ?? 1),
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
export function needsDirection(draft: KeyResultDraft): boolean {
  const baseline = typedNumber(draft.baseline);
  return draft.kind === 'metric' && baseline !== undefined && baseline === typedNumber(draft.target);
}

/**
 * The measure's definition only: its reading (current value, done) is left out, so the resolver
 * keeps the one check-ins recorded (and starts a new kind afresh) instead of this form
 * overwriting a check-in made while it was open.
 */
function measureOf(draft: KeyResultDraft): Record<string, unknown> {
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

export function keyResultPayload(
  draft: KeyResultDraft,
  target: { objectiveId: string; keyResult?: KeyResultView; version?: number },
): Record<string, unknown> {
  return {
    ...(target.keyResult ? { id: target.keyResult.id, version: target.version } : {}),
    objectiveId: target.objectiveId,
    title: draft.title,
    weight: typedNumber(draft.weight),
    measure: measureOf(draft),
    ...(draft.ownerAccountId ? { ownerAccountId: draft.ownerAccountId } : {}),
  };
}

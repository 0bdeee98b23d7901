/**
 * What the key-result form holds (numbers as typed text) and the `saveKeyResult` payload it
 * becomes. Pure. How the measure is held and sent is shared (`@shared/okr/measure-draft`).
 */
import type { KeyResultView } from '@contracts/views';
import {
  MEASURE_FIELDS,
  MEASURE_KINDS,
  measureDefinition,
  measureDraftOf,
  needsDirection,
  typedNumber,
  type MeasureDraft,
  type MeasureKind,
} from '@shared/okr/measure-draft';

export type KeyResultKind = MeasureKind;
export const KINDS = MEASURE_KINDS;
export { needsDirection, typedNumber };

export interface KeyResultDraft extends MeasureDraft {
  title: string;
  ownerAccountId: string | undefined;
  weight: string;
}

export const KEY_RESULT_FIELDS = ['title', 'ownerAccountId', 'weight', ...MEASURE_FIELDS] as const;

export function keyResultDraft(keyResult: KeyResultView | undefined): KeyResultDraft {
  return {
    title: keyResult?.title ?? '',
    ownerAccountId: keyResult?.ownerAccountId,
    weight: String(keyResult?.weight ?? 1),
    ...measureDraftOf(keyResult?.measure),
  };
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
    measure: measureDefinition(draft),
    ...(draft.ownerAccountId ? { ownerAccountId: draft.ownerAccountId } : {}),
  };
}

/** What the session's key-result form holds and the `saveSessionItem` payload it becomes. Pure. */
import { MEASURE_FIELDS, measureDefinition, measureDraftOf, type MeasureDraft } from '@shared/okr/measure-draft';
import { keyResultItemPayload, type KeyResultItemView } from '../../../app-state/session-model';

export interface KeyResultFormDraft extends MeasureDraft {
  title: string;
}

export const KEY_RESULT_FORM_FIELDS = ['title', ...MEASURE_FIELDS] as const;

export function keyResultFormDraft(item: KeyResultItemView | undefined): KeyResultFormDraft {
  return { title: item?.title ?? '', ...measureDraftOf(item?.measure) };
}

export function keyResultFormPayload(
  draft: KeyResultFormDraft,
  target: { objectiveItemId: string; item: KeyResultItemView | undefined; version: number | undefined },
): Record<string, unknown> {
  const measure = measureDefinition(draft);
  if (target.item) return keyResultItemPayload(target.item, { title: draft.title, measure }, target.version);
  return { kind: 'key-result', objectiveItemId: target.objectiveItemId, title: draft.title, measure };
}

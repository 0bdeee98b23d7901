/** What the session's objective form holds and the `saveSessionItem` payload it becomes. Pure. */
import type { Commitment } from '@shared/okr/okr-labels';
import { objectiveItemPayload, type ObjectiveItemView } from '../../../app-state/session-model';

export interface ObjectiveFormDraft {
  title: string;
  description: string;
  commitment: Commitment;
  /** '' for "not aligned". */
  parentObjectiveId: string;
}

export const OBJECTIVE_FORM_FIELDS = ['title', 'description', 'commitment', 'parentObjectiveId'] as const;

export function objectiveFormDraft(item: ObjectiveItemView | undefined): ObjectiveFormDraft {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    commitment: item?.commitment ?? 'committed',
    parentObjectiveId: item?.parentObjectiveId ?? '',
  };
}

export function objectiveFormPayload(draft: ObjectiveFormDraft, item: ObjectiveItemView | undefined, version: number | undefined): Record<string, unknown> {
  const fields = {
    title: draft.title,
    description: draft.description,
    commitment: draft.commitment,
    parentObjectiveId: draft.parentObjectiveId || undefined,
  };
  if (item) return objectiveItemPayload(item, fields, version);
  return {
    kind: 'objective',
    title: fields.title,
    description: fields.description,
    commitment: fields.commitment,
    ...(fields.parentObjectiveId ? { parentObjectiveId: fields.parentObjectiveId } : {}),
  };
}

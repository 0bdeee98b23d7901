/**
 * What the objective form holds, and the `saveObjective` payload it becomes. Pure, so the
 * mapping (which keys are omitted, where the version comes from) is one readable function.
 */
import type { ObjectiveView } from '@contracts/views';
import type { Commitment } from '@shared/okr/okr-labels';

export interface ObjectiveDraft {
  title: string;
  description: string;
  teamId: string;
  ownerAccountId: string | undefined;
  commitment: Commitment;
  parentObjectiveId: string;
  visibility: 'public' | 'private';
}

/** Form field -> contract path, for showing the resolver's `fields` next to the right input. */
export const OBJECTIVE_FIELDS = ['title', 'description', 'teamId', 'ownerAccountId', 'commitment', 'parentObjectiveId', 'visibility'] as const;

export function objectiveDraft(objective: ObjectiveView | undefined, defaultTeamId: string | undefined): ObjectiveDraft {
  return {
    title: objective?.title ?? '',
    description: objective?.description ?? '',
    teamId: objective?.teamId ?? defaultTeamId ?? '',
    ownerAccountId: objective?.ownerAccountId,
    commitment: objective?.commitment ?? 'committed',
    parentObjectiveId: objective?.parentObjectiveId ?? '',
    visibility: objective?.visibility ?? 'public',
  };
}

/** Every field is sent on each save (it replaces the record), so "no parent" is an omitted key. */
export function objectivePayload(
  draft: ObjectiveDraft,
  target: { id?: string; version?: number; cycleId: string },
): Record<string, unknown> {
  return {
    ...(target.id ? { id: target.id, version: target.version } : {}),
    cycleId: target.cycleId,
    teamId: draft.teamId,
    title: draft.title,
    description: draft.description,
    commitment: draft.commitment,
    // Always sent: the save replaces the record, and a private objective must stay private.
    visibility: draft.visibility,
    ...(draft.ownerAccountId ? { ownerAccountId: draft.ownerAccountId } : {}),
    ...(draft.parentObjectiveId ? { parentObjectiveId: draft.parentObjectiveId } : {}),
  };
}

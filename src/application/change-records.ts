import { changeId, type ChangeAction, type ChangeSubjectKind, type FieldChange, type OkrChange } from '../domain/okr-changes';
import type { Actor, Ports } from './ports';

/**
 * The history record of one write to an objective or key result (src/domain/okr-changes.ts),
 * handed to the OKR repository to store in the same transaction. An update that changed no
 * recorded field takes none.
 */
export function changeRecord(
  ports: Pick<Ports, 'ids'>,
  actor: Actor,
  at: string,
  change: {
    objectiveId: string;
    cycleId: string;
    subjectKind: ChangeSubjectKind;
    subjectId: string;
    subjectTitle: string;
    action: ChangeAction;
    fields?: FieldChange[];
  },
): OkrChange | undefined {
  const fields = change.fields ?? [];
  if (change.action === 'updated' && fields.length === 0) return undefined;
  return {
    id: changeId(at, ports.ids.newId()),
    objectiveId: change.objectiveId,
    cycleId: change.cycleId,
    at,
    subjectKind: change.subjectKind,
    subjectId: change.subjectId,
    subjectTitle: change.subjectTitle,
    action: change.action,
    ...(actor.accountId ? { byAccountId: actor.accountId } : {}),
    fields,
  };
}

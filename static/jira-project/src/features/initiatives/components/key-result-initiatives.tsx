/**
 * A key result's initiatives on the Jira project page, where the work is: link an epic of this
 * project, unlink one, set an initiative's weight, and add or edit work tracked by hand.
 */
import type { KeyResultView } from '@contracts/views';
import { ManagedInitiatives, type InitiativeApi } from '@shared/okr/initiatives/managed-initiatives';
import { deleteInitiative, saveInitiative } from '../../../api/invokes';
import { useProject } from '../../../app-state/project-context';
import { LinkEpic } from './link-epic';

const API: InitiativeApi = { save: saveInitiative, remove: deleteInitiative };

/** `editable`: the objective's `can.edit` (its team's admins and app admins link and unlink work). */
export function KeyResultInitiatives({ keyResult, editable }: { keyResult: KeyResultView; editable: boolean }) {
  const { reload } = useProject();
  return <ManagedInitiatives keyResult={keyResult} api={API} reload={reload} manageEpics editable={editable} footer={<LinkEpic keyResult={keyResult} />} />;
}

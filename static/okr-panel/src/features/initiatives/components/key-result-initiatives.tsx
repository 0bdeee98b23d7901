/**
 * A key result's initiatives in the Confluence panel: linked epics read-only (they are linked
 * and unlinked on the team's Jira project page, which the hint says), and work tracked by hand
 * added, edited and deleted right here.
 */
import type { KeyResultView } from '@contracts/views';
import { useI18n } from '@shared/i18n';
import { ManagedInitiatives, type InitiativeApi } from '@shared/okr/initiatives/managed-initiatives';
import { usePanel } from '../../../app-state/panel-context';
import { deleteInitiative, saveInitiative } from '../../../api/invokes';

const API: InitiativeApi = { save: saveInitiative, remove: deleteInitiative };

export function KeyResultInitiatives({ keyResult, editable }: { keyResult: KeyResultView; editable: boolean }) {
  const { t } = useI18n();
  const { reload } = usePanel();
  const hasEpics = keyResult.initiatives.some((initiative) => initiative.link.kind === 'epic');
  const driving = keyResult.measure.kind === 'initiatives';
  return (
    <ManagedInitiatives
      keyResult={keyResult}
      api={API}
      reload={reload}
      manageEpics={false}
      editable={editable}
      hint={hasEpics || driving ? t('initiative.manageInJira') : undefined}
    />
  );
}

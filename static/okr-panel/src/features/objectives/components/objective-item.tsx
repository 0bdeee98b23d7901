/** An objective card with its own actions, for those who may change it: edit in place, and delete after confirming. */
import type { ObjectiveView } from '@contracts/views';
import { deleteObjectivePayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { ConfirmDelete } from '@shared/components/confirm-delete';
import { PencilIcon, TrashIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { ObjectiveCard } from '@shared/okr/objective-card';
import { useState, type ReactNode } from 'react';
import { usePanel } from '../../../app-state/panel-context';
import { deleteObjective } from '../../../api/invokes';
import { ObjectiveForm } from './objective-form';

export function ObjectiveItem({ objective, children, footer }: { objective: ObjectiveView; children: ReactNode; footer: ReactNode }) {
  const { t } = useI18n();
  const { reload, tree } = usePanel();
  const teamName = tree.teams.find((team) => team.id === objective.teamId)?.name;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const editKey = `edit-objective-${objective.id}`;
  const deleteKey = `delete-objective-${objective.id}`;

  const editor =
    mode === 'edit' ? (
      <ObjectiveForm objective={objective} onDone={() => setMode('view')} returnFocusKey={editKey} />
    ) : mode === 'delete' ? (
      <ConfirmDelete
        title={t('objective.deleteTitle')}
        body={t('objective.deleteBody', { title: objective.title })}
        id={objective.id}
        latestVersion={objective.version}
        schema={deleteObjectivePayload}
        remove={deleteObjective}
        reload={reload}
        onDeleted={() => void reload()}
        onCancel={() => setMode('view')}
        returnFocusKey={[deleteKey, 'add-objective']}
        testId="delete-objective-dialog"
      />
    ) : undefined;

  return (
    <ObjectiveCard
      objective={objective}
      teamName={teamName}
      editor={editor}
      footer={footer}
      // Only those who may change it are offered the change (the panel says who can, above).
      actions={
        objective.can.edit ? (
        <>
          <Button appearance="subtle" icon={<PencilIcon />} iconOnlyLabel={t('objective.edit')} onClick={() => setMode('edit')} data-return-focus={editKey} testId="edit-objective" />
          <Button appearance="subtle" icon={<TrashIcon />} iconOnlyLabel={t('objective.delete')} onClick={() => setMode('delete')} data-return-focus={deleteKey} testId="delete-objective" />
        </>
        ) : undefined
      }
    >
      {children}
    </ObjectiveCard>
  );
}

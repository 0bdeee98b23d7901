/** A key result row with its own actions (edit in place, delete after confirming) plus the caller's. */
import type { KeyResultView } from '@contracts/views';
import { deleteKeyResultPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { ConfirmDelete } from '@shared/components/confirm-delete';
import { PencilIcon, TrashIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { KeyResultRow } from '@shared/okr/key-result-row';
import { useState, type ReactNode } from 'react';
import { usePanel } from '../../../app-state/panel-context';
import { deleteKeyResult } from '../../../api/invokes';
import { KeyResultForm } from './key-result-form';

export function KeyResultItem({
  keyResult,
  canDelete,
  expectedProgress,
  extraActions,
  initiatives,
  children,
}: {
  keyResult: KeyResultView;
  /** Deleting is the team's admins' (its objective's `can.edit`); editing is also its owner's. */
  canDelete: boolean;
  expectedProgress: number;
  /** Actions other features add to the row (check in, history). */
  extraActions?: ReactNode;
  /** The initiatives block another feature provides. */
  initiatives?: ReactNode;
  /** What those features open under the row. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { reload } = usePanel();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const editKey = `edit-kr-${keyResult.id}`;
  const deleteKey = `delete-kr-${keyResult.id}`;

  const editor =
    mode === 'edit' ? (
      <KeyResultForm objectiveId={keyResult.objectiveId} keyResult={keyResult} onDone={() => setMode('view')} returnFocusKey={editKey} />
    ) : mode === 'delete' ? (
      <ConfirmDelete
        title={t('kr.deleteTitle')}
        body={t('kr.deleteBody', { title: keyResult.title })}
        id={keyResult.id}
        latestVersion={keyResult.version}
        schema={deleteKeyResultPayload}
        remove={deleteKeyResult}
        reload={reload}
        onDeleted={() => void reload()}
        onCancel={() => setMode('view')}
        returnFocusKey={[deleteKey, `add-key-result-${keyResult.objectiveId}`]}
        testId="delete-key-result-dialog"
      />
    ) : undefined;

  return (
    <KeyResultRow
      keyResult={keyResult}
      expectedProgress={expectedProgress}
      editor={editor}
      initiatives={initiatives}
      actions={
        <>
          {extraActions}
          {keyResult.can.edit ? (
            <Button appearance="subtle" compact icon={<PencilIcon />} iconOnlyLabel={t('kr.edit')} onClick={() => setMode('edit')} data-return-focus={editKey} testId="edit-key-result" />
          ) : null}
          {canDelete ? (
            <Button appearance="subtle" compact icon={<TrashIcon />} iconOnlyLabel={t('kr.delete')} onClick={() => setMode('delete')} data-return-focus={deleteKey} testId="delete-key-result" />
          ) : null}
        </>
      }
    >
      {editor ? null : children}
    </KeyResultRow>
  );
}

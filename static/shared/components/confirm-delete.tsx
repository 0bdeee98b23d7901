/**
 * "Delete this?" with the record's version: a conflict offers Reload (then confirming deletes
 * the latest version the user now sees), other failures say why, success hands back to the list.
 */
import type { Envelope } from '@contracts/envelope';
import type { deleteKeyResultPayload, deleteObjectivePayload } from '@contracts/schemas';
import { useVersionedSave } from '../hooks/use-save';
import { useI18n } from '../i18n';
import { Button } from './button';
import { Dialog } from './dialog';
import { SaveFeedback } from './save-feedback';

export function ConfirmDelete({
  title,
  body,
  id,
  latestVersion,
  schema,
  remove,
  reload,
  onDeleted,
  onCancel,
  returnFocusKey,
  testId,
}: {
  title: string;
  body: string;
  id: string;
  latestVersion: number;
  /** The contract's delete schema for this kind of record (both are `{ id, version }`). */
  schema: typeof deleteObjectivePayload | typeof deleteKeyResultPayload;
  remove: (payload: { id: string; version: number }) => Promise<Envelope<unknown>>;
  reload: () => Promise<void>;
  onDeleted: () => void;
  onCancel: () => void;
  returnFocusKey?: string | readonly string[];
  testId?: string;
}) {
  const { t } = useI18n();
  const deletion = useVersionedSave(latestVersion, reload);
  const confirm = async () => {
    const done = await deletion.save(schema, { id, version: deletion.version ?? latestVersion }, (payload) =>
      remove({ id: payload.id, version: payload.version }),
    );
    if (done) onDeleted();
  };
  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={body}
      onClose={onCancel}
      returnFocusKey={returnFocusKey}
      testId={testId}
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button appearance="danger" loading={deletion.state.status === 'saving'} onClick={() => void confirm()} testId="confirm-delete">
            {t('common.delete')}
          </Button>
        </>
      }
    >
      <SaveFeedback state={deletion.state} unplaced={[]} onReload={() => void deletion.reloadAfterConflict()} reloading={deletion.reloading} />
    </Dialog>
  );
}

/**
 * "Delete this?" with the record's version: a conflict offers Reload (then confirming deletes
 * the latest version the user now sees), other failures say why, success hands back to the list.
 */
import type { Envelope } from '@contracts/envelope';
import type { z } from 'zod';
import { fieldIssueMessage } from '../field-errors';
import { useVersionedSave } from '../hooks/use-save';
import { useI18n } from '../i18n';
import { Button } from './button';
import { Dialog } from './dialog';
import { SaveFeedback } from './save-feedback';
import { SectionMessage } from './section-message';

type DeleteSchema = z.ZodType<{ id: string; version: number }>;

export function ConfirmDelete<S extends DeleteSchema>({
  title,
  body,
  id,
  latestVersion,
  schema,
  scope,
  remove,
  confirmLabel,
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
  /** The contract's delete schema for this kind of record (`{ id, version }` and maybe a scope). */
  schema: S;
  /** Other fields the delete payload needs besides id and version (`keyResultId`). */
  scope?: Record<string, string>;
  remove: (payload: z.output<S>) => Promise<Envelope<unknown>>;
  /** The confirm button's label; "Delete" unless the action is better named ("Unlink"). */
  confirmLabel?: string;
  reload: () => Promise<void>;
  onDeleted: () => void;
  onCancel: () => void;
  returnFocusKey?: string | readonly string[];
  testId?: string;
}) {
  const { t } = useI18n();
  const deletion = useVersionedSave(latestVersion, reload);
  // A delete the server refuses by a rule (objectives still align to this one) says why, in
  // the user's language; other failures read as any save's do.
  const refusals =
    deletion.state.status === 'failed'
      ? Object.values(deletion.state.error.fields ?? {})
          .filter((issue) => issue.reason)
          .map((issue) => fieldIssueMessage(t, issue))
      : [];
  const confirm = async () => {
    const done = await deletion.save(schema, { ...scope, id, version: deletion.version ?? latestVersion }, remove);
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
            {confirmLabel ?? t('common.delete')}
          </Button>
        </>
      }
    >
      {refusals.length > 0 ? (
        <SectionMessage appearance="warning" testId="delete-refused">
          {refusals.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </SectionMessage>
      ) : (
        <SaveFeedback state={deletion.state} unplaced={[]} onReload={() => void deletion.reloadAfterConflict()} reloading={deletion.reloading} />
      )}
    </Dialog>
  );
}

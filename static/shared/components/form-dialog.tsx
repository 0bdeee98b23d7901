/**
 * The shell every record form shares: an in-place dialog with the fields, what the last save
 * said (conflict with Reload, errors, field issues without an input), and Cancel / Submit.
 */
import type { ReactNode } from 'react';
import type { VersionedSave } from '../hooks/use-save';
import { useI18n } from '../i18n';
import { Button } from './button';
import { Dialog } from './dialog';
import { SaveFeedback } from './save-feedback';

export function FormDialog({
  title,
  submitLabel,
  submitTestId,
  saving,
  unplaced,
  onSubmit,
  onCancel,
  returnFocusKey,
  testId,
  children,
}: {
  title: string;
  submitLabel: string;
  submitTestId: string;
  saving: VersionedSave;
  /** Field issues the form has no input for (see fieldMessages). */
  unplaced: string[];
  onSubmit: () => void;
  onCancel: () => void;
  returnFocusKey?: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={onSubmit}
      returnFocusKey={returnFocusKey}
      testId={testId}
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" appearance="primary" loading={saving.state.status === 'saving'} testId={submitTestId}>
            {submitLabel}
          </Button>
        </>
      }
    >
      {children}
      <SaveFeedback state={saving.state} unplaced={unplaced} onReload={() => void saving.reloadAfterConflict()} reloading={saving.reloading} />
    </Dialog>
  );
}

/**
 * "Create year": one number, and the year with its four quarters is created in one step, named
 * in the user's language by the app ("2027 Q1", "2027년 1분기"). A year already set up is said
 * next to the field; what was typed stays.
 */
import { createYearPayload } from '@contracts/schemas';
import type { CycleView } from '@contracts/views';
import { FormDialog } from '@shared/components/form-dialog';
import { TextField } from '@shared/components/text-field';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { createYear } from '../../../api/invokes';

export function CreateYearForm({
  suggested,
  reload,
  onCreated,
  onCancel,
}: {
  suggested: number;
  reload: () => Promise<void>;
  onCreated: (cycles: CycleView[]) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [year, setYear] = useState(String(suggested));
  const saving = useVersionedSave(undefined, reload);
  const failure = saving.state.status === 'failed' ? saving.state.error : undefined;
  const { byField, unplaced } = fieldMessages(t, failure, ['year']);

  const submit = async () => {
    const trimmed = year.trim();
    const payload = { year: trimmed === '' ? undefined : Number(trimmed) };
    const created = await saving.save(createYearPayload, payload, createYear);
    if (!created) return;
    await reload();
    onCreated(created);
  };

  return (
    <FormDialog
      title={t('setup.cycles.createYear')}
      submitLabel={t('setup.cycles.createYear.submit')}
      submitTestId="create-year-submit"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      returnFocusKey="create-year"
      testId="create-year-form"
    >
      <TextField
        label={t('setup.cycles.year')}
        help={t('setup.cycles.year.help')}
        type="number"
        inputMode="numeric"
        value={year}
        onChange={setYear}
        error={byField.year}
        required
        autoFocus
        testId="create-year-input"
      />
    </FormDialog>
  );
}

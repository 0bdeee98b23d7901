/**
 * Edit a cycle's name and dates, in place of its row. Saved with the version the user began
 * from: if someone else changed the cycle meanwhile, the standard conflict message offers Reload
 * and what was typed stays.
 */
import { saveCyclePayload } from '@contracts/schemas';
import type { CycleView } from '@contracts/views';
import { LIMITS } from '@contracts/limits';
import { DateField } from '@shared/components/date-field';
import { FormDialog } from '@shared/components/form-dialog';
import { TextField } from '@shared/components/text-field';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { saveCycle } from '../../../api/invokes';
import { cyclePayload } from '../hooks/cycle-groups';

export function CycleForm({ cycle, reload, onDone }: { cycle: CycleView; reload: () => Promise<void>; onDone: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(cycle.name);
  const [startDate, setStartDate] = useState(cycle.startDate);
  const [endDate, setEndDate] = useState(cycle.endDate);
  const saving = useVersionedSave(cycle.version, reload);
  const failure = saving.state.status === 'failed' ? saving.state.error : undefined;
  const { byField, unplaced } = fieldMessages(t, failure, ['name', 'startDate', 'endDate']);
  // The contract's "ends before it starts" is a bare refinement: say it in the cycle's words.
  const endError = failure?.fields?.endDate?.code === 'inconsistent' ? t('fieldReason.cycle-dates-invalid') : byField.endDate;

  const submit = async () => {
    const payload = cyclePayload(cycle, saving.version, { name, startDate, endDate });
    const saved = await saving.save(saveCyclePayload, payload, saveCycle);
    if (!saved) return;
    await reload();
    onDone();
  };

  return (
    <FormDialog
      title={t('setup.cycles.edit.title', { name: cycle.name })}
      submitLabel={t('common.save')}
      submitTestId="cycle-form-submit"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={onDone}
      returnFocusKey={`edit-cycle-${cycle.id}`}
      testId="cycle-form"
    >
      <TextField label={t('setup.cycles.name')} value={name} onChange={setName} maxLength={LIMITS.nameMax} error={byField.name} required autoFocus testId="cycle-name-input" />
      <div className="okr-form-row">
        <DateField label={t('setup.cycles.start')} value={startDate} onChange={setStartDate} error={byField.startDate} required testId="cycle-start-input" />
        <DateField label={t('setup.cycles.end')} value={endDate} onChange={setEndDate} error={endError} required testId="cycle-end-input" />
      </div>
    </FormDialog>
  );
}

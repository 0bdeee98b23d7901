/**
 * Create or edit a key result in place: title, owner, weight, and how it is measured (a number
 * from X to Y, percent complete, a milestone, or the progress of its initiatives). Same save rules as every form: contract
 * schema first, version on update, typed input kept on conflict.
 */
import type { KeyResultView } from '@contracts/views';
import { LIMITS } from '@contracts/limits';
import { saveKeyResultPayload } from '@contracts/schemas';
import { FormDialog } from '@shared/components/form-dialog';
import { SectionMessage } from '@shared/components/section-message';
import { Select } from '@shared/components/select';
import { TextField } from '@shared/components/text-field';
import { UserPicker } from '@shared/components/user-picker';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { usePanel } from '../../../app-state/panel-context';
import { saveKeyResult } from '../../../api/invokes';
import { KEY_RESULT_FIELDS, KINDS, keyResultDraft, keyResultPayload, type KeyResultDraft } from '../hooks/key-result-draft';
import { MetricFields } from '@shared/okr/measure-fields';

export function KeyResultForm({
  objectiveId,
  keyResult,
  onDone,
  returnFocusKey,
}: {
  objectiveId: string;
  /** The key result as in the latest tree; absent when adding one. */
  keyResult?: KeyResultView;
  onDone: () => void;
  returnFocusKey?: string;
}) {
  const { t } = useI18n();
  const { reload } = usePanel();
  const [draft, setDraft] = useState(() => keyResultDraft(keyResult));
  const saving = useVersionedSave(keyResult?.version, reload);
  const { byField, unplaced } = fieldMessages(t, saving.state.status === 'failed' ? saving.state.error : undefined, KEY_RESULT_FIELDS);
  const set = <K extends keyof KeyResultDraft>(key: K) => (value: KeyResultDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    const payload = keyResultPayload(draft, { objectiveId, keyResult, version: saving.version });
    const saved = await saving.save(saveKeyResultPayload, payload, saveKeyResult);
    if (!saved) return;
    await reload();
    onDone();
  };

  return (
    <FormDialog
      title={keyResult ? t('krForm.editTitle') : t('krForm.createTitle')}
      submitLabel={keyResult ? t('common.save') : t('krForm.create')}
      submitTestId="save-key-result"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={onDone}
      returnFocusKey={returnFocusKey}
      testId="key-result-form"
    >
      <TextField
        label={t('krForm.title')}
        required
        value={draft.title}
        onChange={set('title')}
        maxLength={LIMITS.titleMax}
        placeholder={t('krForm.title.placeholder')}
        help={t('krForm.title.help')}
        error={byField.title}
        testId="kr-title-input"
      />
      <div className="okr-form-row">
        <UserPicker label={t('krForm.owner')} optionalText={t('common.optional')} value={draft.ownerAccountId} onChange={set('ownerAccountId')} error={byField.ownerAccountId} testId="kr-owner-picker" />
        <TextField label={t('krForm.weight')} type="number" value={draft.weight} onChange={set('weight')} help={t('krForm.weight.help')} error={byField.weight} testId="kr-weight-input" />
      </div>
      <Select
        label={t('krForm.kind')}
        value={draft.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`krForm.kind.${kind}`) }))}
        onChange={set('kind')}
        error={byField['measure.kind'] ?? byField.measure}
        testId="kr-kind-select"
      />
      {keyResult && keyResult.measure.kind !== draft.kind ? <SectionMessage appearance="information">{t('krForm.kindChanged')}</SectionMessage> : null}
      {draft.kind === 'metric' ? <MetricFields draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={byField} testIdPrefix="kr" /> : null}
      {draft.kind === 'initiatives' ? (
        <SectionMessage appearance="information" testId="kr-initiatives-note">
          {t('krForm.kind.initiatives.help')}
        </SectionMessage>
      ) : null}
    </FormDialog>
  );
}

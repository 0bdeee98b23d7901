/**
 * Add or edit an initiative in place. Work tracked by hand: title, progress (%) and weight. A
 * linked epic: its weight only (its name and progress come from Jira). Same save rules as every
 * form: contract schema first, version on update, typed input kept on conflict.
 */
import type { Envelope } from '@contracts/envelope';
import { LIMITS } from '@contracts/limits';
import { saveInitiativePayload, type SaveInitiativeInput } from '@contracts/schemas';
import type { SavedInitiative } from '@contracts/views';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { TextField } from '../../components/text-field';
import { fieldMessages } from '../../field-errors';
import { useVersionedSave } from '../../hooks/use-save';
import { useI18n } from '../../i18n';
import { INITIATIVE_FIELDS, initiativeDraft, initiativePayload, progressOutOfRange, type InitiativeDraft } from './initiative-draft';
import { epicKeyOf, type InitiativeView } from './initiative-facts';

export type SaveInitiative = (payload: SaveInitiativeInput) => Promise<Envelope<SavedInitiative>>;

export function InitiativeForm({
  keyResultId,
  initiative,
  save,
  reload,
  onDone,
  returnFocusKey,
}: {
  keyResultId: string;
  /** The initiative as in the latest tree; absent when adding work tracked by hand. */
  initiative?: InitiativeView;
  save: SaveInitiative;
  reload: () => Promise<void>;
  onDone: () => void;
  returnFocusKey?: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => initiativeDraft(initiative));
  const [rangeError, setRangeError] = useState(false);
  const saving = useVersionedSave(initiative?.version, reload);
  const { byField, unplaced } = fieldMessages(t, saving.state.status === 'failed' ? saving.state.error : undefined, INITIATIVE_FIELDS);
  const set = (key: keyof InitiativeDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const isEpic = initiative?.link.kind === 'epic';
  const epicKey = initiative ? epicKeyOf(initiative) : undefined;

  const submit = async () => {
    const outOfRange = !isEpic && progressOutOfRange(draft);
    setRangeError(outOfRange);
    if (outOfRange) return;
    const payload = initiativePayload(draft, { keyResultId, initiative, version: saving.version });
    const saved = await saving.save(saveInitiativePayload, payload, save);
    if (!saved) return;
    await reload();
    onDone();
  };

  const title = isEpic
    ? t('initiativeForm.editEpicTitle', { key: epicKey ?? '' })
    : initiative
      ? t('initiativeForm.editTitle')
      : t('initiativeForm.createTitle');

  return (
    <FormDialog
      title={title}
      submitLabel={initiative ? t('common.save') : t('initiativeForm.create')}
      submitTestId="save-initiative"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={onDone}
      returnFocusKey={returnFocusKey}
      testId="initiative-form"
    >
      {isEpic ? null : (
        <TextField
          label={t('initiativeForm.title')}
          required
          value={draft.title}
          onChange={set('title')}
          maxLength={LIMITS.titleMax}
          placeholder={t('initiativeForm.title.placeholder')}
          help={t('initiativeForm.title.help')}
          error={byField.title}
          autoFocus
          testId="initiative-title-input"
        />
      )}
      <div className="okr-form-row">
        {isEpic ? null : (
          <TextField
            label={t('initiativeForm.progress')}
            required
            type="number"
            value={draft.progress}
            onChange={set('progress')}
            help={t('initiativeForm.progress.help')}
            error={rangeError ? t('initiativeForm.progress.range') : byField['link.progress']}
            testId="initiative-progress-input"
          />
        )}
        <TextField
          label={t('initiativeForm.weight')}
          type="number"
          value={draft.weight}
          onChange={set('weight')}
          help={t('initiativeForm.weight.help')}
          error={byField.weight}
          autoFocus={isEpic}
          testId="initiative-weight-input"
        />
      </div>
    </FormDialog>
  );
}

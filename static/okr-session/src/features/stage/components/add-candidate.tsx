/** "Where can we deliver the most value?": anyone adds a candidate objective; the field stays for the next one. */
import { LIMITS } from '@contracts/limits';
import { saveSessionItemPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { PlusIcon } from '@shared/components/icons';
import { TextField } from '@shared/components/text-field';
import { useI18n } from '@shared/i18n';
import { saveSessionItem } from '../../../api/invokes';
import { DraftFeedback, useDraftFieldMessages } from '../../../app-state/draft-feedback';
import { useItemDraft } from '../../../app-state/use-item-draft';

export function AddCandidate() {
  const { t } = useI18n();
  const form = useItemDraft({
    key: 'add-candidate',
    server: { text: '' },
    version: undefined,
    schema: saveSessionItemPayload,
    payload: (draft) => ({ kind: 'candidate', text: draft.text }),
    send: saveSessionItem,
  });
  const { byField, unplaced } = useDraftFieldMessages(form, ['text']);

  const submit = async () => {
    if (await form.save()) form.takeTheirs();
  };

  return (
    <form
      noValidate
      className="okr-session-card"
      aria-labelledby="add-candidate-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="okr-session-section">
        <h3 className="okr-session-section__title" id="add-candidate-title">
          {t('session.stage.addTitle')}
        </h3>
        <p className="okr-session-section__about">{t('session.stage.addAbout')}</p>
      </div>
      <TextField
        label={t('session.stage.candidate')}
        required
        value={form.draft.text}
        onChange={(text) => form.set('text', text)}
        maxLength={LIMITS.titleMax}
        placeholder={t('objectiveForm.title.placeholder')}
        help={t('objectiveForm.title.help')}
        error={byField.text}
        testId="candidate-input"
      />
      <DraftFeedback draft={form} theirs={undefined} unplaced={unplaced} />
      <div className="okr-session-actions">
        <Button type="submit" appearance="primary" icon={<PlusIcon />} loading={form.status === 'saving'} testId="add-candidate">
          {t('session.stage.add')}
        </Button>
      </div>
    </form>
  );
}

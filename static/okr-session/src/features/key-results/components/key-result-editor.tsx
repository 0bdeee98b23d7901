/**
 * Write a key result in place: the outcome and how it is measured (from X to Y, percent complete,
 * a milestone, or its initiatives). The measure inputs are the OKR panel's, shared.
 */
import { LIMITS } from '@contracts/limits';
import { saveSessionItemPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { Dialog } from '@shared/components/dialog';
import { SectionMessage } from '@shared/components/section-message';
import { Select } from '@shared/components/select';
import { TextField } from '@shared/components/text-field';
import { useI18n } from '@shared/i18n';
import { MEASURE_KINDS } from '@shared/okr/measure-draft';
import { MetricFields } from '@shared/okr/measure-fields';
import { saveSessionItem } from '../../../api/invokes';
import { DraftFeedback, useDraftFieldMessages } from '../../../app-state/draft-feedback';
import { measureSummary } from '../../../app-state/measure-summary';
import { useSession } from '../../../app-state/session-context';
import type { KeyResultItemView } from '../../../app-state/session-model';
import { useItemDraft } from '../../../app-state/use-item-draft';
import { KEY_RESULT_FORM_FIELDS, keyResultFormDraft, keyResultFormPayload } from '../hooks/key-result-form';

export function KeyResultEditor({
  objectiveItemId,
  item,
  onDone,
  returnFocusKey,
}: {
  objectiveItemId: string;
  item?: KeyResultItemView;
  onDone: () => void;
  returnFocusKey?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view } = useSession();
  const form = useItemDraft({
    key: item ? `key-result:${item.id}` : `new-key-result:${objectiveItemId}`,
    server: keyResultFormDraft(item),
    version: item?.version,
    schema: saveSessionItemPayload,
    payload: (draft, version) => keyResultFormPayload(draft, { objectiveItemId, item, version }),
    send: saveSessionItem,
    onSaved: onDone,
  });
  const { byField, unplaced } = useDraftFieldMessages(form, KEY_RESULT_FORM_FIELDS);
  const { draft, set } = form;
  const latest = item ? view.keyResults.find((k) => k.id === item.id) : undefined;
  const cancel = () => {
    form.takeTheirs();
    onDone();
  };

  return (
    <Dialog
      title={item ? t('krForm.editTitle') : t('krForm.createTitle')}
      onClose={cancel}
      onSubmit={() => void form.save()}
      returnFocusKey={returnFocusKey}
      testId="session-kr-form"
      footer={
        <>
          <Button onClick={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" appearance="primary" loading={form.status === 'saving'} testId="save-session-kr">
            {item ? t('common.save') : t('krForm.create')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('krForm.title')}
        required
        value={draft.title}
        onChange={(value) => set('title', value)}
        maxLength={LIMITS.titleMax}
        placeholder={t('krForm.title.placeholder')}
        help={t('krForm.title.help')}
        error={byField.title}
        testId="session-kr-title-input"
      />
      <Select
        label={t('krForm.kind')}
        value={draft.kind}
        options={MEASURE_KINDS.map((kind) => ({ value: kind, label: t(`krForm.kind.${kind}`) }))}
        onChange={(value) => set('kind', value)}
        error={byField['measure.kind'] ?? byField.measure}
        testId="session-kr-kind-select"
      />
      {draft.kind === 'metric' ? <MetricFields draft={draft} onChange={form.patch} errors={byField} testIdPrefix="session-kr" /> : null}
      {draft.kind === 'initiatives' ? <SectionMessage appearance="information">{t('krForm.kind.initiatives.help')}</SectionMessage> : null}
      <DraftFeedback draft={form} theirs={latest ? `${latest.title}\n${measureSummary(i18n, latest.measure)}` : undefined} unplaced={unplaced} />
    </Dialog>
  );
}

/**
 * Shape an objective in place: its title, description, commitment (committed or aspirational)
 * and the objective one level up it moves forward. Keeps what the user typed while others save
 * (a conflicting save shows their version beside it).
 */
import { saveSessionItemPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { Dialog } from '@shared/components/dialog';
import { Select } from '@shared/components/select';
import { useI18n } from '@shared/i18n';
import { COMMITMENTS } from '@shared/okr/okr-labels';
import { ObjectiveTextFields } from '@shared/okr/objective-text-fields';
import { saveSessionItem } from '../../../api/invokes';
import { DraftFeedback, useDraftFieldMessages } from '../../../app-state/draft-feedback';
import { useSession } from '../../../app-state/session-context';
import type { ObjectiveItemView } from '../../../app-state/session-model';
import { useItemDraft } from '../../../app-state/use-item-draft';
import { OBJECTIVE_FORM_FIELDS, objectiveFormDraft, objectiveFormPayload } from '../hooks/objective-form';

export function ObjectiveEditor({ item, onDone, returnFocusKey }: { item?: ObjectiveItemView; onDone: () => void; returnFocusKey?: string }) {
  const { t } = useI18n();
  const { view } = useSession();
  const form = useItemDraft({
    key: item ? `objective:${item.id}` : 'new-objective',
    server: objectiveFormDraft(item),
    version: item?.version,
    schema: saveSessionItemPayload,
    payload: (draft, version) => objectiveFormPayload(draft, item, version),
    send: saveSessionItem,
    onSaved: onDone,
  });
  const { byField, unplaced } = useDraftFieldMessages(form, OBJECTIVE_FORM_FIELDS);
  const { draft, set } = form;

  const parents = view.context.parentObjectives.map((p) => ({ value: p.id, label: t('session.objective.parentOption', { title: p.title, team: p.teamName, cycle: p.cycleName }) }));
  if (draft.parentObjectiveId && !parents.some((p) => p.value === draft.parentObjectiveId)) {
    parents.unshift({ value: draft.parentObjectiveId, label: t('session.objective.parentElsewhere') });
  }
  const latest = item ? view.objectives.find((o) => o.id === item.id) : undefined;

  return (
    <Dialog
      title={item ? t('objectiveForm.editTitle') : t('objectiveForm.createTitle')}
      onClose={() => {
        form.takeTheirs();
        onDone();
      }}
      onSubmit={() => void form.save()}
      returnFocusKey={returnFocusKey}
      testId="session-objective-form"
      footer={
        <>
          <Button
            onClick={() => {
              form.takeTheirs();
              onDone();
            }}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" appearance="primary" loading={form.status === 'saving'} testId="save-session-objective">
            {item ? t('common.save') : t('objectiveForm.create')}
          </Button>
        </>
      }
    >
      <ObjectiveTextFields
        title={draft.title}
        description={draft.description}
        onTitle={(value) => set('title', value)}
        onDescription={(value) => set('description', value)}
        errors={byField}
        testIdPrefix="session-"
      />
      <div className="okr-form-row">
        <Select
          label={t('objectiveForm.commitment')}
          value={draft.commitment}
          options={COMMITMENTS.map((c) => ({ value: c, label: t(`commitment.${c}`) }))}
          onChange={(value) => set('commitment', value)}
          help={t(`commitment.${draft.commitment}.help`)}
          error={byField.commitment}
          testId="session-objective-commitment-select"
        />
        <Select
          label={t('objectiveForm.parent')}
          value={draft.parentObjectiveId}
          options={[{ value: '', label: t('objectiveForm.parent.none') }, ...parents]}
          onChange={(value) => set('parentObjectiveId', value)}
          help={parents.length ? t('objectiveForm.parent.help') : t('session.objective.noParents')}
          error={byField.parentObjectiveId}
          testId="session-objective-parent-select"
        />
      </div>
      <DraftFeedback draft={form} theirs={latest ? latest.title : undefined} unplaced={unplaced} />
    </Dialog>
  );
}

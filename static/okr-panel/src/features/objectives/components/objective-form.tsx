/**
 * Create or edit an objective, in place. Checks the payload with the contract schema before
 * sending; on CONFLICT the typed input stays and Reload moves the version on (useVersionedSave).
 */
import type { ObjectiveView } from '@contracts/views';
import { saveObjectivePayload } from '@contracts/schemas';
import { FormDialog } from '@shared/components/form-dialog';
import { Select } from '@shared/components/select';
import { UserPicker } from '@shared/components/user-picker';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { COMMITMENTS } from '@shared/okr/okr-labels';
import { VISIBILITIES } from '@domain/values';
import { ObjectiveTextFields } from '@shared/okr/objective-text-fields';
import { useState } from 'react';
import { usePanel } from '../../../app-state/panel-context';
import { saveObjective } from '../../../api/invokes';
import { OBJECTIVE_FIELDS, objectiveDraft, objectivePayload, type ObjectiveDraft } from '../hooks/objective-draft';
import { useObjectiveOptions } from '../hooks/use-objective-options';

export function ObjectiveForm({
  objective,
  onDone,
  returnFocusKey,
}: {
  /** The objective as in the latest tree; absent when adding one. */
  objective?: ObjectiveView;
  onDone: () => void;
  returnFocusKey?: string;
}) {
  const { t } = useI18n();
  const { tree, teamId, reload } = usePanel();
  const [draft, setDraft] = useState(() => objectiveDraft(objective, teamId ?? tree.team?.id));
  const saving = useVersionedSave(objective?.version, reload);
  const options = useObjectiveOptions(objective, draft.teamId);
  const { byField, unplaced } = fieldMessages(t, saving.state.status === 'failed' ? saving.state.error : undefined, OBJECTIVE_FIELDS);
  const set = <K extends keyof ObjectiveDraft>(key: K) => (value: ObjectiveDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // Another team may align elsewhere: a parent it may not have is dropped, not sent to be refused.
  const setTeam = (teamId: string) =>
    setDraft((d) => ({
      ...d,
      teamId,
      parentObjectiveId: tree.alignmentCandidates.some((c) => c.id === d.parentObjectiveId && c.teamIds.includes(teamId)) ? d.parentObjectiveId : '',
    }));
  // A team's panel adds to that team; only the whole-organisation view asks which team.
  const askTeam = !objective && !teamId;

  const submit = async () => {
    const payload = objectivePayload(draft, { id: objective?.id, version: saving.version, cycleId: objective?.cycleId ?? tree.cycle.id });
    const saved = await saving.save(saveObjectivePayload, payload, saveObjective);
    if (!saved) return;
    await reload();
    onDone();
  };

  return (
    <FormDialog
      title={objective ? t('objectiveForm.editTitle') : t('objectiveForm.createTitle')}
      submitLabel={objective ? t('common.save') : t('objectiveForm.create')}
      submitTestId="save-objective"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={onDone}
      returnFocusKey={returnFocusKey}
      testId="objective-form"
    >
      <ObjectiveTextFields
        title={draft.title}
        description={draft.description}
        onTitle={set('title')}
        onDescription={set('description')}
        errors={byField}
      />
      <div className="okr-form-row">
        {askTeam ? (
          <Select label={t('objectiveForm.team')} required value={draft.teamId} options={options.teams} onChange={setTeam} error={byField.teamId} testId="objective-team-select" />
        ) : null}
        <UserPicker
          label={t('objectiveForm.owner')}
          optionalText={t('common.optional')}
          value={draft.ownerAccountId}
          onChange={set('ownerAccountId')}
          error={byField.ownerAccountId}
          testId="objective-owner-picker"
        />
        <Select
          label={t('objectiveForm.commitment')}
          value={draft.commitment}
          options={COMMITMENTS.map((c) => ({ value: c, label: t(`commitment.${c}`) }))}
          onChange={set('commitment')}
          help={t(`commitment.${draft.commitment}.help`)}
          error={byField.commitment}
          testId="objective-commitment-select"
        />
      </div>
      <Select
        label={t('objectiveForm.parent')}
        value={draft.parentObjectiveId}
        options={options.parents}
        onChange={set('parentObjectiveId')}
        help={t('objectiveForm.parent.help')}
        error={byField.parentObjectiveId}
        testId="objective-parent-select"
      />
      <Select
        label={t('roles.visibility')}
        value={draft.visibility}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`roles.visibility.${v}`) }))}
        onChange={set('visibility')}
        help={t('roles.visibility.help')}
        error={byField.visibility}
        testId="objective-visibility-select"
      />
    </FormDialog>
  );
}

/**
 * Create or edit a team: name, level, the team it reports to, its Jira projects and its people.
 * Saved with the version the admin began from; a conflict offers Reload and keeps what was typed,
 * and each refusal is said next to its field.
 */
import { TEAM_LEVELS } from '@domain/values';
import { LIMITS } from '@contracts/limits';
import { saveTeamPayload } from '@contracts/schemas';
import type { TeamView } from '@contracts/views';
import { FormDialog } from '@shared/components/form-dialog';
import { Select } from '@shared/components/select';
import { TextField } from '@shared/components/text-field';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { saveTeam } from '../../../api/invokes';
import { parentCandidates } from '../hooks/team-tree';
import { MemberList } from './member-list';
import { ProjectPicker } from './project-picker';

const LEVELS = TEAM_LEVELS;

export function TeamForm({
  team,
  teams,
  reload,
  onDone,
}: {
  /** Undefined: a new team. */
  team: TeamView | undefined;
  teams: readonly TeamView[];
  reload: () => Promise<void>;
  onDone: (saved: TeamView | undefined) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(team?.name ?? '');
  const [level, setLevel] = useState<TeamView['level']>(team?.level ?? (teams.length === 0 ? 'company' : 'team'));
  const [parentTeamId, setParentTeamId] = useState(team?.parentTeamId ?? '');
  const [jiraProjectKeys, setJiraProjectKeys] = useState<string[]>(team?.jiraProjectKeys ?? []);
  const [members, setMembers] = useState<TeamView['members']>(team?.members ?? []);
  const saving = useVersionedSave(team?.version, reload);
  const failure = saving.state.status === 'failed' ? saving.state.error : undefined;
  const memberPaths = members.flatMap((_, i) => [`members.${i}`, `members.${i}.accountId`, `members.${i}.role`]);
  const { byField, unplaced } = fieldMessages(t, failure, ['name', 'level', 'parentTeamId', 'jiraProjectKeys', 'members', ...memberPaths]);
  const memberError = byField.members ?? memberPaths.map((path) => byField[path]).find(Boolean);
  const projectError = byField.jiraProjectKeys ?? Object.entries(byField).find(([path]) => path.startsWith('jiraProjectKeys.'))?.[1];

  const candidates = parentCandidates(teams, team?.id, level);
  const chooseLevel = (next: TeamView['level']) => {
    setLevel(next);
    // A parent that cannot be above the new level is dropped rather than sent to be refused.
    if (!parentCandidates(teams, team?.id, next).some((c) => c.id === parentTeamId)) setParentTeamId('');
  };

  const submit = async () => {
    const payload = {
      ...(team ? { id: team.id, version: saving.version } : {}),
      name,
      level,
      ...(parentTeamId ? { parentTeamId } : {}),
      jiraProjectKeys,
      members,
    };
    const saved = await saving.save(saveTeamPayload, payload, saveTeam);
    if (!saved) return;
    await reload();
    onDone(saved);
  };

  return (
    <FormDialog
      title={team ? t('setup.teams.edit.title', { name: team.name }) : t('setup.teams.create')}
      submitLabel={team ? t('common.save') : t('setup.teams.create.submit')}
      submitTestId="team-form-submit"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={() => onDone(undefined)}
      returnFocusKey={team ? `edit-team-${team.id}` : 'create-team'}
      testId="team-form"
    >
      <TextField label={t('setup.teams.name')} value={name} onChange={setName} maxLength={LIMITS.nameMax} error={byField.name} required autoFocus testId="team-name-input" />
      <div className="okr-form-row">
        <Select
          label={t('setup.teams.level')}
          value={level}
          options={LEVELS.map((value) => ({ value, label: t(`teamLevel.${value}`) }))}
          onChange={chooseLevel}
          error={byField.level}
          help={t('setup.teams.level.help')}
          testId="team-level-select"
        />
        <Select
          label={t('setup.teams.parent')}
          value={parentTeamId}
          options={[
            { value: '', label: level === 'company' ? t('setup.teams.parent.companyNone') : t('setup.teams.parent.none') },
            ...candidates.map((c) => ({ value: c.id, label: t('setup.teams.parent.option', { name: c.name, level: t(`teamLevel.${c.level}`) }) })),
          ]}
          onChange={setParentTeamId}
          disabled={level === 'company'}
          error={byField.parentTeamId}
          testId="team-parent-select"
        />
      </div>
      <ProjectPicker value={jiraProjectKeys} onChange={setJiraProjectKeys} error={projectError} />
      <MemberList members={members} onChange={setMembers} error={memberError} />
    </FormDialog>
  );
}

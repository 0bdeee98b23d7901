/** Choices the objective form offers: teams (whole-organisation view) and objectives to align to. */
import type { ObjectiveView } from '@contracts/views';
import { useI18n } from '@shared/i18n';
import { teamsTopDown } from '@shared/okr/team-groups';
import { usePanel } from '../../../app-state/panel-context';

/** `forTeamId`: the team the objective is for (chosen in the form in the whole-organisation view). */
export function useObjectiveOptions(objective: ObjectiveView | undefined, forTeamId: string) {
  const { t } = useI18n();
  const { tree } = usePanel();
  const teamName = (teamId: string) => tree.teams.find((team) => team.id === teamId)?.name ?? t('panel.unknownTeam');

  // Only teams whose OKRs the person may change: any other would be refused on save.
  const teams = teamsTopDown(tree.teams.filter((team) => tree.can.editableTeamIds.includes(team.id))).map((team) => ({ value: team.id, label: `${team.name} · ${t(`teamLevel.${team.level}`)}` }));

  // Exactly what the server accepts for this team (the alignment rule decides `teamIds`).
  const candidates = tree.alignmentCandidates
    .filter((candidate) => candidate.id !== objective?.id && candidate.teamIds.includes(forTeamId))
    .map((candidate) => ({ value: candidate.id, label: `${candidate.title} · ${teamName(candidate.teamId)}` }));
  // Keep a current parent the candidates no longer list (another cycle), so saving never drops it silently.
  if (objective?.parentObjectiveId && !candidates.some((c) => c.value === objective.parentObjectiveId)) {
    candidates.unshift({
      value: objective.parentObjectiveId,
      label: objective.parent ? `${objective.parent.title} · ${teamName(objective.parent.teamId)}` : t('objectiveForm.parent.notShown'),
    });
  }
  return {
    teams: [{ value: '', label: t('objectiveForm.team.choose') }, ...teams],
    parents: [{ value: '', label: t('objectiveForm.parent.none') }, ...candidates],
  };
}

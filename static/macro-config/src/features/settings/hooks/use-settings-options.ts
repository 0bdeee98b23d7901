/**
 * The two lists to choose from, each led by its "follow" choice ('' = whole organisation /
 * current cycle). A saved id that no longer exists stays listed, so opening the settings never
 * changes them by itself.
 */
import type { CycleView, TeamView } from '@contracts/views';
import type { SelectOption } from '@shared/components/select';
import { useI18n } from '@shared/i18n';
import { cyclesNewestFirst, offeredCycles } from '@shared/okr/current-cycle';
import { teamsTopDown } from '@shared/okr/team-groups';

export function useSettingsOptions(teams: readonly TeamView[], cycles: readonly CycleView[], saved: { teamId: string; cycleId: string }) {
  const { t, format } = useI18n();
  const teamOptions: SelectOption<string>[] = [
    { value: '', label: t('config.team.whole') },
    ...teamsTopDown(teams).map((team) => ({ value: team.id, label: `${team.name} · ${t(`teamLevel.${team.level}`)}` })),
  ];
  if (saved.teamId && !teams.some((team) => team.id === saved.teamId)) {
    teamOptions.push({ value: saved.teamId, label: t('panel.unknownTeam') });
  }
  const cycleOptions: SelectOption<string>[] = [
    { value: '', label: t('config.cycle.current') },
    ...cyclesNewestFirst(offeredCycles(cycles, saved.cycleId)).map((cycle) => ({
      value: cycle.id,
      label: t('cycle.option', { name: cycle.name, start: format.date(cycle.startDate), end: format.date(cycle.endDate) }),
    })),
  ];
  if (saved.cycleId && !cycles.some((cycle) => cycle.id === saved.cycleId)) {
    cycleOptions.push({ value: saved.cycleId, label: saved.cycleId });
  }
  return { teamOptions, cycleOptions };
}

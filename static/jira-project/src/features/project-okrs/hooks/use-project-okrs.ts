/**
 * The project's team (the one whose `jiraProjectKeys` lists it), the cycles, and that team's
 * tree for the chosen cycle (the current one until the user switches).
 */
import type { CycleView, TeamView } from '@contracts/views';
import { useResource } from '@shared/hooks/use-resource';
import { currentCycle } from '@shared/okr/current-cycle';
import { useState } from 'react';
import { getOkrTree, listCycles, listTeams } from '../../../api/invokes';

export function owningTeam(teams: readonly TeamView[], projectKey: string): TeamView | undefined {
  return teams.find((team) => team.jiraProjectKeys.includes(projectKey));
}

export function useProjectOkrs(projectKey: string) {
  const teams = useResource('teams', listTeams);
  const cycles = useResource('cycles', listCycles);
  const [chosenCycleId, setChosenCycleId] = useState<string>();

  const team = teams.resource.status === 'ok' ? owningTeam(teams.resource.data, projectKey) : undefined;
  const cycleList: CycleView[] = cycles.resource.status === 'ok' ? cycles.resource.data : [];
  const cycleId = chosenCycleId ?? currentCycle(cycleList)?.id;
  const tree = useResource(team && cycleId ? `${team.id}/${cycleId}` : null, () => getOkrTree({ cycleId: cycleId ?? '', teamId: team?.id }), {
    keepPreviousData: true,
  });
  return { teams, cycles, team, cycleList, cycleId, chooseCycle: setChosenCycleId, tree };
}

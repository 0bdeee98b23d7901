/** The team that works in this Jira project: the one whose `jiraProjectKeys` lists it. */
import type { TeamView } from '@contracts/views';
import { useResource } from '@shared/hooks/use-resource';
import { listTeams } from '../../../api/invokes';

export function owningTeam(teams: readonly TeamView[], projectKey: string): TeamView | undefined {
  return teams.find((team) => team.jiraProjectKeys.includes(projectKey));
}

export function useProjectTeam(projectKey: string) {
  const teams = useResource('teams', listTeams);
  const team = teams.resource.status === 'ok' ? owningTeam(teams.resource.data, projectKey) : undefined;
  return { teams, team };
}

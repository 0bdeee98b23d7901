/** Small builders of domain data for unit tests (pure, like the domain). */
import type { Team } from './types';

/** A team named after its id, at `level`, under `parentTeamId` if given. */
export const generateTeam = (id: string, level: Team['level'], parentTeamId?: string): Team => ({
  id,
  name: id,
  members: [],
  level,
  jiraProjectKeys: [],
  version: 1,
  ...(parentTeamId ? { parentTeamId } : {}),
});

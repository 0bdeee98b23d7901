import type { SaveTeamInput } from '../../contracts/schemas';
import type { Team } from '../../domain/types';
import { requireSignedIn } from '../authorise';
import { invalidField, NotFoundError, unknownReference } from '../errors';
import type { Actor, Ports } from '../ports';
import { requireVersion } from './versions';

const LEVEL_RANK: Record<Team['level'], number> = { company: 0, department: 1, team: 2 };

export const listTeams = (ports: Ports): Promise<Team[]> => ports.teams.list();

export async function saveTeam(ports: Ports, actor: Actor, input: SaveTeamInput): Promise<Team> {
  requireSignedIn(actor);
  const teams = await ports.teams.list();
  if (input.parentTeamId) checkParentTeam(teams, input);
  const fields = {
    name: input.name,
    level: input.level,
    jiraProjectKeys: [...new Set(input.jiraProjectKeys)],
    ...(input.parentTeamId ? { parentTeamId: input.parentTeamId } : {}),
  };
  if (!input.id) return ports.teams.save({ id: ports.ids.newId(), ...fields, version: 1 });
  const version = requireVersion(input.version);
  const existing = teams.find((t) => t.id === input.id);
  if (!existing) throw new NotFoundError(`No team with id "${input.id}"`);
  return ports.teams.save({ id: existing.id, ...fields, version: version + 1 }, version);
}

/** A team reports to a higher level (company > department > team), never to itself or below. */
function checkParentTeam(teams: Team[], input: SaveTeamInput): void {
  const parent = teams.find((t) => t.id === input.parentTeamId);
  if (!parent) throw unknownReference('parentTeamId', 'team', input.parentTeamId!);
  if (LEVEL_RANK[parent.level] >= LEVEL_RANK[input.level]) {
    throw invalidField('parentTeamId', 'inconsistent', `A ${input.level} cannot report to a ${parent.level}`);
  }
}

/** The team and every team above it, nearest first (for alignment choices). */
export function ancestorsOf(teams: Team[], teamId: string): Team[] {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const out: Team[] = [];
  let current = byId.get(teamId)?.parentTeamId;
  while (current && !out.some((t) => t.id === current) && out.length < teams.length) {
    const team = byId.get(current);
    if (!team) break;
    out.push(team);
    current = team.parentTeamId;
  }
  return out;
}

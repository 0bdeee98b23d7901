import type { SaveTeamInput } from '../../contracts/schemas';
import { teamHierarchyIssues, type TeamHierarchyProblem } from '../../domain/team-hierarchy';
import { memberListIssues } from '../../domain/roles';
import type { Team } from '../../domain/types';
import { requireAllowed } from '../access';
import { NotFoundError, unknownReference, ValidationError } from '../errors';
import type { Actor, Ports } from '../ports';
import { requireVersion } from './versions';

export const listTeams = (ports: Ports): Promise<Team[]> => ports.teams.list();

export async function saveTeam(ports: Ports, actor: Actor, input: SaveTeamInput): Promise<Team> {
  const teams = await ports.teams.list();
  await requireAllowed(ports, actor, { kind: 'manage-organisation' }, teams);
  checkHierarchy(teams, input);
  checkMembers(input);
  const fields = {
    name: input.name,
    level: input.level,
    jiraProjectKeys: [...new Set(input.jiraProjectKeys)],
    members: input.members,
    ...(input.parentTeamId ? { parentTeamId: input.parentTeamId } : {}),
  };
  if (!input.id) return ports.teams.save({ id: ports.ids.newId(), ...fields, version: 1 });
  const version = requireVersion(input.version);
  const existing = teams.find((t) => t.id === input.id);
  if (!existing) throw new NotFoundError(`No team with id "${input.id}"`);
  return ports.teams.save({ id: existing.id, ...fields, version: version + 1 }, version);
}

const MEMBER_MESSAGES: Record<ReturnType<typeof memberListIssues>[number], string> = {
  'duplicate-member': 'Each person is named once: as an admin or as a member',
  'no-team-admin': 'A team with members needs at least one team admin',
};

function checkMembers(input: SaveTeamInput): void {
  const issues = memberListIssues(input.members);
  if (issues.length === 0) return;
  const message = issues.map((issue) => MEMBER_MESSAGES[issue]).join('; ');
  throw new ValidationError(message, {
    members: { code: 'inconsistent', message, reason: issues[0]! },
  });
}

const HIERARCHY_MESSAGES: Record<TeamHierarchyProblem, string> = {
  'team-company-has-parent': 'A company is the top of the hierarchy: it has no parent team',
  'team-parent-loop': 'The parent team is this team or one of the teams under it',
  'team-parent-not-above': 'The parent team must be a higher level (company > department > team)',
  'team-children-not-below': 'Teams under this one would be at or above its level',
};

/** The team hierarchy rule (src/domain/team-hierarchy.ts), both ways, before anything is written. */
function checkHierarchy(teams: Team[], input: SaveTeamInput): void {
  if (input.parentTeamId && !teams.some((t) => t.id === input.parentTeamId)) {
    throw unknownReference('parentTeamId', 'team', input.parentTeamId);
  }
  const issues = teamHierarchyIssues(teams, input);
  if (issues.length === 0) return;
  const fields = Object.fromEntries(
    issues.map(({ field, problem }) => [field, { code: 'inconsistent' as const, message: HIERARCHY_MESSAGES[problem], reason: problem }]),
  );
  throw new ValidationError(issues.map(({ problem }) => HIERARCHY_MESSAGES[problem]).join('; '), fields);
}

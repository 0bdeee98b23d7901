/**
 * The team hierarchy (OKR-METHOD.md "Structure and alignment"): a company at the top,
 * departments under it, teams under those. Along every parent link the level strictly descends,
 * so the hierarchy can never loop back on itself. Pure: no Forge, no I/O.
 */
import type { Team, TeamLevel } from './types';

/** Smaller is higher: a parent's rank is always below its children's. */
export const LEVEL_RANK: Readonly<Record<TeamLevel, number>> = { company: 0, department: 1, team: 2 };

/** Why a team cannot be saved as it is; the UI translates the code. */
export const TEAM_HIERARCHY_PROBLEMS = [
  /** A company is the top of the hierarchy: it reports to nobody. */
  'team-company-has-parent',
  /** The parent is the team itself or one of the teams under it. */
  'team-parent-loop',
  /** The parent is not a higher level (a team under a team, a department under a team). */
  'team-parent-not-above',
  /** A team already under this one would be at or above its new level. */
  'team-children-not-below',
] as const;
export type TeamHierarchyProblem = (typeof TEAM_HIERARCHY_PROBLEMS)[number];

export interface TeamHierarchyIssue {
  field: 'parentTeamId' | 'level';
  problem: TeamHierarchyProblem;
}

/** A team as it is about to be saved: `id` is absent for a new one. */
export interface TeamPlacement {
  id?: string | undefined;
  level: TeamLevel;
  parentTeamId?: string | undefined;
}

/**
 * What is wrong with saving `team` into `teams` (the stored hierarchy), both ways: its parent
 * must be above it, and the teams already under it must stay below its (possibly new) level.
 * An unknown parent is the caller's to report (it is a missing reference, not a broken rule).
 */
export function teamHierarchyIssues(teams: readonly Team[], team: TeamPlacement): TeamHierarchyIssue[] {
  const issues: TeamHierarchyIssue[] = [];
  const parent = team.parentTeamId ? teams.find((t) => t.id === team.parentTeamId) : undefined;
  if (team.parentTeamId && team.level === 'company') {
    issues.push({ field: 'parentTeamId', problem: 'team-company-has-parent' });
  } else if (parent && team.id && (parent.id === team.id || ancestorsOf(teams, parent.id).some((t) => t.id === team.id))) {
    issues.push({ field: 'parentTeamId', problem: 'team-parent-loop' });
  } else if (parent && LEVEL_RANK[parent.level] >= LEVEL_RANK[team.level]) {
    issues.push({ field: 'parentTeamId', problem: 'team-parent-not-above' });
  }
  const children = team.id ? teams.filter((t) => t.parentTeamId === team.id && t.id !== team.id) : [];
  if (children.some((child) => LEVEL_RANK[child.level] <= LEVEL_RANK[team.level])) {
    issues.push({ field: 'level', problem: 'team-children-not-below' });
  }
  return issues;
}

/**
 * The teams above `teamId`, nearest first. Stops at a missing parent and, should stored data ever
 * hold a loop, at the first team seen twice.
 */
export function ancestorsOf(teams: readonly Team[], teamId: string): Team[] {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const out: Team[] = [];
  const seen = new Set([teamId]);
  let current = byId.get(teamId)?.parentTeamId;
  while (current && !seen.has(current)) {
    const team = byId.get(current);
    if (!team) break;
    out.push(team);
    seen.add(current);
    current = team.parentTeamId;
  }
  return out;
}

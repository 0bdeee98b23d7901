/**
 * The whole-organisation view lists objectives team by team, top of the hierarchy first
 * (company, then departments, then teams), so the alignment tree reads from the top down.
 */
import type { ObjectiveView, TeamView } from '@contracts/views';

const LEVEL_ORDER: Record<TeamView['level'], number> = { company: 0, department: 1, team: 2 };

const byHierarchy = (a: TeamView | undefined, b: TeamView | undefined) =>
  (a ? LEVEL_ORDER[a.level] : 3) - (b ? LEVEL_ORDER[b.level] : 3) || (a?.name ?? '').localeCompare(b?.name ?? '');

export function teamsTopDown(teams: readonly TeamView[]): TeamView[] {
  return [...teams].sort(byHierarchy);
}

export interface TeamGroup {
  teamId: string;
  team: TeamView | undefined;
  objectives: ObjectiveView[];
}

export function groupByTeam(objectives: readonly ObjectiveView[], teams: readonly TeamView[]): TeamGroup[] {
  const teamById = new Map(teams.map((team) => [team.id, team]));
  const groups = new Map<string, TeamGroup>();
  for (const objective of objectives) {
    const group = groups.get(objective.teamId) ?? { teamId: objective.teamId, team: teamById.get(objective.teamId), objectives: [] };
    group.objectives.push(objective);
    groups.set(objective.teamId, group);
  }
  return [...groups.values()].sort((a, b) => byHierarchy(a.team, b.team));
}

/** Objectives and key results keep the backend's display order (`order`). */
export function inDisplayOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/**
 * Teams as the setup lists them: a tree by parent (company, its departments, their teams), names
 * in the user's collation at each level. A team whose parent is gone is shown at the top rather
 * than lost. Also which teams a team may report to: a higher level, never itself or one under it.
 */
import type { TeamView } from '@contracts/views';

export interface TeamNode {
  team: TeamView;
  depth: number;
}

const RANK: Record<TeamView['level'], number> = { company: 0, department: 1, team: 2 };

/** Depth-first, each level sorted by rank then name: the order the list shows. */
export function teamTree(teams: readonly TeamView[], collator: Intl.Collator): TeamNode[] {
  const ids = new Set(teams.map((t) => t.id));
  const order = (a: TeamView, b: TeamView) => RANK[a.level] - RANK[b.level] || collator.compare(a.name, b.name);
  const childrenOf = (id: string | undefined) =>
    teams.filter((t) => (id === undefined ? !t.parentTeamId || !ids.has(t.parentTeamId) : t.parentTeamId === id)).sort(order);
  const nodes: TeamNode[] = [];
  const seen = new Set<string>();
  const walk = (team: TeamView, depth: number) => {
    // Storage refuses loops; this guard only keeps a corrupted record from hanging the page.
    if (seen.has(team.id)) return;
    seen.add(team.id);
    nodes.push({ team, depth });
    for (const child of childrenOf(team.id)) walk(child, depth + 1);
  };
  for (const root of childrenOf(undefined)) walk(root, 0);
  return nodes;
}

/** Teams `team` (a new one when `id` is undefined) may be placed under at `level`. */
export function parentCandidates(teams: readonly TeamView[], id: string | undefined, level: TeamView['level']): TeamView[] {
  if (level === 'company') return [];
  const below = new Set<string>();
  if (id) {
    const stack = [id];
    while (stack.length) {
      const current = stack.pop()!;
      below.add(current);
      for (const t of teams) if (t.parentTeamId === current && !below.has(t.id)) stack.push(t.id);
    }
  }
  return teams.filter((t) => RANK[t.level] < RANK[level] && !below.has(t.id));
}

/**
 * The scored OKR tree of a cycle and the alignment tree (OKR-METHOD.md "Structure and alignment").
 */
import { expectedProgress, type Clock, type CycleDates } from './cycle-time';
import { objectiveScore, scoreBand } from './scoring';
import { keyResultScore } from './key-result-score';
import { progressStatus } from './status';
import { storedInitiativeProgress } from './epic-progress';
import { byDisplayOrder } from './ordering';
import type { Initiative, KeyResult, Objective, ProgressStatus, ScoreBand } from './types';

export type ScoredInitiative = Initiative & { progress: number | null };

export type ScoredKeyResult = Omit<KeyResult, 'initiatives'> & {
  progress: number;
  band: ScoreBand;
  status: ProgressStatus;
  initiatives: ScoredInitiative[];
};

export type ScoredObjective = Objective & {
  /** Weighted mean of its KRs; null while it has none. */
  score: number | null;
  band: ScoreBand;
  status: ProgressStatus;
  keyResults: ScoredKeyResult[];
};

export interface ScoredOkrTree {
  expectedProgress: number;
  objectives: ScoredObjective[];
}

type Ordered = { id: string; order: number; createdAt: string };

/**
 * Scores every objective and key result against the time elapsed in `cycle` at `now`.
 * - KR: progress (keyResultScore, every kind), band, status (with its objective's commitment).
 * - Objective: score (objectiveScore), band, status; an objective without key results has
 *   score null, band 'none' and status 'not-started' (nothing to measure yet).
 * - Objectives and each objective's KRs are sorted by order, then createdAt.
 * The caller passes the objectives of `cycle`; all are measured against its time. Key results
 * whose objective is not in `objectives` are ignored. Inputs are not mutated.
 */
export function scoreOkrTree(input: {
  cycle: CycleDates;
  now: Clock;
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  /**
   * An initiative's progress, e.g. its epic as just read from Jira. Defaults to the stored one
   * (set by hand, or the epic's last known progress).
   */
  initiativeProgress?: (initiative: Initiative) => number | null;
}): ScoredOkrTree {
  const progressOf = input.initiativeProgress ?? storedInitiativeProgress;
  const expected = expectedProgress(input.cycle, input.now);
  const krsByObjective = new Map<string, KeyResult[]>();
  for (const kr of input.keyResults) {
    const list = krsByObjective.get(kr.objectiveId);
    if (list) list.push(kr);
    else krsByObjective.set(kr.objectiveId, [kr]);
  }

  const objectives = [...input.objectives].sort(byDisplayOrder).map((objective): ScoredObjective => {
    const { commitment } = objective;
    const keyResults = [...(krsByObjective.get(objective.id) ?? [])].sort(byDisplayOrder).map(
      (kr): ScoredKeyResult => {
        const initiatives = [...(kr.initiatives ?? [])]
          .sort(byDisplayOrder)
          .map((initiative) => ({ ...initiative, progress: progressOf(initiative) }));
        const progress = keyResultScore(kr, progressOf);
        return {
          ...kr,
          initiatives,
          progress,
          band: scoreBand(progress),
          status: progressStatus({ progress, expected, commitment }),
        };
      },
    );
    const score = objectiveScore(keyResults);
    return {
      ...objective,
      score,
      band: scoreBand(score),
      status: score === null ? 'not-started' : progressStatus({ progress: score, expected, commitment }),
      keyResults,
    };
  });

  return { expectedProgress: expected, objectives };
}

export interface AlignmentNode<T> {
  objective: T;
  children: Array<AlignmentNode<T>>;
  /**
   * True when this objective's parent link was ignored because following the links loops back
   * (A -> B -> A). The loop is broken at one objective, which is shown as a root with this flag.
   */
  inLoop: boolean;
}

type Alignable = Ordered & { parentObjectiveId?: string | undefined };

/**
 * Nests objectives under the objective they align to (`parentObjectiveId`).
 * - Roots: objectives with no parent, a parent not in the list, or themselves as parent.
 * - Loops in parent links (A -> B -> A) never loop forever: each loop is broken at the first of
 *   its members in display order, which becomes a root flagged `inLoop`.
 * - Every objective appears exactly once (a repeated id keeps its first occurrence).
 * - Roots and children are in display order (order, createdAt).
 */
export function alignmentTree<T extends Alignable>(objectives: readonly T[]): Array<AlignmentNode<T>> {
  const byId = new Map<string, T>();
  for (const objective of objectives) if (!byId.has(objective.id)) byId.set(objective.id, objective);
  const sorted = [...byId.values()].sort(byDisplayOrder);

  const parentOf = (o: T): T | undefined => {
    const parentId = o.parentObjectiveId;
    return parentId === undefined || parentId === o.id ? undefined : byId.get(parentId);
  };

  const children = new Map<string, T[]>();
  for (const objective of sorted) {
    const parent = parentOf(objective);
    if (parent === undefined) continue;
    const list = children.get(parent.id);
    if (list) list.push(objective);
    else children.set(parent.id, [objective]);
  }

  const placed = new Set<string>();
  // Iterative depth-first build, so a very deep chain cannot overflow the stack.
  const build = (root: T, inLoop: boolean): AlignmentNode<T> => {
    const rootNode: AlignmentNode<T> = { objective: root, children: [], inLoop };
    placed.add(root.id);
    const stack: Array<AlignmentNode<T>> = [rootNode];
    while (stack.length > 0) {
      const node = stack.pop() as AlignmentNode<T>;
      for (const child of children.get(node.objective.id) ?? []) {
        if (placed.has(child.id)) continue;
        placed.add(child.id);
        const childNode: AlignmentNode<T> = { objective: child, children: [], inLoop: false };
        node.children.push(childNode);
        stack.push(childNode);
      }
    }
    return rootNode;
  };

  const roots: Array<AlignmentNode<T>> = [];
  for (const objective of sorted) if (parentOf(objective) === undefined) roots.push(build(objective, false));

  // What is left hangs on a loop: every one of them has a parent, and following parents never
  // reaches a root. Break each loop at its first member in display order.
  for (const objective of sorted) {
    if (placed.has(objective.id)) continue;
    const path = new Set<string>();
    let current: T = objective;
    while (!path.has(current.id)) {
      path.add(current.id);
      const parent = parentOf(current);
      if (parent === undefined) break; // cannot happen for a leftover; kept as a guard
      current = parent;
    }
    const loop: T[] = [];
    let member = current;
    do {
      loop.push(member);
      member = parentOf(member) ?? member;
    } while (member.id !== current.id);
    const breakAt = loop.sort(byDisplayOrder)[0] ?? current;
    roots.push(build(breakAt, true));
  }

  return roots.sort((a, b) => byDisplayOrder(a.objective, b.objective));
}

/**
 * The headline score of a set of objectives (a team's cycle, or the organisation's): the mean
 * of the objective scores that exist. Objectives without key results have no score and are
 * left out; null when none has one.
 */
export function overallScore(objectives: ReadonlyArray<{ score: number | null }>): number | null {
  const scores = objectives.map((o) => o.score).filter((s): s is number => s !== null);
  return scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
}

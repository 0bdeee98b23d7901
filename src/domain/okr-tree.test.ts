import { alignmentTree, scoreOkrTree, type AlignmentNode, overallScore } from './okr-tree';
import type { KeyResult, KeyResultMeasure, Objective } from './types';

const q4 = { startDate: '2026-10-01', endDate: '2026-12-31' };
/** 46 of 92 days gone: expected progress 0.5. */
const midQ4 = new Date('2026-11-16T09:00:00Z');

function objective(id: string, extra: Partial<Objective> = {}): Objective {
  return {
    id,
    cycleId: 'q4',
    teamId: 'team',
    title: `Objective ${id}`,
    description: '',
    commitment: 'committed',
    order: 0,
    version: 1,
    createdAt: '2026-09-20T00:00:00.000Z',
    updatedAt: '2026-09-20T00:00:00.000Z',
    ...extra,
  };
}

function keyResult(id: string, objectiveId: string, measure: KeyResultMeasure, extra: Partial<KeyResult> = {}): KeyResult {
  return {
    id,
    objectiveId,
    title: `KR ${id}`,
    weight: 1,
    measure,
    order: 0,
    version: 1,
    createdAt: '2026-09-20T00:00:00.000Z',
    updatedAt: '2026-09-20T00:00:00.000Z',
    ...extra,
  };
}

const pct = (current: number): KeyResultMeasure => ({ kind: 'percentage', current });

describe('scoreOkrTree', () => {
  it('scores objectives and key results against the time elapsed', () => {
    const tree = scoreOkrTree({
      cycle: q4,
      now: midQ4,
      objectives: [objective('o1'), objective('o2', { commitment: 'aspirational', order: 1 }), objective('o3', { order: 2 })],
      keyResults: [
        keyResult('k1', 'o1', pct(60)),
        keyResult('k2', 'o1', { kind: 'metric', baseline: 30, target: 10, current: 26, unit: 'h', direction: 'decrease' }),
        keyResult('k3', 'o2', pct(30)),
        keyResult('stray', 'elsewhere', pct(100)),
      ],
    });

    expect(tree.expectedProgress).toBe(0.5);
    expect(tree.objectives.map((o) => o.id)).toEqual(['o1', 'o2', 'o3']);

    const [o1, o2, o3] = tree.objectives;
    expect(o1?.keyResults.map((k) => [k.id, k.progress, k.band, k.status])).toEqual([
      ['k1', 0.6, 'yellow', 'on-track'],
      ['k2', 0.2, 'red', 'off-track'],
    ]);
    expect(o1?.score).toBeCloseTo(0.4, 12);
    expect(o1?.band).toBe('yellow');
    expect(o1?.status).toBe('on-track');

    // Aspirational: 0.3 against 0.35 expected is on track; the same KR committed would be at risk.
    expect(o2?.score).toBe(0.3);
    expect(o2?.band).toBe('red');
    expect(o2?.status).toBe('on-track');
    expect(o2?.keyResults[0]?.status).toBe('on-track');

    expect(o3?.score).toBeNull();
    expect(o3?.band).toBe('none');
    expect(o3?.status).toBe('not-started');
    expect(o3?.keyResults).toEqual([]);
  });

  it('sorts by order, then createdAt', () => {
    const tree = scoreOkrTree({
      cycle: q4,
      now: midQ4,
      objectives: [
        objective('late', { order: 1, createdAt: '2026-09-22T00:00:00.000Z' }),
        objective('early', { order: 1, createdAt: '2026-09-21T00:00:00.000Z' }),
        objective('first', { order: 0, createdAt: '2026-09-30T00:00:00.000Z' }),
      ],
      keyResults: [
        keyResult('b', 'first', pct(0), { order: 2 }),
        keyResult('c', 'first', pct(0), { order: 1, createdAt: '2026-09-25T00:00:00.000Z' }),
        keyResult('a', 'first', pct(0), { order: 1, createdAt: '2026-09-24T00:00:00.000Z' }),
      ],
    });
    expect(tree.objectives.map((o) => o.id)).toEqual(['first', 'early', 'late']);
    expect(tree.objectives[0]?.keyResults.map((k) => k.id)).toEqual(['a', 'c', 'b']);
  });

  it("reports 'not-started' before the cycle and 'done' at full progress", () => {
    const before = scoreOkrTree({
      cycle: q4,
      now: '2026-09-01',
      objectives: [objective('o1')],
      keyResults: [keyResult('k1', 'o1', pct(0)), keyResult('k2', 'o1', { kind: 'milestone', done: true })],
    });
    expect(before.expectedProgress).toBe(0);
    expect(before.objectives[0]?.keyResults.map((k) => k.status)).toEqual(['not-started', 'done']);
    expect(before.objectives[0]?.score).toBe(0.5);
    expect(before.objectives[0]?.status).toBe('on-track');
  });

  it('does not mutate its input', () => {
    const objectives = [objective('b', { order: 1 }), objective('a')];
    const keyResults = [keyResult('k', 'a', pct(10))];
    const snapshot = JSON.stringify({ objectives, keyResults });
    scoreOkrTree({ cycle: q4, now: midQ4, objectives, keyResults });
    expect(JSON.stringify({ objectives, keyResults })).toBe(snapshot);
  });
});

/** A tree as nested ids, loops marked with "!". */
function shape<T extends { id: string }>(nodes: Array<AlignmentNode<T>>): unknown[] {
  return nodes.map((n) => (n.children.length > 0 ? { [`${n.objective.id}${n.inLoop ? '!' : ''}`]: shape(n.children) } : `${n.objective.id}${n.inLoop ? '!' : ''}`));
}

describe('alignmentTree', () => {
  it('nests objectives under their parents; an absent parent makes a root', () => {
    const tree = alignmentTree([
      objective('team-b', { parentObjectiveId: 'company', order: 1 }),
      objective('company'),
      objective('team-a', { parentObjectiveId: 'company', order: 0 }),
      objective('squad', { parentObjectiveId: 'team-a' }),
      objective('orphan', { parentObjectiveId: 'other-cycle', order: 5 }),
    ]);
    expect(shape(tree)).toEqual([{ company: [{ 'team-a': ['squad'] }, 'team-b'] }, 'orphan']);
  });

  it('breaks a loop in parent links instead of looping forever', () => {
    const tree = alignmentTree([
      objective('a', { parentObjectiveId: 'c', order: 2 }),
      objective('b', { parentObjectiveId: 'a', order: 1 }),
      objective('c', { parentObjectiveId: 'b', order: 3 }),
      objective('leaf', { parentObjectiveId: 'c', order: 4 }),
      objective('root', { order: 0 }),
    ]);
    // The loop a -> c -> b -> a is broken at its first member in display order (b).
    expect(shape(tree)).toEqual(['root', { 'b!': [{ c: ['a', 'leaf'] }] }]);
    const ids: string[] = [];
    const walk = (nodes: Array<AlignmentNode<Objective>>) => nodes.forEach((n) => (ids.push(n.objective.id), walk(n.children)));
    walk(tree);
    expect(ids.sort()).toEqual(['a', 'b', 'c', 'leaf', 'root']);
  });

  it('treats a self-parent as a root and keeps the first of repeated ids', () => {
    const tree = alignmentTree([
      objective('self', { parentObjectiveId: 'self' }),
      objective('x', { parentObjectiveId: 'self', order: 1 }),
      objective('x', { order: 9, title: 'duplicate' }),
    ]);
    expect(shape(tree)).toEqual([{ self: ['x'] }]);
    expect(tree[0]?.inLoop).toBe(false);
    expect(tree[0]?.children[0]?.objective.order).toBe(1);
  });

  it('handles a two-objective loop and a long chain', () => {
    expect(shape(alignmentTree([objective('p', { parentObjectiveId: 'q' }), objective('q', { parentObjectiveId: 'p', order: 1 })]))).toEqual([
      { 'p!': ['q'] },
    ]);
    const chain = Array.from({ length: 20000 }, (_, i) => objective(`n${i}`, i > 0 ? { parentObjectiveId: `n${i - 1}` } : {}));
    const tree = alignmentTree(chain);
    expect(tree).toHaveLength(1);
    let depth = 0;
    let node: AlignmentNode<Objective> | undefined = tree[0];
    while (node) {
      depth += 1;
      node = node.children[0];
    }
    expect(depth).toBe(20000);
  });
});

describe('overallScore', () => {
  it('is the mean of the scored objectives, ignoring those without key results', () => {
    expect(overallScore([{ score: 0.5 }, { score: null }, { score: 1 }])).toBeCloseTo(0.75);
  });
  it('is null when no objective has a score', () => {
    expect(overallScore([])).toBeNull();
    expect(overallScore([{ score: null }])).toBeNull();
  });
});

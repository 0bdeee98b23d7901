import { epicProgress, initiativeDrivenProgress, isSnapshotOutdated, storedInitiativeProgress } from './epic-progress';
import { objectiveScore } from './scoring';
import { scoreOkrTree } from './okr-tree';
import type { Initiative, KeyResult, Objective, StatusCategory } from './types';

const child = (statusCategory: StatusCategory, storyPoints?: number | null) => ({ statusCategory, storyPoints });

describe('epicProgress', () => {
  it('counts done children over all children by default', () => {
    const reading = { statusCategory: 'indeterminate' as const, children: [child('done'), child('done'), child('new'), child('indeterminate')] };
    expect(epicProgress(reading)).toEqual({ progress: 0.5, done: 2, total: 4, measuredBy: 'count' });
  });

  it('weighs children by story points when asked, unpointed children weighing nothing', () => {
    const reading = { statusCategory: 'indeterminate' as const, children: [child('done', 8), child('new', 2), child('done', null), child('new', 10)] };
    expect(epicProgress(reading, 'points')).toEqual({ progress: 0.4, done: 8, total: 20, measuredBy: 'points' });
  });

  it('falls back to counting issues when no child has points', () => {
    const reading = { statusCategory: 'new' as const, children: [child('done'), child('new', 0), child('new', null)] };
    expect(epicProgress(reading, 'points')).toEqual({ progress: 1 / 3, done: 1, total: 3, measuredBy: 'count' });
  });

  it('counts an epic whose own status is done as complete, whatever its children', () => {
    const reading = { statusCategory: 'done' as const, children: [child('done'), child('new')] };
    expect(epicProgress(reading)).toEqual({ progress: 1, done: 1, total: 2, measuredBy: 'count' });
    expect(epicProgress({ statusCategory: 'done', children: [child('done', 3), child('new', 5)] }, 'points')).toEqual({ progress: 1, done: 3, total: 8, measuredBy: 'points' });
    expect(epicProgress(reading, 'points').progress).toBe(1);
  });

  it('counts an epic without children by its own status', () => {
    expect(epicProgress({ statusCategory: 'indeterminate', children: [] }).progress).toBe(0);
    expect(epicProgress({ statusCategory: 'done', children: [] }).progress).toBe(1);
    expect(epicProgress({ statusCategory: 'new', children: [] }, 'points')).toEqual({ progress: 0, done: 0, total: 0, measuredBy: 'count' });
  });
});

let nextId = 0;
const initiative = (link: Initiative['link'], weight = 1): Initiative => ({
  // Ids in creation order: with equal order and createdAt, display order falls back to the id.
  id: `i-${String(++nextId).padStart(3, '0')}`,
  keyResultId: 'kr',
  title: '',
  weight,
  link,
  order: 0,
  version: 1,
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
});
const snapshot = (progress: number) => ({ progress, done: 0, total: 0, statusCategory: 'indeterminate' as const, measuredBy: 'count' as const, at: '2026-11-01T00:00:00.000Z' });

describe('storedInitiativeProgress', () => {
  it('is the manual value, or the epic last known progress, or unknown', () => {
    expect(storedInitiativeProgress(initiative({ kind: 'manual', progress: 0.3 }))).toBe(0.3);
    expect(storedInitiativeProgress(initiative({ kind: 'epic', epicKey: 'A-1', lastKnown: snapshot(0.8) }))).toBe(0.8);
    expect(storedInitiativeProgress(initiative({ kind: 'epic', epicKey: 'A-1' }))).toBeNull();
  });
});

describe('initiativeDrivenProgress', () => {
  it('is the weighted mean, unknown progress counting as 0', () => {
    expect(initiativeDrivenProgress([{ weight: 3, progress: 1 }, { weight: 1, progress: 0.2 }])).toBeCloseTo(0.8);
    expect(initiativeDrivenProgress([{ weight: 1, progress: null }, { weight: 1, progress: 1 }])).toBe(0.5);
  });
  it('uses the plain mean when every weight is 0, and 0 with no initiatives', () => {
    expect(initiativeDrivenProgress([{ weight: 0, progress: 1 }, { weight: 0, progress: 0 }])).toBe(0.5);
    expect(initiativeDrivenProgress([])).toBe(0);
  });
});

describe('initiative-driven key results in the tree', () => {
  const objective: Objective = {
    id: 'o', cycleId: 'c', teamId: 't', title: 'Ship it', description: '', commitment: 'committed', order: 0, version: 1,
    createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z',
  };
  const kr = (id: string, measure: KeyResult['measure'], initiatives: Initiative[] = []): KeyResult => ({
    id, objectiveId: 'o', title: id, weight: 1, measure, order: 0, version: 1, initiatives,
    createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z',
  });

  it('feeds epic progress into the key result and the objective score', () => {
    const epicA = initiative({ kind: 'epic', epicKey: 'A-1', lastKnown: snapshot(0.1) }, 1);
    const epicB = initiative({ kind: 'epic', epicKey: 'B-2' }, 1);
    const tree = scoreOkrTree({
      cycle: { startDate: '2026-10-01', endDate: '2026-12-31' },
      now: '2026-11-15T00:00:00.000Z',
      objectives: [objective],
      keyResults: [kr('driven', { kind: 'initiatives' }, [epicA, epicB]), kr('milestone', { kind: 'milestone', done: true })],
      // Fresh from Jira: A-1 is 60% done; B-2 was never read.
      initiativeProgress: (i) => (i.link.kind === 'epic' && i.link.epicKey === 'A-1' ? 0.6 : null),
    });
    const [scored] = tree.objectives;
    expect(scored!.keyResults[0]!.initiatives.map((i) => i.progress)).toEqual([0.6, null]);
    expect(scored!.keyResults[0]!.progress).toBeCloseTo(0.3);
    expect(scored!.score).toBeCloseTo(0.65);
  });

  it('lets a metric key result list initiatives without deriving progress from them', () => {
    const tree = scoreOkrTree({
      cycle: { startDate: '2026-10-01', endDate: '2026-12-31' },
      now: '2026-11-15T00:00:00.000Z',
      objectives: [objective],
      keyResults: [
        kr('metric', { kind: 'metric', baseline: 0, target: 10, current: 2, unit: '', direction: 'increase' }, [
          initiative({ kind: 'manual', progress: 1 }),
        ]),
      ],
    });
    expect(tree.objectives[0]!.keyResults[0]!.progress).toBeCloseTo(0.2);
    expect(tree.objectives[0]!.keyResults[0]!.initiatives[0]!.progress).toBe(1);
  });

  it('prefers a precomputed progress in the objective score', () => {
    expect(objectiveScore([{ weight: 1, measure: { kind: 'initiatives' }, progress: 0.9 }])).toBeCloseTo(0.9);
  });
});

describe('isSnapshotOutdated', () => {
  const stored = { progress: 0.5, done: 1, total: 2, statusCategory: 'indeterminate' as const, measuredBy: 'count' as const, at: '2026-11-01T10:00:00.000Z' };
  it('is outdated when nothing is stored, when the numbers moved, or after an hour', () => {
    expect(isSnapshotOutdated(undefined, stored)).toBe(true);
    expect(isSnapshotOutdated(stored, { ...stored, done: 2, progress: 1 })).toBe(true);
    expect(isSnapshotOutdated(stored, { ...stored, at: '2026-11-01T11:00:01.000Z' })).toBe(true);
  });
  it('is fresh when the same numbers are read again within the hour', () => {
    expect(isSnapshotOutdated(stored, { ...stored, at: '2026-11-01T10:59:00.000Z' })).toBe(false);
  });
});

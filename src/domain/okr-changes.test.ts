import { changeId, keyResultChanges, objectiveChanges } from './okr-changes';
import type { KeyResult, Objective } from './types';

const objective: Objective = {
  id: 'o1',
  cycleId: 'c1',
  teamId: 't1',
  title: 'Delight customers',
  description: '',
  commitment: 'aspirational',
  order: 1,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'NPS from 40 to 70',
  weight: 1,
  measure: { kind: 'metric', baseline: 40, target: 70, current: 45, unit: 'pts', direction: 'increase' },
  order: 1,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('objectiveChanges', () => {
  it('is empty when nothing recorded changed (version, dates and order are not recorded)', () => {
    expect(objectiveChanges(objective, { ...objective, version: 2, order: 5, updatedAt: 'x' } as Objective)).toEqual([]);
  });

  it('treats an absent visibility as public', () => {
    expect(objectiveChanges(objective, { ...objective, visibility: 'public' })).toEqual([]);
    expect(objectiveChanges(objective, { ...objective, visibility: 'private' })).toEqual([{ field: 'visibility', before: 'public', after: 'private' }]);
  });

  it('lists each changed field with primitive before and after', () => {
    expect(
      objectiveChanges(objective, {
        ...objective,
        title: 'Delight every customer',
        commitment: 'committed',
        ownerAccountId: 'acc-1',
        parentObjectiveId: 'p1',
        description: '설명',
      }),
    ).toEqual([
      { field: 'title', before: 'Delight customers', after: 'Delight every customer' },
      { field: 'description', before: null, after: '설명' },
      { field: 'commitment', before: 'aspirational', after: 'committed' },
      { field: 'owner', before: null, after: 'acc-1' },
      { field: 'alignment', before: null, after: 'p1' },
    ]);
  });

  it('records removing the owner and the alignment as null', () => {
    const before = { ...objective, ownerAccountId: 'acc-1', parentObjectiveId: 'p1' };
    expect(objectiveChanges(before, objective)).toEqual([
      { field: 'owner', before: 'acc-1', after: null },
      { field: 'alignment', before: 'p1', after: null },
    ]);
  });
});

describe('keyResultChanges', () => {
  it('records a target edit as one field', () => {
    const after = { ...keyResult, measure: { ...keyResult.measure, target: 60 } as KeyResult['measure'] };
    expect(keyResultChanges(keyResult, after)).toEqual([{ field: 'target', before: 70, after: 60 }]);
  });

  it('ignores progress (the current value belongs to check-ins) and unrecorded fields', () => {
    const after = { ...keyResult, version: 3, measure: { ...keyResult.measure, current: 60 } as KeyResult['measure'] };
    expect(keyResultChanges(keyResult, after)).toEqual([]);
  });

  it('records a change of kind with the metric fields it drops', () => {
    expect(keyResultChanges(keyResult, { ...keyResult, measure: { kind: 'percentage', current: 0 } })).toEqual([
      { field: 'kind', before: 'metric', after: 'percentage' },
      { field: 'baseline', before: 40, after: null },
      { field: 'target', before: 70, after: null },
      { field: 'unit', before: 'pts', after: null },
    ]);
  });

  it('records title, owner and weight', () => {
    expect(keyResultChanges(keyResult, { ...keyResult, title: 'NPS 70', ownerAccountId: 'acc-2', weight: 2 })).toEqual([
      { field: 'title', before: 'NPS from 40 to 70', after: 'NPS 70' },
      { field: 'owner', before: null, after: 'acc-2' },
      { field: 'weight', before: 1, after: 2 },
    ]);
  });
});

describe('changeId', () => {
  it('sorts by time', () => {
    const a = changeId('2026-01-01T00:00:00.000Z', 'zzz');
    const b = changeId('2026-01-01T00:00:00.001Z', 'aaa');
    expect([b, a].sort()).toEqual([a, b]);
  });
});

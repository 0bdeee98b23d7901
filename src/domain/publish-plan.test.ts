import {
  definitionFingerprint,
  keyResultDefinitionOf,
  objectiveDefinitionOf,
  planPublish,
  type PublishPlanInput,
  type PublishedRecord,
} from './publish-plan';
import type { KeyResultDraftItem, ObjectiveDraftItem } from './session';
import type { KeyResult, Objective } from './types';

const at = '2026-12-01T09:00:00.000Z';
const checklist = { ambitious: true, scorable: true, commitmentAgreed: true };

const draft = (over: Partial<ObjectiveDraftItem> = {}): ObjectiveDraftItem => ({
  kind: 'objective',
  id: 'd-o1',
  title: 'Make onboarding effortless',
  description: '',
  commitment: 'committed',
  checklist,
  order: 1,
  version: 1,
  createdAt: at,
  ...over,
});

const krDraft = (over: Partial<KeyResultDraftItem> = {}): KeyResultDraftItem => ({
  kind: 'key-result',
  id: 'd-k1',
  objectiveItemId: 'd-o1',
  title: 'Raise activation from 30 to 45',
  measure: { kind: 'metric', baseline: 30, target: 45, current: 30, unit: '%', direction: 'increase' },
  ownerAccountId: 'acc-1',
  weight: 1,
  order: 1,
  version: 1,
  createdAt: at,
  ...over,
});

const stored = (over: Partial<Objective> = {}, keyResults: KeyResult[] = [storedKr()]): PublishedRecord => ({
  objective: {
    id: 'o1',
    cycleId: 'c1',
    teamId: 't1',
    title: 'Make onboarding effortless',
    description: '',
    commitment: 'committed',
    ownerAccountId: 'acc-1',
    order: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...over,
  },
  keyResults,
});

function storedKr(over: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'k1',
    objectiveId: 'o1',
    title: 'Raise activation from 30 to 45',
    ownerAccountId: 'acc-1',
    weight: 1,
    measure: { kind: 'metric', baseline: 30, target: 45, current: 30, unit: '%', direction: 'increase' },
    order: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

/** The mapping and basis a first publish of `draft()` and `krDraft()` leaves. */
const publishedBefore = () => ({
  objectives: { 'd-o1': 'o1' },
  keyResults: { 'd-k1': 'k1' },
  basis: {
    'd-o1': definitionFingerprint(objectiveDefinitionOf({ ...draft(), teamId: 't1', cycleId: 'c1' })),
    'd-k1': definitionFingerprint(keyResultDefinitionOf(krDraft())),
  },
});

function plan(over: Partial<PublishPlanInput> = {}) {
  let n = 0;
  return planPublish({
    objectives: [draft()],
    keyResults: [krDraft()],
    published: publishedBefore(),
    existing: new Map([['o1', stored()]]),
    alignedTo: new Set(),
    resolutions: {},
    teamId: 't1',
    cycleId: 'c1',
    publisherAccountId: 'acc-1',
    at,
    baseOrder: 100,
    newId: () => `new-${n++}`,
    ...over,
  });
}

describe('planPublish: the first publish', () => {
  it('creates every draft with new ids and records the basis', () => {
    const result = plan({ published: undefined, existing: new Map() });
    expect(result.counts).toEqual({ created: 1, updated: 0, unchanged: 0, removed: 0 });
    expect(result.records[0]!.objective).toMatchObject({ id: 'new-0', title: 'Make onboarding effortless', ownerAccountId: 'acc-1', version: 1 });
    expect(result.published.objectives).toEqual({ 'd-o1': 'new-0' });
    expect(Object.keys(result.published.basis).sort()).toEqual(['d-k1', 'd-o1']);
  });
});

describe('planPublish: the three-way rule', () => {
  it('writes nothing when neither side changed', () => {
    const result = plan();
    expect(result.records).toEqual([]);
    expect(result.counts.unchanged).toBe(1);
  });

  it('keeps the panel’s edit when only the panel changed', () => {
    const result = plan({ existing: new Map([['o1', stored({ title: 'Renamed in the panel', version: 2 })]]) });
    expect(result.records).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('writes the session’s edit when only the session changed, keeping progress and check-ins', () => {
    const lastCheckIn = { id: 'ci', value: 40, confidence: 'high' as const, comment: '', authorAccountId: 'acc-1', createdAt: at };
    const result = plan({
      objectives: [draft({ title: 'Renamed in the session' })],
      keyResults: [krDraft({ measure: { kind: 'metric', baseline: 30, target: 50, current: 30, unit: '%', direction: 'increase' } })],
      existing: new Map([['o1', stored({}, [storedKr({ measure: { kind: 'metric', baseline: 30, target: 45, current: 40, unit: '%', direction: 'increase' }, lastCheckIn })])]]),
    });
    const [record] = result.records;
    expect(record!.objective).toMatchObject({ title: 'Renamed in the session', version: 2 });
    expect(record!.keyResults[0]).toMatchObject({ measure: { target: 50, current: 40 }, lastCheckIn, version: 2 });
  });

  it('is a conflict when both changed differently, and follows a resolution for the version seen', () => {
    const input = { objectives: [draft({ title: 'Session title' })], existing: new Map([['o1', stored({ title: 'Panel title', version: 3 })]]) };
    expect(plan(input).conflicts).toEqual([expect.objectContaining({ kind: 'objective', itemId: 'd-o1', change: 'edited', panelVersion: 3 })]);
    expect(plan({ ...input, resolutions: { 'd-o1': { take: 'session', panelVersion: 3 } } }).records[0]!.objective.title).toBe('Session title');
    expect(plan({ ...input, resolutions: { 'd-o1': { take: 'panel', panelVersion: 3 } } }).records).toEqual([]);
    expect(plan({ ...input, resolutions: { 'd-o1': { take: 'session', panelVersion: 2 } } }).conflicts).toHaveLength(1);
  });

  it('is no conflict when both sides made the same change', () => {
    const result = plan({ objectives: [draft({ title: 'Same' })], existing: new Map([['o1', stored({ title: 'Same', version: 2 })]]) });
    expect(result.conflicts).toEqual([]);
    expect(result.records).toEqual([]);
  });

  it('treats a session published without a basis as unknown: any difference asks', () => {
    const { basis: _basis, ...legacy } = publishedBefore();
    expect(plan({ published: legacy, existing: new Map([['o1', stored({ title: 'Panel title' })]]) }).conflicts).toHaveLength(1);
    expect(plan({ published: legacy }).conflicts).toEqual([]);
  });

  it('ignores resolutions inherited from the prototype', () => {
    const resolutions = Object.create({ 'd-o1': { take: 'session', panelVersion: 2 } }) as Record<string, never>;
    const result = plan({ objectives: [draft({ title: 'Session title' })], existing: new Map([['o1', stored({ title: 'Panel title', version: 2 })]]), resolutions });
    expect(result.conflicts).toHaveLength(1);
  });
});

describe('planPublish: what the session no longer drafts', () => {
  it('keeps key results added in the panel', () => {
    const added = storedKr({ id: 'k-panel', title: 'Added in the panel' });
    const result = plan({ objectives: [draft({ title: 'Renamed' })], existing: new Map([['o1', stored({}, [storedKr(), added])]]) });
    expect(result.records[0]!.keyResults.map((k) => k.id)).toEqual(['k1', 'k-panel']);
    expect(result.kept).toEqual([expect.objectContaining({ targetId: 'k-panel', reason: 'added-in-panel' })]);
  });

  it('removes an untouched key result with its draft, keeps one with check-ins or initiatives', () => {
    expect(plan({ keyResults: [] }).records[0]!.keyResults).toEqual([]);
    const lastCheckIn = { id: 'ci', value: 31, confidence: 'low' as const, comment: '', authorAccountId: 'acc-1', createdAt: at };
    const withWork = plan({ keyResults: [], existing: new Map([['o1', stored({}, [storedKr({ lastCheckIn })])]]) });
    expect(withWork.records).toEqual([]);
    expect(withWork.kept).toEqual([expect.objectContaining({ targetId: 'k1', reason: 'has-check-ins' })]);
  });

  it('removes an untouched objective with its draft, keeps one others align to or that was edited', () => {
    expect(plan({ objectives: [], keyResults: [] }).removedObjectiveIds).toEqual(['o1']);
    expect(plan({ objectives: [], keyResults: [], alignedTo: new Set(['o1']) }).kept).toEqual([expect.objectContaining({ reason: 'has-aligned-objectives' })]);
    const edited = plan({ objectives: [], keyResults: [], existing: new Map([['o1', stored({ title: 'Edited' })]]) });
    expect(edited.removedObjectiveIds).toEqual([]);
    expect(edited.kept).toEqual([expect.objectContaining({ kind: 'objective', reason: 'edited-in-panel' })]);
  });

  it('leaves an objective deleted in the panel deleted while the session did not change it', () => {
    const result = plan({ existing: new Map() });
    expect(result.records).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.published.objectives).toEqual({ 'd-o1': 'o1' });
  });
});

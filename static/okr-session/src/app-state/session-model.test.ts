import { describe, expect, it } from '@jest/globals';
import { saveSessionItemPayload } from '@contracts/schemas';
import { en } from '@shared/i18n/en';
import { ko } from '@shared/i18n/ko';
import {
  STEP_NAME,
  STEP_SHORT_NAME,
  STEPS,
  byOrder,
  candidatesByVotes,
  candidatesInOrder,
  itemTitle,
  keyResultItemPayload,
  keyResultsOf,
  nextStep,
  objectiveItemPayload,
  qualityOf,
  stepNumber,
  stepOf,
  type CandidateView,
  type KeyResultItemView,
  type ObjectiveItemView,
  type ReadySession,
} from './session-model';

const at = (minute: number) => `2026-05-01T09:${String(minute).padStart(2, '0')}:00.000Z`;

const candidate = (id: string, votes: number, minute: number, text = id): CandidateView => ({
  kind: 'candidate',
  id,
  text,
  authorAccountId: 'acc-1',
  version: 1,
  createdAt: at(minute),
  votes,
  votedByMe: false,
  quality: [],
});

const objective = (id: string, changes: Partial<ObjectiveItemView> = {}): ObjectiveItemView => ({
  kind: 'objective',
  id,
  title: `Objective ${id}`,
  description: '',
  commitment: 'committed',
  checklist: { ambitious: false, scorable: false, commitmentAgreed: false },
  order: 0,
  version: 1,
  createdAt: at(0),
  quality: [],
  ...changes,
});

const keyResult = (id: string, objectiveItemId: string, changes: Partial<KeyResultItemView> = {}): KeyResultItemView => ({
  kind: 'key-result',
  id,
  objectiveItemId,
  title: `Key result ${id}`,
  measure: { kind: 'metric', baseline: 10, target: 20, current: 12, unit: 'users', direction: 'increase' },
  weight: 1,
  order: 0,
  version: 1,
  createdAt: at(0),
  quality: [],
  ...changes,
});

/** Only what the look-ups read; the rest of a ready session does not matter to them. */
const session = (parts: Partial<Pick<ReadySession, 'candidates' | 'objectives' | 'keyResults' | 'steps'>>): ReadySession =>
  ({ state: 'ready', candidates: [], objectives: [], keyResults: [], steps: [], ...parts }) as unknown as ReadySession;

describe('the steps', () => {
  it('run prep, stage, key results, owners, review', () => {
    expect(STEPS).toEqual(['prep', 'stage', 'key-results', 'owners', 'review']);
  });

  it('are numbered from 1 and lead on to the next, the last to none', () => {
    expect(STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(nextStep('prep')).toBe('stage');
    expect(nextStep('owners')).toBe('review');
    expect(nextStep('review')).toBeUndefined();
  });

  it('have a name and a short name in every catalogue', () => {
    for (const step of STEPS) {
      for (const key of [STEP_NAME[step], STEP_SHORT_NAME[step]]) {
        expect(en[key]).toEqual(expect.any(String));
        expect(ko[key]).toEqual(expect.any(String));
      }
    }
  });

  it('read a step the view does not list as still to do, with nothing in its way', () => {
    const view = session({ steps: [{ step: 'prep', state: 'current', blocking: [{ code: 'no-facilitator' }], warnings: [] }] });
    expect(stepOf(view, 'prep').state).toBe('current');
    expect(stepOf(view, 'review')).toEqual({ step: 'review', state: 'todo', blocking: [], warnings: [] });
  });
});

describe('ordering', () => {
  it('lists items by order, then by when they were added, then by id, without touching the input', () => {
    const items = [
      objective('c', { order: 1, createdAt: at(0) }),
      objective('b', { order: 0, createdAt: at(5) }),
      objective('z', { order: 0, createdAt: at(1) }),
      objective('a', { order: 0, createdAt: at(1) }),
    ];
    expect(byOrder(items).map((o) => o.id)).toEqual(['a', 'z', 'b', 'c']);
    expect(items.map((o) => o.id)).toEqual(['c', 'b', 'z', 'a']);
  });

  it('gives an objective only its own key results, in order', () => {
    const view = session({
      keyResults: [keyResult('k2', 'o1', { order: 2 }), keyResult('x', 'o2'), keyResult('k1', 'o1', { order: 1 })],
    });
    expect(keyResultsOf(view, 'o1').map((k) => k.id)).toEqual(['k1', 'k2']);
    expect(keyResultsOf(view, 'missing')).toEqual([]);
  });

  it('ranks candidates by votes, ties in the order they were added', () => {
    const candidates = [candidate('late-tie', 2, 9), candidate('top', 5, 8), candidate('early-tie', 2, 1), candidate('none', 0, 0)];
    expect(candidatesByVotes(candidates).map((c) => c.id)).toEqual(['top', 'early-tie', 'late-tie', 'none']);
    expect(candidatesInOrder(candidates).map((c) => c.id)).toEqual(['none', 'early-tie', 'top', 'late-tie']);
  });
});

describe('itemTitle and qualityOf', () => {
  it('names any draft item, and nothing once it is gone', () => {
    const view = session({ candidates: [candidate('c1', 0, 0, 'Win Korea')], objectives: [objective('o1')], keyResults: [keyResult('k1', 'o1')] });
    expect(itemTitle(view, 'c1')).toBe('Win Korea');
    expect(itemTitle(view, 'o1')).toBe('Objective o1');
    expect(itemTitle(view, 'k1')).toBe('Key result k1');
    expect(itemTitle(view, 'gone')).toBeUndefined();
  });

  it('adds the hints steps give about the item, each code once, and not other items’ hints', () => {
    const own = { code: 'objective-no-direction', params: {} } as const;
    const fromStep = { code: 'objective-has-number', params: { number: '30%' } } as const;
    const view = session({
      steps: [
        {
          step: 'key-results',
          state: 'current',
          blocking: [],
          warnings: [
            { code: 'quality', itemId: 'o1', issue: own },
            { code: 'quality', itemId: 'o1', issue: fromStep },
            { code: 'quality', itemId: 'o2', issue: { code: 'kr-not-measurable', params: {} } },
            { code: 'no-facilitator' },
          ],
        },
      ],
    });
    expect(qualityOf(view, { id: 'o1', quality: [own] })).toEqual([own, fromStep]);
    expect(qualityOf(view, { id: 'o3', quality: [] })).toEqual([]);
  });
});

describe('objectiveItemPayload', () => {
  const item = objective('o1', { candidateId: 'c1', parentObjectiveId: 'p1', version: 3, description: 'Why' });

  it('rewrites every field, keeping the candidate link and the version read', () => {
    const payload = objectiveItemPayload(item);
    expect(payload).toEqual({
      kind: 'objective',
      id: 'o1',
      version: 3,
      candidateId: 'c1',
      title: 'Objective o1',
      description: 'Why',
      commitment: 'committed',
      checklist: { ambitious: false, scorable: false, commitmentAgreed: false },
      parentObjectiveId: 'p1',
    });
    expect(saveSessionItemPayload.safeParse(payload).success).toBe(true);
  });

  it('applies the caller’s changes, and clears the alignment by leaving the parent out', () => {
    const payload = objectiveItemPayload(item, { title: 'Sharper', parentObjectiveId: undefined }, 4);
    expect(payload).toMatchObject({ title: 'Sharper', version: 4 });
    expect(payload).not.toHaveProperty('parentObjectiveId');
    expect(saveSessionItemPayload.safeParse(payload).success).toBe(true);
  });

  it('omits the candidate link of an objective drafted from scratch', () => {
    expect(objectiveItemPayload(objective('o2'))).not.toHaveProperty('candidateId');
  });
});

describe('keyResultItemPayload', () => {
  it('sends a stored measure back with only the contract’s fields', () => {
    const withExtra = keyResult('k1', 'o1', { measure: { kind: 'percentage', current: 40, extra: 'x' } as never });
    const payload = keyResultItemPayload(withExtra);
    expect(payload.measure).toEqual({ kind: 'percentage', current: 40 });
    expect(saveSessionItemPayload.safeParse(payload).success).toBe(true);
  });

  it('keeps every measure kind valid for the contract', () => {
    const measures: KeyResultItemView['measure'][] = [
      { kind: 'metric', baseline: 5, target: 5, current: 5, unit: '', direction: 'decrease' },
      { kind: 'percentage', current: 0 },
      { kind: 'milestone', done: true },
      { kind: 'initiatives' },
    ];
    for (const measure of measures) {
      const payload = keyResultItemPayload(keyResult('k1', 'o1', { measure }));
      expect(payload.measure).toEqual(measure);
      expect(saveSessionItemPayload.safeParse(payload).success).toBe(true);
    }
  });

  it('keeps the owner unless changed, and clears it with null', () => {
    const owned = keyResult('k1', 'o1', { ownerAccountId: 'acc-1', weight: 2, version: 5 });
    expect(keyResultItemPayload(owned)).toMatchObject({ ownerAccountId: 'acc-1', weight: 2, version: 5, objectiveItemId: 'o1' });
    expect(keyResultItemPayload(owned, { ownerAccountId: 'acc-2' }).ownerAccountId).toBe('acc-2');
    expect(keyResultItemPayload(owned, { ownerAccountId: null })).not.toHaveProperty('ownerAccountId');
  });

  it('takes a new title and measure from the caller', () => {
    const payload = keyResultItemPayload(keyResult('k1', 'o1'), { title: 'Reach 50 users', measure: { kind: 'milestone' } }, 9);
    expect(payload).toMatchObject({ title: 'Reach 50 users', measure: { kind: 'milestone' }, version: 9 });
  });
});

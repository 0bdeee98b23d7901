import { canChangeFacilitator, canMoveTo, checkStep, publishBlockers, type KeyResultDraftItem, type ObjectiveDraftItem, type SessionContent } from './session';

const at = '2026-11-25T00:00:00.000Z';
const candidate = (id: string, text: string) => ({ kind: 'candidate' as const, id, text, authorAccountId: 'a', version: 1, createdAt: at });
const objective = (id: string, title = 'Delight new customers', checked = true): ObjectiveDraftItem => ({
  kind: 'objective',
  id,
  title,
  description: '',
  commitment: 'committed',
  checklist: { ambitious: checked, scorable: checked, commitmentAgreed: checked },
  order: 0,
  version: 1,
  createdAt: at,
});
const keyResult = (id: string, objectiveItemId: string, owner?: string, title = 'Raise activation from 30 to 45'): KeyResultDraftItem => ({
  kind: 'key-result',
  id,
  objectiveItemId,
  title,
  measure: { kind: 'metric', baseline: 30, target: 45, current: 30, unit: '%', direction: 'increase' },
  ...(owner ? { ownerAccountId: owner } : {}),
  weight: 1,
  order: 0,
  version: 1,
  createdAt: at,
});
const empty: SessionContent = { candidates: [], objectives: [], keyResults: [] };
const meeting = { notes: '' };

describe('checkStep', () => {
  it('prep only advises a facilitator', () => {
    expect(checkStep('prep', empty, meeting)).toEqual({ blocking: [], warnings: [{ code: 'no-facilitator' }] });
    expect(checkStep('prep', empty, { notes: '', facilitatorAccountId: 'f' })).toEqual({ blocking: [], warnings: [] });
  });

  it('set the stage needs a candidate and flags ones that read like a key result', () => {
    expect(checkStep('stage', empty, meeting).blocking).toEqual([{ code: 'no-candidates' }]);
    const check = checkStep('stage', { ...empty, candidates: [candidate('c', 'Generate 53 MQLs')] }, meeting);
    expect(check.blocking).toEqual([]);
    expect(check.warnings).toEqual([expect.objectContaining({ code: 'quality', itemId: 'c', issue: expect.objectContaining({ code: 'objective-has-number' }) })]);
  });

  it('set key results needs objectives with key results, and warns above three objectives', () => {
    expect(checkStep('key-results', empty, meeting).blocking).toEqual([{ code: 'no-objectives' }]);
    const objectives = ['a', 'b', 'c', 'd'].map((id) => objective(id));
    const check = checkStep('key-results', { ...empty, objectives, keyResults: [keyResult('k', 'a', 'o')] }, meeting);
    expect(check.blocking.map((b) => b.code)).toEqual(['objective-without-key-results', 'objective-without-key-results', 'objective-without-key-results']);
    expect(check.warnings).toContainEqual({ code: 'too-many-session-objectives', count: 4, max: 3 });
  });

  it('warns about key results that are activities', () => {
    const check = checkStep('key-results', { ...empty, objectives: [objective('a')], keyResults: [keyResult('k', 'a', 'o', 'Launch the new website')] }, meeting);
    expect(check.warnings).toContainEqual(expect.objectContaining({ itemId: 'k', issue: expect.objectContaining({ code: 'kr-is-activity' }) }));
  });

  it('assign owners blocks while a key result has no owner', () => {
    const content = { ...empty, objectives: [objective('a')], keyResults: [keyResult('k1', 'a', 'o'), keyResult('k2', 'a')] };
    expect(checkStep('owners', content, meeting).blocking).toEqual([{ code: 'key-result-without-owner', keyResultItemId: 'k2' }]);
  });

  it('review blocks until every checklist is complete', () => {
    const content = { ...empty, objectives: [objective('a'), objective('b', 'Win trust', false)], keyResults: [] };
    expect(checkStep('review', content, meeting).blocking).toEqual([{ code: 'checklist-incomplete', objectiveItemId: 'b' }]);
  });
});

describe('canMoveTo', () => {
  const ready: SessionContent = { candidates: [candidate('c', 'Delight customers')], objectives: [objective('a')], keyResults: [keyResult('k', 'a', 'o')] };

  it('moves forward one step at a time when nothing blocks', () => {
    expect(canMoveTo({ step: 'stage', meeting }, 'key-results', ready, 'x')).toEqual({ ok: true });
    expect(canMoveTo({ step: 'stage', meeting }, 'owners', ready, 'x')).toEqual({ ok: false, reason: 'not-adjacent' });
    expect(canMoveTo({ step: 'stage', meeting }, 'key-results', empty, 'x')).toMatchObject({ ok: false, reason: 'step-blocked' });
    expect(canMoveTo({ step: 'stage', meeting }, 'stage', ready, 'x')).toEqual({ ok: false, reason: 'same-step' });
  });

  it('reopens an earlier step for the facilitator, or anyone when there is none', () => {
    const led = { step: 'review' as const, meeting: { notes: '', facilitatorAccountId: 'f' } };
    expect(canMoveTo(led, 'stage', ready, 'f')).toEqual({ ok: true });
    expect(canMoveTo(led, 'stage', ready, 'someone')).toEqual({ ok: false, reason: 'only-facilitator-reopens' });
    expect(canMoveTo({ step: 'review', meeting }, 'prep', ready, 'someone')).toEqual({ ok: true });
  });
});

describe('publishBlockers', () => {
  it('is empty only when key results, owners and review are all complete', () => {
    const content: SessionContent = { candidates: [], objectives: [objective('a')], keyResults: [keyResult('k', 'a', 'o')] };
    expect(publishBlockers(content, meeting)).toEqual([]);
    expect(publishBlockers({ ...content, keyResults: [keyResult('k', 'a')] }, meeting)).toEqual([{ code: 'key-result-without-owner', keyResultItemId: 'k' }]);
  });
});

describe('canChangeFacilitator', () => {
  const session = (facilitatorAccountId?: string, createdByAccountId?: string) => ({
    meeting: { notes: '', ...(facilitatorAccountId ? { facilitatorAccountId } : {}) },
    ...(createdByAccountId ? { createdByAccountId } : {}),
  });

  it('lets anyone keep the facilitator as it is (editing the notes or the time)', () => {
    expect(canChangeFacilitator(session('f', 'c'), 'f', 'someone')).toBe(true);
    expect(canChangeFacilitator(session(undefined, 'c'), undefined, 'someone')).toBe(true);
  });

  it('makes setting, replacing or clearing the facilitator the current facilitator’s action', () => {
    expect(canChangeFacilitator(session('f', 'c'), 'p', 'f')).toBe(true);
    expect(canChangeFacilitator(session('f', 'c'), undefined, 'f')).toBe(true);
    expect(canChangeFacilitator(session('f', 'c'), 'p', 'p')).toBe(false);
    expect(canChangeFacilitator(session('f', 'c'), undefined, 'p')).toBe(false);
    // Not even the creator takes the role back from a facilitator.
    expect(canChangeFacilitator(session('f', 'c'), 'c', 'c')).toBe(false);
  });

  it('leaves the first facilitator to the session’s creator', () => {
    expect(canChangeFacilitator(session(undefined, 'c'), 'p', 'c')).toBe(true);
    expect(canChangeFacilitator(session(undefined, 'c'), 'p', 'p')).toBe(false);
  });

  it('lets anyone set the first facilitator of a session stored before creators were recorded', () => {
    expect(canChangeFacilitator(session(), 'p', 'p')).toBe(true);
    expect(canChangeFacilitator(session('f'), 'p', 'p')).toBe(false);
  });
});

/**
 * The team OKR session through the local host: identity from the macro's context, step rules,
 * two people editing at once (no lost update), and publishing (atomic, idempotent, in place).
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { expectOk, readySession, sessionContext, sessionFrame, toReview } from '../support/session-driver';

const { jisoo } = DEMO_USERS;
let host: TestHost;
const frame = () => sessionFrame(host);

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

describe('which session a call is about', () => {
  it('comes from the macro context: two macros on two pages never mix', async () => {
    const { team, cycle, as } = await frame();
    const onPageA = as(jisoo.accountId, sessionContext({ teamId: team.id, cycleId: cycle.id }, 'page-A', 'm-1'));
    const onPageB = as(jisoo.accountId, sessionContext({ teamId: team.id, cycleId: cycle.id }, 'page-B', 'm-1'));
    expectOk(await onPageA('saveSessionItem', { kind: 'candidate', text: 'Only on page A' }));
    expect(expectOk(await onPageA('getSession')).candidates).toHaveLength(1);
    expect(expectOk(await onPageB('getSession')).candidates).toEqual([]);
  });

  it('is refused outside a session macro, and asks for settings when the macro has none', async () => {
    const { as } = await frame();
    const fromPanel = await invoke(host, 'getSession', {}, { accountId: jisoo.accountId });
    expect(fromPanel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const unconfigured = as(jisoo.accountId, sessionContext({}));
    expect(expectOk(await unconfigured('getSession'))).toEqual({ state: 'unconfigured' });
    expect(await unconfigured('saveSessionItem', { kind: 'candidate', text: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('several people at once', () => {
  it('never loses an update: the second edit of the same version is a CONFLICT, the first stays', async () => {
    const { jisooCalls, emilyCalls } = await frame();
    const candidate = expectOk(await jisooCalls('saveSessionItem', { kind: 'candidate', text: 'Delight admins' })).item;
    const [a, b] = await Promise.all([
      jisooCalls('saveSessionItem', { kind: 'candidate', id: candidate.id, version: 1, text: 'Delight workspace admins' }),
      emilyCalls('saveSessionItem', { kind: 'candidate', id: candidate.id, version: 1, text: 'Delight every admin' }),
    ]);
    const answers = [a, b];
    expect(answers.filter((x) => x.ok)).toHaveLength(1);
    expect(answers.filter((x) => !x.ok)[0]).toMatchObject({ error: { code: 'CONFLICT' } });
    const winner = answers.find((x) => x.ok)!.data.item.text;
    const session = expectOk(await emilyCalls('getSession'));
    expect(session.candidates).toEqual([expect.objectContaining({ text: winner, version: 2 })]);
  });

  it('lets people add items and vote at the same time without conflicts', async () => {
    const { jisooCalls, emilyCalls } = await frame();
    const first = expectOk(await jisooCalls('saveSessionItem', { kind: 'candidate', text: 'Win enterprise trust' })).item;
    const results = await Promise.all([
      jisooCalls('saveSessionItem', { kind: 'candidate', text: 'Make pricing obvious' }),
      emilyCalls('saveSessionItem', { kind: 'candidate', text: 'Turn users into advocates' }),
      jisooCalls('voteCandidate', { candidateId: first.id, vote: true }),
      emilyCalls('voteCandidate', { candidateId: first.id, vote: true }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const session = expectOk(await emilyCalls('getSession'));
    expect(session.candidates).toHaveLength(3);
    expect(session.candidates[0]).toMatchObject({ id: first.id, votes: 2, votedByMe: true });
  });

  it('lets only one of two simultaneous step moves win', async () => {
    const { jisooCalls, emilyCalls } = await frame();
    const [a, b] = await Promise.all([
      jisooCalls('advanceSession', { to: 'stage', version: 0 }),
      emilyCalls('advanceSession', { to: 'stage', version: 0 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    // The loser either lost the write race (CONFLICT) or already saw the step moved (same step).
    const loser = [a, b].find((x) => !x.ok);
    expect(['CONFLICT', 'VALIDATION']).toContain(loser.error.code);
    expect(expectOk(await jisooCalls('getSession')).session).toMatchObject({ step: 'stage', version: 1 });
  });
});

describe('the steps', () => {
  it('moves forward one step at a time, only when nothing blocks, and reopens for the facilitator', async () => {
    const { jisooCalls, emilyCalls } = await frame();
    expect(await jisooCalls('advanceSession', { to: 'key-results', version: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: { reason: 'not-adjacent' } } },
    });
    const meeting = expectOk(await jisooCalls('saveSessionItem', { kind: 'meeting', version: 0, facilitatorAccountId: jisoo.accountId, notes: 'Bring last quarter' })).session;
    const staged = expectOk(await jisooCalls('advanceSession', { to: 'stage', version: meeting.version })).session;
    expect(await jisooCalls('advanceSession', { to: 'key-results', version: staged.version })).toMatchObject({
      ok: false,
      error: { fields: { to: { reason: 'step-blocked' } } },
    });
    await readySession(jisooCalls);
    const atKeyResults = expectOk(await jisooCalls('advanceSession', { to: 'key-results', version: staged.version })).session;
    expect(atKeyResults.step).toBe('key-results');
    expect(await emilyCalls('advanceSession', { to: 'stage', version: atKeyResults.version })).toMatchObject({
      ok: false,
      error: { fields: { to: { reason: 'only-facilitator-reopens' } } },
    });
    expect(expectOk(await jisooCalls('advanceSession', { to: 'stage', version: atKeyResults.version })).session.step).toBe('stage');
  });

  it('flags candidates that read like a key result or a task, and KRs without an owner', async () => {
    const { jisooCalls } = await frame();
    expectOk(await jisooCalls('saveSessionItem', { kind: 'candidate', text: 'Generate 53 MQLs' }));
    const session = expectOk(await jisooCalls('getSession'));
    expect(session.candidates[0].quality.map((q: { code: string }) => q.code)).toContain('objective-has-number');
    const { objective } = await readySession(jisooCalls);
    expectOk(await jisooCalls('saveSessionItem', { kind: 'key-result', objectiveItemId: objective.id, title: 'Launch the new website', measure: { kind: 'milestone' } }));
    const later = expectOk(await jisooCalls('getSession'));
    const owners = later.steps.find((s: { step: string }) => s.step === 'owners');
    expect(owners.blocking).toEqual([expect.objectContaining({ code: 'key-result-without-owner' })]);
    expect(later.keyResults.find((k: { title: string }) => k.title === 'Launch the new website').quality.map((q: { code: string }) => q.code)).toContain('kr-is-activity');
  });
});

describe('publishing', () => {
  it('creates the OKRs in the team cycle, and publishing again updates them in place', async () => {
    const { cycle, team, jisooCalls } = await frame();
    const { objective, kr } = await readySession(jisooCalls);
    expect(await jisooCalls('publishSession')).toMatchObject({ ok: false, error: { fields: { session: { reason: 'not-at-review' } } } });
    await toReview(jisooCalls);
    const first = expectOk(await jisooCalls('publishSession'));
    expect(first).toMatchObject({ created: 1, updated: 0, removed: 0 });

    let tree = expectOk(await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }));
    expect(tree.objectives).toHaveLength(1);
    const published = tree.objectives[0];
    expect(published).toMatchObject({ id: first.objectiveIds[0], title: 'Make onboarding effortless' });
    expect(published.keyResults).toEqual([expect.objectContaining({ title: 'Raise activation from 30 to 45', ownerAccountId: jisoo.accountId })]);
    // Progress recorded after publishing survives a re-publish.
    expectOk(await invoke(host, 'addCheckIn', { keyResultId: published.keyResults[0].id, value: 36, confidence: 'medium' }, { accountId: jisoo.accountId }));

    expectOk(await jisooCalls('saveSessionItem', { kind: 'objective', id: objective.id, version: objective.version, title: 'Make onboarding effortless for admins', checklist: { ambitious: true, scorable: true, commitmentAgreed: true } }));
    const again = expectOk(await jisooCalls('publishSession'));
    expect(again).toMatchObject({ created: 0, updated: 1, removed: 0, objectiveIds: first.objectiveIds });
    expectOk(await jisooCalls('publishSession'));

    tree = expectOk(await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }));
    expect(tree.objectives).toHaveLength(1);
    expect(tree.objectives[0]).toMatchObject({ id: first.objectiveIds[0], title: 'Make onboarding effortless for admins' });
    expect(tree.objectives[0].keyResults).toHaveLength(1);
    expect(tree.objectives[0].keyResults[0].measure.current).toBe(36);
    const session = expectOk(await jisooCalls('getSession'));
    expect(session.objectives[0].publishedObjectiveId).toBe(first.objectiveIds[0]);
    expect(session.session.published.keyResults[kr.id]).toBe(tree.objectives[0].keyResults[0].id);
  });

  it('publishes nothing while a step is unfinished', async () => {
    const { cycle, team, jisooCalls } = await frame();
    const { kr } = await readySession(jisooCalls);
    await toReview(jisooCalls);
    expectOk(await jisooCalls('saveSessionItem', { kind: 'key-result', id: kr.id, version: kr.version, objectiveItemId: kr.objectiveItemId, title: kr.title, measure: { kind: 'metric', baseline: 30, target: 45, unit: '%' } }));
    expect(await jisooCalls('publishSession')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { session: { reason: 'key-result-without-owner' } } } });
    expect(expectOk(await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id })).objectives).toEqual([]);
  });

  it('is all or nothing: a session too large for one transaction writes nothing', async () => {
    const { cycle, team, jisooCalls } = await frame();
    for (let o = 0; o < 4; o++) {
      const objective = expectOk(await jisooCalls('saveSessionItem', { kind: 'objective', title: `Objective ${o} for the quarter`, checklist: { ambitious: true, scorable: true, commitmentAgreed: true } })).item;
      for (let k = 0; k < 6; k++) {
        expectOk(await jisooCalls('saveSessionItem', { kind: 'key-result', objectiveItemId: objective.id, title: `Raise metric ${k} from 1 to 2`, measure: { kind: 'metric', baseline: 1, target: 2, unit: '' }, ownerAccountId: jisoo.accountId }));
      }
    }
    expectOk(await jisooCalls('saveSessionItem', { kind: 'candidate', text: 'A big quarter' }));
    await toReview(jisooCalls);
    const answer = await jisooCalls('publishSession');
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(answer.error.message).toMatch(/too large/);
    expect(expectOk(await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id })).objectives).toEqual([]);
    expect(expectOk(await jisooCalls('getSession')).session.published).toBeUndefined();
  });

  it('never duplicates when two people publish at the same moment', async () => {
    const { cycle, team, jisooCalls, emilyCalls } = await frame();
    await readySession(jisooCalls);
    await toReview(jisooCalls);
    const answers = await Promise.all([jisooCalls('publishSession'), emilyCalls('publishSession')]);
    expect(answers.some((a) => a.ok)).toBe(true);
    const tree = expectOk(await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }));
    expect(tree.objectives).toHaveLength(1);
  });
});

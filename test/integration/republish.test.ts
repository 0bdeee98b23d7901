/**
 * Publishing a session again after people worked in the OKR panel (docs/decisions/0009): work
 * done outside the session is never removed, and never overwritten without the facilitator
 * choosing so, one conflict at a time.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { expectOk, readySession, sessionFrame, toReview, type SessionCall } from '../support/session-driver';

const { jisoo, emily } = DEMO_USERS;
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

const checklist = { ambitious: true, scorable: true, commitmentAgreed: true };

async function publishedSession() {
  const frame = await sessionFrame(host);
  const drafts = await readySession(frame.jisooCalls);
  await toReview(frame.jisooCalls);
  const first = expectOk(await frame.jisooCalls('publishSession'));
  const tree = async () => expectOk(await invoke(host, 'getOkrTree', { cycleId: frame.cycle.id, teamId: frame.team.id }));
  const published = (await tree()).objectives[0];
  return { ...frame, ...drafts, first, tree, published };
}

const renameDraft = (call: SessionCall, objective: { id: string; version: number }, title: string) =>
  call('saveSessionItem', { kind: 'objective', id: objective.id, version: objective.version, title, checklist });

const renameInPanel = (objective: { id: string; version: number; cycleId: string; teamId: string }, title: string) =>
  invoke(host, 'saveObjective', { id: objective.id, version: objective.version, cycleId: objective.cycleId, teamId: objective.teamId, title }, { accountId: emily.accountId });

describe('publishing again after work in the OKR panel', () => {
  it('keeps the panel’s rename, its new key result and that key result’s check-ins', async () => {
    const { jisooCalls, published, tree, first } = await publishedSession();
    expectOk(await renameInPanel(published, 'Onboarding that needs no help'));
    const added = expectOk(
      await invoke(host, 'saveKeyResult', { objectiveId: published.id, title: 'Cut setup time from 30 to 10 minutes', measure: { kind: 'metric', baseline: 30, target: 10, unit: 'min' } }, { accountId: emily.accountId }),
    ).keyResult;
    expectOk(await invoke(host, 'addCheckIn', { keyResultId: added.id, value: 20, confidence: 'high', comment: 'Halfway' }, { accountId: emily.accountId }));

    const again = expectOk(await jisooCalls('publishSession'));

    const after = (await tree()).objectives[0];
    expect(after.title).toBe('Onboarding that needs no help');
    expect(after.keyResults.map((k: { id: string }) => k.id)).toContain(added.id);
    const history = expectOk(await invoke(host, 'listCheckIns', { keyResultId: added.id }));
    expect(history.checkIns).toEqual([expect.objectContaining({ value: 20, comment: 'Halfway' })]);
    expect(again).toMatchObject({ state: 'published', created: 0, updated: 0, unchanged: 1, removed: 0, objectiveIds: first.objectiveIds });
    expect(again.kept).toEqual([expect.objectContaining({ kind: 'key-result', targetId: added.id, reason: 'added-in-panel' })]);
  });

  it('writes the session’s change where the panel did not touch the item, keeping progress', async () => {
    const { jisooCalls, objective, published, tree } = await publishedSession();
    const kr = published.keyResults[0];
    expectOk(await invoke(host, 'addCheckIn', { keyResultId: kr.id, value: 40, confidence: 'medium' }, { accountId: jisoo.accountId }));
    expectOk(await renameDraft(jisooCalls, objective, 'Make onboarding effortless for admins'));
    expect(expectOk(await jisooCalls('publishSession'))).toMatchObject({ state: 'published', updated: 1 });
    const after = (await tree()).objectives[0];
    expect(after).toMatchObject({ title: 'Make onboarding effortless for admins', version: published.version + 1 });
    expect(after.keyResults[0].measure.current).toBe(40);
  });

  it('asks the facilitator when both sides changed an item, writes nothing until resolved, then applies each choice', async () => {
    const { jisooCalls, objective, published, tree } = await publishedSession();
    const panelEdit = expectOk(await renameInPanel(published, 'Renamed in the panel')).objective;
    expectOk(await renameDraft(jisooCalls, objective, 'Renamed in the session'));

    const preview = expectOk(await jisooCalls('getSession'));
    expect(preview.republish.conflicts).toEqual([
      expect.objectContaining({ kind: 'objective', itemId: objective.id, change: 'edited', panelVersion: panelEdit.version, session: expect.objectContaining({ title: 'Renamed in the session' }), panel: expect.objectContaining({ title: 'Renamed in the panel' }) }),
    ]);
    expect(preview.canResolveConflicts).toBe(true);

    const blocked = expectOk(await jisooCalls('publishSession'));
    expect(blocked).toMatchObject({ state: 'needs-resolution', conflicts: [expect.objectContaining({ itemId: objective.id })] });
    expect((await tree()).objectives[0]).toMatchObject({ title: 'Renamed in the panel', version: panelEdit.version });

    const taken = expectOk(await jisooCalls('publishSession', { resolutions: { [objective.id]: { take: 'session', panelVersion: panelEdit.version } } }));
    expect(taken).toMatchObject({ state: 'published', updated: 1 });
    expect((await tree()).objectives[0]).toMatchObject({ title: 'Renamed in the session', version: panelEdit.version + 1 });
    // Agreed once: publishing again without changes asks nothing.
    expect(expectOk(await jisooCalls('publishSession'))).toMatchObject({ state: 'published', unchanged: 1 });
  });

  it('keeps the panel’s version when the facilitator says so, and does not ask again until the session changes it', async () => {
    const { jisooCalls, objective, published, tree } = await publishedSession();
    const panelEdit = expectOk(await renameInPanel(published, 'Renamed in the panel')).objective;
    const draft = expectOk(await renameDraft(jisooCalls, objective, 'Renamed in the session')).item;
    expect(expectOk(await jisooCalls('publishSession', { resolutions: { [objective.id]: { take: 'panel', panelVersion: panelEdit.version } } }))).toMatchObject({ state: 'published', unchanged: 1 });
    expect((await tree()).objectives[0].title).toBe('Renamed in the panel');
    expect(expectOk(await jisooCalls('publishSession'))).toMatchObject({ state: 'published', unchanged: 1 });
    expect((await tree()).objectives[0].title).toBe('Renamed in the panel');
    expectOk(await renameDraft(jisooCalls, draft, 'Renamed in the session, again'));
    expect(expectOk(await jisooCalls('publishSession'))).toMatchObject({ state: 'needs-resolution' });
  });

  it('asks again when the panel changed after the facilitator chose', async () => {
    const { jisooCalls, objective, published, tree } = await publishedSession();
    const seen = expectOk(await renameInPanel(published, 'Panel, first')).objective;
    expectOk(await renameDraft(jisooCalls, objective, 'Session title'));
    const newer = expectOk(await renameInPanel(seen, 'Panel, second')).objective;
    const answer = expectOk(await jisooCalls('publishSession', { resolutions: { [objective.id]: { take: 'session', panelVersion: seen.version } } }));
    expect(answer).toMatchObject({ state: 'needs-resolution', conflicts: [expect.objectContaining({ panelVersion: newer.version })] });
    expect((await tree()).objectives[0].title).toBe('Panel, second');
  });

  it('lets only the facilitator resolve conflicts', async () => {
    const { jisooCalls, objective, published } = await publishedSession();
    const session = expectOk(await jisooCalls('getSession')).session;
    expectOk(await jisooCalls('saveSessionItem', { kind: 'meeting', version: session.version, facilitatorAccountId: emily.accountId, notes: '' }));
    const panelEdit = expectOk(await renameInPanel(published, 'Renamed in the panel')).objective;
    expectOk(await renameDraft(jisooCalls, objective, 'Renamed in the session'));
    expect(expectOk(await jisooCalls('getSession')).canResolveConflicts).toBe(false);
    const refused = await jisooCalls('publishSession', { resolutions: { [objective.id]: { take: 'session', panelVersion: panelEdit.version } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('removes a key result whose draft was removed only if nobody worked on it since', async () => {
    const { jisooCalls, objective, tree } = await publishedSession();
    const second = expectOk(
      await jisooCalls('saveSessionItem', { kind: 'key-result', objectiveItemId: objective.id, title: 'Reach 50 activated teams', measure: { kind: 'metric', baseline: 0, target: 50, unit: '' }, ownerAccountId: jisoo.accountId }),
    ).item;
    expectOk(await jisooCalls('publishSession'));
    const withTwo = (await tree()).objectives[0];
    expect(withTwo.keyResults).toHaveLength(2);
    const firstKr = withTwo.keyResults.find((k: { title: string }) => k.title === 'Raise activation from 30 to 45');
    expectOk(await invoke(host, 'addCheckIn', { keyResultId: firstKr.id, value: 33, confidence: 'low' }, { accountId: jisoo.accountId }));

    const session = expectOk(await jisooCalls('getSession'));
    for (const kr of session.keyResults) expectOk(await jisooCalls('deleteSessionItem', { id: kr.id, version: kr.version }));
    expectOk(await jisooCalls('saveSessionItem', { kind: 'key-result', objectiveItemId: objective.id, title: 'Cut time to value from 9 to 3 days', measure: { kind: 'metric', baseline: 9, target: 3, unit: 'days' }, ownerAccountId: jisoo.accountId }));
    const answer = expectOk(await jisooCalls('publishSession'));
    expect(answer.kept).toEqual([expect.objectContaining({ targetId: firstKr.id, reason: 'has-check-ins' })]);
    const titles = (await tree()).objectives[0].keyResults.map((k: { title: string }) => k.title).sort();
    expect(titles).toEqual(['Cut time to value from 9 to 3 days', 'Raise activation from 30 to 45']);
    expect(titles).not.toContain(second.title);
    expect(expectOk(await invoke(host, 'listCheckIns', { keyResultId: firstKr.id })).checkIns).toHaveLength(1);
  });

  it('leaves an objective deleted in the panel deleted, unless the session changed it and the facilitator brings it back', async () => {
    const { jisooCalls, objective, published, tree } = await publishedSession();
    expectOk(await invoke(host, 'deleteObjective', { id: published.id, version: published.version }, { accountId: emily.accountId }));
    expect(expectOk(await jisooCalls('publishSession'))).toMatchObject({ state: 'published', created: 0 });
    expect((await tree()).objectives).toEqual([]);

    expectOk(await renameDraft(jisooCalls, objective, 'Make onboarding effortless, take two'));
    const asked = expectOk(await jisooCalls('publishSession'));
    expect(asked).toMatchObject({ state: 'needs-resolution', conflicts: [expect.objectContaining({ change: 'deleted', panelVersion: 0 })] });
    expect(expectOk(await jisooCalls('publishSession', { resolutions: { [objective.id]: { take: 'session', panelVersion: 0 } } }))).toMatchObject({ state: 'published', created: 1 });
    expect((await tree()).objectives.map((o: { title: string }) => o.title)).toEqual(['Make onboarding effortless, take two']);
  });

  it('removes an objective whose draft was removed only when untouched, and keeps one with check-ins', async () => {
    const { jisooCalls, objective, published, tree } = await publishedSession();
    expectOk(await invoke(host, 'addCheckIn', { keyResultId: published.keyResults[0].id, value: 35, confidence: 'medium' }, { accountId: jisoo.accountId }));
    const other = expectOk(await jisooCalls('saveSessionItem', { kind: 'objective', title: 'Win the enterprise tier', checklist })).item;
    expectOk(await jisooCalls('saveSessionItem', { kind: 'key-result', objectiveItemId: other.id, title: 'Sign 5 enterprise customers', measure: { kind: 'metric', baseline: 0, target: 5, unit: '' }, ownerAccountId: jisoo.accountId }));
    const draft = expectOk(await jisooCalls('getSession')).objectives.find((o: { id: string }) => o.id === objective.id);
    expectOk(await jisooCalls('deleteSessionItem', { id: draft.id, version: draft.version }));
    const answer = expectOk(await jisooCalls('publishSession'));
    expect(answer).toMatchObject({ state: 'published', created: 1, removed: 0, kept: [expect.objectContaining({ kind: 'objective', targetId: published.id, reason: 'has-check-ins' })] });
    expect((await tree()).objectives.map((o: { title: string }) => o.title).sort()).toEqual(['Make onboarding effortless', 'Win the enterprise tier']);

    const enterprise = expectOk(await jisooCalls('getSession')).objectives.find((o: { id: string }) => o.id === other.id);
    expectOk(await jisooCalls('deleteSessionItem', { id: enterprise.id, version: enterprise.version }));
    expectOk(await jisooCalls('saveSessionItem', { kind: 'objective', title: 'Keep the team small', checklist }));
    const next = expectOk(await jisooCalls('getSession'));
    const keep = next.objectives.find((o: { title: string }) => o.title === 'Keep the team small');
    expectOk(await jisooCalls('saveSessionItem', { kind: 'key-result', objectiveItemId: keep.id, title: 'Hold the team at 6 people', measure: { kind: 'metric', baseline: 6, target: 6, unit: '', direction: 'increase' }, ownerAccountId: jisoo.accountId }));
    expect(expectOk(await jisooCalls('publishSession'))).toMatchObject({ state: 'published', created: 1, removed: 1 });
    expect((await tree()).objectives.map((o: { title: string }) => o.title).sort()).toEqual(['Keep the team small', 'Make onboarding effortless']);
  });
});

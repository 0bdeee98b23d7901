/**
 * The open panel's poll (issue 9, point 7; docs/decisions/0016): "has the tree I show changed?"
 * costs one batch read of change markers when nothing did, and answers the new tree when a write
 * or Jira moved anything the tree shows.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { createChild, createEpic, transition } from '../support/demo-jira-rest';
import { ALICE, BOB, makeOkrs } from '../support/okr-factory';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

async function frame() {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Grow what matters' });
  const keyResult = await okrs.keyResult(objective.id, { title: 'Raise activation from 10 to 20', measure: { kind: 'metric', baseline: 10, target: 20, unit: '%' } });
  return { okrs, cycle, team, objective, keyResult };
}

const tree = async (cycleId: string, accountId = ALICE) => (await invoke(host, 'getOkrTree', { cycleId }, { accountId })).data;
const changes = (cycleId: string, since: string, accountId = ALICE) => invoke(host, 'getOkrTreeChanges', { cycleId, since }, { accountId });

describe('polling an open tree', () => {
  it('costs one storage request while nothing changed', async () => {
    const { cycle } = await frame();
    const shown = await tree(cycle.id);
    await host.resetStats();
    expect(await changes(cycle.id, shown.since)).toEqual({ ok: true, data: { changed: false } });
    expect((await host.stats()).kvs.requests).toBe(1);
  });

  it("answers the new tree after someone else's check-in, then is quiet again", async () => {
    const { cycle, keyResult } = await frame();
    const shown = await tree(cycle.id);
    await invoke(host, 'addCheckIn', { keyResultId: keyResult.id, value: 15, confidence: 'high' }, { accountId: BOB });
    const answer = await changes(cycle.id, shown.since);
    expect(answer).toMatchObject({ ok: true, data: { changed: true } });
    expect(answer.data.tree.objectives[0].keyResults[0].measure.current).toBe(15);
    expect(await changes(cycle.id, answer.data.tree.since)).toEqual({ ok: true, data: { changed: false } });
  });

  it('sees a renamed team and a changed setting (organisation-wide writes)', async () => {
    const { cycle, team } = await frame();
    const shown = await tree(cycle.id);
    const renamed = await invoke(host, 'saveTeam', { ...team, name: 'Growth squad' });
    expect(renamed).toMatchObject({ ok: true });
    const answer = await changes(cycle.id, shown.since);
    expect(answer.data.changed).toBe(true);
    expect(answer.data.tree.teams.map((t: { name: string }) => t.name)).toContain('Growth squad');
  });

  it("sees an epic's progress move in Jira, which no storage write announces", async () => {
    const { cycle, okrs, objective } = await frame();
    const driven = await okrs.keyResult(objective.id, { title: 'Finish the epics', measure: { kind: 'initiatives' } });
    const epic = await createEpic(host, 'GROW', 'Guided onboarding');
    const child = await createChild(host, epic, 'Step one');
    await createChild(host, epic, 'Step two');
    const linked = await invoke(host, 'saveInitiative', { keyResultId: driven.id, link: { kind: 'epic', epicKey: epic } }, { accountId: DEMO_USERS.jisoo.accountId });
    expect(linked).toMatchObject({ ok: true });
    // The first read stores the epic's last known progress (a write, so a change to announce);
    // the next one finds it current and writes nothing.
    await tree(cycle.id, DEMO_USERS.jisoo.accountId);
    const shown = await tree(cycle.id, DEMO_USERS.jisoo.accountId);
    expect(await changes(cycle.id, shown.since, DEMO_USERS.jisoo.accountId)).toEqual({ ok: true, data: { changed: false } });

    await transition(host, child, 'Done');
    const answer = await changes(cycle.id, shown.since, DEMO_USERS.jisoo.accountId);
    expect(answer.data.changed).toBe(true);
    const epicView = answer.data.tree.objectives[0].keyResults.find((kr: { id: string }) => kr.id === driven.id).initiatives[0].link.epic;
    expect(epicView).toMatchObject({ done: 1, total: 2 });
  });

  it('treats a token it cannot read as "changed", and refuses a payload without one', async () => {
    const { cycle } = await frame();
    expect(await changes(cycle.id, 'not-a-token')).toMatchObject({ ok: true, data: { changed: true, tree: { cycle: { id: cycle.id } } } });
    expect(await invoke(host, 'getOkrTreeChanges', { cycleId: cycle.id, since: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { since: {} } } });
  });

  it("answers a team's tree afresh when asked with another tree's token", async () => {
    const { cycle, team } = await frame();
    const orgWide = await tree(cycle.id);
    const forTeam = await invoke(host, 'getOkrTreeChanges', { cycleId: cycle.id, teamId: team.id, since: orgWide.since }, { accountId: ALICE });
    expect(forTeam).toMatchObject({ ok: true, data: { changed: true, tree: { team: { id: team.id } } } });
    expect(await invoke(host, 'getOkrTreeChanges', { cycleId: cycle.id, teamId: team.id, since: forTeam.data.tree.since }, { accountId: ALICE })).toEqual({
      ok: true,
      data: { changed: false },
    });
  });

  it('keeps restricted epics out of the token the browser holds', async () => {
    const { cycle, okrs, objective } = await frame();
    const driven = await okrs.keyResult(objective.id, { title: 'Finish the pricing epic', measure: { kind: 'initiatives' } });
    // GROW-21 is visible to 김지수, not to Emily.
    await invoke(host, 'saveInitiative', { keyResultId: driven.id, link: { kind: 'epic', epicKey: 'GROW-21' } }, { accountId: DEMO_USERS.jisoo.accountId });
    const shown = await tree(cycle.id, DEMO_USERS.emily.accountId);
    expect(Buffer.from(shown.since, 'base64url').toString('utf8')).not.toContain('GROW-21');
    expect(await changes(cycle.id, shown.since, DEMO_USERS.emily.accountId)).toEqual({ ok: true, data: { changed: false } });
  });
});

/**
 * Owners and facilitators are people of the Jira site: every save that sets one asks Jira's user
 * directory (as the caller), through the local host's demo Jira. An id Jira does not know is
 * refused on its field; Jira being down is UNAVAILABLE; neither writes anything.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs } from '../support/okr-factory';

const { jisoo, daniel, emily } = DEMO_USERS;
const UNKNOWN_IDS = [':', '712020:00000000-0000-4000-8000-000000000000', 'nobody'];
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));
afterEach(() => host.clearJiraFaults());

const as = (accountId: string, context?: Record<string, unknown>) => (key: string, payload: unknown) =>
  invoke(host, key, payload, { accountId, ...(context ? { context } : {}) });
const jisooCalls = as(jisoo.accountId);

async function okrFrame() {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Delight new customers' });
  const kr = await okrs.keyResult(objective.id, { title: 'Adoption', measure: { kind: 'percentage' } });
  return { cycle, team, objective, kr };
}

function sessionCalls(teamId: string, cycleId: string, accountId = jisoo.accountId) {
  const context = {
    moduleKey: 'okr-session',
    localId: 'macro-1',
    extension: { type: 'macro', content: { id: 'page-1', type: 'page' }, config: { teamId, cycleId } },
  };
  return as(accountId, context);
}

const tree = async (cycleId: string) => (await invoke(host, 'getOkrTree', { cycleId })).data.objectives;

function expectUnknownUser(answer: any, field: string) {
  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { [field]: { code: 'invalid_value', reason: 'unknown-user' } } },
  });
}

describe('an owner Jira does not know', () => {
  it.each(UNKNOWN_IDS)('is refused on every OKR save, and nothing is written (%s)', async (owner) => {
    const { cycle, team, objective, kr } = await okrFrame();
    const before = await tree(cycle.id);

    expectUnknownUser(await jisooCalls('saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'New', ownerAccountId: owner }), 'ownerAccountId');
    expectUnknownUser(
      await jisooCalls('saveObjective', { id: objective.id, version: 1, cycleId: cycle.id, teamId: team.id, title: 'Renamed', ownerAccountId: owner }),
      'ownerAccountId',
    );
    expectUnknownUser(await jisooCalls('saveKeyResult', { objectiveId: objective.id, title: 'New KR', measure: { kind: 'milestone' }, ownerAccountId: owner }), 'ownerAccountId');
    expectUnknownUser(
      await jisooCalls('saveKeyResult', { id: kr.id, version: 1, objectiveId: objective.id, title: 'Renamed', measure: { kind: 'percentage' }, ownerAccountId: owner }),
      'ownerAccountId',
    );
    expectUnknownUser(
      await jisooCalls('saveInitiative', { keyResultId: kr.id, title: 'Run the campaign', link: { kind: 'manual', progress: 0 }, ownerAccountId: owner }),
      'ownerAccountId',
    );

    expect(await tree(cycle.id)).toEqual(before);
  });

  it('is refused on a session key result draft and as the facilitator', async () => {
    const { cycle, team } = await okrFrame();
    const call = sessionCalls(team.id, cycle.id);
    const draft = (await call('saveSessionItem', { kind: 'objective', title: 'Make onboarding effortless' })).data.item;
    const krDraft = { kind: 'key-result', objectiveItemId: draft.id, title: 'Raise activation from 30 to 45', measure: { kind: 'milestone' } };
    expectUnknownUser(await call('saveSessionItem', { ...krDraft, ownerAccountId: ':' }), 'ownerAccountId');
    expectUnknownUser(await call('saveSessionItem', { kind: 'meeting', version: 0, facilitatorAccountId: ':', notes: '' }), 'facilitatorAccountId');

    const session = (await call('getSession', {})).data;
    expect(session.keyResults).toEqual([]);
    expect(session.session).toMatchObject({ version: 0, meeting: { notes: '' } });
    expect(session.session.meeting.facilitatorAccountId).toBeUndefined();
  });
});

describe('an owner Jira knows', () => {
  it('is saved, and an unchanged one is not asked about again', async () => {
    const { cycle, team, objective, kr } = await okrFrame();
    const owned = await jisooCalls('saveObjective', { id: objective.id, version: 1, cycleId: cycle.id, teamId: team.id, title: 'Owned', ownerAccountId: daniel.accountId });
    expect(owned).toMatchObject({ ok: true, data: { objective: { ownerAccountId: daniel.accountId } } });
    const krOwned = await jisooCalls('saveKeyResult', { id: kr.id, version: 1, objectiveId: objective.id, title: 'Adoption', measure: { kind: 'percentage' }, ownerAccountId: emily.accountId });
    expect(krOwned).toMatchObject({ ok: true, data: { keyResult: { ownerAccountId: emily.accountId } } });

    // Only the title changes: no Jira request, so it even saves while Jira is down.
    await host.jiraFaults({ status: 503, count: -1 });
    await host.resetStats();
    const renamed = await jisooCalls('saveObjective', { id: objective.id, version: 2, cycleId: cycle.id, teamId: team.id, title: 'Owned and renamed', ownerAccountId: daniel.accountId });
    expect(renamed).toMatchObject({ ok: true, data: { objective: { title: 'Owned and renamed', ownerAccountId: daniel.accountId } } });
    const krRenamed = await jisooCalls('saveKeyResult', { id: kr.id, version: 2, objectiveId: objective.id, title: 'Adoption rate', measure: { kind: 'percentage' }, ownerAccountId: emily.accountId });
    expect(krRenamed.ok).toBe(true);
    expect((await host.stats()).jira.requests).toBe(0);
  });
});

describe('while Jira cannot be reached', () => {
  it('a new owner is UNAVAILABLE and nothing is written', async () => {
    const { cycle, team, objective, kr } = await okrFrame();
    const before = await tree(cycle.id);
    await host.jiraFaults({ status: 503, count: -1 });
    const answers = [
      await jisooCalls('saveObjective', { id: objective.id, version: 1, cycleId: cycle.id, teamId: team.id, title: 'Renamed', ownerAccountId: daniel.accountId }),
      await jisooCalls('saveKeyResult', { objectiveId: objective.id, title: 'New KR', measure: { kind: 'milestone' }, ownerAccountId: daniel.accountId }),
      await jisooCalls('saveInitiative', { keyResultId: kr.id, title: 'Run the campaign', link: { kind: 'manual', progress: 0 }, ownerAccountId: daniel.accountId }),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    await host.clearJiraFaults();
    expect(await tree(cycle.id)).toEqual(before);
  }, 60_000);
});

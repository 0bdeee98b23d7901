/**
 * Jira may validate JQL strictly (400 with its messages, the default) or leniently (what does not
 * exist matches nothing). The app must give the same answers under both (issue 9, point 3), and a
 * project the user cannot see is a typed answer, never INTERNAL.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs } from '../support/okr-factory';

const { jisoo, emily } = DEMO_USERS;
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(async () => {
  host.local.jira.jqlValidation = 'strict';
  await host.close();
});

/** A tree linking a GROW-21 (only 김지수 and 이서연 see it) and GROW-7 (everyone does). */
async function setUp() {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Ship what matters' });
  const keyResult = await okrs.keyResult(objective.id, { title: 'Finish the epics', measure: { kind: 'initiatives' } });
  for (const epicKey of ['GROW-21', 'GROW-7']) {
    await invoke(host, 'saveInitiative', { keyResultId: keyResult.id, link: { kind: 'epic', epicKey } }, { accountId: jisoo.accountId });
  }
  return { cycle, keyResult };
}

/** What the app answers to a set of questions whose JQL names unknown or invisible things. */
async function answers(cycleId: string, keyResultId: string) {
  const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'asOf' || key === 'since' ? undefined : v)));
  return {
    unknownProject: await invoke(host, 'searchEpics', { projectKey: 'NOPE', query: '' }, { accountId: emily.accountId }),
    invisibleProject: await invoke(host, 'searchEpics', { projectKey: 'SEC', query: 'audit' }, { accountId: emily.accountId }),
    invisibleKey: await invoke(host, 'searchEpics', { projectKey: 'GROW', query: 'GROW-21' }, { accountId: emily.accountId }),
    unknownEpic: await invoke(host, 'saveInitiative', { keyResultId, link: { kind: 'epic', epicKey: 'GROW-9999' } }, { accountId: emily.accountId }),
    tree: strip(await invoke(host, 'getOkrTree', { cycleId }, { accountId: emily.accountId })),
  };
}

describe('strict and lenient JQL validation', () => {
  it('give the same answers', async () => {
    const { cycle, keyResult } = await setUp();
    host.local.jira.jqlValidation = 'strict';
    const strict = await answers(cycle.id, keyResult.id);
    host.local.jira.jqlValidation = 'lenient';
    const lenient = await answers(cycle.id, keyResult.id);
    expect(lenient).toEqual(strict);

    expect(strict.unknownProject).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { projectKey: {} } } });
    expect(strict.invisibleProject).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { projectKey: {} } } });
    expect(strict.unknownEpic).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const epics = (strict.tree as any).data.objectives[0].keyResults[0].initiatives.map((i: any) => i.link.epic.state);
    expect(epics.sort()).toEqual(['live', 'restricted']);
  });
});

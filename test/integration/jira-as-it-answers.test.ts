/**
 * The app against the demo Jira answering as Jira Cloud does (issue 9, point 3): sub-tasks under
 * epics, story points in a different field per kind of project, Korean and custom status names,
 * a closed epic with work left, and JQL validation lenient or strict.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { createChild, createEpic, transition } from '../support/demo-jira-rest';
import { makeOkrs } from '../support/okr-factory';

const { jisoo } = DEMO_USERS;
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

async function linked(epicKeys: string[]) {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Ship what matters' });
  const keyResult = await okrs.keyResult(objective.id, { title: 'Finish the epics', measure: { kind: 'initiatives' } });
  for (const epicKey of epicKeys) {
    const answer = await invoke(host, 'saveInitiative', { keyResultId: keyResult.id, link: { kind: 'epic', epicKey } }, { accountId: jisoo.accountId });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  }
  return cycle;
}

const epicsOf = async (cycleId: string) => {
  const tree = await invoke(host, 'getOkrTree', { cycleId }, { accountId: jisoo.accountId });
  expect(tree.ok).toBe(true);
  return new Map<string, any>(tree.data.objectives[0].keyResults[0].initiatives.map((i: any) => [i.link.epic.key, i.link.epic]));
};

describe('a Korean team-managed project (MOB): localized and custom status names', () => {
  it('decides done by status category only, and leaves sub-tasks under the epic out of its count', async () => {
    const cycle = await linked(['MOB-1', 'MOB-8', 'MOB-15']);
    const epics = await epicsOf(cycle.id);
    // MOB-1 진행 중: 배포됨 and 완료 are done, QA 대기 / 진행 중 / 해야 할 일 are not; its sub-task MOB-7 does not count.
    expect(epics.get('MOB-1')).toMatchObject({ state: 'live', statusName: '진행 중', statusCategory: 'indeterminate', done: 2, total: 5 });
    // MOB-8 sits in a custom status, "QA 대기": in progress, not done.
    expect(epics.get('MOB-8')).toMatchObject({ state: 'live', statusName: 'QA 대기', statusCategory: 'indeterminate', done: 2, total: 6 });
    expect(epics.get('MOB-15')).toMatchObject({ state: 'live', statusName: '해야 할 일', statusCategory: 'new', done: 1, total: 3 });
    expect(epics.get('MOB-1').progress).toBeCloseTo(2 / 5);
  });

  it('counts an epic moved to a custom done status ("배포됨") as complete, with its real counts', async () => {
    const cycle = await linked(['MOB-8']);
    await transition(host, 'MOB-8', '배포됨');
    const epic = (await epicsOf(cycle.id)).get('MOB-8');
    expect(epic).toMatchObject({ statusName: '배포됨', statusCategory: 'done', progress: 1, done: 2, total: 6 });
  });
});

describe('story points per project', () => {
  it('reads "Story Points" on company-managed and "Story point estimate" on team-managed projects, and counts issues where nobody estimates', async () => {
    const grow = await createEpic(host, 'GROW', 'Company-managed, estimated');
    await transition(host, await createChild(host, grow, 'Big', 8), 'Done');
    await createChild(host, grow, 'Small', 2);
    const plat = await createEpic(host, 'PLAT', 'Team-managed, estimated');
    await transition(host, await createChild(host, plat, 'Small', 1), 'Done');
    await createChild(host, plat, 'Big', 3);
    const cycle = await linked([grow, plat, 'MOB-1']);

    const settings = await invoke(host, 'saveSettings', { epicProgressMode: 'points', version: 0 }, { accountId: jisoo.accountId });
    expect(settings).toMatchObject({ ok: true });
    const epics = await epicsOf(cycle.id);
    expect(epics.get(grow)).toMatchObject({ measuredBy: 'points', done: 8, total: 10 });
    expect(epics.get(plat)).toMatchObject({ measuredBy: 'points', done: 1, total: 4 });
    // MOB has no estimates: counted by issues, and the view says why.
    expect(epics.get('MOB-1')).toMatchObject({ measuredBy: 'count', estimatesMissing: true, done: 2, total: 5 });
    expect(epics.get(grow).estimatesMissing).toBeUndefined();
  });
});

describe('a closed epic with work left', () => {
  it('counts 1.0 but shows the real counts', async () => {
    const epic = await createEpic(host, 'GROW', 'Closed early');
    const children = [await createChild(host, epic, 'One'), await createChild(host, epic, 'Two'), await createChild(host, epic, 'Three')];
    await transition(host, children[0]!, 'Done');
    await transition(host, epic, 'Done');
    const cycle = await linked([epic]);
    expect((await epicsOf(cycle.id)).get(epic)).toMatchObject({ statusCategory: 'done', progress: 1, done: 1, total: 3 });
  });
});

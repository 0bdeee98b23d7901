/**
 * Jira epics drive key results, through the local host's demo Jira: progress rules end to end,
 * per-user visibility, retries on 429 and 5xx, the last-known fallback, and the request budget.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { createChild, createEpic, jiraRest, transition } from '../support/demo-jira-rest';
import { makeOkrs } from '../support/okr-factory';

const { jisoo, emily } = DEMO_USERS;
/** Seeded in the demo Jira: visible only to 김지수 and 이서연. */
const RESTRICTED_EPIC = 'GROW-21';
const RESTRICTED_SUMMARY = '2027 가격 정책 개편';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

/** A cycle, a team and an initiative-driven key result under one objective. */
async function drivenKeyResult() {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Ship the work that matters' });
  const keyResult = await okrs.keyResult(objective.id, { title: 'Finish the onboarding epics', measure: { kind: 'initiatives' } });
  return { cycle, team, objective, keyResult };
}

async function linkEpic(keyResultId: string, epicKey: string, accountId = jisoo.accountId, weight = 1) {
  const answer = await invoke(host, 'saveInitiative', { keyResultId, link: { kind: 'epic', epicKey }, weight }, { accountId });
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data.initiative;
}

const treeAs = (cycleId: string, accountId = jisoo.accountId) => invoke(host, 'getOkrTree', { cycleId }, { accountId });

describe('epic completion moves key results and objectives', () => {
  it('counts done children, and moves when a child is marked done in Jira', async () => {
    const { cycle, keyResult } = await drivenKeyResult();
    const epic = await createEpic(host, 'GROW', 'Guided onboarding');
    const children = [];
    for (let n = 1; n <= 4; n++) children.push(await createChild(host, epic, `Step ${n}`));
    await transition(host, children[0]!, 'Done');
    await linkEpic(keyResult.id, epic);

    const before = await treeAs(cycle.id);
    const kr = before.data.objectives[0].keyResults[0];
    expect(kr.initiatives[0].link.epic).toMatchObject({ state: 'live', key: epic, summary: 'Guided onboarding', done: 1, total: 4 });
    expect(kr.progress).toBeCloseTo(0.25);
    expect(before.data.objectives[0].score).toBeCloseTo(0.25);

    await transition(host, children[1]!, 'Done');
    await transition(host, children[2]!, 'Done');
    const after = await treeAs(cycle.id);
    expect(after.data.objectives[0].keyResults[0].progress).toBeCloseTo(0.75);
    expect(after.data.objectives[0].score).toBeCloseTo(0.75);
    expect(after.data.jira).toEqual({ state: 'ok' });
  });

  it('weighs initiatives, counts a done epic as complete and an empty epic by its status', async () => {
    const { cycle, keyResult } = await drivenKeyResult();
    const doneEpic = await createEpic(host, 'GROW', 'Closed with leftovers');
    await createChild(host, doneEpic, 'Left over');
    await transition(host, doneEpic, 'Done');
    const emptyEpic = await createEpic(host, 'GROW', 'Not broken down yet');
    await linkEpic(keyResult.id, doneEpic, jisoo.accountId, 3);
    await linkEpic(keyResult.id, emptyEpic, jisoo.accountId, 1);

    const tree = await treeAs(cycle.id);
    const kr = tree.data.objectives[0].keyResults[0];
    expect(kr.initiatives.map((i: { progress: number }) => i.progress)).toEqual([1, 0]);
    expect(kr.progress).toBeCloseTo(0.75);
  });

  it('counts story points once the app is set to, and says what it measured', async () => {
    const { cycle, keyResult } = await drivenKeyResult();
    const epic = await createEpic(host, 'GROW', 'Pointed work');
    const big = await createChild(host, epic, 'Big', 8);
    await createChild(host, epic, 'Small', 2);
    await transition(host, big, 'Done');
    await linkEpic(keyResult.id, epic);

    expect((await treeAs(cycle.id)).data.objectives[0].keyResults[0].progress).toBeCloseTo(0.5);
    const settings = await invoke(host, 'saveSettings', { epicProgressMode: 'points', version: 0 }, { accountId: jisoo.accountId });
    expect(settings).toMatchObject({ ok: true, data: { epicProgressMode: 'points', version: 1 } });
    const tree = await treeAs(cycle.id);
    expect(tree.data.objectives[0].keyResults[0].initiatives[0].link.epic).toMatchObject({ measuredBy: 'points', done: 8, total: 10 });
    expect(tree.data.objectives[0].keyResults[0].progress).toBeCloseTo(0.8);
    const stale = await invoke(host, 'saveSettings', { epicProgressMode: 'count', version: 0 }, { accountId: jisoo.accountId });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // App-wide: only a Jira administrator may change it.
    const notAdmin = await invoke(host, 'saveSettings', { epicProgressMode: 'count', version: 1 }, { accountId: emily.accountId });
    expect(notAdmin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await treeAs(cycle.id)).data.settings).toEqual({ epicProgressMode: 'points', appAdminAccountIds: [], version: 1 });
  });

  it('refuses unknown epics, issues that are not epics, and the same epic twice', async () => {
    const { keyResult } = await drivenKeyResult();
    const epic = await createEpic(host, 'GROW', 'Real epic');
    const story = await createChild(host, epic, 'Just a story');
    await linkEpic(keyResult.id, epic);
    const link = (epicKey: string) =>
      invoke(host, 'saveInitiative', { keyResultId: keyResult.id, link: { kind: 'epic', epicKey } }, { accountId: jisoo.accountId });

    expect(await link('GROW-9999')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { 'link.epicKey': {} } } });
    expect(await link(story)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'link.epicKey': { reason: 'not-an-epic' } } } });
    expect(await link(epic)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'link.epicKey': { code: 'inconsistent' } } } });
    expect(await link('not a key')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'link.epicKey': {} } } });
  });

  it('unlinks, and a stale unlink changes nothing', async () => {
    const { cycle, keyResult } = await drivenKeyResult();
    const epic = await createEpic(host, 'GROW', 'To unlink');
    const initiative = await linkEpic(keyResult.id, epic);
    const stale = await invoke(host, 'deleteInitiative', { keyResultId: keyResult.id, id: initiative.id, version: 9 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await treeAs(cycle.id)).data.objectives[0].keyResults[0].initiatives).toHaveLength(1);
    const done = await invoke(host, 'deleteInitiative', { keyResultId: keyResult.id, id: initiative.id, version: 1 });
    expect(done).toMatchObject({ ok: true });
    expect((await treeAs(cycle.id)).data.objectives[0].keyResults[0].initiatives).toEqual([]);
    const context = await invoke(host, 'getEpicContext', { issueKey: epic }, { accountId: jisoo.accountId });
    expect(context.data.links).toEqual([]);
  });
});

describe('what a person cannot see in Jira', () => {
  it('is shown as a restricted epic with its last known progress, and its summary reaches no resolver', async () => {
    const { cycle, keyResult } = await drivenKeyResult();
    await linkEpic(keyResult.id, RESTRICTED_EPIC, jisoo.accountId);
    const forJisoo = await treeAs(cycle.id, jisoo.accountId);
    const known = forJisoo.data.objectives[0].keyResults[0].initiatives[0];
    expect(known.link.epic).toMatchObject({ state: 'live', key: RESTRICTED_EPIC });

    const answers = [
      await treeAs(cycle.id, emily.accountId),
      await invoke(host, 'getEpicContext', { issueKey: RESTRICTED_EPIC }, { accountId: emily.accountId }),
      await invoke(host, 'searchEpics', { projectKey: 'GROW', query: '가격' }, { accountId: emily.accountId }),
      await invoke(host, 'searchEpics', { projectKey: 'GROW', query: RESTRICTED_EPIC }, { accountId: emily.accountId }),
      await invoke(host, 'saveInitiative', { keyResultId: keyResult.id, link: { kind: 'epic', epicKey: RESTRICTED_EPIC } }, { accountId: emily.accountId }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(RESTRICTED_SUMMARY);
    const [tree, context, byText, byKey, link] = answers;
    const seen = tree.data.objectives[0].keyResults[0].initiatives[0];
    expect(seen.link.epic).toEqual({ state: 'restricted', progress: known.progress, asOf: expect.any(String) });
    expect(JSON.stringify(tree)).not.toContain(RESTRICTED_EPIC);
    // Scores agree for everyone: the restricted epic counts with its last known progress.
    expect(tree.data.objectives[0].score).toBeCloseTo(forJisoo.data.objectives[0].score);
    expect(context).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(byText.data).toEqual(expect.not.arrayContaining([expect.objectContaining({ key: RESTRICTED_EPIC })]));
    expect(byKey.data).toEqual([]);
    expect(link).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('editing around initiatives', () => {
  it('keeps a key result initiatives when the key result itself is edited', async () => {
    const { cycle, objective, keyResult } = await drivenKeyResult();
    const epic = await createEpic(host, 'GROW', 'Stays linked');
    await linkEpic(keyResult.id, epic);
    const saved = await invoke(host, 'saveKeyResult', {
      id: keyResult.id,
      version: keyResult.version,
      objectiveId: objective.id,
      title: 'Renamed key result',
      measure: { kind: 'initiatives' },
    });
    expect(saved.ok).toBe(true);
    const tree = await treeAs(cycle.id);
    expect(tree.data.objectives[0].keyResults[0]).toMatchObject({ title: 'Renamed key result', initiatives: [{ link: { epic: { key: epic } } }] });
  });

  it('lets someone who cannot see an epic re-weight it, without learning its label', async () => {
    const { cycle, keyResult } = await drivenKeyResult();
    const initiative = (
      await invoke(
        host,
        'saveInitiative',
        { keyResultId: keyResult.id, title: 'Pricing (secret)', link: { kind: 'epic', epicKey: RESTRICTED_EPIC } },
        { accountId: jisoo.accountId },
      )
    ).data.initiative;
    const seen = (await treeAs(cycle.id, emily.accountId)).data.objectives[0].keyResults[0].initiatives[0];
    expect(seen.title).toBe('');
    const reweighted = await invoke(
      host,
      'saveInitiative',
      { id: initiative.id, version: initiative.version, keyResultId: keyResult.id, weight: 3 },
      { accountId: emily.accountId },
    );
    expect(reweighted).toMatchObject({ ok: true, data: { initiative: { weight: 3, version: 2 } } });
    expect(JSON.stringify(reweighted)).not.toMatch(/Pricing|GROW-21|2027/);
    const forJisoo = (await treeAs(cycle.id, jisoo.accountId)).data.objectives[0].keyResults[0].initiatives[0];
    expect(forJisoo).toMatchObject({ weight: 3, title: 'Pricing (secret)', link: { epic: { key: RESTRICTED_EPIC } } });
  });
});

describe('when Jira is rate limiting or failing', () => {
  async function linkedTree() {
    const { cycle, keyResult } = await drivenKeyResult();
    const epic = await createEpic(host, 'PLAT', 'Resilience');
    const child = await createChild(host, epic, 'Chaos day');
    await createChild(host, epic, 'Runbooks');
    await transition(host, child, 'Done');
    await linkEpic(keyResult.id, epic);
    return { cycle, epic };
  }

  it('waits as long as Retry-After asks after a 429, then answers', async () => {
    const { cycle } = await linkedTree();
    await host.jiraFaults({ status: 429, count: 1, retryAfter: 1, paths: ['/rest/api/3/search/jql'] });
    await host.resetStats();
    const started = Date.now();
    const tree = await treeAs(cycle.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(tree.data.jira).toEqual({ state: 'ok' });
    expect(tree.data.objectives[0].keyResults[0].progress).toBeCloseTo(0.5);
    expect((await host.stats()).jira.requests).toBe(3);
  });

  it('retries 5xx answers and then succeeds', async () => {
    const { cycle } = await linkedTree();
    await host.jiraFaults({ status: 503, count: 2, paths: ['/rest/api/3/search/jql'] });
    const tree = await treeAs(cycle.id);
    expect(tree.data.jira).toEqual({ state: 'ok' });
    expect(tree.data.objectives[0].keyResults[0].initiatives[0].link.epic.state).toBe('live');
  });

  it('falls back to the last known progress, with its time, when Jira keeps failing', async () => {
    const { cycle, epic } = await linkedTree();
    const healthy = await treeAs(cycle.id);
    const liveEpic = healthy.data.objectives[0].keyResults[0].initiatives[0].link.epic;

    await host.jiraFaults({ status: 503, count: -1 });
    const degraded = await treeAs(cycle.id);
    await host.clearJiraFaults();
    expect(degraded.ok).toBe(true);
    expect(degraded.data.jira).toEqual({ state: 'unavailable' });
    expect(degraded.data.objectives[0].keyResults[0].initiatives[0].link.epic).toEqual({
      state: 'unavailable',
      key: epic,
      progress: 0.5,
      done: 1,
      total: 2,
      measuredBy: 'count',
      asOf: liveEpic.asOf,
    });
    expect(degraded.data.objectives[0].score).toBeCloseTo(healthy.data.objectives[0].score);
  }, 60_000);

  it('shows the epic panel the last known progress, with its time, when Jira keeps failing', async () => {
    const { cycle, epic } = await linkedTree();
    const healthy = await treeAs(cycle.id);
    const asOf = healthy.data.objectives[0].keyResults[0].initiatives[0].link.epic.asOf;
    const panel = { moduleKey: 'okr-epic-panel', extension: { type: 'jira:issuePanel', issue: { key: epic, id: '1', type: 'Epic', typeId: '1' }, project: { key: 'GROW' } } };

    await host.jiraFaults({ status: 503, count: -1 });
    const fromPanel = await invoke(host, 'getEpicContext', { issueKey: epic }, { accountId: jisoo.accountId, context: panel });
    // Asked about another issue than the one the panel is on, nothing is known to be visible.
    const elsewhere = await invoke(host, 'getEpicContext', { issueKey: epic }, { accountId: jisoo.accountId });
    await host.clearJiraFaults();

    expect(fromPanel).toMatchObject({
      ok: true,
      data: { epic: { state: 'unavailable', key: epic, progress: 0.5, done: 1, total: 2, asOf }, links: [expect.objectContaining({ keyResult: expect.objectContaining({ progress: 0.5 }) })] },
    });
    expect(JSON.stringify(fromPanel)).not.toContain('summary');
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  }, 60_000);

  it('says UNAVAILABLE for an epic search Jira cannot answer', async () => {
    await host.jiraFaults({ status: 503, count: -1 });
    const answer = await invoke(host, 'searchEpics', { projectKey: 'GROW', query: 'x' }, { accountId: jisoo.accountId });
    await host.clearJiraFaults();
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  }, 60_000);
});

describe('a screen with 200 linked epics and 2,000 child issues', () => {
  it('reads them in 22 Jira requests: Jira answers 100 issues a page once fields are asked', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const epics: string[] = [];
    for (let e = 0; e < 200; e++) {
      const epic = await createEpic(host, 'PLAT', `Epic ${e}`);
      epics.push(epic);
      await Promise.all(Array.from({ length: 10 }, (_, c) => createChild(host, epic, `Child ${c}`)));
    }
    const searched = await jiraRest<{ issues: unknown[] }>(host, 'POST', '/rest/api/3/search/jql', {
      jql: `parent in (${epics.join(',')})`,
      // Keys only: the one request shape Jira pages by up to 5,000.
      fields: ['key'],
      maxResults: 5000,
    });
    expect(searched.issues).toHaveLength(2000);

    // 10 objectives x 4 initiative-driven KRs x 5 epics each (within the caps of docs/decisions/0007).
    for (let o = 0; o < 10; o++) {
      const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: `Objective ${o}` });
      for (let k = 0; k < 4; k++) {
        const kr = await okrs.keyResult(objective.id, { title: `KR ${o}.${k}`, measure: { kind: 'initiatives' } });
        for (let i = 0; i < 5; i++) await linkEpic(kr.id, epics[o * 20 + k * 5 + i]!);
      }
    }

    await host.resetStats();
    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }, { accountId: jisoo.accountId });
    const stats = await host.stats();
    const initiatives = tree.data.objectives.flatMap((o: { keyResults: Array<{ initiatives: unknown[] }> }) => o.keyResults.flatMap((k) => k.initiatives));
    expect(initiatives).toHaveLength(200);
    expect(initiatives.every((i: { link: { epic: { state: string; total: number } } }) => i.link.epic.state === 'live' && i.link.epic.total === 10)).toBe(true);
    // The epics: 2 pages of 100. Their children, 100 epics a query: 2 queries of 1,000 children,
    // 10 pages each. Whatever maxResults asks, every page holds at most 100 issues.
    expect(stats.jira.requests).toBe(2 + 2 * 10);
  }, 180_000);
});

/**
 * One time budget per invocation (issue 9, point 5). The host stops an invocation at Forge's limit
 * as Forge does; here the limit is shortened so that what would overrun it shows quickly. Jira
 * rate limits every search with a Retry-After the app must respect: the screen still answers, in
 * time, with what it could read, and the epics not read keep their last known progress.
 */
import { invoke, startTestHost, type TestHost } from '../support/host';

const LIMIT_MS = 9_000;
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo', invocationTimeLimitMs: LIMIT_MS });
});
afterAll(async () => host?.close());
afterEach(async () => host.clearJiraFaults());

const cycleId = () => host.local.seedIds!.currentQuarterId;
const epicsOf = (tree: any) =>
  tree.data.objectives.flatMap((o: any) => o.keyResults.flatMap((kr: any) => kr.initiatives)).filter((i: any) => i.link.kind === 'epic');

describe('one deadline for the whole invocation', () => {
  it('answers inside the limit while Jira keeps asking to retry after a second', async () => {
    // Every search is rate limited, every time: only the shared deadline ends the retries.
    await host.jiraFaults({ status: 429, count: -1, retryAfter: 1, paths: ['/rest/api/3/search/jql'] });
    const started = Date.now();
    const tree = await invoke(host, 'getOkrTree', { cycleId: cycleId() });
    expect(Date.now() - started).toBeLessThan(LIMIT_MS);
    expect(tree).toMatchObject({ ok: true, data: { jira: { state: 'unavailable' } } });
    for (const initiative of epicsOf(tree)) expect(initiative.link.epic.state).toBe('unavailable');
  }, 30_000);

  it('keeps what it read when Jira gives up half-way, and shows the rest at its last known progress', async () => {
    // A live read first, so every epic has a last known progress.
    const live = await invoke(host, 'getOkrTree', { cycleId: cycleId() });
    expect(live.data.jira.state).toBe('ok');
    // The epics' page answers; the children's asks for 30 s, past the deadline.
    await host.jiraFaults({ status: 429, count: -1, retryAfter: 30, after: 1, paths: ['/rest/api/3/search/jql'] });
    const started = Date.now();
    const tree = await invoke(host, 'getOkrTree', { cycleId: cycleId() });
    expect(Date.now() - started).toBeLessThan(LIMIT_MS);
    expect(tree).toMatchObject({ ok: true, data: { jira: { state: 'partial' } } });
    const before = new Map(epicsOf(live).map((i: any) => [i.id, i]));
    for (const initiative of epicsOf(tree)) {
      const earlier = before.get(initiative.id) as any;
      expect(initiative.link.epic).toMatchObject({ state: 'unavailable', progress: earlier.progress });
      expect(initiative.link.epic.asOf).toEqual(expect.any(String));
    }
    // Nothing of the cut-short read replaced the last known progress.
    await host.clearJiraFaults();
    const after = await invoke(host, 'getOkrTree', { cycleId: cycleId() });
    expect(epicsOf(after).map((i: any) => i.progress)).toEqual(epicsOf(live).map((i: any) => i.progress));
  }, 30_000);

  it('stops an invocation that runs past the limit, as Forge does', async () => {
    const slow = await startTestHost({ seed: 'none', invocationTimeLimitMs: 50, appModulePath: require.resolve('../support/apps/slow-app') });
    try {
      const response = await fetch(`${slow.url}/__local/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ functionKey: 'sleep', payload: { ms: 2_000 } }),
      });
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/ran past the Forge time limit/);
    } finally {
      await slow.close();
    }
  });
});

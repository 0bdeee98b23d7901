/**
 * Forge's per-installation storage quotas (docs/decisions/0014-kvs-quotas.md) through the real
 * handler and the real @forge/kvs client: a request refused with 429 is retried with backoff and
 * the resolver still answers correctly; a quota spent for longer than the retry budget is a typed
 * UNAVAILABLE, never INTERNAL.
 *
 * The host's own fetch is swapped for one metered with tiny limits on a clock the test moves, so
 * the windows do not have to be waited out.
 */
import { createKvsFetch } from '../../dev/host/kvs/forge-fetch';
import { KvsQuotaMeter, type KvsQuotaLimits } from '../../dev/host/kvs/quotas';
import { testClock } from '../../dev/host/kvs/test-support';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { ALICE, makeOkrs } from '../support/okr-factory';

let host: TestHost;
let restore: () => void;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));
afterEach(() => restore?.());

/**
 * From now on the app's storage is metered with `limits` on a test clock. `refillOnThrottle`:
 * a refusal moves the clock a minute on shortly after (well within the shortest backoff, 100 ms),
 * as if the window passed while the app waited.
 */
function meterStorage(limits: Partial<KvsQuotaLimits>, refillOnThrottle: boolean) {
  const services = host.local.runtime.services;
  const original = services.kvsFetch;
  const clock = testClock();
  const meter = new KvsQuotaMeter({ now: clock.now, limits });
  const metered = createKvsFetch(host.local.kvs, { quotas: meter });
  const refusals: string[] = [];
  let refilling = false;
  services.kvsFetch = async (target, path, init) => {
    const response = await metered(target, path, init as never);
    if (response.status === 429) {
      refusals.push(path);
      if (refillOnThrottle && !refilling) {
        refilling = true;
        setTimeout(() => {
          clock.advance(60_000);
          refilling = false;
        }, 20);
      }
    }
    return response;
  };
  restore = () => {
    services.kvsFetch = original;
  };
  return { meter, clock, refusals };
}

async function frameWithObjective() {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Grow what matters' });
  await okrs.keyResult(objective.id, { title: 'Adoption', measure: { kind: 'percentage' } });
  return { cycle, team, objective };
}

// Reads through listCycles/listTeams (versioned-entity.ts queryAll) and writes through the OKR
// shard transaction (okr-shard-store.ts), the layers that retry. getOkrTree also reads through
// call sites that do not retry yet (see docs/decisions/0014-kvs-quotas.md).
describe('past a quota, within the retry budget', () => {
  it('reads the same lists as without quotas', async () => {
    await frameWithObjective();
    const expected = [await invoke(host, 'listCycles', {}), await invoke(host, 'listTeams', {})];
    expect(expected.map((a) => a.ok)).toEqual([true, true]);

    const { meter, refusals } = meterStorage({ readUnitsPerMinute: 1 }, true);
    const answers = [await invoke(host, 'listCycles', {}), await invoke(host, 'listTeams', {})];
    expect(refusals.length).toBeGreaterThan(0);
    expect(meter.usage().throttled).toBe(refusals.length);
    expect(answers).toEqual(expected);
  });

  it('lands a guarded write exactly once', async () => {
    const { cycle, team, objective } = await frameWithObjective();
    const { refusals } = meterStorage({ writeUnitsPerMinute: 1 }, true);
    await invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Spend the write quota' }, { accountId: ALICE });
    const second = await invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Second objective' }, { accountId: ALICE });
    expect(second).toMatchObject({ ok: true });
    expect(refusals).toContain('/api/v1/transaction');
    restore();

    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id });
    expect(tree.ok).toBe(true);
    expect(JSON.stringify(tree.data).match(/Second objective/g) ?? []).toHaveLength(1);
    expect(JSON.stringify(tree.data)).toContain(objective.id);
  });
});

describe('a quota spent for longer than the retry budget', () => {
  it('answers UNAVAILABLE with a message, not INTERNAL, and writes nothing', async () => {
    const { cycle, team } = await frameWithObjective();
    const before = host.local.kvs.dump();
    const { refusals } = meterStorage({ writeUnitsPerMinute: 1, readUnitsPerMinute: 1 }, false);
    // Spend both quotas; the clock never moves, so they stay spent.
    await invoke(host, 'listCycles', {});
    await invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Spend the write quota' }, { accountId: ALICE });
    const spent = refusals.length;

    const read = await invoke(host, 'listCycles', {});
    expect(read).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/storage/i) } });
    // The list query was tried three times, then given up.
    expect(refusals.slice(spent).filter((path) => path === '/api/v1/entity/query')).toHaveLength(3);
    const write = await invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Never stored' }, { accountId: ALICE });
    expect(write).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const rows = host.local.kvs.dump();
    expect(JSON.stringify(rows)).not.toContain('Never stored');
    expect(rows.length).toBeGreaterThanOrEqual(before.length);
  });
});

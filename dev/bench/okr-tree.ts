/**
 * Benchmark: what one screen read (`getOkrTree`) costs as a team's cycle grows. Prints kvs and
 * Jira requests per read (from the host's /__local/stats), the median and p95 wall time over
 * repeated reads, and the process memory; then the Jira requests of a large epic read (Jira Cloud
 * answers 100 issues a page once fields are asked), and what one viewer with the panel open costs
 * the installation's storage quotas per hour. Figures to report, not a pass/fail test.
 *
 *   npm run bench            # 10, 50 and 200 objectives, 3 key results each
 *   npm run bench -- 10 500  # other sizes
 */
import { DEMO_USERS } from '../host/demo-users';
import { createChild, createEpic } from '../../test/support/demo-jira-rest';
import { FORGE_KVS_QUOTAS } from '../host/kvs/quotas';
import { invoke, startTestHost, type TestHost } from '../../test/support/host';
import { makeOkrs } from '../../test/support/okr-factory';

const KEY_RESULTS_PER_OBJECTIVE = 3;
/** How often an open panel polls: static/shared/hooks/use-live-refresh.ts LIVE_REFRESH_MS (UI code, not importable here). */
const LIVE_REFRESH_MS = 30_000;
const READS = 25;

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  // Quotas counted, not enforced: the benchmark measures what the reads would spend.
  const host = await startTestHost({ seed: 'empty', kvsQuotas: { enforce: false } });
  const rows: Array<Record<string, string | number>> = [];
  let viewer: Record<string, string | number> | undefined;
  try {
    for (const objectives of sizes.length ? sizes : [10, 50, 200]) {
      await host.reset('empty');
      const okrs = makeOkrs(host);
      const { cycle, team } = await okrs.frame();
      const built = Date.now();
      await okrs.bulk(cycle.id, team.id, objectives, KEY_RESULTS_PER_OBJECTIVE);
      const buildMs = Date.now() - built;

      await host.resetStats();
      const once = await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id });
      if (!once.ok || once.data.objectives.length !== objectives) throw new Error(`Unexpected tree: ${JSON.stringify(once).slice(0, 200)}`);
      const stats = await host.stats();

      rows.push({
        objectives,
        keyResults: objectives * KEY_RESULTS_PER_OBJECTIVE,
        ...(await figures(() => invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }), once, stats, buildMs)),
      });
      if (objectives === 200) {
        viewer = await viewerCost(host, cycle.id, team.id, once.data.since);
        // Someone not on the team: the tree asks Confluence, then Jira, whether they administer
        // the site (docs/decisions/0018, 0019), beside the reads a team admin's tree makes.
        const asViewer = () => invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }, { accountId: DEMO_USERS.james.accountId });
        await host.resetStats();
        const first = await asViewer();
        rows.push({ objectives: `${objectives} (a viewer reads)`, keyResults: objectives * KEY_RESULTS_PER_OBJECTIVE, ...(await figures(asViewer, first, await host.stats(), buildMs)) });
      }
    }
    rows.push(await epicScenario(host, 200, 10));
    rows.push(await epicScenario(host, 230, 2500 / 230));
  } finally {
    await host.close();
  }
  console.log(`getOkrTree through the local Forge host (HTTP /__local/invoke, SQLite kvs), ${READS} reads each, node ${process.version}`);
  console.table(rows);
  if (viewer) {
    console.log(`One viewer of a 200-objective cycle with the panel open (a poll every ${LIVE_REFRESH_MS / 1000} s), against the installation's ${FORGE_KVS_QUOTAS.readUnitsPerMinute} read units a minute:`);
    console.table([viewer]);
  }
}

/**
 * What keeping the panel open costs storage: each poll as it was (the whole tree again) and as it
 * is (`getOkrTreeChanges` while nothing changed), in kvs read units (10 KB each), per hour, and
 * how many viewers it takes to spend the installation's read quota.
 */
async function viewerCost(host: TestHost, cycleId: string, teamId: string, since: string): Promise<Record<string, string | number>> {
  const meter = [...host.local.runtime.kvsQuotas.values()][0]!;
  const polls = 3_600_000 / LIVE_REFRESH_MS;
  const measure = async (poll: () => Promise<unknown>) => {
    meter.resetUsage();
    await poll();
    return meter.usage();
  };
  const full = await measure(() => invoke(host, 'getOkrTree', { cycleId, teamId }));
  const marker = await measure(async () => {
    const answer = await invoke(host, 'getOkrTreeChanges', { cycleId, teamId, since });
    if (!answer.ok || answer.data.changed) throw new Error(`Expected an unchanged tree: ${JSON.stringify(answer).slice(0, 200)}`);
  });
  const perMinute = (units: number) => units * (60_000 / LIVE_REFRESH_MS);
  return {
    'full read KiB': round(full.readBytes / 1024),
    'full read units': full.readUnits,
    'full: viewers to spend quota': Math.floor(FORGE_KVS_QUOTAS.readUnitsPerMinute / perMinute(full.readUnits)),
    'poll KiB': round(marker.readBytes / 1024),
    'poll requests': marker.requests,
    'poll units': marker.readUnits,
    'poll: units/viewer/hour': marker.readUnits * polls,
    'poll: viewers to spend quota': Math.floor(FORGE_KVS_QUOTAS.readUnitsPerMinute / perMinute(marker.readUnits)),
  };
}

/**
 * Initiative-driven key results linking `epics` demo Jira epics of `children` issues each (a
 * fraction spreads the remainder: 2500 / 230 gives 2,500 children in all).
 */
async function epicScenario(host: TestHost, epics: number, children: number): Promise<Record<string, string | number>> {
  await host.reset('empty');
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const built = Date.now();
  const keys: string[] = [];
  for (let e = 0; e < epics; e++) {
    const key = await createEpic(host, 'PLAT', `Epic ${e}`);
    keys.push(key);
    const count = Math.floor((e + 1) * children) - Math.floor(e * children);
    await Promise.all(Array.from({ length: count }, (_, c) => createChild(host, key, `Child ${c}`)));
  }
  // Within the caps (docs/decisions/0007): 5 epics a key result, 2 key results an objective.
  const perKeyResult = 5;
  const objectives = Math.ceil(epics / (perKeyResult * 2));
  for (let o = 0; o < objectives; o++) {
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: `Objective ${o}` });
    for (let k = 0; k < 2; k++) {
      const kr = await okrs.keyResult(objective.id, { title: `KR ${o}.${k}`, measure: { kind: 'initiatives' } });
      for (const epicKey of keys.slice((o * 2 + k) * perKeyResult, (o * 2 + k + 1) * perKeyResult)) {
        await invoke(host, 'saveInitiative', { keyResultId: kr.id, link: { kind: 'epic', epicKey } }, { accountId: DEMO_USERS.jisoo.accountId });
      }
    }
  }
  const buildMs = Date.now() - built;
  const read = () => invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id }, { accountId: DEMO_USERS.jisoo.accountId });
  await read(); // stores the epics' last known progress once, as any first read after a change does
  await host.resetStats();
  const once = await read();
  const stats = await host.stats();
  return {
    objectives,
    keyResults: `${objectives * 2} (${epics} epics, ${Math.round(epics * children)} child issues)`,
    ...(await figures(read, once, stats, buildMs)),
  };
}

/** Times READS more reads and reports them with the request counts of the first one. */
async function figures(
  read: () => Promise<unknown>,
  once: unknown,
  stats: { kvs: { requests: number }; jira: { requests: number }; confluence: { requests: number } },
  buildMs: number,
): Promise<Record<string, number>> {
  const times: number[] = [];
  for (let i = 0; i < READS; i++) {
    const start = process.hrtime.bigint();
    await read();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const memory = process.memoryUsage();
  return {
    'kvs requests/read': stats.kvs.requests,
    'jira requests/read': stats.jira.requests,
    'confluence requests/read': stats.confluence.requests,
    'median ms': round(times[Math.floor(times.length / 2)]!),
    'p95 ms': round(times[Math.floor(times.length * 0.95)]!),
    'answer KiB': round(Buffer.byteLength(JSON.stringify(once)) / 1024),
    'rss MiB': round(memory.rss / 2 ** 20),
    'heap MiB': round(memory.heapUsed / 2 ** 20),
    'build s': round(buildMs / 1000),
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

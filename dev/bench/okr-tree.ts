/**
 * Benchmark: what one screen read (`getOkrTree`) costs as a team's cycle grows. Prints kvs and
 * Jira requests per read (from the host's /__local/stats), the median and p95 wall time over
 * repeated reads, and the process memory. Figures to report, not a pass/fail test.
 *
 *   npm run bench            # 10, 50 and 200 objectives, 3 key results each
 *   npm run bench -- 10 500  # other sizes
 */
import { DEMO_USERS } from '../host/demo-users';
import { createChild, createEpic } from '../../test/support/demo-jira-rest';
import { invoke, startTestHost, type TestHost } from '../../test/support/host';
import { makeOkrs } from '../../test/support/okr-factory';

const KEY_RESULTS_PER_OBJECTIVE = 3;
const READS = 25;

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const host = await startTestHost({ seed: 'empty' });
  const rows: Array<Record<string, string | number>> = [];
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
    }
    rows.push(await epicScenario(host, 200, 10));
  } finally {
    await host.close();
  }
  console.log(`getOkrTree through the local Forge host (HTTP /__local/invoke, SQLite kvs), ${READS} reads each, node ${process.version}`);
  console.table(rows);
}

/** Initiative-driven key results linking `epics` demo Jira epics of `children` issues each. */
async function epicScenario(host: TestHost, epics: number, children: number): Promise<Record<string, string | number>> {
  await host.reset('empty');
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const built = Date.now();
  const keys: string[] = [];
  for (let e = 0; e < epics; e++) {
    const key = await createEpic(host, 'PLAT', `Epic ${e}`);
    keys.push(key);
    await Promise.all(Array.from({ length: children }, (_, c) => createChild(host, key, `Child ${c}`)));
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
    keyResults: `${objectives * 2} (${epics} epics, ${epics * children} child issues)`,
    ...(await figures(read, once, stats, buildMs)),
  };
}

/** Times READS more reads and reports them with the request counts of the first one. */
async function figures(
  read: () => Promise<unknown>,
  once: unknown,
  stats: { kvs: { requests: number }; jira: { requests: number } },
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

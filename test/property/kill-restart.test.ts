/**
 * Property 3 (tracker issue 8): a host killed in the middle of a burst of writes loses nothing
 * it acknowledged. Each run starts the local Forge host as a child process on a fresh data dir
 * holding a small team-cycle, fires a generated burst of concurrent check-ins, objective and key
 * result creates and saves over HTTP, SIGKILLs the process while requests are in flight, and
 * starts it again on the same data. Then:
 *   - SQLite itself is sound (`PRAGMA integrity_check`), and the raw rows have no orphans and a
 *     `scalars` column (the host's partition index) in step with every value;
 *   - the restarted host serves exactly the rows on disk;
 *   - every write acknowledged before the kill is there: check-ins in their key result's history,
 *     created objectives and key results in the tree, the last acknowledged save of each record
 *     as its stored title, no version given to two acknowledged writes;
 *   - the indexes agree with the rows: listCheckIns (by-key-result) returns exactly the stored
 *     check-ins of each key result, getOkrTree (by-cycle-team) exactly the stored objectives.
 */
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { startHost } from '../../dev/host/host';
import type { RawStoredRow } from '../../dev/host/kvs/sqlite-table';
import { storageChanges } from './support/answer-rules';
import { checkInHistory, envelopeOf, mustCall, type Envelope } from './support/app-reads';
import { describeFailures, huntFailures, type Failure } from './support/hunt';
import { startHostProcess, type HostProcess } from './support/host-process';
import { PropertyReport } from './support/report';
import { PROPERTY_SEED, runsOf, sized, SOAK } from './support/settings';
import { integrityProblems } from './support/storage-integrity';
import { invokeRaw, show } from './support/wire';

jest.setTimeout(SOAK ? 3_600_000 : 180_000);

const RUNS = runsOf({ ci: 8, soak: 60 });
const MAX_BURST = sized(24, 48);
const PROPERTY = 'SIGKILL mid-burst, restart on the same data';
const report = new PropertyReport('kill and restart (property 3)');
const USERS = [DEMO_USERS.jisoo.accountId, DEMO_USERS.emily.accountId, DEMO_USERS.minjun.accountId];
const ADMIN = USERS[0]!;
const METRIC = { kind: 'metric', baseline: 0, target: 100, unit: 'pts' } as const;

afterAll(() => {
  report.note(PROPERTY, `seed ${PROPERTY_SEED}, ${RUNS} runs, bursts of up to ${MAX_BURST} concurrent writes, a real process SIGKILLed each run`);
  report.print();
});

const OPS = ['addCheckIn', 'createObjective', 'createKeyResult', 'saveObjective', 'saveKeyResult'] as const;
interface BurstWrite {
  op: (typeof OPS)[number];
  slot: number;
  value: number;
  user: number;
  /** ms after the burst starts that this write is sent. */
  at: number;
}
const burstArb = fc.record({
  writes: fc.array(
    fc.record({ op: fc.constantFrom(...OPS), slot: fc.nat({ max: 20 }), value: fc.integer({ min: 0, max: 100 }), user: fc.nat({ max: USERS.length - 1 }), at: fc.integer({ min: 0, max: 40 }) }),
    { minLength: 4, maxLength: MAX_BURST },
  ),
  killAfterMs: fc.integer({ min: 0, max: 90 }),
});

interface Frame {
  cycleId: string;
  teamId: string;
}

/** A fresh data dir with a team-cycle of two objectives and four key results, written in-process. */
async function seedDataDir(): Promise<{ dataDir: string; frame: Frame }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'forge-local-kill-'));
  const host = await startHost({ port: 0, dataDir, seed: 'empty', quiet: true });
  try {
    const call = (key: string, payload: unknown) => mustCall(host.url, key, payload, ADMIN);
    const cycle = await call('saveCycle', { name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' });
    const team = await call('saveTeam', { name: 'Platform', level: 'team', jiraProjectKeys: ['PLAT'] });
    for (const n of [1, 2]) {
      const objective = (await call('saveObjective', { cycleId: cycle.id, teamId: team.id, title: `빠른 배포 ${n}` })).objective;
      for (const k of [1, 2]) await call('saveKeyResult', { objectiveId: objective.id, title: `Cut deploy time ${n}.${k}`, measure: METRIC });
    }
    return { dataDir, frame: { cycleId: cycle.id, teamId: team.id } };
  } finally {
    await host.close();
  }
}

/** Every row of the data dir's SQLite file, read with no host running. */
function rowsOnDisk(dataDir: string): { rows: RawStoredRow[]; integrity: string } {
  const db = new Database(path.join(dataDir, 'kvs.sqlite'));
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? '';
    const rows = db
      .prepare('SELECT ns, key, value, scalars, created_at AS createdAt, updated_at AS updatedAt, expire_at AS expireAt FROM kv ORDER BY ns, key')
      .all() as RawStoredRow[];
    return { rows, integrity };
  } finally {
    db.close();
  }
}

interface Acked {
  write: BurstWrite;
  key: string;
  payload: unknown;
  data: any;
}

async function tree(url: string, frame: Frame): Promise<any> {
  return mustCall(url, 'getOkrTree', { cycleId: frame.cycleId, teamId: frame.teamId }, ADMIN);
}

/** Fires the burst; SIGKILLs the host `killAfterMs` after the first write. Answers what was acknowledged. */
async function burst(host: HostProcess, frame: Frame, writes: readonly BurstWrite[], killAfterMs: number): Promise<{ acked: Acked[]; refused: number; cut: number }> {
  const before = await tree(host.url, frame);
  const objectives = before.objectives.map((o: any) => ({ id: o.id, version: o.version }));
  const keyResults = before.objectives.flatMap((o: any) => o.keyResults.map((k: any) => ({ id: k.id, version: k.version, objectiveId: o.id })));
  const acked: Acked[] = [];
  let refused = 0;
  let cut = 0;
  let nonce = 0;
  const send = async (write: BurstWrite) => {
    await new Promise((resolve) => setTimeout(resolve, write.at));
    const objective = objectives[write.slot % objectives.length];
    const kr = keyResults[write.slot % keyResults.length];
    nonce += 1;
    const title = `burst ${nonce} 🚀 배포`;
    const [key, payload] =
      write.op === 'addCheckIn'
        ? ['addCheckIn', { keyResultId: kr.id, value: write.value, confidence: 'high', comment: `kill test ${nonce}` }]
        : write.op === 'createObjective'
          ? ['saveObjective', { cycleId: frame.cycleId, teamId: frame.teamId, title }]
          : write.op === 'createKeyResult'
            ? ['saveKeyResult', { objectiveId: objective.id, title, measure: METRIC }]
            : write.op === 'saveObjective'
              ? ['saveObjective', { id: objective.id, version: objective.version, cycleId: frame.cycleId, teamId: frame.teamId, title }]
              : ['saveKeyResult', { id: kr.id, version: kr.version, objectiveId: kr.objectiveId, title, measure: METRIC }];
    try {
      const answer = await invokeRaw(host.url, { functionKey: key as string, payload, accountId: USERS[write.user]! });
      const envelope: Envelope | undefined = envelopeOf(answer);
      if (envelope?.ok) acked.push({ write, key: key as string, payload, data: envelope.data });
      else refused += 1;
    } catch {
      cut += 1; // the connection died with the host: not acknowledged
    }
  };
  const inFlight = writes.map(send);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  await host.kill();
  await Promise.all(inFlight);
  return { acked, refused, cut };
}

async function check(url: string, frame: Frame, acked: readonly Acked[], disk: { rows: RawStoredRow[]; integrity: string }): Promise<Failure | undefined> {
  const context = (detail: string): Failure => ({
    signature: detail.split(':')[0]!,
    report: `   ${detail}\n   acknowledged before the kill (${acked.length}):\n${acked.map((a) => `     ${a.key} ${show(a.payload, 160)}`).join('\n')}`,
  });
  if (disk.integrity !== 'ok') return context(`sqlite-integrity: ${disk.integrity}`);
  const problem = integrityProblems(disk.rows)[0];
  if (problem) return context(`orphan-${problem.kind}: ${problem.detail}`);

  const served = (await (await fetch(`${url}/__local/kvs/dump`)).json()) as { rows: RawStoredRow[] };
  const differences = storageChanges(disk.rows, served.rows);
  if (differences.length) return context(`restart-changed-rows: ${differences.slice(0, 5).join('; ')}`);

  const now = await tree(url, frame);
  const objectives = new Map<string, any>(now.objectives.map((o: any) => [o.id, o]));
  const keyResults = new Map<string, any>(now.objectives.flatMap((o: any) => o.keyResults.map((k: any) => [k.id, k])));

  // Indexes agree with the rows: the tree's objectives are the shards' objectives, each key
  // result's history is its stored check-ins.
  const stored = disk.rows
    .filter((r) => r.ns === 'entity:okr-shard')
    .map((r) => JSON.parse(r.value))
    .filter((s) => s.cycleId === frame.cycleId && s.teamId === frame.teamId)
    .flatMap((s) => s.objectives.map((o: any) => o.id))
    .sort();
  if (stored.join() !== [...objectives.keys()].sort().join()) return context(`tree-out-of-step: tree ${objectives.size} objectives, shards ${stored.length}`);
  const histories = new Map<string, string[]>();
  for (const id of keyResults.keys()) {
    const history = (await checkInHistory(url, id, ADMIN)) ?? [];
    histories.set(id, history);
    const rows = disk.rows.filter((r) => r.ns === 'entity:check-in' && JSON.parse(r.value).keyResultId === id).map((r) => r.key);
    if (history.slice().sort().join() !== rows.sort().join()) return context(`history-out-of-step: key result ${id}: listCheckIns ${history.length}, rows ${rows.length}`);
  }

  // Every acknowledged write is there.
  const versions = new Map<string, Array<{ version: number; title?: string }>>();
  const record = (id: string, version: number, title?: string) => versions.set(id, [...(versions.get(id) ?? []), { version, ...(title ? { title } : {}) }]);
  for (const a of acked) {
    report.add(PROPERTY, 'acknowledged writes checked');
    if (a.key === 'addCheckIn') {
      const { id, keyResultId } = a.data.checkIn;
      if (!histories.get(keyResultId)?.includes(id)) return context(`lost-check-in: ${id} of ${keyResultId}`);
      record(keyResultId, a.data.keyResult.version);
    } else if (a.key === 'saveObjective') {
      const saved = a.data.objective;
      if (!objectives.has(saved.id)) return context(`lost-objective: ${saved.id} "${saved.title}"`);
      record(saved.id, saved.version, saved.title);
    } else {
      const saved = a.data.keyResult;
      if (!keyResults.has(saved.id)) return context(`lost-key-result: ${saved.id} "${saved.title}"`);
      record(saved.id, saved.version, saved.title);
    }
  }
  for (const [id, list] of versions) {
    const all = list.map((v) => v.version);
    const reused = all.find((v, i) => all.indexOf(v) !== i);
    if (reused !== undefined) return context(`duplicate-version: ${id} got version ${reused} twice`);
    const current = objectives.get(id) ?? keyResults.get(id);
    const top = Math.max(...all);
    if (current.version < top) return context(`version-went-back: ${id} at ${current.version}, acknowledged ${top}`);
    const lastTitled = list.filter((v) => v.title).sort((x, y) => y.version - x.version)[0];
    if (lastTitled && current.title !== lastTitled.title) return context(`lost-save: ${id} reads "${current.title}", last acknowledged "${lastTitled.title}"`);
  }
  return undefined;
}

it('keeps every acknowledged write and consistent indexes across a SIGKILL', async () => {
  const { failures, runs } = await huntFailures(
    burstArb,
    async ({ writes, killAfterMs }) => {
      const { dataDir, frame } = await seedDataDir();
      let host: HostProcess | undefined;
      try {
        host = await startHostProcess(dataDir);
        const { acked, refused, cut } = await burst(host, frame, writes, killAfterMs);
        report.add(PROPERTY, 'kills');
        report.add(PROPERTY, 'writes sent', writes.length);
        report.add(PROPERTY, 'acknowledged', acked.length);
        report.add(PROPERTY, 'refused', refused);
        report.add(PROPERTY, 'cut by the kill', cut);
        const disk = rowsOnDisk(dataDir);
        host = await startHostProcess(dataDir);
        report.add(PROPERTY, 'restarts');
        return await check(host.url, frame, acked, disk);
      } finally {
        await host?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { numRuns: RUNS, maxFailures: 2 },
  );
  report.add(PROPERTY, 'fast-check runs', runs);
  for (const f of failures) report.note(PROPERTY, `FAIL ${f.signature}`);
  if (failures.length) throw new Error(describeFailures('kill and restart', failures));
});

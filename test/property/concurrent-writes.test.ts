/**
 * Property 2 (tracker issue 8): several people saving, checking in, deleting and publishing at
 * once never lose an acknowledged write. Each run builds a small team-cycle (two objectives made
 * in the panel, a session published once), lets three users run generated command lists
 * concurrently against the host over HTTP, then checks, through the app and the raw storage:
 *   - no answer is INTERNAL, thrown, or not an envelope;
 *   - every acknowledged check-in is in its key result's history (unless an acknowledged delete
 *     removed the key result), every acknowledged key result and initiative still exists;
 *   - every acknowledged save is what is stored, unless a later acknowledged save superseded it
 *     (titles carry a nonce, so each save is told apart); publishing never overwrites them
 *     (docs/decisions/0009: no resolutions are sent, so the panel's edits must stand);
 *   - two acknowledged writes of one record never got the same version (a lost update), and a
 *     read that starts after another observation ended never sees an older version;
 *   - storage has no orphans (support/storage-integrity.ts), after the app's jobs when the host
 *     can run them.
 * Interleavings come from real concurrency, so a replay may schedule differently.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { DEMO_EPIC_ROLES, demoEpicKeysFor } from '../../dev/host/demo-jira/seed-issues';
import { allResolvers } from '../../src/resolvers/handler';
import { startTestHost, type TestHost } from '../support/host';
import { answerViolations, outcomeOf } from './support/answer-rules';
import { checkInHistory, envelopeOf, mustCall, runJobsIfAny, type Envelope } from './support/app-reads';
import { describeFailures, huntFailures, type Failure } from './support/hunt';
import { topLevelKeys } from './support/payload-arbitraries';
import { demoSessionContext } from './support/pool';
import { PropertyReport } from './support/report';
import { PROPERTY_SEED, runsOf, sized, SOAK } from './support/settings';
import { integrityProblems } from './support/storage-integrity';
import { invokeRaw, show } from './support/wire';

jest.setTimeout(SOAK ? 3_600_000 : 180_000);

const RUNS = runsOf({ ci: 40, soak: 400 });
const MAX_COMMANDS = sized(6, 14);
const PROPERTY = 'concurrent saves, check-ins, deletes and publishes';
const report = new PropertyReport('concurrent writes (property 2)');
const USERS = [DEMO_USERS.jisoo.accountId, DEMO_USERS.emily.accountId, DEMO_USERS.daniel.accountId];
const FIELD_NAMES = new Map(allResolvers.map((d) => [d.key, topLevelKeys(d.schema)]));
const METRIC = { kind: 'metric', baseline: 0, target: 100, unit: 'pts' } as const;
/** Growth epics every demo user can see (the restricted one left out). */
const GROW_EPICS = demoEpicKeysFor('GROW').filter((key) => key !== DEMO_EPIC_ROLES.restricted);

let host: TestHost;
let jobs: 'ran' | 'absent' | 'unknown' = 'unknown';

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(async () => {
  report.note(PROPERTY, `seed ${PROPERTY_SEED}, ${RUNS} runs, up to ${MAX_COMMANDS} commands per user, ${USERS.length} users; app jobs before the orphan check: ${jobs}`);
  report.print();
  await host?.close();
});

// ---- commands ------------------------------------------------------------------------------

const OPS = ['saveObjective', 'deleteObjective', 'createKeyResult', 'saveKeyResult', 'addCheckIn', 'deleteKeyResult', 'saveInitiative', 'editDraft', 'addDraftKeyResult', 'advanceSession', 'publishSession', 'read'] as const;
type Op = (typeof OPS)[number];

interface Command {
  op: Op;
  /** Which record, modulo what this user has read. */
  slot: number;
  /** Send an older version than the one last read. */
  stale: boolean;
  value: number;
  pauseMs: number;
}

const commandArb: fc.Arbitrary<Command> = fc.record({
  op: fc.constantFrom(...OPS),
  slot: fc.nat({ max: 20 }),
  stale: fc.boolean(),
  value: fc.integer({ min: 0, max: 100 }),
  pauseMs: fc.constantFrom(0, 0, 1, 3),
});
const scriptArb = fc.tuple(...USERS.map(() => fc.array(commandArb, { minLength: 1, maxLength: MAX_COMMANDS })));

// ---- what happened -------------------------------------------------------------------------

type RecordKind = 'objective' | 'keyResult' | 'initiative' | 'draft' | 'session';

interface Logged {
  user: string;
  op: Op;
  key: string;
  payload: unknown;
  answer: Envelope | undefined;
  status: number;
  t0: number;
  t1: number;
}

interface Observation {
  kind: RecordKind;
  id: string;
  version: number;
  t0: number;
  t1: number;
  what: string;
}

interface Write extends Observation {
  title?: string;
  op: Op;
}

interface Frame {
  cycleId: string;
  teamId: string;
  context: Record<string, unknown>;
  publishedObjectiveIds: string[];
}

/** One user's screen: the versions and ids they last read (what their next edit is based on). */
class View {
  versions = new Map<string, number>();
  objectives: string[] = [];
  keyResults: Array<{ id: string; objectiveId: string; measure: string }> = [];
  initiatives: string[] = [];
  sessionVersion = 0;
  draftObjectives: Array<{ id: string; version: number; title: string; candidateId?: string }> = [];
  draftKeyResults: Array<{ id: string; version: number }> = [];
}

class Run {
  readonly log: Logged[] = [];
  readonly observations: Observation[] = [];
  readonly writes: Write[] = [];
  readonly deletedKeyResults = new Set<string>();
  readonly deletedObjectives = new Set<string>();
  /** Key result id -> its objective, as last seen. */
  readonly objectiveOf = new Map<string, string>();
  nonce = 0;

  constructor(
    readonly frame: Frame,
    readonly baseUrl: string,
  ) {}

  observe(kind: RecordKind, id: string, version: number, t0: number, t1: number, what: string) {
    this.observations.push({ kind, id, version, t0, t1, what });
  }

  async call(user: string, op: Op, key: string, payload: unknown, context?: Record<string, unknown>): Promise<Logged> {
    const t0 = performance.now();
    const raw = await invokeRaw(this.baseUrl, { functionKey: key, payload, accountId: user, ...(context ? { context } : {}) });
    const t1 = performance.now();
    const entry: Logged = { user, op, key, payload, answer: envelopeOf(raw), status: raw.status, t0, t1 };
    this.log.push(entry);
    report.add(PROPERTY, 'commands');
    report.add(PROPERTY, `answered ${outcomeOf(raw)}`);
    if (entry.answer && !entry.answer.ok) {
      const reason = Object.values(entry.answer.error?.fields ?? {}).map((f: any) => f?.reason ?? f?.code)[0];
      report.add(`${PROPERTY}: refusals`, `${key} ${entry.answer.error?.code}${reason ? ` ${reason}` : ''}`);
    }
    if (entry.answer?.ok && key === 'publishSession') report.add(`${PROPERTY}: publishes`, `${entry.answer.data.state}`);
    (entry as Logged & { raw: unknown }).raw = raw;
    return entry;
  }

  /** getOkrTree and getSession as `user`: refreshes their view and records every version seen. */
  async read(user: string, view: View): Promise<void> {
    const tree = await this.call(user, 'read', 'getOkrTree', { cycleId: this.frame.cycleId, teamId: this.frame.teamId });
    if (tree.answer?.ok) {
      view.objectives = [];
      view.keyResults = [];
      view.initiatives = [];
      for (const o of tree.answer.data.objectives) {
        view.objectives.push(o.id);
        view.versions.set(o.id, o.version);
        this.observe('objective', o.id, o.version, tree.t0, tree.t1, `${user} read`);
        for (const kr of o.keyResults) {
          view.keyResults.push({ id: kr.id, objectiveId: o.id, measure: kr.measure.kind });
          this.objectiveOf.set(kr.id, o.id);
          view.versions.set(kr.id, kr.version);
          this.observe('keyResult', kr.id, kr.version, tree.t0, tree.t1, `${user} read`);
          for (const i of kr.initiatives ?? []) {
            view.initiatives.push(i.id);
            this.observe('initiative', i.id, i.version, tree.t0, tree.t1, `${user} read`);
          }
        }
      }
    }
    const session = await this.call(user, 'read', 'getSession', {}, this.frame.context);
    if (session.answer?.ok && session.answer.data.state === 'ready') {
      const data = session.answer.data;
      view.sessionVersion = data.session.version;
      this.observe('session', 'session', data.session.version, session.t0, session.t1, `${user} read`);
      view.draftObjectives = data.objectives.map((o: any) => ({ id: o.id, version: o.version, title: o.title, ...(o.candidateId ? { candidateId: o.candidateId } : {}) }));
      view.draftKeyResults = data.keyResults.map((k: any) => ({ id: k.id, version: k.version }));
      for (const o of data.objectives) this.observe('draft', o.id, o.version, session.t0, session.t1, `${user} read`);
      for (const k of data.keyResults) this.observe('draft', k.id, k.version, session.t0, session.t1, `${user} read`);
    }
  }

  acked(entry: Logged, kind: RecordKind, id: string, version: number, title?: string) {
    const write: Write = { kind, id, version, t0: entry.t0, t1: entry.t1, what: `${entry.user} ${entry.op}`, op: entry.op, ...(title !== undefined ? { title } : {}) };
    this.writes.push(write);
    this.observations.push(write);
  }

  title(user: string, what: string): string {
    this.nonce += 1;
    return `${what} ${USERS.indexOf(user)}-${this.nonce} 목표 🚀`;
  }
}

const pick = <T>(list: readonly T[], slot: number): T | undefined => (list.length ? list[slot % list.length] : undefined);
const versionToSend = (view: View, id: string, stale: boolean) => Math.max(1, (view.versions.get(id) ?? 1) - (stale ? 1 : 0));

async function perform(run: Run, user: string, view: View, command: Command): Promise<void> {
  const { frame } = run;
  if (command.pauseMs) await new Promise((resolve) => setTimeout(resolve, command.pauseMs));
  switch (command.op) {
    case 'read':
      return run.read(user, view);
    case 'saveObjective': {
      const id = pick(view.objectives, command.slot);
      if (!id) return;
      const title = run.title(user, 'Objective');
      const entry = await run.call(user, 'saveObjective', 'saveObjective', { id, version: versionToSend(view, id, command.stale), cycleId: frame.cycleId, teamId: frame.teamId, title });
      if (entry.answer?.ok) {
        const saved = entry.answer.data.objective;
        view.versions.set(id, saved.version);
        run.acked(entry, 'objective', id, saved.version, title);
      }
      return;
    }
    case 'deleteObjective': {
      const id = pick(view.objectives, command.slot);
      if (!id) return;
      const entry = await run.call(user, 'deleteObjective', 'deleteObjective', { id, version: versionToSend(view, id, command.stale) });
      if (entry.answer?.ok) {
        run.deletedObjectives.add(id);
        view.objectives = view.objectives.filter((o) => o !== id);
      }
      return;
    }
    case 'createKeyResult': {
      const objectiveId = pick(view.objectives, command.slot);
      if (!objectiveId) return;
      const title = run.title(user, 'Raise metric');
      const entry = await run.call(user, 'createKeyResult', 'saveKeyResult', { objectiveId, title, measure: METRIC });
      if (entry.answer?.ok) {
        const kr = entry.answer.data.keyResult;
        view.versions.set(kr.id, kr.version);
        view.keyResults.push({ id: kr.id, objectiveId, measure: 'metric' });
        run.objectiveOf.set(kr.id, objectiveId);
        run.acked(entry, 'keyResult', kr.id, kr.version, title);
      }
      return;
    }
    case 'saveKeyResult': {
      const kr = pick(view.keyResults, command.slot);
      if (!kr) return;
      const title = run.title(user, 'Raise metric');
      const entry = await run.call(user, 'saveKeyResult', 'saveKeyResult', { id: kr.id, version: versionToSend(view, kr.id, command.stale), objectiveId: kr.objectiveId, title, measure: METRIC });
      if (entry.answer?.ok) {
        view.versions.set(kr.id, entry.answer.data.keyResult.version);
        run.acked(entry, 'keyResult', kr.id, entry.answer.data.keyResult.version, title);
      }
      return;
    }
    case 'addCheckIn': {
      const kr = pick(view.keyResults, command.slot);
      if (!kr) return;
      const entry = await run.call(user, 'addCheckIn', 'addCheckIn', { keyResultId: kr.id, value: command.value, confidence: 'medium', comment: `체크인 ${command.value}` });
      if (entry.answer?.ok) {
        view.versions.set(kr.id, entry.answer.data.keyResult.version);
        run.acked(entry, 'keyResult', kr.id, entry.answer.data.keyResult.version);
      }
      return;
    }
    case 'deleteKeyResult': {
      const kr = pick(view.keyResults, command.slot);
      if (!kr) return;
      const entry = await run.call(user, 'deleteKeyResult', 'deleteKeyResult', { id: kr.id, version: versionToSend(view, kr.id, command.stale) });
      if (entry.answer?.ok) {
        run.deletedKeyResults.add(kr.id);
        view.keyResults = view.keyResults.filter((k) => k.id !== kr.id);
      }
      return;
    }
    case 'saveInitiative': {
      const kr = pick(view.keyResults, command.slot);
      if (!kr) return;
      // Manual work, or one of the Growth project's epics (an epic-link record the deletes must clean up).
      const title = run.title(user, 'Manual work');
      const link = command.value % 3 === 0 ? { kind: 'epic', epicKey: GROW_EPICS[command.slot % GROW_EPICS.length] } : { kind: 'manual', progress: command.value / 100 };
      const entry = await run.call(user, 'saveInitiative', 'saveInitiative', { keyResultId: kr.id, title: link.kind === 'manual' ? title : '', link });
      if (entry.answer?.ok) run.acked(entry, 'initiative', entry.answer.data.initiative.id, entry.answer.data.initiative.version, title);
      return;
    }
    case 'editDraft': {
      const draft = pick(view.draftObjectives, command.slot);
      if (!draft) return;
      const title = run.title(user, 'Draft objective');
      const entry = await run.call(
        user,
        'editDraft',
        'saveSessionItem',
        { kind: 'objective', id: draft.id, version: Math.max(1, draft.version - (command.stale ? 1 : 0)), title, ...(draft.candidateId ? { candidateId: draft.candidateId } : {}), checklist: { ambitious: true, scorable: true, commitmentAgreed: true } },
        frame.context,
      );
      if (entry.answer?.ok) {
        const item = entry.answer.data.item;
        draft.version = item.version;
        run.acked(entry, 'draft', draft.id, item.version, title);
      }
      return;
    }
    case 'addDraftKeyResult': {
      const draft = pick(view.draftObjectives, command.slot);
      if (!draft) return;
      const title = run.title(user, 'Draft: raise metric');
      const entry = await run.call(user, 'addDraftKeyResult', 'saveSessionItem', { kind: 'key-result', objectiveItemId: draft.id, title, measure: METRIC, ownerAccountId: user }, frame.context);
      if (entry.answer?.ok) run.acked(entry, 'draft', entry.answer.data.item.id, entry.answer.data.item.version, title);
      return;
    }
    case 'advanceSession': {
      // Back to Owners and forward to Review again: a step move racing the publishes.
      const to = command.value % 2 === 0 ? 'owners' : 'review';
      const version = Math.max(0, view.sessionVersion - (command.stale ? 1 : 0));
      const entry = await run.call(user, 'advanceSession', 'advanceSession', { to, version }, frame.context);
      if (entry.answer?.ok) {
        view.sessionVersion = entry.answer.data.session.version;
        run.acked(entry, 'session', 'session', entry.answer.data.session.version);
      }
      return;
    }
    case 'publishSession': {
      const entry = await run.call(user, 'publishSession', 'publishSession', {}, frame.context);
      if (entry.answer?.ok && entry.answer.data.state !== 'needs-resolution') {
        for (const id of entry.answer.data.objectiveIds ?? []) if (!frame.publishedObjectiveIds.includes(id)) frame.publishedObjectiveIds.push(id);
      }
      return;
    }
  }
}

// ---- one run -------------------------------------------------------------------------------

let runNumber = 0;

async function buildFrame(): Promise<Frame> {
  await host.reset('empty');
  runNumber += 1;
  const admin = USERS[0]!;
  const call = (key: string, payload: unknown, context?: Record<string, unknown>) => mustCall(host.url, key, payload, admin, context);
  const cycle = await call('saveCycle', { name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' });
  const team = await call('saveTeam', { name: 'Growth', level: 'team', jiraProjectKeys: ['GROW'] });
  for (const n of [1, 2]) {
    const objective = (await call('saveObjective', { cycleId: cycle.id, teamId: team.id, title: `Panel objective ${n}` })).objective;
    for (const k of [1, 2]) await call('saveKeyResult', { objectiveId: objective.id, title: `Raise metric ${n}.${k} from 0 to 100`, measure: METRIC });
  }
  const context = demoSessionContext({ teamId: team.id, cycleId: cycle.id }, `property-page-${runNumber}`, 'property-session');
  const candidate = (await call('saveSessionItem', { kind: 'candidate', text: 'Make onboarding effortless' }, context)).item;
  const draft = (await call('saveSessionItem', { kind: 'objective', candidateId: candidate.id, title: 'Make onboarding effortless', checklist: { ambitious: true, scorable: true, commitmentAgreed: true } }, context)).item;
  await call('saveSessionItem', { kind: 'key-result', objectiveItemId: draft.id, title: 'Raise activation from 30 to 45', measure: { kind: 'metric', baseline: 30, target: 45, unit: '%' }, ownerAccountId: admin }, context);
  let version = (await call('getSession', {}, context)).session.version;
  for (const to of ['stage', 'key-results', 'owners', 'review']) version = (await call('advanceSession', { to, version }, context)).session.version;
  const published = await call('publishSession', {}, context);
  return { cycleId: cycle.id, teamId: team.id, context, publishedObjectiveIds: [...(published.objectiveIds ?? [])] };
}

function failure(signature: string, run: Run, detail: string): Failure {
  const interesting = run.log.filter((l) => l.op !== 'read').slice(-40);
  const lines = interesting.map((l) => `     ${l.user.slice(-12)} ${l.key} ${show(l.payload, 200)} -> ${l.answer ? (l.answer.ok ? 'ok' : l.answer.error?.code) : `HTTP ${l.status}`}`);
  return { signature, report: `   ${detail}\n   commands (last ${interesting.length}, acting user's id tail):\n${lines.join('\n')}` };
}

async function check(run: Run): Promise<Failure | undefined> {
  const admin = USERS[0]!;
  // 1. Every answer an envelope with a known code.
  for (const entry of run.log) {
    const raw = (entry as Logged & { raw: Parameters<typeof answerViolations>[0] }).raw;
    const violation = answerViolations(raw, FIELD_NAMES.get(entry.key as never) ?? new Set(), entry.payload)[0];
    if (violation) return failure(`${entry.key} ${violation.signature}`, run, `${entry.key} ${show(entry.payload)} answered ${show(raw.value ?? raw.error)}`);
  }

  // PROPERTY_NO_JOBS=1 checks storage as the writes left it, before any deferred clean-up.
  jobs = process.env.PROPERTY_NO_JOBS === '1' ? 'absent' : await runJobsIfAny(host.url);
  const final = await mustCall(host.url, 'getOkrTree', { cycleId: run.frame.cycleId, teamId: run.frame.teamId }, admin);
  const session = await mustCall(host.url, 'getSession', {}, admin, run.frame.context);
  const objectives = new Map<string, any>(final.objectives.map((o: any) => [o.id, o]));
  const keyResults = new Map<string, any>(final.objectives.flatMap((o: any) => o.keyResults.map((k: any) => [k.id, k])));
  const initiatives = new Set<string>(final.objectives.flatMap((o: any) => o.keyResults.flatMap((k: any) => (k.initiatives ?? []).map((i: any) => i.id))));
  const drafts = new Map<string, any>([...session.objectives, ...session.keyResults].map((d: any) => [d.id, d]));

  const gone = (keyResultId: string) => run.deletedKeyResults.has(keyResultId) || run.deletedObjectives.has(run.objectiveOf.get(keyResultId) ?? '');
  // 2. Acknowledged check-ins are in their key result's history.
  const histories = new Map<string, string[] | undefined>();
  for (const entry of run.log) {
    if (entry.key !== 'addCheckIn' || !entry.answer?.ok) continue;
    const { id, keyResultId } = entry.answer.data.checkIn;
    if (gone(keyResultId)) continue;
    if (!histories.has(keyResultId)) histories.set(keyResultId, await checkInHistory(host.url, keyResultId, admin));
    report.add(PROPERTY, 'acknowledged check-ins verified');
    if (!histories.get(keyResultId)?.includes(id)) return failure('lost-check-in', run, `check-in ${id} (acknowledged to ${entry.user}) is not in the history of key result ${keyResultId}${keyResults.has(keyResultId) ? '' : ', which is gone from the tree without an acknowledged delete'}`);
  }

  // 3. Acknowledged creates exist; acknowledged deletes stay deleted.
  for (const entry of run.log) {
    if (!entry.answer?.ok) continue;
    if (entry.op === 'createKeyResult') {
      const id = entry.answer.data.keyResult.id;
      if (!gone(id) && !keyResults.has(id)) return failure('lost-key-result', run, `key result ${id} created by ${entry.user} (acknowledged) is gone from objective ${entry.answer.data.keyResult.objectiveId}`);
    }
    if (entry.op === 'saveInitiative') {
      const { id, keyResultId } = entry.answer.data.initiative;
      if (!gone(keyResultId) && !initiatives.has(id)) return failure('lost-initiative', run, `initiative ${id} on ${keyResultId} (acknowledged) is gone`);
    }
  }
  for (const id of run.deletedKeyResults) if (keyResults.has(id)) return failure('deleted-came-back', run, `key result ${id} was deleted (acknowledged) but is in the tree again`);
  for (const id of run.deletedObjectives) if (objectives.has(id)) return failure('deleted-came-back', run, `objective ${id} was deleted (acknowledged) but is in the tree again`);
  for (const id of run.frame.publishedObjectiveIds) if (!run.deletedObjectives.has(id) && !objectives.has(id)) return failure('published-objective-missing', run, `published objective ${id} is gone`);

  // 4. The latest acknowledged save of each record is what is stored; versions are never reused.
  const byRecord = new Map<string, Write[]>();
  for (const w of run.writes) byRecord.set(`${w.kind} ${w.id}`, [...(byRecord.get(`${w.kind} ${w.id}`) ?? []), w]);
  for (const [record, writes] of byRecord) {
    const versions = writes.map((w) => w.version);
    const reused = versions.find((v, i) => versions.indexOf(v) !== i);
    if (reused !== undefined) {
      const both = writes.filter((w) => w.version === reused).map((w) => `${w.what}${w.title ? ` "${w.title}"` : ''}`);
      return failure(`duplicate-version:${writes[0]!.kind}`, run, `${record}: two acknowledged writes both got version ${reused} (${both.join(' and ')}): one of them is lost`);
    }
    const titled = writes.filter((w) => w.title !== undefined).sort((a, b) => b.version - a.version)[0];
    const [kind, id] = [writes[0]!.kind, writes[0]!.id];
    const stored = kind === 'objective' ? objectives.get(id) : kind === 'keyResult' ? keyResults.get(id) : kind === 'draft' ? drafts.get(id) : undefined;
    if (kind === 'keyResult' && gone(id)) continue;
    if (kind === 'objective' && run.deletedObjectives.has(id)) continue;
    if (kind === 'initiative' || kind === 'session') continue;
    if (!stored) return failure(`lost-record:${kind}`, run, `${record} has acknowledged writes but is gone`);
    const top = Math.max(...versions);
    if (stored.version < top) return failure(`version-went-back:${kind}`, run, `${record} is at version ${stored.version}, below acknowledged version ${top}`);
    if (titled && stored.title !== titled.title) {
      report.add(PROPERTY, 'lost saves');
      return failure(`lost-save:${kind}`, run, `${record}: the last acknowledged save (${titled.what}, version ${titled.version}) set "${titled.title}", but it reads "${stored.title}" (version ${stored.version})`);
    }
  }

  // 5. Versions never go back between observations that did not overlap in time.
  const seen = new Map<string, Observation[]>();
  for (const o of run.observations) seen.set(`${o.kind} ${o.id}`, [...(seen.get(`${o.kind} ${o.id}`) ?? []), o]);
  for (const [record, list] of seen) {
    for (const a of list) {
      const older = list.find((b) => a.t1 < b.t0 && b.version < a.version);
      if (older) return failure(`version-decreased:${a.kind}`, run, `${record}: ${a.what} saw version ${a.version}, then ${older.what} (started later) saw ${older.version}`);
    }
  }

  // 6. No orphans in storage; every key result's history matches its stored check-ins.
  const dump = host.local.kvs.dump();
  const problem = integrityProblems(dump)[0];
  if (problem) return failure(`orphan:${problem.kind}`, run, `${problem.kind}: ${problem.detail}`);
  for (const kr of keyResults.keys()) {
    const history = histories.get(kr) ?? (await checkInHistory(host.url, kr, admin));
    const rows = dump.filter((r) => r.ns === 'entity:check-in' && JSON.parse(r.value).keyResultId === kr).map((r) => r.key);
    if ([...(history ?? [])].sort().join() !== rows.sort().join()) return failure('history-out-of-step', run, `key result ${kr}: listCheckIns has ${history?.length ?? 'none'}, storage ${rows.length}`);
  }
  return undefined;
}

it('never loses an acknowledged write, whatever the interleaving', async () => {
  const { failures, runs } = await huntFailures(
    scriptArb,
    async (scripts) => {
      report.add(PROPERTY, 'interleavings run');
      const run = new Run(await buildFrame(), host.url);
      await Promise.all(
        scripts.map(async (commands, u) => {
          const user = USERS[u]!;
          const view = new View();
          await run.read(user, view);
          for (const command of commands) await perform(run, user, view, command);
        }),
      );
      return check(run);
    },
    { numRuns: RUNS, maxFailures: 3 },
  );
  report.add(PROPERTY, 'fast-check runs', runs);
  for (const f of failures) report.note(PROPERTY, `FAIL ${f.signature}`);
  if (failures.length) throw new Error(describeFailures('concurrent writes', failures));
});

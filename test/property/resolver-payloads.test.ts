/**
 * Property 1 (tracker issue 8): whatever a client sends to whichever resolver, as whoever, from
 * wherever, the answer is an envelope with a known code (never INTERNAL, never a thrown handler),
 * a VALIDATION answer names its fields, and a refusal leaves every stored row byte-identical.
 *
 * Every key of the app's handler is covered (`allResolvers`), with payloads read off its zod
 * schema: near-valid ones (real and unknown ids from the demo organisation, mutated) and random
 * JSON. Each key starts from a freshly seeded demo organisation.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { RESOLVER_KEYS, type ResolverKey } from '../../src/contracts/resolver-keys';
import { allResolvers } from '../../src/resolvers/handler';
import { initialMacroConfigs } from '../../dev/host/seed/demo-site';
import { startTestHost, type TestHost } from '../support/host';
import { answerViolations, outcomeOf, storageChanges, type Violation } from './support/answer-rules';
import { findDemoUser } from '../../dev/host/demo-users';
import { contextArb, resolveContext, userArb, type ContextSpec } from './support/contexts';
import { describeFailures, huntFailures } from './support/hunt';
import { applyMutations, blankTextSpecArb, isInvisibleText, payloadSpecArb, requiredTextPaths, topLevelKeys, withBlankText, type PayloadSpec } from './support/payload-arbitraries';
import { ADMIN, DEMO_ACCOUNTS, demoSessionContext, readPool, resolveRefs, type Pool } from './support/pool';
import { PropertyReport } from './support/report';
import { PROPERTY_SEED, runsOf, SOAK } from './support/settings';
import { invokeRaw, show } from './support/wire';

jest.setTimeout(SOAK ? 1_800_000 : 120_000);

const RUNS = runsOf({ ci: 50, soak: 400 });
const report = new PropertyReport('resolver payloads (property 1)');
const PROPERTY = 'every resolver, any payload';

let host: TestHost;
let sessionConfig: Record<string, unknown> = {};
let cursors: string[] = [];
let pool: Pool | undefined;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(async () => {
  report.note(PROPERTY, `seed ${PROPERTY_SEED}, ${RUNS} runs per key (shrinking and re-runs for further distinct failures counted in "calls")`);
  report.print();
  await host?.close();
});

async function call(functionKey: string, payload: unknown, context?: Record<string, unknown>): Promise<any> {
  const answer = await invokeRaw(host.url, { functionKey, payload, accountId: ADMIN, ...(context ? { context } : {}) });
  const value = answer.value as { ok: boolean; data?: unknown; error?: unknown };
  if (!value?.ok) throw new Error(`fixture ${functionKey} refused: ${JSON.stringify(value ?? answer.error)}`);
  return value.data;
}

/** The demo organisation, plus a session with items and (for listCheckIns) a real history cursor. */
async function freshOrganisation(key: ResolverKey): Promise<void> {
  const ids = await host.reset('demo');
  const planning = ids && initialMacroConfigs(ids).find((m) => m.pageId === '131075' && Object.keys(m.config).length);
  sessionConfig = planning?.config ?? {};
  const session = demoSessionContext(sessionConfig);
  await call('saveSessionItem', { kind: 'meeting', version: 0, facilitatorAccountId: ADMIN, notes: '준비 완료' }, session);
  const candidate = (await call('saveSessionItem', { kind: 'candidate', text: '고객이 사랑하는 온보딩' }, session)).item;
  await call('voteCandidate', { candidateId: candidate.id, vote: true }, session);
  const objective = (
    await call('saveSessionItem', { kind: 'objective', candidateId: candidate.id, title: 'Make onboarding effortless', checklist: { ambitious: true, scorable: true, commitmentAgreed: true } }, session)
  ).item;
  await call('saveSessionItem', { kind: 'key-result', objectiveItemId: objective.id, title: 'Raise activation from 30 to 45', measure: { kind: 'metric', baseline: 30, target: 45, unit: '%' }, ownerAccountId: ADMIN }, session);
  cursors = [];
  if (key === 'listCheckIns' && ids?.currentQuarterId) {
    const tree = await call('getOkrTree', { cycleId: ids.currentQuarterId });
    const kr = tree.objectives.flatMap((o: any) => o.keyResults).find((k: any) => k.measure.kind === 'metric');
    for (let i = 0; i < 51; i++) await call('addCheckIn', { keyResultId: kr.id, value: kr.measure.baseline, confidence: 'medium' });
    cursors = [(await call('listCheckIns', { keyResultId: kr.id })).cursor];
  }
  pool = undefined;
}

interface CallSpec {
  payload: PayloadSpec;
  user: string | null;
  context: ContextSpec;
}

function payloadOf(spec: PayloadSpec, current: Pool, textPaths: readonly string[][]): unknown {
  if (spec.shape === 'random') return spec.value;
  if (spec.shape === 'blank-text') return withBlankText(resolveRefs(spec.base, current, spec.focus), textPaths, spec.pathIndex, spec.text);
  return applyMutations(resolveRefs(spec.base, current, spec.focus), spec.mutations);
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

async function runCall(key: ResolverKey, fieldNames: ReadonlySet<string>, textPaths: readonly string[][], spec: CallSpec) {
  pool ??= await readPool(host, sessionConfig, cursors);
  const payload = payloadOf(spec.payload, pool, textPaths);
  const context = resolveContext(spec.context, pool, sessionConfig);
  const before = host.local.kvs.dump();
  const answer = await invokeRaw(host.url, { functionKey: key, payload, accountId: spec.user, ...(context ? { context } : {}) });
  const outcome = outcomeOf(answer);
  report.add(PROPERTY, 'calls');
  report.add(PROPERTY, `${spec.payload.shape} payloads`);
  report.add(PROPERTY, `answered ${outcome}`);
  const violations: Violation[] = answerViolations(answer, fieldNames, payload);
  // Only someone who has not allowed access may be asked to: never one of the demo's people.
  if (outcome === 'needs-consent' && findDemoUser(spec.user ?? undefined)) {
    violations.push({ signature: 'consent-asked-of-demo-user', detail: `${key} as ${spec.user}` });
  }
  if (outcome === 'ok') {
    for (const path of textPaths) {
      const text = valueAt(payload, path);
      if (typeof text === 'string' && isInvisibleText(text)) {
        violations.push({ signature: 'invisible-text-accepted', detail: `${path.join('.')} = ${show(text)} was accepted` });
      }
    }
  }
  const after = host.local.kvs.dump();
  const changes = storageChanges(before, after);
  if (outcome !== 'ok' && changes.length > 0) {
    const namespaces = [...new Set(changes.map((c) => c.split(' ')[1]))].sort().join(',');
    violations.push({ signature: `refusal-wrote:${namespaces}`, detail: changes.slice(0, 8).join('; ') });
  }
  // A write changed what later payloads point at: read the organisation again before the next one.
  if (changes.length > 0) pool = undefined;
  const first = violations[0];
  if (!first) return undefined;
  report.add(PROPERTY, 'violations');
  return {
    signature: `${key} ${first.signature}`,
    report: [
      `   resolver: ${key}, as ${spec.user ?? 'anonymous'}, context ${spec.context.kind}${context ? ` ${show(context, 300)}` : ''}`,
      `   payload:  ${show(payload)}`,
      `   answer:   ${show(answer.status === 200 ? answer.value : { status: answer.status, error: answer.error }, 600)}`,
      ...violations.map((v) => `   broke:    ${v.signature}: ${v.detail.slice(0, 400)}`),
    ].join('\n'),
  };
}

const definitions = new Map(allResolvers.map((d) => [d.key, d]));

it('covers every resolver key of the contract, each with a schema', () => {
  expect([...definitions.keys()].sort()).toEqual([...RESOLVER_KEYS].sort());
});

describe.each(allResolvers.map((d) => d.key))('%s', (key) => {
  it('answers any payload with a clean envelope and refuses without writing', async () => {
    const schema = definitions.get(key)!.schema as z.ZodType;
    const fieldNames = topLevelKeys(schema);
    const textPaths = requiredTextPaths(schema);
    await freshOrganisation(key);
    const anything = fc.record({ payload: payloadSpecArb(key, schema), user: userArb, context: contextArb });
    // Keys with a required text also get valid payloads but for one blank text, from a signed-in
    // demo user on the two surfaces people use (the panel, the session macro).
    const blank = fc.record({
      payload: blankTextSpecArb(key, schema),
      user: fc.constantFrom(...DEMO_ACCOUNTS),
      context: fc.constantFrom<ContextSpec>({ kind: 'company-panel' }, { kind: 'demo-session' }),
    });
    const arbitrary = textPaths.length ? fc.oneof({ weight: 4, arbitrary: anything }, { weight: 1, arbitrary: blank }) : anything;
    const { failures, runs } = await huntFailures(arbitrary, (spec) => runCall(key, fieldNames, textPaths, spec), { numRuns: RUNS });
    report.add(PROPERTY, 'runs', runs);
    report.add(PROPERTY, 'keys');
    for (const f of failures) report.note(PROPERTY, `FAIL ${f.signature}`);
    if (failures.length) throw new Error(describeFailures(key, failures));
  });
});

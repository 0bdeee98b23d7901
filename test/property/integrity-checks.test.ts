/**
 * The storage checks the properties rely on catch what they claim to: a dump of real storage
 * is clean, and each kind of damage made to a copy of it (a lost locator, an orphaned check-in,
 * an epic link left behind, a stale index column) is reported.
 */
import type { RawStoredRow } from '../../dev/host/kvs/sqlite-table';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { startTestHost, type TestHost } from '../support/host';
import { mustCall } from './support/app-reads';
import { integrityProblems } from './support/storage-integrity';

let host: TestHost;
let dump: RawStoredRow[];
let ids: { objective: string; keyResult: string; initiative: string };

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
  const call = (key: string, payload: unknown) => mustCall(host.url, key, payload, DEMO_USERS.jisoo.accountId);
  const cycle = await call('saveCycle', { name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' });
  const team = await call('saveTeam', { name: 'Growth', level: 'team', jiraProjectKeys: ['GROW'] });
  const objective = (await call('saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Make onboarding effortless' })).objective;
  const keyResult = (await call('saveKeyResult', { objectiveId: objective.id, title: 'Raise activation from 30 to 45', measure: { kind: 'metric', baseline: 30, target: 45, unit: '%' } })).keyResult;
  await call('addCheckIn', { keyResultId: keyResult.id, value: 33, confidence: 'medium' });
  const initiative = (await call('saveInitiative', { keyResultId: keyResult.id, link: { kind: 'epic', epicKey: 'GROW-1' } })).initiative;
  ids = { objective: objective.id, keyResult: keyResult.id, initiative: initiative.id };
  dump = host.local.kvs.dump();
});
afterAll(() => host?.close());

const kinds = (rows: RawStoredRow[]) => integrityProblems(rows).map((p) => p.kind);
const without = (ns: string, key: string) => dump.filter((r) => !(r.ns === `entity:${ns}` && r.key === key));
const shardsWithout = (keyResultId: string) =>
  dump.map((r) => {
    if (r.ns !== 'entity:okr-shard') return r;
    const value = JSON.parse(r.value);
    value.objectives = value.objectives.map((o: any) => ({ ...o, keyResults: o.keyResults.filter((k: any) => k.id !== keyResultId) }));
    return { ...r, value: JSON.stringify(value) };
  });

it('finds nothing wrong with storage the app wrote', () => {
  expect(dump.some((r) => r.ns === 'entity:epic-link')).toBe(true);
  expect(integrityProblems(dump)).toEqual([]);
});

it('reports an objective or key result whose locator is gone', () => {
  expect(kinds(without('okr-locator', ids.keyResult))).toContain('key-result-without-locator');
  expect(kinds(without('okr-locator', ids.objective))).toContain('objective-without-locator');
});

it('reports check-ins, epic links and locators a removed key result left behind', () => {
  const problems = kinds(shardsWithout(ids.keyResult).map((r) => ({ ...r, scalars: r.ns === 'entity:okr-shard' ? scalarsOf(r.value) : r.scalars })));
  expect(problems).toEqual(expect.arrayContaining(['orphan-check-in', 'orphan-epic-link', 'locator-dangling']));
});

it('reports an epic initiative missing from the epic index, and a stale index column', () => {
  expect(kinds(without('epic-link', ids.initiative))).toContain('epic-initiative-not-indexed');
  const stale = dump.map((r) => (r.ns === 'entity:check-in' ? { ...r, scalars: '{}' } : r));
  expect(kinds(stale)).toContain('scalars-out-of-step');
});

function scalarsOf(json: string): string {
  const value = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(value).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))));
}

/**
 * The OKR tree's integrity, enforced by the server through the local host: the team hierarchy
 * has no loops and its levels descend, alignment follows the levels (and the tree offers exactly
 * what the server accepts), an objective others align to cannot be deleted, and deleting an
 * objective or a key result leaves none of its check-ins or epic links in storage.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import type { ForgeContext } from '../../dev/host/runtime/context';
import { runInInvocation } from '../../dev/host/runtime/invocation';
import { kvsOkrRepository } from '../../src/adapters/kvs/okr-repository';
import { createEpic } from '../support/demo-jira-rest';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs } from '../support/okr-factory';
import { storedRecords } from '../support/stored';

const { jisoo } = DEMO_USERS;

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (key: string, payload: unknown): Promise<any> => invoke(host, key, payload, { accountId: jisoo.accountId });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok(key: string, payload: unknown): Promise<any> {
  const answer = await call(key, payload);
  if (!answer.ok) throw new Error(`${key} refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

const teamOf = async (id: string) => ((await ok('listTeams', {})) as Array<{ id: string }>).find((t) => t.id === id);

/** A year with a quarter under it, and Acme > Product > Growth, Platform. */
async function organisation() {
  const okrs = makeOkrs(host);
  const year = await okrs.cycle({ name: '2026', kind: 'year', startDate: '2026-01-01', endDate: '2026-12-31' });
  const quarter = await okrs.cycle({ name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31', parentCycleId: year.id });
  const company = await okrs.team({ name: 'Acme', level: 'company' });
  const product = await okrs.team({ name: 'Product', level: 'department', parentTeamId: company.id });
  const growth = await okrs.team({ name: 'Growth', level: 'team', parentTeamId: product.id });
  const platform = await okrs.team({ name: 'Platform', level: 'team', parentTeamId: product.id });
  const objective = (cycleId: string, teamId: string, title: string, parentObjectiveId?: string) =>
    okrs.objective({ cycleId, teamId, title, ...(parentObjectiveId ? { parentObjectiveId } : {}) });
  return { okrs, year, quarter, company, product, growth, platform, objective };
}

describe('the team hierarchy', () => {
  it('refuses turning a company into a team under its own department (a loop), and writes nothing', async () => {
    const okrs = makeOkrs(host);
    const company = await okrs.team({ name: 'Acme', level: 'company' });
    const product = await okrs.team({ name: 'Product', level: 'department', parentTeamId: company.id });

    const answer = await call('saveTeam', { id: company.id, version: 1, name: 'Acme', level: 'team', parentTeamId: product.id });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          parentTeamId: { reason: 'team-parent-loop' },
          level: { reason: 'team-children-not-below' },
        },
      },
    });
    expect(await teamOf(company.id)).toEqual(company);
  });

  it('refuses a team as its own parent', async () => {
    const okrs = makeOkrs(host);
    const company = await okrs.team({ name: 'Acme', level: 'company' });
    const answer = await call('saveTeam', { id: company.id, version: 1, name: 'Acme', level: 'department', parentTeamId: company.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { parentTeamId: { reason: 'team-parent-loop' } } } });
    expect(await teamOf(company.id)).toEqual(company);
  });

  it('refuses a level change that would leave a child at or above its parent', async () => {
    const { product, growth } = await organisation();
    // Product (a department with teams) made a team: Growth would report to a peer.
    const answer = await call('saveTeam', { id: product.id, version: 1, name: 'Product', level: 'team', parentTeamId: product.parentTeamId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { level: { reason: 'team-children-not-below' } } } });
    expect(await teamOf(product.id)).toEqual(product);
    expect(await teamOf(growth.id)).toEqual(growth);
  });

  it('refuses a parent that is not above, and a company with a parent', async () => {
    const { company, product, growth } = await organisation();
    const sideways = await call('saveTeam', { name: 'Squad', level: 'team', parentTeamId: growth.id });
    expect(sideways).toMatchObject({ ok: false, error: { fields: { parentTeamId: { reason: 'team-parent-not-above' } } } });
    const companyUnder = await call('saveTeam', { name: 'Acme Labs', level: 'company', parentTeamId: company.id });
    expect(companyUnder).toMatchObject({ ok: false, error: { fields: { parentTeamId: { reason: 'team-company-has-parent' } } } });
    expect(await call('saveTeam', { name: 'Design', level: 'team', parentTeamId: product.id })).toMatchObject({ ok: true });
  });
});

describe('alignment follows the levels', () => {
  it('refuses a company objective aligned under a team objective', async () => {
    const { quarter, company, growth, objective } = await organisation();
    const teamObjective = await objective(quarter.id, growth.id, 'Make onboarding effortless');
    const answer = await call('saveObjective', { cycleId: quarter.id, teamId: company.id, title: 'Win the market', parentObjectiveId: teamObjective.id });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { parentObjectiveId: { reason: 'align-to-team-not-above' } } },
    });
    const tree = await ok('getOkrTree', { cycleId: quarter.id });
    expect(tree.objectives.map((o: { title: string }) => o.title)).toEqual(['Make onboarding effortless']);
  });

  it('refuses moving an objective below the objectives aligned to it', async () => {
    const { quarter, company, growth, objective } = await organisation();
    const companyObjective = await objective(quarter.id, company.id, 'Win the market');
    await objective(quarter.id, growth.id, 'Make onboarding effortless', companyObjective.id);
    const answer = await call('saveObjective', { id: companyObjective.id, version: 1, cycleId: quarter.id, teamId: growth.id, title: 'Win the market' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { teamId: { reason: 'aligned-objectives-not-below', names: ['Make onboarding effortless'] } } },
    });
    expect((await ok('getOkrTree', { cycleId: quarter.id })).objectives.find((o: { id: string }) => o.id === companyObjective.id)).toMatchObject({ teamId: company.id, version: 1 });
  });

  it('offers as alignment candidates exactly the objectives the server accepts', async () => {
    const { year, quarter, company, product, growth, platform, objective } = await organisation();
    const annualCompany = await objective(year.id, company.id, 'Double revenue');
    const annualGrowth = await objective(year.id, growth.id, 'Own self-serve growth');
    const quarterCompany = await objective(quarter.id, company.id, 'Win the market', annualCompany.id);
    const quarterProduct = await objective(quarter.id, product.id, 'Ship what customers ask for', quarterCompany.id);
    const quarterGrowth = await objective(quarter.id, growth.id, 'Make onboarding effortless', quarterProduct.id);
    const quarterPlatform = await objective(quarter.id, platform.id, 'Make every page instant', quarterProduct.id);
    const annualPlatform = await objective(year.id, platform.id, 'Run a platform people trust');
    const all = [annualCompany, annualGrowth, quarterCompany, quarterProduct, quarterGrowth, quarterPlatform, annualPlatform];

    const tree = await ok('getOkrTree', { cycleId: quarter.id, teamId: growth.id });
    const offered = new Set(tree.alignmentCandidates.map((c: { id: string }) => c.id));
    expect([...offered].sort()).toEqual([annualCompany.id, quarterCompany.id, quarterProduct.id, annualGrowth.id].sort());
    for (const parent of all) {
      const answer = await call('saveObjective', { cycleId: quarter.id, teamId: growth.id, title: `Under ${parent.title}`, parentObjectiveId: parent.id });
      expect({ parent: parent.title, accepted: answer.ok }).toEqual({ parent: parent.title, accepted: offered.has(parent.id) });
    }

    // The whole-organisation view names, per candidate, the teams that may align to it.
    const organisationTree = await ok('getOkrTree', { cycleId: quarter.id });
    const forGrowth = organisationTree.alignmentCandidates
      .filter((c: { teamIds: string[] }) => c.teamIds.includes(growth.id))
      .map((c: { id: string }) => c.id);
    expect(forGrowth.sort()).toEqual([...offered].sort());
    const forCompany = organisationTree.alignmentCandidates.filter((c: { teamIds: string[] }) => c.teamIds.includes(company.id));
    expect(forCompany.map((c: { id: string }) => c.id)).toEqual([annualCompany.id]);
  });

  it('refuses a session objective draft aligned sideways, and accepts one aligned up', async () => {
    const { quarter, growth, platform, product, objective } = await organisation();
    const peer = await objective(quarter.id, platform.id, 'Make every page instant');
    const above = await objective(quarter.id, product.id, 'Ship what customers ask for');
    const context = {
      moduleKey: 'okr-session',
      localId: 'macro-1',
      extension: { type: 'macro', content: { id: 'page-1', type: 'page' }, space: { id: '1', key: 'ACME' }, config: { teamId: growth.id, cycleId: quarter.id } },
    };
    const draft = (parentObjectiveId: string) =>
      invoke(host, 'saveSessionItem', { kind: 'objective', title: 'Make onboarding effortless', parentObjectiveId }, { accountId: jisoo.accountId, context });
    expect(await draft(peer.id)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { parentObjectiveId: { reason: 'align-to-team-not-above' } } } });
    expect(await draft(above.id)).toMatchObject({ ok: true });
  });
});

describe('deleting an objective others align to', () => {
  it('is refused with a message naming them, and writes nothing', async () => {
    const { year, quarter, company, growth, objective } = await organisation();
    const annual = await objective(year.id, company.id, 'Double revenue');
    await objective(quarter.id, company.id, 'Win the market', annual.id);
    await objective(quarter.id, growth.id, 'Make onboarding effortless', annual.id);
    const before = host.local.kvs.stats();

    const answer = await call('deleteObjective', { id: annual.id, version: 1 });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { id: { reason: 'objective-has-aligned-objectives' } } },
    });
    expect(answer.error.fields.id.names.sort()).toEqual(['Make onboarding effortless', 'Win the market']);
    expect(answer.error.message).toMatch(/Win the market/);
    const writes = Object.entries(host.local.kvs.stats().byPath).filter(
      ([path, n]) => /set|delete|transaction/.test(path) && n !== (before.byPath[path] ?? 0),
    );
    expect(writes).toEqual([]);
    expect((await ok('getOkrTree', { cycleId: year.id })).objectives).toEqual([expect.objectContaining({ id: annual.id, version: 1 })]);
  });

  it('finds them in a constant number of storage reads', async () => {
    const { year, quarter, company, growth, platform, objective } = await organisation();
    const annual = await objective(year.id, company.id, 'Double revenue');
    await objective(quarter.id, growth.id, 'Make onboarding effortless', annual.id);
    const refusedDeleteCost = async () => {
      await host.resetStats();
      expect(await call('deleteObjective', { id: annual.id, version: 1 })).toMatchObject({ ok: false });
      return (await host.stats()).kvs.requests;
    };
    const few = await refusedDeleteCost();
    for (let n = 1; n <= 6; n++) await objective(quarter.id, n % 2 ? platform.id : company.id, `Aligned ${n}`, annual.id);
    expect(await refusedDeleteCost()).toBe(few);
  });
});

/** An objective with key results that have check-ins and epics linked as initiatives. */
async function objectiveWithHistory(keyResults: number, epicsPerKeyResult: number) {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const { objective } = await ok('saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Make onboarding effortless' });
  const epics: string[] = [];
  for (let n = 1; n <= epicsPerKeyResult; n++) epics.push(await createEpic(host, 'GROW', `Onboarding epic ${n}`));
  const krs = [];
  for (let k = 1; k <= keyResults; k++) {
    const kr = (await ok('saveKeyResult', { objectiveId: objective.id, title: `Raise activation ${k} from 30 to 45`, measure: { kind: 'metric', baseline: 30, target: 45, unit: '%' } })).keyResult;
    for (const value of [33, 36]) await ok('addCheckIn', { keyResultId: kr.id, value, confidence: 'medium' });
    for (const epicKey of epics) await ok('saveInitiative', { keyResultId: kr.id, link: { kind: 'epic', epicKey } });
    krs.push(kr);
  }
  return { cycle, team, objective: (await ok('getOkrTree', { cycleId: cycle.id })).objectives[0], krs, epics };
}

type OfKeyResult = { objectiveId: string; keyResultId: string };
const checkInsOf = (cycleId: string, objectiveId: string) =>
  storedRecords<OfKeyResult>(host, 'check-in', 'by-cycle', [cycleId]).filter((r) => r.value.objectiveId === objectiveId);
const epicLinksOf = (epics: string[], objectiveId: string) =>
  epics.flatMap((epic) => storedRecords<OfKeyResult>(host, 'epic-link', 'by-epic', [epic])).filter((r) => r.value.objectiveId === objectiveId);
const cleanupMarkers = () => storedRecords(host, 'cleanup', 'by-created');

describe('deleting an objective or a key result', () => {
  it('removes the objective check-ins and epic links from storage, however many there are', async () => {
    // 8 key results x 3 epics: more links than fit in the delete's own transaction.
    const { cycle, objective, krs, epics } = await objectiveWithHistory(8, 3);
    expect(checkInsOf(cycle.id, objective.id)).toHaveLength(16);
    expect(epicLinksOf(epics, objective.id)).toHaveLength(24);

    expect(await call('deleteObjective', { id: objective.id, version: objective.version })).toMatchObject({ ok: true });
    expect(checkInsOf(cycle.id, objective.id)).toEqual([]);
    expect(epicLinksOf(epics, objective.id)).toEqual([]);
    expect(cleanupMarkers()).toEqual([]);
    expect(await call('listCheckIns', { keyResultId: krs[0].id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('removes a deleted key result check-ins and epic links, and keeps its siblings', async () => {
    const { cycle, objective, epics } = await objectiveWithHistory(2, 2);
    const [gone, kept] = [objective.keyResults[0], objective.keyResults[1]];
    expect(await call('deleteKeyResult', { id: gone.id, version: gone.version })).toMatchObject({ ok: true });
    expect(checkInsOf(cycle.id, objective.id).map((r) => r.value.keyResultId)).toEqual([kept.id, kept.id]);
    expect(epicLinksOf(epics, objective.id).map((r) => r.value.keyResultId)).toEqual([kept.id, kept.id]);
    expect(await call('listCheckIns', { keyResultId: gone.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('costs the epic panel nothing: the same kvs requests before linking-then-deleting as after', async () => {
    const { cycle, team, epics } = await objectiveWithHistory(1, 1);
    const epicPanel = async () => {
      await call('getEpicContext', { issueKey: epics[0] });
      await host.resetStats();
      const context = await ok('getEpicContext', { issueKey: epics[0] });
      return { requests: (await host.stats()).kvs.requests, links: context.links.length };
    };
    const before = await epicPanel();

    const other = (await ok('saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Short-lived' })).objective;
    const kr = (await ok('saveKeyResult', { objectiveId: other.id, title: 'Ship it', measure: { kind: 'initiatives' } })).keyResult;
    await ok('saveInitiative', { keyResultId: kr.id, link: { kind: 'epic', epicKey: epics[0] } });
    await ok('deleteObjective', { id: other.id, version: other.version });

    expect(await epicPanel()).toEqual(before);
  });

  it('is finished by the clean-up job when the clean-up after the delete never ran', async () => {
    const { cycle, team, objective, krs, epics } = await objectiveWithHistory(8, 3);
    // Another objective moves the same epic, so the panel has a live link throughout.
    const kept = (await ok('saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Keep customers' })).objective;
    const keptKr = (await ok('saveKeyResult', { objectiveId: kept.id, title: 'Ship it', measure: { kind: 'initiatives' } })).keyResult;
    await ok('saveInitiative', { keyResultId: keptKr.id, link: { kind: 'epic', epicKey: epics[0] } });
    const epicPanel = async () => {
      await call('getEpicContext', { issueKey: epics[0] });
      await host.resetStats();
      const context = await ok('getEpicContext', { issueKey: epics[0] });
      return { requests: (await host.stats()).kvs.requests, objectives: [...new Set(context.links.map((l: { objective: { id: string } }) => l.objective.id))] };
    };
    const before = await epicPanel();
    expect(before.objectives.sort()).toEqual([objective.id, kept.id].sort());

    // The delete's own transaction (which records the clean-up marker), and nothing after it:
    // as if the invocation had stopped right there.
    await runInInvocation(host.local.runtime.invocationFor(undefined, { moduleKey: 'okr-panel' } as ForgeContext), () =>
      kvsOkrRepository.deleteObjective(objective.id, objective.version),
    );
    expect(cleanupMarkers()).toHaveLength(1);
    expect(checkInsOf(cycle.id, objective.id).length).toBeGreaterThan(0);
    expect(epicLinksOf(epics, objective.id).length).toBeGreaterThan(0);
    // Reads already treat what is left as gone; the epic panel neither shows nor pays for it.
    expect(await call('listCheckIns', { keyResultId: krs[0].id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await epicPanel()).toEqual({ requests: before.requests, objectives: [kept.id] });

    // Run twice at once: the clean-up is idempotent and safe to run concurrently.
    const [first, second] = await Promise.all([host.runJobs(), host.runJobs()]);
    expect(first).toEqual([expect.objectContaining({ key: 'okr-cleanup' })]);
    expect(second).toEqual([expect.objectContaining({ key: 'okr-cleanup' })]);
    expect(checkInsOf(cycle.id, objective.id)).toEqual([]);
    expect(epicLinksOf(epics, objective.id)).toEqual([]);
    expect(cleanupMarkers()).toEqual([]);
    expect(await epicPanel()).toEqual({ requests: before.requests, objectives: [kept.id] });
  });
});

/**
 * Every rule of the roles policy (tracker issue 10, point 2), through the resolvers on the demo
 * organisation: Growth is run by 이서연 (team admin) with Emily (member); 박민준 is a member of
 * Platform, so a viewer on Growth; 김지수 administers the demo Jira site, so the app. Each denial
 * is FORBIDDEN, says who can, and leaves storage exactly as it was.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { sessionContext } from '../support/session-driver';

const { jisoo, seoyeon, emily, minjun, james } = DEMO_USERS;
const SETUP = { moduleKey: 'okr-setup-confluence' };
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { ok: boolean; data?: any; error?: { code: string; message: string } };
const as =
  (accountId: string | null, context?: Record<string, unknown>) =>
  (key: string, payload: unknown): Promise<Answer> =>
    invoke(host, key, payload, { accountId, ...(context ? { context } : {}) });

async function storage(): Promise<string> {
  const response = await fetch(`${host.url}/__local/kvs/dump`);
  const { rows } = (await response.json()) as { rows: Array<{ ns: string; key: string; value: unknown }> };
  return JSON.stringify(rows.map(({ ns, key, value }) => [ns, key, value]));
}

/** The call is refused with FORBIDDEN, its message naming who can, and storage is untouched. */
async function expectForbidden(call: () => Promise<Answer>, whoCan: RegExp): Promise<void> {
  const before = await storage();
  const answer = await call();
  expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(answer.error!.message).toMatch(whoCan);
  expect(await storage()).toBe(before);
}

const ok = (answer: Answer) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
};

async function growthFrame() {
  const teams = ok(await as(jisoo.accountId)('listTeams', {}));
  const growth = teams.find((t: { name: string }) => t.name === 'Growth');
  const platform = teams.find((t: { name: string }) => t.name === 'Platform');
  const cycles = ok(await as(jisoo.accountId)('listCycles', {}));
  const cycle = cycles.find((c: { kind: string }) => c.kind === 'quarter');
  return { growth, platform, cycle };
}

/** An objective of Growth, written by its team admin, with key results owned by each kind of person. */
async function growthOkrs() {
  const { growth, platform, cycle } = await growthFrame();
  const admin = as(seoyeon.accountId);
  const { objective } = ok(await admin('saveObjective', { cycleId: cycle.id, teamId: growth.id, title: 'Roles are kept' }));
  const kr = async (title: string, ownerAccountId: string) =>
    ok(await admin('saveKeyResult', { objectiveId: objective.id, title, ownerAccountId, measure: { kind: 'percentage' } })).keyResult;
  return {
    growth,
    platform,
    cycle,
    objective,
    emilys: await kr("Emily's key result", emily.accountId),
    seoyeons: await kr("Seo-yeon's key result", seoyeon.accountId),
    minjuns: await kr("Min-jun's key result, though he is not in Growth", minjun.accountId),
  };
}

describe('app admins manage cycles, teams and settings', () => {
  it('refuses team admins, members and viewers, and writes nothing', async () => {
    const { growth, cycle } = await growthFrame();
    for (const accountId of [seoyeon.accountId, emily.accountId, minjun.accountId]) {
      const call = as(accountId);
      await expectForbidden(() => call('saveCycle', { id: cycle.id, version: cycle.version, name: 'Renamed', kind: cycle.kind, startDate: cycle.startDate, endDate: cycle.endDate, ...(cycle.parentCycleId ? { parentCycleId: cycle.parentCycleId } : {}) }), /app admins/);
      await expectForbidden(() => call('createYear', { year: 2031 }), /app admins/);
      await expectForbidden(() => call('saveTeam', { name: 'Shadow team', level: 'team', parentTeamId: growth.parentTeamId }), /app admins/);
      await expectForbidden(() => call('saveTeam', { ...growth, members: [{ accountId, role: 'admin' }] }), /app admins/);
      await expectForbidden(() => call('saveSettings', { epicProgressMode: 'points' }), /app admins/);
    }
  });

  it("lets the Jira site admin, and anyone on the app's setup surface (shown to product admins only)", async () => {
    expect(ok(await as(jisoo.accountId)('createYear', { year: 2031 }))).toHaveLength(5);
    // Confluence has no "is admin" API: its global settings page is the proof (docs/decisions/0018).
    expect(ok(await as(james.accountId, SETUP)('createYear', { year: 2032 }))).toHaveLength(5);
    expect((await as(james.accountId)('createYear', { year: 2033 })).error?.code).toBe('FORBIDDEN');
  });
});

describe("team admins edit their team's objectives, key results and initiatives", () => {
  it('refuses members and viewers every change to the objective, and writes nothing', async () => {
    const { growth, platform, cycle, objective } = await growthOkrs();
    const payload = { id: objective.id, version: objective.version, cycleId: cycle.id, teamId: growth.id, title: 'Renamed by someone else' };
    for (const accountId of [emily.accountId, minjun.accountId]) {
      const call = as(accountId);
      await expectForbidden(() => call('saveObjective', { cycleId: cycle.id, teamId: growth.id, title: 'A new Growth objective' }), /Growth's team admins/);
      await expectForbidden(() => call('saveObjective', payload), /Growth's team admins/);
      await expectForbidden(() => call('deleteObjective', { id: objective.id, version: objective.version }), /Growth's team admins/);
      await expectForbidden(() => call('saveKeyResult', { objectiveId: objective.id, title: 'One more', measure: { kind: 'percentage' } }), /Growth's team admins/);
    }
    // Platform's admin is a viewer on Growth; moving an objective changes both teams' OKRs.
    await expectForbidden(() => as(DEMO_USERS.daniel.accountId)('saveObjective', payload), /Growth's team admins/);
    await expectForbidden(() => as(seoyeon.accountId)('saveObjective', { ...payload, teamId: platform.id }), /Platform's team admins/);
    expect(ok(await as(seoyeon.accountId)('saveObjective', { ...payload, title: 'Renamed by its team admin' })).objective.version).toBe(2);
  });

  it('lets a member edit the key results they own, and no other; an owner outside the team only checks in', async () => {
    const { objective, emilys, seoyeons, minjuns } = await growthOkrs();
    const edit = (kr: { id: string; version: number; title: string }, title: string) => ({ id: kr.id, version: kr.version, objectiveId: objective.id, title, measure: { kind: 'percentage' } });
    expect(ok(await as(emily.accountId)('saveKeyResult', edit(emilys, 'Emily words it better'))).keyResult.version).toBe(emilys.version + 1);
    await expectForbidden(() => as(emily.accountId)('saveKeyResult', edit(seoyeons, 'Not hers')), /key result's owner/);
    await expectForbidden(() => as(emily.accountId)('deleteKeyResult', { id: emilys.id, version: emilys.version + 1 }), /Growth's team admins/);
    await expectForbidden(() => as(minjun.accountId)('saveKeyResult', edit(minjuns, 'Owned, but not his team')), /key result's owner/);
    expect(ok(await as(seoyeon.accountId)('saveKeyResult', edit(minjuns, 'The team admin may'))).keyResult.version).toBe(minjuns.version + 1);
  });

  it('refuses members and viewers linking, re-weighting or unlinking initiatives', async () => {
    const { seoyeons } = await growthOkrs();
    const initiative = { keyResultId: seoyeons.id, title: 'Run the onboarding study', weight: 1, link: { kind: 'manual', progress: 0 } };
    for (const accountId of [emily.accountId, minjun.accountId]) {
      await expectForbidden(() => as(accountId)('saveInitiative', initiative), /Growth's team admins/);
    }
    const saved = ok(await as(seoyeon.accountId)('saveInitiative', initiative)).initiative;
    await expectForbidden(() => as(emily.accountId)('saveInitiative', { ...initiative, id: saved.id, version: saved.version, weight: 3 }), /Growth's team admins/);
    await expectForbidden(() => as(emily.accountId)('deleteInitiative', { keyResultId: seoyeons.id, id: saved.id, version: saved.version }), /Growth's team admins/);
    expect(ok(await as(seoyeon.accountId)('deleteInitiative', { keyResultId: seoyeons.id, id: saved.id, version: saved.version }))).toEqual({ id: saved.id });
  });
});

describe('check-ins', () => {
  it("are the team's members', and an owner's whatever their team; a viewer may not", async () => {
    const { emilys, seoyeons, minjuns } = await growthOkrs();
    const checkIn = ({ id: keyResultId }: { id: string }) => ({ keyResultId, value: 40, confidence: 'medium', comment: 'Halfway there' });
    expect(ok(await as(emily.accountId)('addCheckIn', checkIn(seoyeons)))).toHaveProperty('checkIn');
    expect((await as(seoyeon.accountId)('addCheckIn', checkIn(emilys))).ok).toBe(true);
    expect((await as(minjun.accountId)('addCheckIn', checkIn(minjuns))).ok).toBe(true);
    await expectForbidden(() => as(minjun.accountId)('addCheckIn', checkIn(emilys)), /Only members of Growth and the key result's owner/);
  });
});

describe("a team's OKR session", () => {
  it("is the team's to take part in, and its team admins' to publish", async () => {
    const { growth, cycle } = await growthFrame();
    const context = sessionContext({ teamId: growth.id, cycleId: cycle.id }, 'page-roles', 'macro-roles');
    const viewer = as(minjun.accountId, context);
    const member = as(emily.accountId, context);
    await expectForbidden(() => viewer('saveSessionItem', { kind: 'candidate', text: 'An outsider idea' }), /Growth's members/);
    const candidate = ok(await member('saveSessionItem', { kind: 'candidate', text: 'Customers onboard themselves' })).item;
    await expectForbidden(() => viewer('voteCandidate', { candidateId: candidate.id, vote: true }), /Growth's members/);
    await expectForbidden(() => viewer('deleteSessionItem', { id: candidate.id, version: candidate.version }), /Growth's members/);
    await expectForbidden(() => viewer('advanceSession', { to: 'stage', version: 0 }), /Growth's members/);
    expect(ok(await member('voteCandidate', { candidateId: candidate.id, vote: true }))).toMatchObject({ votes: 1 });
    await expectForbidden(() => member('publishSession', { resolutions: {} }), /Growth's team admins and app admins can publish/);
  });
});

describe('anonymous viewers', () => {
  it('change nothing', async () => {
    const { growth, cycle, objective, emilys } = await growthOkrs();
    const anonymous = as(null);
    await expectForbidden(() => anonymous('saveObjective', { cycleId: cycle.id, teamId: growth.id, title: 'Anonymous' }), /Sign in/);
    await expectForbidden(() => anonymous('deleteObjective', { id: objective.id, version: objective.version }), /Sign in/);
    await expectForbidden(() => anonymous('addCheckIn', { keyResultId: emilys.id, value: 10, confidence: 'low', comment: '' }), /Sign in/);
    await expectForbidden(() => anonymous('saveSettings', { epicProgressMode: 'count' }), /Sign in/);
  });
});

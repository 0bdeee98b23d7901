/**
 * Private objectives (tracker issue 10, point 3), through the resolvers on the demo organisation:
 * Platform's security-review objective is private. Daniel runs Platform and 박민준 is a member, so
 * both see it; 김지수 administers the site, so the app, and sees it; James Wilson (Customer
 * Success) and anonymous viewers are viewers of Platform: for them it is absent from every answer,
 * with no title, key result, owner or id anywhere, and its public parent says only how many.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { sessionContext } from '../support/session-driver';

const { jisoo, daniel, minjun, james, emily } = DEMO_USERS;
const PRIVATE_TITLE = 'Pass the enterprise security review with no open findings';
const PRIVATE_KR = 'SOC 2 Type II evidence collected';
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { ok: boolean; data?: any; error?: { code: string; message: string } };
const as =
  (accountId: string | null, context?: Record<string, unknown>) =>
  (key: string, payload: unknown = {}): Promise<Answer> =>
    invoke(host, key, payload, { accountId, ...(context ? { context } : {}) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ok = (answer: Answer): any => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
};

interface Frame {
  cycle: { id: string };
  platform: { id: string };
  growth: { id: string };
  acme: { id: string };
  objective: { id: string; parentObjectiveId: string; version: number };
  keyResult: { id: string; ownerAccountId: string };
}

/** The demo's private objective, as its team admin sees it. */
async function privateFrame(): Promise<Frame> {
  const teams = ok(await as(jisoo.accountId)('listTeams'));
  const byName = (name: string) => teams.find((t: { name: string }) => t.name === name);
  const [platform, growth, acme] = [byName('Platform'), byName('Growth'), byName('Acme Korea')];
  const cycles = ok(await as(jisoo.accountId)('listCycles'));
  for (const cycle of cycles.filter((c: { kind: string }) => c.kind === 'quarter')) {
    const tree = ok(await as(daniel.accountId)('getOkrTree', { cycleId: cycle.id, teamId: platform.id }));
    const objective = tree.objectives.find((o: { title: string }) => o.title === PRIVATE_TITLE);
    if (objective) {
      const keyResult = objective.keyResults.find((k: { title: string }) => k.title === PRIVATE_KR);
      return { cycle, platform, growth, acme, objective, keyResult };
    }
  }
  throw new Error('The demo has no private objective');
}

/** Nothing of the private objective in the answer: not its title, a key result, its id or its KR's id. */
function expectAbsent(answer: unknown, frame: Frame): void {
  const text = JSON.stringify(answer);
  expect(text).not.toContain(PRIVATE_TITLE);
  expect(text).not.toContain(PRIVATE_KR);
  expect(text).not.toContain(frame.objective.id);
  expect(text).not.toContain(frame.keyResult.id);
}

describe('a private objective', () => {
  it('is stored and answered as private, and public is the default', async () => {
    const frame = await privateFrame();
    const tree = ok(await as(daniel.accountId)('getOkrTree', { cycleId: frame.cycle.id, teamId: frame.platform.id }));
    const visibilities = tree.objectives.map((o: { title: string; visibility?: string }) => [o.title, o.visibility ?? 'public']);
    expect(visibilities).toContainEqual([PRIVATE_TITLE, 'private']);
    expect(visibilities.filter(([, v]: string[]) => v === 'public').length).toBeGreaterThan(0);
  });

  it("is seen by the team's admin and members and by app admins", async () => {
    const frame = await privateFrame();
    for (const accountId of [daniel.accountId, minjun.accountId, jisoo.accountId]) {
      for (const teamId of [frame.platform.id, undefined]) {
        const tree = ok(await as(accountId)('getOkrTree', { cycleId: frame.cycle.id, ...(teamId ? { teamId } : {}) }));
        expect(tree.objectives.map((o: { title: string }) => o.title)).toContain(PRIVATE_TITLE);
      }
    }
  });

  it('is absent from the panel and project page trees of viewers and anonymous readers', async () => {
    const frame = await privateFrame();
    for (const accountId of [james.accountId, emily.accountId, null]) {
      for (const teamId of [frame.platform.id, undefined]) {
        const tree = ok(await as(accountId)('getOkrTree', { cycleId: frame.cycle.id, ...(teamId ? { teamId } : {}) }));
        expectAbsent(tree, frame);
        expect(tree.alignmentCandidates.map((c: { id: string }) => c.id)).not.toContain(frame.objective.id);
      }
    }
  });

  it('leaves its public parent saying only how many private objectives align to it', async () => {
    const frame = await privateFrame();
    const viewerTree = ok(await as(james.accountId)('getOkrTree', { cycleId: frame.cycle.id, teamId: frame.acme.id }));
    const parent = viewerTree.objectives.find((o: { id: string }) => o.id === frame.objective.parentObjectiveId);
    expect(parent).toBeDefined();
    expect(parent.privateAlignedCount).toBe(1);
    const memberTree = ok(await as(minjun.accountId)('getOkrTree', { cycleId: frame.cycle.id, teamId: frame.acme.id }));
    const sameParent = memberTree.objectives.find((o: { id: string }) => o.id === frame.objective.parentObjectiveId);
    expect(sameParent.privateAlignedCount).toBeUndefined();
  });

  it('is absent from the live refresh of a viewer after it changes', async () => {
    const frame = await privateFrame();
    const first = ok(await as(james.accountId)('getOkrTree', { cycleId: frame.cycle.id }));
    ok(await as(daniel.accountId)('addCheckIn', { keyResultId: frame.keyResult.id, value: 75, confidence: 'high', comment: 'Auditor booked' }));
    const changes = ok(await as(james.accountId)('getOkrTreeChanges', { cycleId: frame.cycle.id, since: first.since }));
    expect(changes.changed).toBe(true);
    expectAbsent(changes, frame);
    expect(JSON.stringify(changes)).not.toContain('Auditor booked');
  });

  it("is absent from the epic panel of an epic that moves it, for a viewer who can see the epic", async () => {
    const frame = await privateFrame();
    const epicKey = 'PLAT-12';
    ok(await as(daniel.accountId)('saveInitiative', { keyResultId: frame.keyResult.id, link: { kind: 'epic', epicKey } }));
    const member = ok(await as(minjun.accountId)('getEpicContext', { issueKey: epicKey }));
    expect(JSON.stringify(member)).toContain(PRIVATE_TITLE);
    const viewer = ok(await as(james.accountId)('getEpicContext', { issueKey: epicKey }));
    expectAbsent(viewer, frame);
  });

  it('keeps its check-in history from viewers, as if it did not exist', async () => {
    const frame = await privateFrame();
    expect(ok(await as(minjun.accountId)('listCheckIns', { keyResultId: frame.keyResult.id })).checkIns.length).toBeGreaterThan(0);
    for (const accountId of [james.accountId, null]) {
      const answer = await as(accountId)('listCheckIns', { keyResultId: frame.keyResult.id });
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(JSON.stringify(answer)).not.toContain(PRIVATE_TITLE);
    }
  });

  it("is absent from a team session's prep for those who may not see it", async () => {
    const frame = await privateFrame();
    // A private objective of the company, which Growth's session prep would share as an objective above the team.
    const company = ok(
      await as(jisoo.accountId)('saveObjective', {
        cycleId: frame.cycle.id,
        teamId: frame.acme.id,
        title: 'Prepare the acquisition quietly',
        visibility: 'private',
      }),
    ).objective;
    const context = sessionContext({ teamId: frame.growth.id, cycleId: frame.cycle.id }, 'private-page', 'private-macro');
    const emilySees = ok(await as(emily.accountId, context)('getSession'));
    expect(JSON.stringify(emilySees)).not.toContain('Prepare the acquisition quietly');
    expect(JSON.stringify(emilySees)).not.toContain(company.id);
    const adminSees = ok(await as(jisoo.accountId, context)('getSession'));
    expect(JSON.stringify(adminSees)).toContain('Prepare the acquisition quietly');
  });

  it('cannot be aligned to by someone who may not see it: to them it does not exist', async () => {
    const frame = await privateFrame();
    const secret = ok(
      await as(jisoo.accountId)('saveObjective', { cycleId: frame.cycle.id, teamId: frame.acme.id, title: 'Open an office in Tokyo', visibility: 'private' }),
    ).objective;
    const growthAdmin = as(DEMO_USERS.seoyeon.accountId);
    const refused = await growthAdmin('saveObjective', { cycleId: frame.cycle.id, teamId: frame.growth.id, title: 'Localise for Japan', parentObjectiveId: secret.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { parentObjectiveId: expect.any(Object) } } });
    expect(JSON.stringify(refused)).not.toContain('Tokyo');
    // An app admin, who sees it, may align Growth's objective to it.
    ok(await as(jisoo.accountId)('saveObjective', { cycleId: frame.cycle.id, teamId: frame.growth.id, title: 'Localise for Japan', parentObjectiveId: secret.id }));
  });

  it('anonymous readers see that a check-in happened, not what it said', async () => {
    const frame = await privateFrame();
    const tree = ok(await as(null)('getOkrTree', { cycleId: frame.cycle.id, teamId: frame.growth.id }));
    const checkIns = tree.objectives.flatMap((o: { keyResults: Array<{ lastCheckIn?: { comment: string } }> }) =>
      o.keyResults.flatMap((k) => (k.lastCheckIn ? [k.lastCheckIn] : [])),
    );
    expect(checkIns.length).toBeGreaterThan(0);
    expect(checkIns.every((c: { comment: string }) => c.comment === '')).toBe(true);
    // Nobody to read Jira as: the refresh asks storage only, and answers.
    const platform = ok(await as(null)('getOkrTree', { cycleId: frame.cycle.id, teamId: frame.platform.id }));
    expect(ok(await as(null)('getOkrTreeChanges', { cycleId: frame.cycle.id, teamId: frame.platform.id, since: platform.since }))).toEqual({ changed: false });
  });
});

describe('what a tree offers each role', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Kr = { ownerAccountId?: string; can: { edit: boolean; checkIn: boolean } };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Tree = { can: { editTeamOkrs: boolean; editableTeamIds: string[] }; objectives: Array<{ can: { edit: boolean }; keyResults: Kr[] }> };
  const growthTree = async (accountId: string | null): Promise<Tree> => {
    const frame = await privateFrame();
    return ok(await as(accountId)('getOkrTree', { cycleId: frame.cycle.id, teamId: frame.growth.id }));
  };
  const keyResults = (tree: Tree) => tree.objectives.flatMap((o) => o.keyResults);

  it("offers a team's admin and app admins every change", async () => {
    for (const accountId of [DEMO_USERS.seoyeon.accountId, jisoo.accountId]) {
      const tree = await growthTree(accountId);
      expect(tree.can.editTeamOkrs).toBe(true);
      expect(tree.objectives.every((o) => o.can.edit)).toBe(true);
      expect(keyResults(tree).every((k) => k.can.edit && k.can.checkIn)).toBe(true);
    }
  });

  it('offers a member check-ins on every key result and changes to the ones they own', async () => {
    const tree = await growthTree(emily.accountId);
    expect(tree.can.editTeamOkrs).toBe(false);
    expect(tree.objectives.some((o) => o.can.edit)).toBe(false);
    expect(keyResults(tree).every((k) => k.can.checkIn)).toBe(true);
    for (const k of keyResults(tree)) expect(k.can.edit).toBe(k.ownerAccountId === emily.accountId);
    expect(keyResults(tree).some((k) => k.can.edit)).toBe(true);
  });

  it('offers a viewer only check-ins on key results they own, and anonymous readers nothing', async () => {
    const viewer = await growthTree(minjun.accountId);
    expect(viewer.can).toEqual({ editTeamOkrs: false, editableTeamIds: [] });
    expect(viewer.objectives.some((o) => o.can.edit)).toBe(false);
    for (const k of keyResults(viewer)) expect(k.can).toEqual({ edit: false, checkIn: k.ownerAccountId === minjun.accountId });
    const anonymous = await growthTree(null);
    expect(anonymous.can).toEqual({ editTeamOkrs: false, editableTeamIds: [] });
    expect(keyResults(anonymous).some((k) => k.can.edit || k.can.checkIn)).toBe(false);
  });

  it("asks Jira whether the reader administers the site only when the answer could change: not of a team's admin on their team", async () => {
    const jiraRequestsOf = async (accountId: string) => {
      await growthTree(accountId);
      await host.resetStats();
      await growthTree(accountId);
      return (await host.stats()).jira.requests;
    };
    const admin = await jiraRequestsOf(DEMO_USERS.seoyeon.accountId);
    expect(await jiraRequestsOf(emily.accountId)).toBe(admin + 1);
  });
});

/**
 * Session prep shares the objectives above the team with their scores (tracker issue 11): an
 * initiative-driven key result counts with its real score, the one the OKR panel shows, not 0.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { expectOk, sessionContext } from '../support/session-driver';

const { jisoo, emily } = DEMO_USERS;
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

it("shows an objective above the team with its initiative-driven key result's real score, as the panel does", async () => {
  const as = (accountId: string, context?: Record<string, unknown>) => (key: string, payload: unknown = {}) =>
    invoke(host, key, payload, { accountId, ...(context ? { context } : {}) }).then(expectOk);
  const admin = as(jisoo.accountId);
  const teams: Array<{ id: string; name: string }> = await admin('listTeams');
  const cycles: Array<{ id: string; kind: string; startDate: string; endDate: string }> = await admin('listCycles');
  const today = new Date().toISOString().slice(0, 10);
  const quarter = cycles.find((c) => c.kind === 'quarter' && c.startDate <= today && today <= c.endDate)!;
  const acme = teams.find((t) => t.name === 'Acme Korea')!;
  const growth = teams.find((t) => t.name === 'Growth')!;

  const { objective } = await admin('saveObjective', { cycleId: quarter.id, teamId: acme.id, title: 'Ship the platform rewrite' });
  const { keyResult } = await admin('saveKeyResult', { objectiveId: objective.id, title: 'Rewrite shipped', measure: { kind: 'initiatives' } });
  await admin('saveInitiative', { keyResultId: keyResult.id, title: 'Storage layer', weight: 3, link: { kind: 'manual', progress: 0.8 } });
  await admin('saveInitiative', { keyResultId: keyResult.id, title: 'Sync engine', weight: 1, link: { kind: 'manual', progress: 0.2 } });

  const tree = await admin('getOkrTree', { cycleId: quarter.id, teamId: acme.id });
  const panelScore = tree.objectives.find((o: { id: string }) => o.id === objective.id).score;
  expect(panelScore).toBeCloseTo(0.65);

  const session = await as(emily.accountId, sessionContext({ teamId: growth.id, cycleId: quarter.id }, 'prep-scores', 'prep-scores'))('getSession');
  const shared = session.context.parentObjectives.find((o: { id: string }) => o.id === objective.id);
  expect(shared).toMatchObject({ title: 'Ship the platform rewrite', band: tree.objectives.find((o: { id: string }) => o.id === objective.id).band });
  expect(shared.score).toBeCloseTo(panelScore);
});

it('shares exactly what the team may align to, by the rule saving a draft applies: its own annual objective too, never a sibling team', async () => {
  const as = (accountId: string, context?: Record<string, unknown>) => (key: string, payload: unknown = {}) =>
    invoke(host, key, payload, { accountId, ...(context ? { context } : {}) }).then(expectOk);
  const admin = as(jisoo.accountId);
  const teams: Array<{ id: string; name: string; parentTeamId?: string }> = await admin('listTeams');
  const cycles: Array<{ id: string; kind: string; startDate: string; endDate: string; parentCycleId?: string }> = await admin('listCycles');
  const today = new Date().toISOString().slice(0, 10);
  const quarter = cycles.find((c) => c.kind === 'quarter' && c.startDate <= today && today <= c.endDate && c.parentCycleId)!;
  const growth = teams.find((t) => t.name === 'Growth')!;
  const sibling = teams.find((t) => t.parentTeamId === growth.parentTeamId && t.id !== growth.id && t.parentTeamId)!;

  const { objective: annual } = await admin('saveObjective', { cycleId: quarter.parentCycleId, teamId: growth.id, title: 'Double new-product revenue' });
  const { objective: sideways } = await admin('saveObjective', { cycleId: quarter.id, teamId: sibling.id, title: 'A sibling team objective' });

  const call = as(emily.accountId, sessionContext({ teamId: growth.id, cycleId: quarter.id }, 'prep-rule', 'prep-rule'));
  const shared: string[] = (await call('getSession')).context.parentObjectives.map((o: { id: string }) => o.id);
  expect(shared).toContain(annual.id);
  expect(shared).not.toContain(sideways.id);
  // What prep offers, saving accepts.
  const candidate = (await call('saveSessionItem', { kind: 'candidate', text: 'Grow new-product sales' })).item;
  const draft = (await call('saveSessionItem', { kind: 'objective', candidateId: candidate.id, title: 'Grow new-product sales', parentObjectiveId: annual.id })).item;
  expect(draft.parentObjectiveId).toBe(annual.id);
});

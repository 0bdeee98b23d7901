/**
 * Small builders of OKR data through the resolvers (the way a user makes it), for tests and the
 * benchmark. Each returns the stored record and fails loudly when the app refuses.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, type TestHost } from './host';

export const ALICE = '712020:0a1b2c3d-alice-test';
/** An app admin (the demo Jira's site admin, 김지수): sets up cycles and teams. */
export const APP_ADMIN = '712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73';
export const BOB = '712020:0a1b2c3d-bob-test';
/**
 * The members of a team the tests set up: ALICE, BOB, 김지수 (the demo's site admin, named so her
 * writes need no Jira admin check) and Emily (a demo user who cannot see the demo's restricted
 * epic) run it as its admins; Daniel (a demo user) is a member.
 */
export const TEAM_MEMBERS = [
  { accountId: ALICE, role: 'admin' },
  { accountId: APP_ADMIN, role: 'admin' },
  { accountId: BOB, role: 'admin' },
  { accountId: DEMO_USERS.emily.accountId, role: 'admin' },
  { accountId: DEMO_USERS.daniel.accountId, role: 'member' },
];
/**
 * Cycles and teams are set up where an admin sets them up: on the app's setup surface, which
 * the products show only to their admins (src/contracts/admin-surfaces.ts).
 */
export const SETUP_CONTEXT = { moduleKey: 'okr-setup-confluence' };

async function expectOk(host: TestHost, key: string, payload: unknown, accountId = ALICE, context?: Record<string, unknown>) {
  const answer = await invoke(host, key, payload, { accountId, ...(context ? { context } : {}) });
  if (!answer.ok) throw new Error(`${key} refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

export function makeOkrs(host: TestHost) {
  const api = {
    cycle: (fields: Record<string, unknown>) => expectOk(host, 'saveCycle', fields, APP_ADMIN, SETUP_CONTEXT),
    /** Unless told otherwise, ALICE runs every team the tests set up and BOB is a member. */
    team: (fields: Record<string, unknown>) => expectOk(host, 'saveTeam', { members: TEAM_MEMBERS, ...fields }, APP_ADMIN, SETUP_CONTEXT),
    async frame() {
      const cycle = await api.cycle({ name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' });
      const team = await api.team({ name: 'Growth', level: 'team', jiraProjectKeys: ['GROW'] });
      return { cycle, team };
    },
    objective: async (fields: Record<string, unknown>) => (await expectOk(host, 'saveObjective', fields)).objective,
    keyResult: async (objectiveId: string, fields: Record<string, unknown>) =>
      (await expectOk(host, 'saveKeyResult', { objectiveId, ...fields })).keyResult,
    /** `objectives` objectives with `krs` key results each, created a few at a time. */
    async bulk(cycleId: string, teamId: string, objectives: number, krs: number) {
      const BATCH = 8;
      for (let start = 0; start < objectives; start += BATCH) {
        await Promise.all(
          Array.from({ length: Math.min(BATCH, objectives - start) }, async (_, i) => {
            const n = start + i + 1;
            const objective = await api.objective({ cycleId, teamId, title: `Objective ${n}: grow what matters` });
            for (let k = 1; k <= krs; k++) {
              await api.keyResult(objective.id, {
                title: `Raise metric ${k} from 10 to 20`,
                measure: { kind: 'metric', baseline: 10, target: 20, unit: 'pts' },
              });
            }
          }),
        );
      }
    },
  };
  return api;
}

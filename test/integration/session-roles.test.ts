/**
 * What the team OKR session offers each person (tracker issue 10, point 2): `getSession` answers
 * `can.takePart` and `can.publish` from the roles policy, on the demo organisation. Growth is run
 * by 이서연 (team admin) with Emily (member); 박민준 (Platform) and James Wilson (Customer Success)
 * are viewers of Growth; 김지수 administers the demo Jira site, so the app. The flags say what the
 * write resolvers would allow: a viewer's candidate is FORBIDDEN, a member's is saved.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { readySession, sessionContext, toReview } from '../support/session-driver';

const { jisoo, seoyeon, emily, minjun, james } = DEMO_USERS;
let host: TestHost;
let context: Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { ok: boolean; data?: any; error?: { code: string; message: string } };
const as =
  (accountId: string | null) =>
  (key: string, payload: unknown = {}): Promise<Answer> =>
    invoke(host, key, payload, { accountId, context });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ok = (answer: Answer): any => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
};

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
  const teams = ok(await invoke(host, 'listTeams', {}, { accountId: jisoo.accountId }));
  const cycles = ok(await invoke(host, 'listCycles', {}, { accountId: jisoo.accountId }));
  const growth = teams.find((t: { name: string }) => t.name === 'Growth');
  const cycle = cycles.find((c: { kind: string }) => c.kind === 'quarter');
  context = sessionContext({ teamId: growth.id, cycleId: cycle.id }, 'page-session-roles', 'macro-session-roles');
});
afterAll(() => host.close());

const canOf = async (accountId: string | null) => {
  const view = ok(await as(accountId)('getSession'));
  expect(view.state).toBe('ready');
  return view.can;
};

describe("getSession says what the person may do in the team's session", () => {
  it("lets Growth's team admin and the app admin take part and publish", async () => {
    expect(await canOf(seoyeon.accountId)).toEqual({ takePart: true, publish: true });
    // 김지수 is no member of Growth: only Jira's "site admin?" makes her an app admin here.
    expect(await canOf(jisoo.accountId)).toEqual({ takePart: true, publish: true });
  });

  it('lets a member take part but not publish', async () => {
    expect(await canOf(emily.accountId)).toEqual({ takePart: true, publish: false });
  });

  it('lets viewers and signed-out readers follow only', async () => {
    expect(await canOf(minjun.accountId)).toEqual({ takePart: false, publish: false });
    expect(await canOf(james.accountId)).toEqual({ takePart: false, publish: false });
    expect(await canOf(null)).toEqual({ takePart: false, publish: false });
  });

  it('agrees with what the write resolvers allow', async () => {
    const refused = await as(james.accountId)('saveSessionItem', { kind: 'candidate', text: 'An outsider idea' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    ok(await as(emily.accountId)('saveSessionItem', { kind: 'candidate', text: 'Customers onboard themselves' }));
  });

  it('asks Jira whether the reader administers the site only when it could change an answer', async () => {
    const jiraRequestsOf = async (accountId: string | null) => {
      await as(accountId)('getSession');
      await host.resetStats();
      await as(accountId)('getSession');
      return (await host.stats()).jira.requests;
    };
    // Growth's admin may do everything already: no Jira request. A viewer may not take part: one
    // (`mypermissions`), which a site admin's answer could turn round. A member takes part; the
    // publish button shows only at review, so only there does their poll ask.
    const admin = await jiraRequestsOf(seoyeon.accountId);
    expect(await jiraRequestsOf(james.accountId)).toBe(admin + 1);
    expect(await jiraRequestsOf(emily.accountId)).toBe(admin);
    // Nobody to ask as: a signed-out reader costs no Jira request either.
    expect(await jiraRequestsOf(null)).toBe(admin);

    await readySession(as(seoyeon.accountId));
    await toReview(as(seoyeon.accountId));
    const adminAtReview = await jiraRequestsOf(seoyeon.accountId);
    expect(await jiraRequestsOf(emily.accountId)).toBe(adminAtReview + 1);
    expect(ok(await as(emily.accountId)('getSession')).can).toEqual({ takePart: true, publish: false });
  });
});

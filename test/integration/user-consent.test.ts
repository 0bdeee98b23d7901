/**
 * Forge's "Allow access": a user who has not allowed the app to act for them gets the platform's
 * flow, never an app error, and after allowing, the same call succeeds. On the host, the demo's
 * people have allowed access (unless revoked) and any other account has not.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { startTestHost, type TestHost } from '../support/host';

const { jisoo } = DEMO_USERS;
const STRANGER = '712020:00000000-aaaa-4bbb-8ccc-000000000001';
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

async function rawInvoke(functionKey: string, payload: unknown, accountId: string) {
  const response = await fetch(`${host.url}/__local/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey, payload, accountId }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const setAccess = async (accountId: string, granted: boolean) => {
  const response = await fetch(`${host.url}/__local/access`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountId, granted }),
  });
  expect(response.status).toBe(200);
};

describe('allowing the app to act for you', () => {
  it('is asked of a demo user who revoked it, on a screen that reads Jira, and the same call then succeeds', async () => {
    const cycleId = host.local.seedIds?.currentQuarterId;
    await setAccess(jisoo.accountId, false);
    const refused = await rawInvoke('getOkrTree', { cycleId }, jisoo.accountId);
    expect(refused).toEqual({ status: 401, body: { error: { name: 'NEEDS_AUTHENTICATION_ERR', message: expect.any(String) } } });

    await setAccess(jisoo.accountId, true);
    const allowed = await rawInvoke('getOkrTree', { cycleId }, jisoo.accountId);
    expect(allowed.status).toBe(200);
    expect(allowed.body.value).toMatchObject({ ok: true, data: { jira: { state: 'ok' } } });
  });

  it('is asked of an account the demo does not know, whose calls then succeed', async () => {
    expect((await rawInvoke('getCurrentUser', {}, STRANGER)).status).toBe(401);
    await setAccess(STRANGER, true);
    const me = await rawInvoke('getCurrentUser', {}, STRANGER);
    expect(me.status).toBe(200);
    expect(me.body.value).toMatchObject({ ok: true, data: { accountId: STRANGER } });
    // Still nobody who sees the restricted project.
    const epics = await rawInvoke('searchEpics', { projectKey: 'SEC', query: '' }, STRANGER);
    expect(epics.status).toBe(200);
    expect(epics.body.value.ok ? epics.body.value.data : []).toEqual([]);
  });
});

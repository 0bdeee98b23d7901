/**
 * Roles, first step (issue 10, points 2, 5 and 6): teams name their admins and members, the
 * current user knows whether they administer the app, and the demo organisation has every role.
 * (Enforcing the policy in every resolver is the next step; src/domain/roles.test.ts covers it.)
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';

const { jisoo, daniel, seoyeon, emily, minjun } = DEMO_USERS;
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

const teamsByName = async () => new Map<string, any>((await invoke(host, 'listTeams', {})).data.map((t: any) => [t.name, t]));

describe('team members and app admins', () => {
  it('lists each team with its admins and members', async () => {
    const teams = await teamsByName();
    expect(teams.get('Growth').members).toEqual([
      { accountId: seoyeon.accountId, role: 'admin' },
      { accountId: emily.accountId, role: 'member' },
    ]);
    expect(teams.get('Platform').members).toEqual([
      { accountId: daniel.accountId, role: 'admin' },
      { accountId: minjun.accountId, role: 'member' },
    ]);
  });

  it("says who administers the app: the site's admins, by Confluence's answer first", async () => {
    const me = async (accountId: string) => (await invoke(host, 'getCurrentUser', {}, { accountId })).data;
    await host.resetStats();
    expect(await me(jisoo.accountId)).toMatchObject({ accountId: jisoo.accountId, appAdmin: true });
    // Confluence said yes: Jira is asked only who she is (/myself), not whether she administers it.
    expect(await host.stats()).toMatchObject({ confluence: { requests: 1 }, jira: { requests: 1 } });
    await host.resetStats();
    expect(await me(seoyeon.accountId)).toMatchObject({ appAdmin: false });
    // Confluence said no: Jira is asked too.
    expect(await host.stats()).toMatchObject({ confluence: { requests: 1 }, jira: { requests: 2 } });
    expect(await me(emily.accountId)).toMatchObject({ appAdmin: false });
  });

  it("knows Confluence's admins on a site where Jira is not connected, and lets them set the app up", async () => {
    const confluenceOnly = await startTestHost({ seed: 'empty', connectedApps: ['confluence'] });
    try {
      expect((await invoke(confluenceOnly, 'createYear', { year: 2030 }, { accountId: jisoo.accountId })).ok).toBe(true);
      const refused = await invoke(confluenceOnly, 'createYear', { year: 2031 }, { accountId: seoyeon.accountId });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await confluenceOnly.close();
    }
  });

  it('refuses a member list naming someone twice, or with members and no admin, and writes nothing', async () => {
    const growth = (await teamsByName()).get('Growth');
    const save = (members: unknown) =>
      invoke(host, 'saveTeam', { id: growth.id, version: growth.version, name: growth.name, level: growth.level, parentTeamId: growth.parentTeamId, jiraProjectKeys: growth.jiraProjectKeys, members }, { accountId: jisoo.accountId });
    expect(await save([{ accountId: emily.accountId, role: 'admin' }, { accountId: emily.accountId, role: 'member' }])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { members: { reason: 'duplicate-member' } } },
    });
    expect(await save([{ accountId: emily.accountId, role: 'member' }])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { members: { reason: 'no-team-admin' } } },
    });
    expect(await save([{ accountId: 'not an account', role: 'member' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await teamsByName()).get('Growth')).toEqual(growth);

    const saved = await save([{ accountId: emily.accountId, role: 'admin' }]);
    expect(saved).toMatchObject({ ok: true, data: { members: [{ accountId: emily.accountId, role: 'admin' }], version: growth.version + 1 } });
  });
});

/**
 * The setup surface's backend (issue 10, point 1): the admin pages of both products on the host
 * (site admins only), Jira projects for the project picker (as the user), archived cycles, the
 * app admins named in settings, and calls from the setup modules counted as an app admin's.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { jiraRest } from '../support/demo-jira-rest';
import { invoke, startTestHost, type TestHost } from '../support/host';

const { jisoo, emily, james } = DEMO_USERS;
const SETUP_CONFLUENCE = { moduleKey: 'okr-setup-confluence' };

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

const projects = async (query: unknown, accountId: string) => invoke(host, 'searchProjects', { query }, { accountId });
const keysOf = (answer: { data: Array<{ key: string }> }) => answer.data.map((p) => p.key);

describe('searchProjects', () => {
  it('answers the projects the user can browse, by name, with id, key, name and avatar', async () => {
    const answer = await projects('', jisoo.accountId);
    expect(answer).toMatchObject({ ok: true });
    expect(keysOf(answer)).toEqual(['GROW', 'PLAT', 'SEC', 'MOB']);
    expect(answer.data[0]).toEqual({ id: expect.any(String), key: 'GROW', name: 'Growth', avatarUrl: expect.stringMatching(/^data:image\/svg/) });
    expect(answer.data.every((p: Record<string, unknown>) => Object.keys(p).sort().join() === 'avatarUrl,id,key,name')).toBe(true);
  });

  it('filters by key or name, case-insensitively, and never answers a project the user cannot browse', async () => {
    expect(keysOf(await projects('plat', jisoo.accountId))).toEqual(['PLAT']);
    expect(keysOf(await projects(' 모바일 ', jisoo.accountId))).toEqual(['MOB']);
    expect(keysOf(await projects('sec', james.accountId))).toEqual(['SEC']);
    // Emily may not browse SEC: not by its key, not by its name, not in the full list.
    expect(keysOf(await projects('', emily.accountId))).toEqual(['GROW', 'PLAT', 'MOB']);
    expect(await projects('SEC', emily.accountId)).toEqual({ ok: true, data: [] });
    expect(await projects('Security', emily.accountId)).toEqual({ ok: true, data: [] });
  });

  it('refuses a query too long, and says UNAVAILABLE when Jira cannot answer', async () => {
    expect(await projects('x'.repeat(101), jisoo.accountId)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { query: {} } } });
    await host.jiraFaults({ status: 503, count: -1, retryAfter: 0, paths: ['/rest/api/3/project/search'] });
    const answer = await projects('', jisoo.accountId);
    await host.clearJiraFaults();
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  }, 60_000);

  it('says UNAVAILABLE, without calling Jira, on a site where Jira is not connected', async () => {
    const confluenceOnly = await startTestHost({ seed: 'empty', connectedApps: ['confluence'] });
    try {
      await confluenceOnly.resetStats();
      const answer = await invoke(confluenceOnly, 'searchProjects', { query: '' }, { accountId: jisoo.accountId, context: SETUP_CONFLUENCE });
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      expect((await confluenceOnly.stats()).jira.requests).toBe(0);
    } finally {
      await confluenceOnly.close();
    }
  });
});

describe('the demo Jira project search', () => {
  type Page = { self: string; nextPage?: string; maxResults: number; startAt: number; total: number; isLast: boolean; values: Array<Record<string, any>> };
  const search = (query: string, accountId = jisoo.accountId) => jiraRest<Page>(host, 'GET', `/rest/api/3/project/search${query}`, undefined, accountId);

  it("answers Jira Cloud's PageBeanProject", async () => {
    const page = await search('?query=gro&maxResults=50&orderBy=name');
    expect(page).toEqual({ self: expect.stringContaining('/rest/api/3/project/search?query=gro'), maxResults: 50, startAt: 0, total: 1, isLast: true, values: [expect.any(Object)] });
    expect(page.values[0]).toMatchObject({
      self: expect.stringMatching(/\/rest\/api\/3\/project\/\d+$/),
      id: expect.any(String),
      key: 'GROW',
      name: 'Growth',
      avatarUrls: { '48x48': expect.any(String), '24x24': expect.any(String), '16x16': expect.any(String), '32x32': expect.any(String) },
      projectTypeKey: 'software',
      simplified: false,
      style: 'classic',
      isPrivate: false,
    });
  });

  it('pages with startAt and maxResults, linking the next page', async () => {
    const first = await search('?maxResults=3');
    expect(first).toMatchObject({ startAt: 0, maxResults: 3, total: 4, isLast: false });
    expect(first.values.map((p) => p.key)).toEqual(['GROW', 'MOB', 'PLAT']);
    const next = new URL(first.nextPage!);
    expect(next.searchParams.get('startAt')).toBe('3');
    const second = await search(next.search);
    expect(second).toMatchObject({ startAt: 3, total: 4, isLast: true });
    expect(second.nextPage).toBeUndefined();
    expect(second.values.map((p) => p.key)).toEqual(['SEC']);
    // The caller's own view: Emily's total has no SEC in it.
    expect(await search('?maxResults=3', emily.accountId)).toMatchObject({ total: 3, isLast: true });
  });

  it('refuses an orderBy or startAt it does not know with a 400', async () => {
    await expect(search('?orderBy=colour')).rejects.toThrow(/400/);
    await expect(search('?startAt=first')).rejects.toThrow(/400/);
  });
});

describe('cycles can be archived', () => {
  it('round-trips archived: true, and listCycles answers archived on every cycle', async () => {
    const created = await invoke(host, 'saveCycle', { name: '2027 Q1', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31' }, { accountId: jisoo.accountId, context: SETUP_CONFLUENCE });
    expect(created).toMatchObject({ ok: true, data: { archived: false, version: 1 } });
    await invoke(host, 'saveCycle', { name: '2027 Q2', kind: 'quarter', startDate: '2027-04-01', endDate: '2027-06-30' }, { accountId: jisoo.accountId });
    const archived = await invoke(
      host,
      'saveCycle',
      { id: created.data.id, version: 1, name: '2027 Q1', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31', archived: true },
      { accountId: jisoo.accountId, context: SETUP_CONFLUENCE },
    );
    expect(archived).toMatchObject({ ok: true, data: { id: created.data.id, archived: true, version: 2 } });
    const listed = (await invoke(host, 'listCycles', {}, { accountId: emily.accountId })).data;
    expect(listed.map((c: any) => [c.name, c.archived])).toEqual([
      ['2027 Q1', true],
      ['2027 Q2', false],
    ]);
  });

  it('refuses archived that is not a boolean, and a non-admin archiving, writing nothing', async () => {
    const created = (await invoke(host, 'saveCycle', { name: '2027 Q1', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31' }, { accountId: jisoo.accountId })).data;
    const edit = { id: created.id, version: 1, name: '2027 Q1', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31' };
    expect(await invoke(host, 'saveCycle', { ...edit, archived: 'yes' }, { accountId: jisoo.accountId })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { archived: {} } } });
    expect(await invoke(host, 'saveCycle', { ...edit, archived: true }, { accountId: emily.accountId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await invoke(host, 'listCycles', {})).data).toEqual([{ ...created, archived: false }]);
  });
});

describe('app admins named in settings', () => {
  const settings = async () => (await invoke(host, 'getSettings', {})).data;

  it('stores appAdminAccountIds, answers them, keeps them when a save leaves them out, and makes those people app admins', async () => {
    expect(await settings()).toEqual({ epicProgressMode: 'count', appAdminAccountIds: [], version: 0 });
    const me = async (accountId: string) => (await invoke(host, 'getCurrentUser', {}, { accountId })).data;
    expect(await me(emily.accountId)).toMatchObject({ appAdmin: false });

    const saved = await invoke(host, 'saveSettings', { epicProgressMode: 'count', appAdminAccountIds: [emily.accountId, emily.accountId], version: 0 }, { accountId: jisoo.accountId, context: SETUP_CONFLUENCE });
    expect(saved).toEqual({ ok: true, data: { epicProgressMode: 'count', appAdminAccountIds: [emily.accountId], version: 1 } });
    expect(await settings()).toEqual(saved.data);
    expect(await me(emily.accountId)).toMatchObject({ appAdmin: true });

    // A save that does not name them keeps them.
    const again = await invoke(host, 'saveSettings', { epicProgressMode: 'points', version: 1 }, { accountId: jisoo.accountId });
    expect(again).toMatchObject({ ok: true, data: { epicProgressMode: 'points', appAdminAccountIds: [emily.accountId], version: 2 } });

    // An empty list names nobody.
    const none = await invoke(host, 'saveSettings', { epicProgressMode: 'points', appAdminAccountIds: [], version: 2 }, { accountId: jisoo.accountId });
    expect(none).toMatchObject({ ok: true, data: { appAdminAccountIds: [], version: 3 } });
  });

  it('refuses someone who is not a user of the site, and a caller who is not an app admin, writing nothing', async () => {
    const before = await settings();
    const unknown = await invoke(host, 'saveSettings', { epicProgressMode: 'count', appAdminAccountIds: ['712020:not-a-demo-user'], version: 0 }, { accountId: jisoo.accountId });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { appAdminAccountIds: { reason: 'unknown-user' } } } });
    const forbidden = await invoke(host, 'saveSettings', { epicProgressMode: 'count', appAdminAccountIds: [emily.accountId], version: 0 }, { accountId: emily.accountId });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await settings()).toEqual(before);
  });
});

describe('a call from the setup surface', () => {
  const cycle = { name: '2027 Q1', kind: 'quarter', startDate: '2027-01-01', endDate: '2027-03-31' };

  it("counts as an app admin's for the signed-in caller (the products show it to admins only), and only then", async () => {
    expect(await invoke(host, 'saveCycle', cycle, { accountId: emily.accountId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(host, 'saveCycle', cycle, { accountId: null, context: SETUP_CONFLUENCE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(host, 'saveCycle', cycle, { accountId: emily.accountId, context: SETUP_CONFLUENCE })).toMatchObject({ ok: true, data: { name: '2027 Q1', archived: false } });
    expect(await invoke(host, 'saveCycle', { ...cycle, name: '2027 Q2', startDate: '2027-04-01', endDate: '2027-06-30' }, { accountId: emily.accountId, context: { moduleKey: 'okr-setup-jira' } })).toMatchObject({ ok: true });
  });
});

describe('the admin pages on the host', () => {
  const page = (pathname: string, accountId: string) =>
    fetch(`${host.url}${pathname}`, { headers: { cookie: `forge_local_user=${encodeURIComponent(accountId)}` } });
  const frameIds = (html: string) => [...html.matchAll(/<iframe[^>]*data-frame-id="([^"]+)"/g)].map((m) => m[1]!);
  const bridge = async (frameId: string, name: string, payload?: unknown) => {
    const response = await fetch(`${host.url}/__local/bridge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frameId, name, payload }),
    });
    return (await response.json()) as { value?: any };
  };

  it.each([
    ['/confluence/admin/okr-setup', 'okr-setup-confluence', 'confluence:globalSettings'],
    ['/jira/admin/okr-setup', 'okr-setup-jira', 'jira:adminPage'],
  ])('%s shows the app frame to a site admin, with the module context', async (pathname, moduleKey, type) => {
    const response = await page(pathname, jisoo.accountId);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/resources/admin-setup/?frame=');
    const [frame] = frameIds(html);
    expect(frame).toBeDefined();
    const context = (await bridge(frame!, 'getContext')).value;
    expect(context).toMatchObject({ moduleKey, extension: { type }, accountId: jisoo.accountId });
    // What the frame invokes runs with the module's context: an app admin's call.
    const me = await bridge(frame!, 'invoke', { functionKey: 'getCurrentUser', payload: {} });
    expect(me.value).toMatchObject({ ok: true, data: { accountId: jisoo.accountId, appAdmin: true } });
  });

  it.each(['/confluence/admin/okr-setup', '/jira/admin/okr-setup'])('%s answers 403 without an app frame to anyone else', async (pathname) => {
    const response = await page(pathname, emily.accountId);
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain("You don't have permission to view this page");
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('admin-setup');
  });

  it('links both pages from the index and the products\u2019 top navigation; the products\u2019 own paths lead there', async () => {
    const index = await (await page('/', jisoo.accountId)).text();
    expect(index).toContain('href="/confluence/admin/okr-setup"');
    expect(index).toContain('href="/jira/admin/okr-setup"');
    const project = await (await page('/jira/projects/GROW', jisoo.accountId)).text();
    expect(project).toContain('href="/jira/admin/okr-setup"');
    const redirected = await fetch(`${host.url}/jira/settings/apps/some-app/some-env`, { redirect: 'manual' });
    expect([redirected.status, redirected.headers.get('location')]).toEqual([302, '/jira/admin/okr-setup']);
  });
});

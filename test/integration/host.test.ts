/**
 * The local Forge host itself: it serves the product pages with the app's frames, answers the
 * Custom UI bridge for a frame's trusted context, runs the real handler with the real @forge/kvs
 * client, counts what the app asks of the platform, resets, and serves the demo Jira users as
 * Jira Cloud does.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { injectBridgeScript } from '../../dev/host/bridge/resources';
import { REPO_ROOT } from '../../dev/host/config';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';

const SEED_NOW = new Date('2026-11-25T03:00:00.000Z');
const GROWTH_PAGE = '131073';
const DANIEL = DEMO_USERS.daniel.accountId;

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'demo', now: () => SEED_NOW });
});
afterAll(() => host.close());

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${host.url}${pathname}`, { headers });
const bridge = async (frameId: string, name: string, payload?: unknown) => {
  const response = await fetch(`${host.url}/__local/bridge`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ frameId, name, payload }),
  });
  return { status: response.status, body: (await response.json()) as { value?: any; effects?: any[]; error?: { message: string } } };
};
/** The frames a rendered page registered: [view frame id, config frame id] per macro. */
const framesOf = (html: string) => ({
  views: [...html.matchAll(/<iframe[^>]*data-frame-id="([^"]+)"/g)].map((m) => m[1]!),
  configs: [...html.matchAll(/data-config-frame="([^"]+)"/g)].map((m) => m[1]!),
});

describe('pages', () => {
  it('serves an index linking every surface', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const href of ['/confluence/pages/131073', '/confluence/pages/131074', '/confluence/pages/131075', '/jira/projects/GROW', '/jira/projects/PLAT', '/jira/browse/GROW-1']) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('data-switch="forge_local_user"');
  });

  it('renders a Confluence page with one frame per macro and an Edit macro button', async () => {
    const html = await (await get(`/confluence/pages/${GROWTH_PAGE}`)).text();
    expect(html).toContain('<h1>Growth team OKRs</h1>');
    const { views, configs } = framesOf(html);
    expect(views).toHaveLength(1);
    expect(configs).toHaveLength(1);
    expect(html).toContain(`src="/resources/okr-panel/?frame=${views[0]}"`);
    expect((await get('/confluence/pages/999')).status).toBe(404);
  });

  it('follows the switcher cookies: acting user, locale and theme', async () => {
    const html = await (await get('/jira/projects/GROW', { cookie: `forge_local_user=${encodeURIComponent(DANIEL)}; forge_local_theme=dark` })).text();
    expect(html).toContain('data-color-mode="dark"');
    const [frame] = framesOf(html).views;
    const { body } = await bridge(frame!, 'getContext');
    expect(body.value).toMatchObject({
      accountId: DANIEL,
      locale: 'en-US',
      moduleKey: 'okr-project-page',
      extension: { type: 'jira:projectPage', project: { id: '10001', key: 'GROW', type: 'software' } },
      theme: { colorMode: 'dark' },
    });
  });

  it("injects the bridge script before the resource's own scripts", async () => {
    const injected = injectBridgeScript('<!doctype html><html><head><script type="module" src="./a.js"></script></head></html>', 'f-1');
    expect(injected.indexOf('/__local/bridge.js?frame=f-1')).toBeLessThan(injected.indexOf('./a.js'));

    const [frame] = framesOf(await (await get(`/confluence/pages/${GROWTH_PAGE}`)).text()).views;
    const response = await get(`/resources/okr-panel/?frame=${frame}`);
    const html = await response.text();
    if (existsSync(path.join(REPO_ROOT, 'static/okr-panel/build/index.html'))) {
      expect(response.status).toBe(200);
      expect(html.indexOf(`/__local/bridge.js?frame=${frame}`)).toBeGreaterThan(0);
      expect(html.indexOf(`/__local/bridge.js?frame=${frame}`)).toBeLessThan(html.indexOf('<script type="module"'));
    } else {
      expect(response.status).toBe(404);
      expect(html).toContain('npm run build');
    }
    expect((await get('/__local/bridge.js?frame=x')).headers.get('content-type')).toContain('javascript');
    expect((await get('/resources/okr-panel/..%2f..%2f..%2fpackage.json')).status).toBe(403);
  });
});

describe('the Custom UI bridge', () => {
  it("answers getContext with the frame's trusted macro context, including its saved config", async () => {
    const [frame] = framesOf(await (await get(`/confluence/pages/${GROWTH_PAGE}`)).text()).views;
    const { body } = await bridge(frame!, 'getContext');
    expect(body.value).toMatchObject({
      accountId: DEMO_USERS.jisoo.accountId,
      locale: 'ko-KR',
      moduleKey: 'okr-panel',
      environmentType: 'DEVELOPMENT',
      siteUrl: host.url,
      extension: {
        type: 'macro',
        content: { id: GROWTH_PAGE, type: 'page' },
        space: { key: 'ACME' },
        config: { teamId: host.local.seedIds?.teams.growth },
        macro: { isConfiguring: false },
      },
    });
  });

  it('runs invoke as the acting user and returns the resolver value', async () => {
    const html = await (await get(`/confluence/pages/${GROWTH_PAGE}`, { cookie: `forge_local_user=${encodeURIComponent(DANIEL)}` })).text();
    const [frame] = framesOf(html).views;
    const { status, body } = await bridge(frame!, 'invoke', { functionKey: 'getCurrentUser', payload: {} });
    expect(status).toBe(200);
    expect(body.value).toMatchObject({ ok: true, data: { accountId: DANIEL, displayName: 'Daniel Park' } });
  });

  it('saves a macro config submitted from the config modal, and only there', async () => {
    const { views, configs } = framesOf(await (await get(`/confluence/pages/${GROWTH_PAGE}`)).text());
    const config = { teamId: host.local.seedIds?.teams.platform };
    expect((await bridge(configs[0]!, 'getContext')).body.value.extension.macro.isConfiguring).toBe(true);
    expect((await bridge(views[0]!, 'submit', { config })).body.value).toBe(false);
    const submitted = await bridge(configs[0]!, 'submit', { config });
    expect(submitted.body).toEqual({ value: true, effects: [{ type: 'post', message: { type: 'submitted' } }] });
    expect((await bridge(views[0]!, 'getContext')).body.value.extension.config).toEqual(config);
    expect((await bridge(configs[0]!, 'close')).body.value).toBe(true);
    expect((await bridge(views[0]!, 'close')).body.value).toBe(false);
  });

  it('maps navigation targets to host pages and refuses what it does not emulate', async () => {
    const [frame] = framesOf(await (await get(`/confluence/pages/${GROWTH_PAGE}`)).text()).views;
    const open = await bridge(frame!, 'navigate', { target: 'issue', issueKey: 'GROW-1', type: 'new-tab' });
    expect(open.body.effects).toEqual([{ type: 'post', message: { type: 'navigate', url: '/jira/browse/GROW-1', newTab: true } }]);
    expect((await bridge(frame!, 'getUrl', { target: 'contentView', contentId: '131074' })).body.value).toBe(`${host.url}/confluence/pages/131074`);
    expect((await bridge(frame!, 'enableTheming')).body.effects?.[0]).toMatchObject({ type: 'theme', colorMode: 'light' });
    const unknown = await bridge(frame!, 'openModal', {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toContain('not supported by the local Forge host');
    expect((await bridge('no-such-frame', 'getContext')).status).toBe(404);
  });
});

describe('/__local/invoke', () => {
  it('round-trips to the real handler, seeded through the app', async () => {
    const cycles = await invoke(host, 'listCycles', {});
    expect(cycles.ok).toBe(true);
    expect(cycles.data.map((c: { name: string }) => c.name)).toEqual(['2026', '2026 Q3', '2026 Q4', '2027 Q1']);
    const q4 = cycles.data.find((c: { name: string }) => c.name === '2026 Q4');
    const tree = await invoke(host, 'getOkrTree', { cycleId: q4.id, teamId: host.local.seedIds?.teams.growth });
    expect(tree.data.objectives).toHaveLength(3);
    for (const objective of tree.data.objectives) {
      expect(objective.parent).toBeDefined();
      for (const kr of objective.keyResults) {
        // Initiative-driven key results move with their epics and take no check-ins.
        if (kr.measure.kind === 'initiatives') expect(kr.lastCheckIn).toBeUndefined();
        else expect(Date.parse(kr.lastCheckIn.createdAt)).toBeLessThan(SEED_NOW.getTime());
      }
    }
  });

  it("reads the app's clock from `now` for that invocation only", async () => {
    const tree = await invoke(host, 'getOkrTree', { cycleId: host.local.seedIds!.currentQuarterId!, teamId: host.local.seedIds?.teams.cs });
    const kr = tree.data.objectives[0].keyResults[0];
    const at = new Date('2026-11-20T05:00:00.000Z');
    const [backdated, live] = await Promise.all([
      invoke(host, 'addCheckIn', { keyResultId: kr.id, value: 42, confidence: 'high' }, { now: at }),
      invoke(host, 'listCycles', {}),
    ]);
    expect(backdated.data.checkIn.createdAt).toBe(at.toISOString());
    expect(live.ok).toBe(true);
  });

  it('keeps concurrent invocations apart (each sees its own user)', async () => {
    const users = Object.values(DEMO_USERS);
    const answers = await Promise.all(users.map((u) => invoke(host, 'getCurrentUser', {}, { accountId: u.accountId })));
    expect(answers.map((a) => a.data.displayName)).toEqual(users.map((u) => u.displayName));
  });

  it('answers 500 with the message when the handler throws', async () => {
    await expect(invoke(host, 'noSuchResolver', {})).rejects.toThrow("Resolver has no definition for 'noSuchResolver'");
  });

  it('counts the kvs, Jira and Confluence requests the app makes', async () => {
    await host.resetStats();
    expect(await host.stats()).toEqual({ kvs: { requests: 0 }, jira: { requests: 0 }, confluence: { requests: 0 } });
    await invoke(host, 'listCycles', {});
    const afterList = await host.stats();
    expect(afterList.kvs.requests).toBeGreaterThan(0);
    expect(afterList.jira.requests).toBe(0);
    await invoke(host, 'getCurrentUser', {});
    // Jira's /myself, and Confluence's current user (is this person a site admin, so an app
    // admin?): 김지수 administers Confluence, so Jira is not asked that too.
    expect(await host.stats()).toMatchObject({ jira: { requests: 1 }, confluence: { requests: 1 } });
  });
});

describe('the demo Jira over HTTP', () => {
  const USER_FIELDS = ['self', 'accountId', 'accountType', 'avatarUrls', 'displayName', 'active', 'emailAddress', 'timeZone', 'locale', 'groups', 'applicationRoles', 'expand'];
  const expectUserShape = (user: Record<string, unknown>) => {
    expect(Object.keys(user).every((k) => USER_FIELDS.includes(k))).toBe(true);
    expect(user).toMatchObject({ accountId: expect.any(String), accountType: 'atlassian', displayName: expect.any(String), active: true });
    expect(Object.keys(user.avatarUrls as object).sort()).toEqual(['16x16', '24x24', '32x32', '48x48']);
  };

  it('answers /myself as the first demo user, or the one in X-Demo-Account-Id', async () => {
    const first = (await (await get('/demo-jira/rest/api/3/myself')).json()) as Record<string, unknown>;
    expectUserShape(first);
    expect(first).toMatchObject({ accountId: DEMO_USERS.jisoo.accountId, locale: 'ko_KR', timeZone: 'Asia/Seoul' });
    const daniel = (await (await get('/demo-jira/rest/api/3/myself', { 'X-Demo-Account-Id': DANIEL })).json()) as Record<string, unknown>;
    expect(daniel).toMatchObject({ accountId: DANIEL, displayName: 'Daniel Park', emailAddress: DEMO_USERS.daniel.emailAddress });
    expect((await get('/demo-jira/rest/api/3/myself', { 'X-Demo-Account-Id': '712020:nobody' })).status).toBe(401);
  });

  it('searches users by name or email prefix, as an array of User', async () => {
    const found = (await (await get('/demo-jira/rest/api/3/user/search?query=dan&maxResults=5')).json()) as Array<Record<string, unknown>>;
    expect(found.map((u) => u.displayName)).toEqual(['Daniel Park']);
    found.forEach(expectUserShape);
    expect(found[0]).not.toHaveProperty('emailAddress');
    const korean = (await (await get(`/demo-jira/rest/api/3/user/search?query=${encodeURIComponent('지수')}`)).json()) as Array<{ displayName: string }>;
    expect(korean.map((u) => u.displayName)).toEqual(['김지수']);
    const all = (await (await get('/demo-jira/rest/api/3/user/search?query=&maxResults=4')).json()) as unknown[];
    expect(all).toHaveLength(4);
    const missing = await get('/demo-jira/rest/api/3/user/search');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('bulk-gets users as a page', async () => {
    const ids = [DEMO_USERS.emily.accountId, DEMO_USERS.james.accountId, '712020:unknown'];
    const page = (await (await get(`/demo-jira/rest/api/3/user/bulk?${ids.map((id) => `accountId=${encodeURIComponent(id)}`).join('&')}&maxResults=1`)).json()) as {
      values: Array<Record<string, unknown>>;
    };
    expect(page).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false });
    expect(page.values.map((u) => u.displayName)).toEqual(['Emily Choi']);
    page.values.forEach(expectUserShape);
    expect((await get('/demo-jira/rest/api/3/user/bulk')).status).toBe(400);
  });
});

describe('reset', () => {
  it('wipes app storage and host state, and reseeds on demand', async () => {
    await host.reset('empty');
    expect((await invoke(host, 'listCycles', {})).data).toEqual([]);
    const [frame] = framesOf(await (await get(`/confluence/pages/${GROWTH_PAGE}`)).text()).views;
    expect((await bridge(frame!, 'getContext')).body.value.extension.config).toBeUndefined();

    const ids = await host.reset('demo');
    expect(ids?.teams.growth).toEqual(expect.any(String));
    // Seeding is not the app's work a benchmark measures: the counts start from zero after it.
    expect(await host.stats()).toEqual({ kvs: { requests: 0 }, jira: { requests: 0 }, confluence: { requests: 0 } });
    expect((await invoke(host, 'listTeams', {})).data).toHaveLength(6);
  });
});

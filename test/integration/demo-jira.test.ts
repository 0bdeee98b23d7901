/**
 * The demo Jira as the app and people meet it: Jira Cloud's REST shapes over HTTP
 * (/demo-jira/...), the app's own path through @forge/api requestJira (counted in
 * /__local/stats, subject to injected faults), visibility, paging, creation and transitions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import api, { route, type Route } from '@forge/api';
import { DEMO_EPIC_ROLES } from '../../dev/host/demo-jira';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { startHost } from '../../dev/host/host';
import type { ForgeContext } from '../../dev/host/runtime/context';
import { runInInvocation } from '../../dev/host/runtime/invocation';
import { startTestHost, type TestHost } from '../support/host';

const SEED_NOW = new Date('2026-11-25T03:00:00.000Z');
const JISOO = DEMO_USERS.jisoo.accountId;
const DANIEL = DEMO_USERS.daniel.accountId;
const RESTRICTED = DEMO_EPIC_ROLES.restricted;

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ now: () => SEED_NOW });
});
afterAll(() => host.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A direct HTTP call to the demo Jira, as a demo user (default 김지수) or `app`. */
async function jira(method: string, pathname: string, options: { as?: string; body?: unknown } = {}) {
  const response = await fetch(`${host.url}/demo-jira${pathname}`, {
    method,
    headers: { 'x-demo-account-id': options.as ?? JISOO, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Json };
}

const search = (body: Record<string, unknown>, as?: string) => jira('POST', '/rest/api/3/search/jql', { body, ...(as ? { as } : {}) });

/** The app's own path: @forge/api inside an invocation, as a resolver would call it. */
function appRequest(accountId: string | undefined, identity: 'user' | 'app', path: Route, init?: { method: string; body: string }) {
  const invocation = { accountId, context: {} as ForgeContext, services: host.local.runtime.services };
  return runInInvocation(invocation, () =>
    (identity === 'app' ? api.asApp() : api.asUser()).requestJira(path, {
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(init ?? {}),
    }),
  );
}

describe('search (/rest/api/3/search/jql)', () => {
  it('answers ids only by default, and key, self and the asked fields otherwise; never a total', async () => {
    const ids = await search({ jql: 'parent = GROW-7 ORDER BY key' });
    expect(ids.status).toBe(200);
    expect(ids.body).toEqual({ issues: [{ id: '10110' }, { id: '10111' }, { id: '10112' }, { id: '10113' }], isLast: true });

    const withFields = await jira('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('key = GROW-10')}&fields=summary,status&fields=customfield_10016`);
    const [issue] = withFields.body.issues;
    expect(Object.keys(issue)).toEqual(expect.arrayContaining(['id', 'key', 'self', 'fields']));
    expect(issue).toMatchObject({ id: '10110', key: 'GROW-10', fields: { summary: 'Invite-a-teammate modal with reward copy', customfield_10016: 5 } });
    expect(issue.fields.status).toMatchObject({ name: 'To Do', id: '10000', statusCategory: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' } });
    expect(Object.keys(issue.fields).sort()).toEqual(['customfield_10016', 'status', 'summary']);
    expect(withFields.body).not.toHaveProperty('total');
  });

  it('pages with opaque tokens until isLast, matching the approximate count', async () => {
    const jql = 'project = GROW ORDER BY key';
    const count = (await jira('POST', '/rest/api/3/search/approximate-count', { body: { jql } })).body.count;
    expect(count).toBe(39);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await search({ jql, fields: ['summary'], maxResults: 10, ...(token ? { nextPageToken: token } : {}) });
      expect(page.status).toBe(200);
      seen.push(...page.body.issues.map((i: Json) => i.key));
      token = page.body.nextPageToken;
      expect(page.body.isLast).toBe(token === undefined);
      pages += 1;
    } while (token);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(seen.slice(0, 3)).toEqual(['GROW-1', 'GROW-2', 'GROW-3']);

    const first = await search({ jql, maxResults: 10 });
    const foreign = await search({ jql: 'project = PLAT', nextPageToken: first.body.nextPageToken });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toEqual({ errorMessages: ['The nextPageToken does not belong to this JQL query.'], errors: {} });
  });

  it('refuses unbounded and broken queries, the old endpoint and old parameters', async () => {
    expect(await search({ jql: 'ORDER BY key DESC' })).toMatchObject({
      status: 400,
      body: { errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} },
    });
    expect((await jira('POST', '/rest/api/3/search/approximate-count', { body: { jql: '' } })).status).toBe(400);
    const broken = await search({ jql: 'project = GROW AND (status = Done' });
    expect(broken).toMatchObject({ status: 400, body: { errorMessages: ["Error in the JQL Query: Expecting ')' before the end of the query."], errors: {} } });
    expect((await search({ jql: 'colour = red' })).body.errorMessages).toEqual(["Field 'colour' does not exist or you do not have permission to view it."]);
    expect((await search({ jql: 'project = GROW', startAt: 50 })).body.errorMessages[0]).toMatch(/^Unrecognized field "startAt"/);
    expect((await jira('GET', '/rest/api/3/search?jql=project%3DGROW')).status).toBe(410);
  });
});

describe('a large read: 2000 children of 200 epics', () => {
  afterAll(() => host.local.jira.reset());

  it('comes back in one page when only parent, status and story points are asked for', async () => {
    const create = (fields: Record<string, unknown>) => {
      const answer = host.local.jira.handle({ method: 'POST', path: '/rest/api/3/issue', query: new URLSearchParams(), body: { fields }, actor: { kind: 'app' } });
      expect(answer.status).toBe(201);
      return (answer.body as { key: string }).key;
    };
    const statuses = ['11', '21', '31', '41'];
    const epics: string[] = [];
    for (let e = 0; e < 200; e++) {
      const epic = create({ project: { key: 'PLAT' }, issuetype: { name: 'Epic' }, summary: `Load epic ${e}` });
      epics.push(epic);
      for (let c = 0; c < 10; c++) {
        const child = create({ project: { key: 'PLAT' }, issuetype: { id: '10001' }, summary: `Story ${e}.${c}`, parent: { key: epic }, customfield_10016: c % 5 });
        if (c % 3 === 0) {
          const transition = { transition: { id: statuses[c % 4] } };
          host.local.jira.handle({ method: 'POST', path: `/rest/api/3/issue/${child}/transitions`, query: new URLSearchParams(), body: transition, actor: { kind: 'app' } });
        }
      }
    }
    const jql = `parent in (${epics.join(', ')})`;
    const page = await search({ jql, fields: ['parent', 'status', 'customfield_10016'], maxResults: 5000 }, DANIEL);
    expect(page.status).toBe(200);
    expect(page.body.issues).toHaveLength(2000);
    expect(page.body.isLast).toBe(true);
    expect(page.body).not.toHaveProperty('nextPageToken');
    const one = page.body.issues[0];
    expect(Object.keys(one.fields).sort()).toEqual(['customfield_10016', 'parent', 'status']);
    expect(epics).toContain(one.fields.parent.key);

    // Asking for every field shrinks the page: the app must follow nextPageToken.
    const heavy = await search({ jql, fields: ['*all'], maxResults: 5000 }, DANIEL);
    expect(heavy.body.issues).toHaveLength(100);
    expect(heavy.body.isLast).toBe(false);
    expect(typeof heavy.body.nextPageToken).toBe('string');
  });
});

describe('visibility', () => {
  it('hides the restricted epic from others: absent from search, 404 like a missing issue', async () => {
    const epics = 'project = GROW AND issuetype = Epic ORDER BY key';
    const keysFor = async (as: string) => (await search({ jql: epics, fields: ['summary'] }, as)).body.issues.map((i: Json) => i.key);
    expect(await keysFor(DANIEL)).not.toContain(RESTRICTED);
    expect(await keysFor(JISOO)).toContain(RESTRICTED);
    expect(await keysFor('app')).toContain(RESTRICTED);

    const hidden = await jira('GET', `/rest/api/3/issue/${RESTRICTED}`, { as: DANIEL });
    const missing = await jira('GET', '/rest/api/3/issue/GROW-999', { as: DANIEL });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    expect(missing.body).toEqual(hidden.body);
    expect((await jira('GET', `/rest/api/3/issue/${RESTRICTED}`, { as: 'app' })).body.fields.security).toMatchObject({ name: 'Growth leadership' });

    const named = await search({ jql: `parent in (GROW-1, ${RESTRICTED})` }, DANIEL);
    expect(named.body.errorMessages).toEqual([`An issue with key '${RESTRICTED}' does not exist for field 'parent'.`]);
  });

  it('hides the SEC project from all but two people', async () => {
    expect((await jira('GET', '/rest/api/3/project/SEC', { as: DANIEL })).status).toBe(404);
    const sec = await jira('GET', '/rest/api/3/project/SEC', { as: DEMO_USERS.james.accountId });
    expect(sec.body).toMatchObject({ key: 'SEC', name: 'Security', style: 'classic', simplified: false, isPrivate: true, projectTypeKey: 'software' });
    expect((await search({ jql: 'project = SEC' }, DANIEL)).body.errorMessages).toEqual(["The value 'SEC' does not exist for the field 'project'."]);
    const plat = await jira('GET', '/rest/api/3/project/PLAT', { as: DANIEL });
    expect(plat.body).toMatchObject({ id: '10002', key: 'PLAT', style: 'next-gen', simplified: true, lead: { accountId: DANIEL } });
    expect(plat.body.issueTypes.map((t: Json) => [t.name, t.id, t.hierarchyLevel])).toEqual([
      ['Epic', '10000', 1],
      ['Story', '10001', 0],
      ['Task', '10002', 0],
      ['Bug', '10003', 0],
      ['Subtask', '10004', -1],
    ]);
  });

  it('suggests only visible issues in the issue picker', async () => {
    const picker = async (query: string, as: string) =>
      (await jira('GET', `/rest/api/3/issue/picker?query=${encodeURIComponent(query)}&currentJQL=${encodeURIComponent('issuetype = Epic')}`, { as })).body;
    const onboarding = await picker('온보딩', DANIEL);
    expect(onboarding.sections.map((s: Json) => s.id)).toEqual(['hs', 'cs']);
    expect(onboarding.sections[1].issues).toEqual([
      expect.objectContaining({ key: 'GROW-1', summaryText: '온보딩 플로우 개편', summary: '<b>온보딩</b> 플로우 개편', id: 10101 }),
    ]);
    expect((await picker('가격 정책', DANIEL)).sections[1].issues).toEqual([]);
    expect((await picker('가격 정책', JISOO)).sections[1].issues.map((i: Json) => i.key)).toEqual([RESTRICTED]);
  });
});

describe('creating and moving issues', () => {
  it('creates an epic and children, found with parent in (...)', async () => {
    const epic = await jira('POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'GROW' }, issuetype: { name: 'Epic' }, summary: '결제 실패 복구 플로우', assignee: { accountId: JISOO } } },
    });
    expect(epic.status).toBe(201);
    expect(Object.keys(epic.body).sort()).toEqual(['id', 'key', 'self']);
    expect(epic.body.self).toBe(`${host.url}/demo-jira/rest/api/3/issue/${epic.body.id}`);
    const children = [];
    for (const [summary, points] of [['Dunning emails', 3], ['Card updater', 5], ['Grace period', 2]] as const) {
      const child = await jira('POST', '/rest/api/3/issue', {
        body: { fields: { project: { id: '10001' }, issuetype: { id: '10001' }, summary, parent: { key: epic.body.key }, customfield_10016: points } },
      });
      expect(child.status).toBe(201);
      children.push(child.body.key);
    }
    const found = await search({ jql: `parent in (${epic.body.key}) ORDER BY key`, fields: ['parent', 'customfield_10016', 'status'] }, DANIEL);
    expect(found.body.issues.map((i: Json) => i.key)).toEqual(children);
    expect(found.body.issues.map((i: Json) => i.fields.customfield_10016)).toEqual([3, 5, 2]);
    expect(found.body.issues[0].fields.parent).toMatchObject({ key: epic.body.key, fields: { summary: '결제 실패 복구 플로우', issuetype: { name: 'Epic' } } });
    const got = await jira('GET', `/rest/api/3/issue/${children[0]}`);
    expect(got.body.fields).toMatchObject({ reporter: { accountId: JISOO }, assignee: null, status: { name: 'To Do' }, project: { key: 'GROW' } });
    expect(got.body.fields.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
  });

  it("answers Jira's validation errors", async () => {
    const create = async (fields: Record<string, unknown>, as?: string) => (await jira('POST', '/rest/api/3/issue', { body: { fields }, ...(as ? { as } : {}) })).body;
    expect(await create({ project: { key: 'GROW' }, issuetype: { name: 'Story' } })).toEqual({
      errorMessages: [],
      errors: { summary: 'You must specify a summary of the issue.' },
    });
    expect((await create({ project: { key: 'GROW' }, issuetype: { name: 'Story' }, summary: 'x', parent: { key: 'GROW-10' } })).errors).toEqual({
      parent: 'Given parent work item does not belong to appropriate hierarchy.',
    });
    // PLAT is team-managed: an epic of another project cannot be the parent.
    expect((await create({ project: { key: 'PLAT' }, issuetype: { name: 'Task' }, summary: 'x', parent: { key: 'GROW-1' } })).errors.parent).toBeDefined();
    expect((await create({ project: { key: 'SEC' }, issuetype: { name: 'Task' }, summary: 'x' }, DANIEL)).errors).toEqual({ project: 'Specify a valid project ID or key' });
    expect((await create({ project: { key: 'GROW' }, issuetype: { name: 'Initiative' }, summary: 'x', customfield_10016: 'five', labels: ['a'] })).errors).toEqual({
      issuetype: 'The issue type selected is invalid.',
      customfield_10016: 'Operation value must be a number',
      labels: "Field 'labels' cannot be set. It is not on the appropriate screen, or unknown.",
    });
  });

  it('moves an issue through transitions, changing its status category', async () => {
    const before = await jira('GET', '/rest/api/3/issue/GROW-10?fields=status,updated');
    expect(before.body.fields.status.statusCategory.key).toBe('new');
    const transitions = (await jira('GET', '/rest/api/3/issue/GROW-10/transitions')).body.transitions;
    expect(transitions.map((t: Json) => [t.id, t.name, t.to.statusCategory.key])).toEqual([
      ['21', 'In Progress', 'indeterminate'],
      ['31', 'In Review', 'indeterminate'],
      ['41', 'Done', 'done'],
    ]);
    const done = await jira('POST', '/rest/api/3/issue/GROW-10/transitions', { body: { transition: { id: '41' } } });
    expect(done.status).toBe(204);
    expect(done.body).toBeUndefined();
    const after = await jira('GET', '/rest/api/3/issue/GROW-10?fields=status,updated');
    expect(after.body.fields.status).toMatchObject({ name: 'Done', statusCategory: { key: 'done' } });
    expect(after.body.fields.updated).not.toBe(before.body.fields.updated);
    expect((await search({ jql: 'key = GROW-10 AND statusCategory = Done' })).body.issues).toEqual([{ id: '10110' }]);
    expect((await jira('POST', '/rest/api/3/issue/GROW-10/transitions', { body: { transition: { id: '41' } } })).status).toBe(400);
    expect((await jira('POST', `/rest/api/3/issue/${RESTRICTED}/transitions`, { body: { transition: { id: '41' } }, as: DANIEL })).status).toBe(404);
  });

  it('keeps created issues across a restart of the host', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'demo-jira-restart-'));
    try {
      const first = await startHost({ port: 0, dataDir, seed: 'none', quiet: true });
      const created = first.jira.handle({
        method: 'POST',
        path: '/rest/api/3/issue',
        query: new URLSearchParams(),
        body: { fields: { project: { key: 'PLAT' }, issuetype: { name: 'Epic' }, summary: 'Survives restarts' } },
        actor: { kind: 'app' },
      }).body as { key: string };
      await first.close();
      const second = await startHost({ port: 0, dataDir, seed: 'none', quiet: true });
      const answer = await fetch(`${second.url}/demo-jira/rest/api/3/issue/${created.key}?fields=summary`);
      expect(((await answer.json()) as Json).fields.summary).toBe('Survives restarts');
      await second.reset('empty');
      expect((await fetch(`${second.url}/demo-jira/rest/api/3/issue/${created.key}`)).status).toBe(404);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('site configuration', () => {
  it('lists the story point estimate among the fields', async () => {
    const fields = (await jira('GET', '/rest/api/3/field')).body as Json[];
    expect(fields.map((f) => f.id)).toEqual(expect.arrayContaining(['summary', 'status', 'parent', 'issuetype', 'assignee', 'customfield_10016']));
    expect(fields.find((f) => f.id === 'customfield_10016')).toEqual({
      id: 'customfield_10016',
      key: 'customfield_10016',
      name: 'Story point estimate',
      custom: true,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10016]', 'Story point estimate', 'Story point estimate[Number]'],
      schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
    });
  });

  it('answers mypermissions for a visible project and 404 for a hidden one', async () => {
    const grow = await jira('GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS&projectKey=GROW', { as: DANIEL });
    expect(grow.body.permissions).toMatchObject({ BROWSE_PROJECTS: { havePermission: true, type: 'PROJECT' }, ADMINISTER_PROJECTS: { havePermission: false } });
    expect((await jira('GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=SEC', { as: DANIEL })).status).toBe(404);
  });
});

describe("the app's own requests (@forge/api requestJira)", () => {
  afterEach(() => host.clearJiraFaults());

  it('act as the invocation user or as the app, carry Jira headers, and are counted', async () => {
    await host.resetStats();
    const asDaniel = await appRequest(DANIEL, 'user', route`/rest/api/3/issue/${RESTRICTED}`);
    expect(asDaniel.status).toBe(404);
    expect(asDaniel.headers.get('x-aaccountid')).toBe(encodeURIComponent(DANIEL));
    expect(asDaniel.headers.get('x-arequestid')).toBeTruthy();
    expect((await appRequest(DANIEL, 'app', route`/rest/api/3/issue/${RESTRICTED}`)).status).toBe(200);
    const found = await appRequest(DANIEL, 'user', route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql: 'parent = PLAT-3', fields: ['status'] }) });
    expect(((await found.json()) as Json).issues).toHaveLength(8);
    await jira('GET', '/rest/api/3/field'); // a direct HTTP call: not the app's
    expect((await host.stats()).jira.requests).toBe(3);
  });

  it('get a 429 with Retry-After once, then succeed', async () => {
    await host.jiraFaults({ status: 429, count: 1, retryAfter: 2, paths: ['/rest/api/3/search/jql'] });
    const body = { method: 'POST', body: JSON.stringify({ jql: 'parent = GROW-7' }) };
    expect((await appRequest(JISOO, 'user', route`/rest/api/3/myself`)).status).toBe(200);
    const limited = await appRequest(JISOO, 'user', route`/rest/api/3/search/jql`, body);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('2');
    expect(limited.headers.get('RateLimit-Reason')).toBe('jira-burst-based');
    expect(limited.headers.get('X-RateLimit-Reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    const retried = await appRequest(JISOO, 'user', route`/rest/api/3/search/jql`, body);
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as Json).issues).toHaveLength(4);
  });

  it('get 503 until the fault is cleared, while direct HTTP calls are never faulted', async () => {
    await host.jiraFaults({ status: 503, count: -1 });
    for (let i = 0; i < 3; i++) {
      const failed = await appRequest(JISOO, 'user', route`/rest/api/3/field`);
      expect(failed.status).toBe(503);
      expect(await failed.json()).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    }
    expect((await jira('GET', '/rest/api/3/field')).status).toBe(200);
    await host.clearJiraFaults();
    expect((await appRequest(JISOO, 'user', route`/rest/api/3/field`)).status).toBe(200);

    host.local.jira.injectFaults({ status: 500, count: 1 });
    expect((await appRequest(JISOO, 'app', route`/rest/api/3/myself`)).status).toBe(500);
    expect((await appRequest(JISOO, 'app', route`/rest/api/3/myself`)).status).toBe(200);
  });
});

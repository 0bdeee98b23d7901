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
  const invocation = host.local.runtime.invocationFor(accountId, { moduleKey: 'okr-panel' } as ForgeContext);
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

    const withFields = await jira('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('key = GROW-10')}&fields=summary,status&fields=customfield_10028`);
    const [issue] = withFields.body.issues;
    expect(Object.keys(issue)).toEqual(expect.arrayContaining(['id', 'key', 'self', 'fields']));
    expect(issue).toMatchObject({ id: '10110', key: 'GROW-10', fields: { summary: 'Invite-a-teammate modal with reward copy', customfield_10028: 5 } });
    expect(issue.fields.status).toMatchObject({ name: 'To Do', id: '10000', statusCategory: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' } });
    expect(Object.keys(issue.fields).sort()).toEqual(['customfield_10028', 'status', 'summary']);
    expect(withFields.body).not.toHaveProperty('total');
  });

  it('pages with opaque tokens until isLast, matching the approximate count', async () => {
    const jql = 'project = GROW ORDER BY key';
    const count = (await jira('POST', '/rest/api/3/search/approximate-count', { body: { jql } })).body.count;
    expect(count).toBe(40); // 39 epics, stories, tasks and bugs, and the sub-task GROW-40
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

  it('comes back in one page of ids, and in pages of 100 as soon as a field is asked for', async () => {
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
    // Ids (or keys) only: up to 5000 a page.
    const ids = await search({ jql, maxResults: 5000 }, DANIEL);
    expect(ids.status).toBe(200);
    expect(ids.body.issues).toHaveLength(2000);
    expect(ids.body.isLast).toBe(true);
    expect(ids.body).not.toHaveProperty('nextPageToken');
    const keys = await search({ jql, fields: ['key'], maxResults: 5000 }, DANIEL);
    expect(keys.body.issues).toHaveLength(2000);
    expect(Object.keys(keys.body.issues[0]).sort()).toEqual(['expand', 'fields', 'id', 'key', 'self']);

    // Any other field: 100 a page whatever maxResults says, and nothing in the answer says so but
    // nextPageToken. The app must follow it.
    const pointed: Json[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await search({ jql, fields: ['parent', 'status', 'customfield_10016'], maxResults: 5000, ...(token ? { nextPageToken: token } : {}) }, DANIEL);
      expect(page.status).toBe(200);
      expect(page.body.issues.length).toBeLessThanOrEqual(100);
      expect(page.body).not.toHaveProperty('maxResults');
      pointed.push(...page.body.issues);
      token = page.body.nextPageToken;
      pages += 1;
    } while (token);
    expect(pages).toBe(20);
    expect(new Set(pointed.map((i) => i.id)).size).toBe(2000);
    const one = pointed[0];
    expect(Object.keys(one.fields).sort()).toEqual(['customfield_10016', 'parent', 'status']);
    expect(epics).toContain(one.fields.parent.key);

    const heavy = await search({ jql, fields: ['*all'], maxResults: 5000 }, DANIEL);
    expect(heavy.body.issues).toHaveLength(100);
    expect(heavy.body.isLast).toBe(false);
    expect(typeof heavy.body.nextPageToken).toBe('string');
    expect((await search({ jql, fields: ['summary'], maxResults: 5000 }, DANIEL)).body.issues).toHaveLength(100);
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
        body: { fields: { project: { id: '10001' }, issuetype: { id: '10001' }, summary, parent: { key: epic.body.key }, customfield_10028: points } },
      });
      expect(child.status).toBe(201);
      children.push(child.body.key);
    }
    const found = await search({ jql: `parent in (${epic.body.key}) ORDER BY key`, fields: ['parent', 'customfield_10028', 'status'] }, DANIEL);
    expect(found.body.issues.map((i: Json) => i.key)).toEqual(children);
    expect(found.body.issues.map((i: Json) => i.fields.customfield_10028)).toEqual([3, 5, 2]);
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
    expect((await create({ project: { key: 'GROW' }, issuetype: { name: 'Initiative' }, summary: 'x', customfield_10028: 'five', labels: ['a'] })).errors).toEqual({
      issuetype: 'The issue type selected is invalid.',
      customfield_10028: 'Operation value must be a number',
      labels: "Field 'labels' cannot be set. It is not on the appropriate screen, or unknown.",
    });
    // Each project style has its own story point field; the other is not on its screens.
    expect(await create({ project: { key: 'GROW' }, issuetype: { name: 'Story' }, summary: 'x', parent: { key: 'GROW-7' }, customfield_10016: 3 })).toEqual({
      errorMessages: [],
      errors: { customfield_10016: "Field 'customfield_10016' cannot be set. It is not on the appropriate screen, or unknown." },
    });
    expect((await create({ project: { key: 'PLAT' }, issuetype: { name: 'Story' }, summary: 'x', parent: { key: 'PLAT-3' }, customfield_10028: 3 })).errors).toEqual({
      customfield_10028: "Field 'customfield_10028' cannot be set. It is not on the appropriate screen, or unknown.",
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

describe('story points per project style', () => {
  const POINTS = ['customfield_10016', 'customfield_10028'];

  it('answers company-managed estimates in 10028 and team-managed ones in 10016, the other null', async () => {
    const read = async (jql: string) => (await search({ jql, fields: ['status', ...POINTS] }, JISOO)).body.issues.map((i: Json) => [i.key, i.fields.customfield_10028, i.fields.customfield_10016]);
    expect(await read('key in (GROW-2, GROW-8) ORDER BY key')).toEqual([['GROW-2', 5, null], ['GROW-8', null, null]]);
    expect(await read('key = PLAT-8')).toEqual([['PLAT-8', null, 8]]);
    expect(await read('key = SEC-2')).toEqual([['SEC-2', 3, null]]);
    // MOB (team-managed) estimates nothing.
    expect(new Set((await read('project = MOB')).flatMap(([, a, b]: Json[]) => [a, b]))).toEqual(new Set([null]));
    const all = await jira('GET', '/rest/api/3/issue/GROW-2');
    expect(all.body.fields).toMatchObject({ customfield_10028: 5, customfield_10016: null });
  });

  it('creates an estimated child in each style with its own field', async () => {
    const create = async (fields: Record<string, unknown>) => jira('POST', '/rest/api/3/issue', { body: { fields } });
    const epicIn = async (project: string) => (await create({ project: { key: project }, issuetype: { name: 'Epic' }, summary: 'Estimated work' })).body.key;
    const grow = await create({ project: { key: 'GROW' }, issuetype: { name: 'Task' }, summary: 'Estimate me', parent: { key: await epicIn('GROW') }, customfield_10028: 2 });
    const plat = await create({ project: { key: 'PLAT' }, issuetype: { name: 'Task' }, summary: 'Estimate me', parent: { key: await epicIn('PLAT') }, customfield_10016: 3 });
    expect([grow.status, plat.status]).toEqual([201, 201]);
    const got = async (key: string) => (await jira('GET', `/rest/api/3/issue/${key}?fields=${POINTS.join(',')}`)).body.fields;
    expect(await got(grow.body.key)).toEqual({ customfield_10028: 2, customfield_10016: null });
    expect(await got(plat.body.key)).toEqual({ customfield_10028: null, customfield_10016: 3 });
  });
});

describe('MOB: a team-managed project with Korean and custom statuses', () => {
  it('answers its own statuses: names, project-scoped ids and categories', async () => {
    const status = async (key: string) => (await jira('GET', `/rest/api/3/issue/${key}?fields=status,statusCategory`)).body.fields;
    const done = await status('MOB-3');
    expect(done.status).toMatchObject({ name: '완료', id: '10113', statusCategory: { id: 3, key: 'done' }, scope: { type: 'PROJECT', project: { id: '10004' } } });
    expect(done.statusCategory).toMatchObject({ key: 'done', name: 'Done' });
    expect((await status('MOB-2')).status).toMatchObject({ name: '배포됨', id: '10114', statusCategory: { key: 'done' } });
    expect((await status('MOB-4')).status).toMatchObject({ name: 'QA 대기', id: '10112', statusCategory: { key: 'indeterminate' } });
    expect((await status('MOB-5')).status).toMatchObject({ name: '진행 중', id: '10111', statusCategory: { key: 'indeterminate' } });
    expect((await status('MOB-6')).status).toMatchObject({ name: '해야 할 일', id: '10110', statusCategory: { key: 'new' } });
    const project = await jira('GET', '/rest/api/3/project/MOB', { as: DANIEL });
    expect(project.body).toMatchObject({ id: '10004', key: 'MOB', name: '모바일 앱', style: 'next-gen', simplified: true, isPrivate: false });
  });

  it('finds issues by status name, id and category', async () => {
    const keys = async (jql: string) => (await search({ jql, fields: ['status'] }, DANIEL)).body.issues.map((i: Json) => i.key);
    expect(await keys('project = MOB AND status = "완료" ORDER BY key')).toEqual(['MOB-3', 'MOB-7', 'MOB-16']);
    expect(await keys('project = MOB AND status = 10114 ORDER BY key')).toEqual(['MOB-2', 'MOB-9', 'MOB-10']);
    expect(await keys('parent = MOB-8 AND statusCategory = Done ORDER BY key')).toEqual(['MOB-9', 'MOB-10']);
    expect(await keys('parent = MOB-8 AND statusCategory = "In Progress" ORDER BY key')).toEqual(['MOB-11', 'MOB-12', 'MOB-13']);
  });

  it('lists its own statuses as transitions, and a new issue starts in 해야 할 일', async () => {
    const created = await jira('POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'MOB' }, issuetype: { name: 'Task' }, summary: '스토어 스크린샷 갱신', parent: { key: 'MOB-15' } } },
    });
    expect(created.status).toBe(201);
    const key = created.body.key;
    expect((await jira('GET', `/rest/api/3/issue/${key}?fields=status`)).body.fields.status).toMatchObject({ name: '해야 할 일', id: '10110' });
    const transitions = (await jira('GET', `/rest/api/3/issue/${key}/transitions`)).body.transitions;
    expect(transitions.map((t: Json) => [t.id, t.name, t.to.id, t.to.statusCategory.key])).toEqual([
      ['21', '진행 중', '10111', 'indeterminate'],
      ['31', 'QA 대기', '10112', 'indeterminate'],
      ['41', '완료', '10113', 'done'],
      ['51', '배포됨', '10114', 'done'],
    ]);
    expect((await jira('POST', `/rest/api/3/issue/${key}/transitions`, { body: { transition: { id: '51' } } })).status).toBe(204);
    expect((await jira('GET', `/rest/api/3/issue/${key}?fields=status`)).body.fields.status).toMatchObject({ name: '배포됨', statusCategory: { key: 'done' } });
    // GROW's transition ids are its own: 51 is no transition there.
    expect((await jira('POST', '/rest/api/3/issue/GROW-11/transitions', { body: { transition: { id: '51' } } })).status).toBe(400);
  });
});

describe('sub-tasks', () => {
  const children = async (jql: string) =>
    (await search({ jql, fields: ['issuetype', 'parent'] }, DANIEL)).body.issues.map((i: Json) => [i.key, i.fields.parent.key, i.fields.issuetype.hierarchyLevel, i.fields.issuetype.subtask]);

  it('come back with parent in (...) of a story, typed hierarchyLevel -1', async () => {
    expect(await children('parent in (GROW-5, GROW-6)')).toEqual([['GROW-40', 'GROW-5', -1, true]]);
  });

  it('come back with parent in (...) of an epic when they sit straight under it (MOB)', async () => {
    const under = await children('parent in (MOB-1) ORDER BY key');
    expect(under.map(([key]: Json[]) => key)).toEqual(['MOB-2', 'MOB-3', 'MOB-4', 'MOB-5', 'MOB-6', 'MOB-7']);
    expect(under.filter(([, , level]: Json[]) => level === -1)).toEqual([['MOB-7', 'MOB-1', -1, true]]);
    expect(under.filter(([, , level]: Json[]) => level === 0)).toHaveLength(5);
  });
});

describe('site configuration', () => {
  it('lists both story point fields among the fields', async () => {
    const fields = (await jira('GET', '/rest/api/3/field')).body as Json[];
    expect(fields.map((f) => f.id)).toEqual(expect.arrayContaining(['summary', 'status', 'parent', 'issuetype', 'assignee', 'customfield_10016', 'customfield_10028']));
    expect(fields.find((f) => f.id === 'customfield_10028')).toEqual({
      id: 'customfield_10028',
      key: 'customfield_10028',
      name: 'Story Points',
      custom: true,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10028]', 'Story Points', 'Story Points[Number]'],
      schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10028 },
    });
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

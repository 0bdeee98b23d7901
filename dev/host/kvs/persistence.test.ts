import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { createKvsFetch } from './forge-fetch';
import { KvsStore } from './kvs-store';
import { TEST_ENTITIES, installStore, testClock } from './test-support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kvs-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps keys, secrets, entities and TTLs across close and reopen of the same file', async () => {
    const file = join(dir, 'kvs.sqlite');
    const clock = testClock();
    const first = installStore({ file, now: clock.now });
    await kvs.set('plain', { n: 1 });
    await kvs.setSecret('secret', 'shh');
    await kvs.entity('task').set('t1', { title: 'kept', priority: 3, project: 'P' });
    await kvs.set('short-lived', 1, { ttl: { value: 1, unit: 'HOURS' } });
    first.close();

    clock.advance(2 * 3_600_000);
    const second = installStore({ file, now: clock.now });
    expect(await kvs.get('plain')).toEqual({ n: 1 });
    expect(await kvs.getSecret('secret')).toBe('shh');
    const page = await kvs.entity('task').query().index('by-project-priority', { partition: ['P'] }).getMany();
    expect(page.results).toEqual([{ key: 't1', value: { title: 'kept', priority: 3, project: 'P' } }]);
    expect(await kvs.get('short-lived')).toBeUndefined();

    second.reset();
    expect(await kvs.get('plain')).toBeUndefined();
    expect(await kvs.entity('task').get('t1')).toBeUndefined();
    second.close();
  });
});

describe('createKvsFetch', () => {
  const store = () => new KvsStore({ file: ':memory:', entities: TEST_ENTITIES });

  it('answers with real Responses: JSON for results, empty 204 for writes', async () => {
    const s = store();
    const fetch = createKvsFetch(s);
    const set = await fetch({ type: 'kvs', provider: 'app', remote: 'kvs' }, '/api/v1/set', { method: 'POST', body: JSON.stringify({ key: 'k', value: 1 }) });
    expect(set).toBeInstanceOf(Response);
    expect([set.status, await set.text()]).toEqual([204, '']);
    const get = await fetch({ type: 'kvs' }, '/api/v1/get', { method: 'POST', body: JSON.stringify({ key: 'k' }) });
    expect(get.ok).toBe(true);
    expect(get.headers.get('content-type')).toBe('application/json');
    expect(await get.json()).toMatchObject({ key: 'k', value: 1 });
    s.close();
  });

  it('answers 400 for bad JSON, 404 for unknown paths, and refuses non-kvs targets', async () => {
    const s = store();
    const fetch = createKvsFetch(s);
    const bad = await fetch({ type: 'kvs' }, '/api/v1/get', { body: '{nope' });
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'BAD_REQUEST']);
    const unknown = await fetch({ type: 'kvs' }, '/api/v1/nothing', { body: '{}' });
    expect([unknown.status, ((await unknown.json()) as { code: string }).code]).toEqual([404, 'NOT_FOUND']);
    await expect(fetch({ type: 'fpp' }, '/api/v1/get', { body: '{}' })).rejects.toThrow(/only serves target.type 'kvs'/);
    s.close();
  });
});

import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { KvsStore } from './kvs-store';
import { codeOf, installStore, rejection } from './test-support';

interface Task {
  project?: string;
  title?: string;
  version?: number;
}

const tasks = () => kvs.entity<Task>('task');
let store: KvsStore;

beforeEach(() => {
  store = installStore();
});
afterEach(() => store.close());

describe('batch', () => {
  it('sets plain and entity items, reporting each failure by key', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'p1', value: 1 },
      { key: 'e1', value: { title: 'one', version: 1 }, entityName: 'task' },
      { key: 'bad/key', value: 2 },
      { key: 'e2', value: { version: 1.5 }, entityName: 'task' },
      { key: 'e3', value: {}, entityName: 'nope' },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'p1' }, { key: 'e1', entityName: 'task' }]);
    expect(result.failedKeys.map((f) => [f.key, f.entityName, f.error.code])).toEqual([
      ['bad/key', undefined, 'INVALID_KEY'],
      ['e2', 'task', 'INVALID_ATTRIBUTE_TYPE'],
      ['e3', 'nope', 'UNKNOWN_ENTITY'],
    ]);
    expect(await kvs.get('p1')).toBe(1);
    expect(await tasks().get('e1')).toEqual({ title: 'one', version: 1 });
  });

  it('gets items, missing ones as KEY_NOT_FOUND failures', async () => {
    await kvs.set('p1', 'v');
    await tasks().set('e1', { title: 't' });
    const result = await kvs.batchGet([{ key: 'p1' }, { key: 'e1', entityName: 'task' }, { key: 'gone', entityName: 'task' }]);
    expect(result.successfulKeys).toEqual([
      { key: 'p1', value: 'v' },
      { key: 'e1', entityName: 'task', value: { title: 't' } },
    ]);
    expect(result.failedKeys).toEqual([{ key: 'gone', entityName: 'task', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
  });

  it('deletes items', async () => {
    await kvs.set('p1', 'v');
    await tasks().set('e1', { title: 't' });
    const result = await kvs.batchDelete([{ key: 'p1' }, { key: 'e1', entityName: 'task' }]);
    expect(result).toEqual({ successfulKeys: [{ key: 'p1' }, { key: 'e1', entityName: 'task' }], failedKeys: [] });
    expect(await kvs.get('p1')).toBeUndefined();
    expect(await tasks().get('e1')).toBeUndefined();
  });

  it('rejects more than 25 items, and over 4 MB, as a whole', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }));
    expect(await codeOf(kvs.batchSet(items))).toBe('TOO_MANY_ITEMS');
    const big = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(230 * 1024) }));
    expect(await codeOf(kvs.batchSet(big))).toBe('PAYLOAD_TOO_LARGE');
    expect(await kvs.get('k0')).toBeUndefined();
  });
});

describe('transaction', () => {
  it('applies sets, deletes and checks together', async () => {
    await tasks().set('t1', { title: 'old', version: 1 });
    await tasks().set('t2', { title: 'kept', version: 7 });
    await kvs.set('gone', 'x');
    await kvs
      .transact()
      .set('plain', { a: 1 })
      .set<Task>('t1', { title: 'new', version: 2 }, { entityName: 'task', conditions: new Filter<Task>().and('version', FilterConditions.equalTo(1)) })
      .set<Task>('t3', { title: 'created', version: 1 }, { entityName: 'task', conditions: new Filter<Task>().and('version', FilterConditions.notExists()) })
      .delete('gone')
      .check('t2', { entityName: 'task', conditions: new Filter<Task>().and('version', FilterConditions.greaterThan(5)) })
      .execute();
    expect(await kvs.get('plain')).toEqual({ a: 1 });
    expect(await tasks().get('t1')).toEqual({ title: 'new', version: 2 });
    expect(await tasks().get('t3')).toEqual({ title: 'created', version: 1 });
    expect(await kvs.get('gone')).toBeUndefined();
  });

  it('writes nothing when a condition fails (stored version 4, expected 3)', async () => {
    await tasks().set('t1', { title: 'v4', version: 4 });
    await tasks().set('t2', { title: 'other', version: 1 });
    const err = await rejection(
      kvs
        .transact()
        .set<Task>('t1', { title: 'v5', version: 5 }, { entityName: 'task', conditions: new Filter<Task>().and('version', FilterConditions.equalTo(3)) })
        .set('plain', 'written?')
        .delete('t2', { entityName: 'task' })
        .execute(),
    );
    expect(err.code).toBe('CONDITION_FAILED');
    expect(err.responseDetails.status).toBe(409);
    expect(err.context).toEqual({ failedConditions: [{ operation: 'set', key: 't1', entityName: 'task' }] });
    expect(await tasks().get('t1')).toEqual({ title: 'v4', version: 4 });
    expect(await tasks().get('t2')).toEqual({ title: 'other', version: 1 });
    expect(await kvs.get('plain')).toBeUndefined();
  });

  it('fails a check on a missing key, and a notExists create on an existing one', async () => {
    const check = new Filter<Task>().and('title', FilterConditions.exists());
    expect(await codeOf(kvs.transact().set('p', 1).check('missing', { entityName: 'task', conditions: check }).execute())).toBe('CONDITION_FAILED');
    await tasks().set('t1', { version: 1 });
    const createOnly = new Filter<Task>().and('version', FilterConditions.notExists());
    expect(await codeOf(kvs.transact().set<Task>('t1', { version: 9 }, { entityName: 'task', conditions: createOnly }).execute())).toBe('CONDITION_FAILED');
    expect(await kvs.get('p')).toBeUndefined();
    expect(await tasks().get('t1')).toEqual({ version: 1 });
  });

  it('rejects duplicate keys, more than 25 operations, and invalid values before writing', async () => {
    expect(await codeOf(kvs.transact().set('a', 1).delete('a').execute())).toBe('DUPLICATE_KEY');
    await kvs.transact().set('a', 1).set('a', { title: 'same key, other entity' }, { entityName: 'task' }).execute();
    let many = kvs.transact();
    for (let i = 0; i < 26; i++) many = many.set(`k${i}`, i);
    expect(await codeOf(many.execute())).toBe('TOO_MANY_ITEMS');
    expect(await codeOf(kvs.transact().set('ok', 1).set('bad', { version: 'x' }, { entityName: 'task' }).execute())).toBe(
      'INVALID_ATTRIBUTE_TYPE',
    );
    expect(await kvs.get('ok')).toBeUndefined();
  });

  it('requires an entity for conditions', () => {
    const res = store.handle('/api/v1/transaction', { set: [{ key: 'k', value: 1, conditions: { and: [{ property: 'v', condition: 'EXISTS', values: [true] }] } }] });
    expect(res).toEqual({ status: 400, body: { code: 'INVALID_CONDITION', message: expect.any(String) } });
  });
});

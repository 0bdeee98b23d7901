import { ForgeKvsAPIError, MetadataField, WhereConditions, kvs } from '@forge/kvs';
import type { KvsStore } from './kvs-store';
import { codeOf, installStore, rejection, testClock } from './test-support';
import type { TestClock } from './test-support';

let store: KvsStore;
let clock: TestClock;

beforeEach(() => {
  clock = testClock();
  store = installStore({ now: clock.now });
});
afterEach(() => store.close());

describe('get / set / delete', () => {
  it('round-trips JSON values and deletes them', async () => {
    await kvs.set('greeting', { text: 'hi', n: [1, 2] });
    expect(await kvs.get('greeting')).toEqual({ text: 'hi', n: [1, 2] });
    await kvs.set('flag', false);
    expect(await kvs.get('flag')).toBe(false);
    await kvs.delete('greeting');
    expect(await kvs.get('greeting')).toBeUndefined();
  });

  it('answers undefined for a missing key, and deleting one is quiet', async () => {
    expect(await kvs.get('nope')).toBeUndefined();
    await expect(kvs.delete('nope')).resolves.toBeUndefined();
  });

  it('returns metadata in epoch seconds and keeps createdAt across overwrites', async () => {
    await kvs.set('k', 1);
    const created = Math.floor(clock.now() / 1000);
    clock.advance(10_000);
    await kvs.set('k', 2);
    const got = await kvs.get('k', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(got).toEqual({ key: 'k', value: 2, createdAt: created, updatedAt: created + 10 });
  });
});

describe('limits', () => {
  it('enforces the key rules', async () => {
    expect(await codeOf(kvs.set('', 1))).toBe('EMPTY_KEY');
    expect(await codeOf(kvs.set('a/b', 1))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.set('   ', 1))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.get('ä'))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.set('x'.repeat(501), 1))).toBe('KEY_TOO_LONG');
    await kvs.set('x'.repeat(500), 1);
    await kvs.set('a b:c.d_e-f#G9', 1);
    expect(await kvs.get('a b:c.d_e-f#G9')).toBe(1);
  });

  it('surfaces errors as ForgeKvsAPIError with status and code', async () => {
    const err = await rejection(kvs.set('a/b', 1));
    expect(err).toBeInstanceOf(ForgeKvsAPIError);
    expect(err.responseDetails.status).toBe(400);
    expect(err.message).toMatch(/must match/);
  });

  it('rejects values over 240 KiB serialized (MAX_SIZE)', async () => {
    const limit = 240 * 1024;
    await kvs.set('fits', 'x'.repeat(limit - 2)); // plus two quotes
    expect(await codeOf(kvs.set('big', 'x'.repeat(limit - 1)))).toBe('MAX_SIZE');
    expect(await kvs.get('big')).toBeUndefined();
  });

  it('rejects values nested deeper than 31 levels (MAX_DEPTH)', async () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'leaf' : { a: nest(levels - 1) });
    await kvs.set('deep-ok', nest(31));
    expect(await codeOf(kvs.set('too-deep', nest(32)))).toBe('MAX_DEPTH');
  });

  it('rejects null values', async () => {
    expect(await codeOf(kvs.set('n', null))).toBe('INVALID_VALUE');
  });
});

describe('set options', () => {
  it('keyPolicy FAIL_IF_EXISTS fails with 409 KEY_ALREADY_EXISTS and leaves the value', async () => {
    await kvs.set('once', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const err = await rejection(kvs.set('once', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(err.code).toBe('KEY_ALREADY_EXISTS');
    expect(err.responseDetails.status).toBe(409);
    expect(await kvs.get('once')).toBe('first');
    await kvs.set('once', 'third', { keyPolicy: 'OVERRIDE' });
    expect(await kvs.get('once')).toBe('third');
  });

  it('returnValue PREVIOUS / LATEST', async () => {
    const opts = { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' } as const;
    expect(await kvs.set('r', 1, opts)).toBeUndefined();
    expect(await kvs.set('r', 2, opts)).toEqual({ key: 'r', value: 1 });
    expect(await kvs.set('r', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'r', value: 3 });
  });

  it('ttl hides the entry once expired', async () => {
    await kvs.set('temp', 'v', { ttl: { value: 5, unit: 'MINUTES' } });
    clock.advance(4 * 60_000);
    const got = await kvs.get('temp', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(got?.expireTime).toBe(new Date(clock.now() + 60_000).toISOString());
    clock.advance(60_000);
    expect(await kvs.get('temp')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.set('temp', 'again', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('temp')).toBe('again');
  });

  it('rejects a malformed ttl', async () => {
    expect(await codeOf(kvs.set('t', 1, { ttl: { value: 0, unit: 'SECONDS' } }))).toBe('INVALID_TTL');
    expect(await codeOf(kvs.set('t', 1, { ttl: { value: 1, unit: 'WEEKS' as 'DAYS' } }))).toBe('INVALID_TTL');
  });
});

describe('secrets', () => {
  it('are stored apart from plain keys and never queried', async () => {
    await kvs.setSecret('token', 's3cret');
    await kvs.set('token', 'plain');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBe('plain');
    expect((await kvs.query().getMany()).results).toEqual([{ key: 'token', value: 'plain' }]);
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    expect(await kvs.get('token')).toBe('plain');
  });
});

describe('key query', () => {
  beforeEach(async () => {
    for (let i = 0; i < 45; i++) await kvs.set(`item:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 'x');
    await kvs.set('a-first', 'x');
  });

  it('pages through 45 keys by prefix with limit and cursor, in key order', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith('item:')).limit(20);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<number>();
      sizes.push(page.results.length);
      seen.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([20, 20, 5]);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `item:${String(i).padStart(2, '0')}`));
  });

  it('defaults to 10 results, caps limit at 20, and getOne takes the first key', async () => {
    const page = await kvs.query().getMany();
    expect(page.results).toHaveLength(10);
    expect(page.results[0]).toEqual({ key: 'a-first', value: 'x' });
    expect(page.nextCursor).toBeDefined();
    expect(await codeOf(kvs.query().limit(21).getMany())).toBe('INVALID_LIMIT');
    expect(await kvs.query().where('key', WhereConditions.beginsWith('other')).getOne()).toEqual({ key: 'other:1', value: 'x' });
  });

  it('rejects a cursor it did not issue', async () => {
    expect(await codeOf(kvs.query().cursor('not a cursor!').getMany())).toBe('INVALID_CURSOR');
  });
});

describe('request counter', () => {
  it('counts handled calls per path and resets', async () => {
    await kvs.set('a', 1);
    await kvs.get('a');
    await kvs.get('missing');
    expect(store.stats()).toEqual({ requests: 3, byPath: { '/api/v1/set': 1, '/api/v1/get': 2 } });
    store.resetStats();
    expect(store.stats().requests).toBe(0);
  });
});

import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { createKvsFetch } from './forge-fetch';
import { KvsStore } from './kvs-store';
import { FORGE_KVS_QUOTAS, KvsQuotaMeter, kindOf, unitsFor } from './quotas';
import { rejection, TEST_ENTITIES, testClock } from './test-support';

const install = (meter: KvsQuotaMeter | false) => {
  const store = new KvsStore({ file: ':memory:', entities: TEST_ENTITIES });
  const fetch = createKvsFetch(store, { quotas: meter });
  (globalThis as Record<string, unknown>).__forge_fetch__ = fetch;
  return { store, fetch };
};

describe('units', () => {
  it('rounds a payload up to whole 10 KB units, at least one (limits-kvs-ce)', () => {
    expect(unitsFor(0)).toBe(1);
    expect(unitsFor(10_000)).toBe(1);
    expect(unitsFor(10_001)).toBe(2);
    expect(unitsFor(65_000)).toBe(7);
  });

  it('counts sets, deletes, batch writes and transactions as writes, the rest as reads', () => {
    for (const p of ['/api/v1/set', '/api/v1/entity/delete', '/api/v1/batch/set', '/api/v1/transaction']) expect(kindOf(p)).toBe('write');
    for (const p of ['/api/v1/get', '/api/v1/entity/query', '/api/v1/batch/get', '/api/v1/query']) expect(kindOf(p)).toBe('read');
  });

  it('defaults to the documented per-installation limits', () => {
    expect(new KvsQuotaMeter().limits).toEqual({ requestsPerSecond: 1000, readUnitsPerMinute: 4000, writeUnitsPerMinute: 4000, unitBytes: 10_000 });
    expect(FORGE_KVS_QUOTAS.requestsPerSecond).toBe(1000);
  });
});

describe('the meter', () => {
  it('refuses the request past the per-second rate and admits again as the second passes', () => {
    const clock = testClock();
    const meter = new KvsQuotaMeter({ now: clock.now });
    for (let i = 0; i < 1000; i++) expect(meter.admit('/api/v1/get', 50)).toBeUndefined();
    const refused = meter.admit('/api/v1/get', 50);
    expect(refused).toMatchObject({ status: 429, quota: 'requestsPerSecond', body: { code: 'RATE_LIMIT_EXCEEDED' }, headers: { 'retry-after': '1' } });
    expect(refused!.retryAfterMs).toBe(1);
    clock.advance(1);
    expect(meter.admit('/api/v1/get', 50)).toBeUndefined();
    expect(meter.usage()).toMatchObject({ requests: 1001, readRequests: 1001, throttled: 1 });
  });

  it('charges writes by request size and refills them over the minute', () => {
    const clock = testClock();
    const meter = new KvsQuotaMeter({ now: clock.now, limits: { writeUnitsPerMinute: 10 } });
    expect(meter.admit('/api/v1/entity/set', 65_000)).toBeUndefined(); // 7 units
    expect(meter.admit('/api/v1/entity/set', 30_000)).toBeUndefined(); // 3 units: all 10 spent
    const refused = meter.admit('/api/v1/set', 10);
    expect(refused).toMatchObject({ quota: 'writeUnitsPerMinute', body: { code: 'RATE_LIMIT_EXCEEDED' } });
    expect(refused!.retryAfterMs).toBe(6000); // one unit of ten per minute
    expect(refused!.headers['retry-after']).toBe('6');
    expect(meter.admit('/api/v1/transaction', 10)).toMatchObject({ body: { code: 'TOO_MANY_REQUESTS' } });
    clock.advance(6000);
    expect(meter.admit('/api/v1/set', 10)).toBeUndefined();
    expect(meter.usage()).toMatchObject({ writeRequests: 3, writeUnits: 11, writeBytes: 95_010, throttled: 2 });
  });

  it('charges reads on what they answered, so a large read makes the next ones wait', () => {
    const clock = testClock();
    const meter = new KvsQuotaMeter({ now: clock.now, limits: { readUnitsPerMinute: 6 } });
    expect(meter.admit('/api/v1/entity/query', 100)).toBeUndefined();
    meter.settle('/api/v1/entity/query', 95_000); // 10 units: the bucket is 4 in debt
    expect(meter.admit('/api/v1/get', 10)).toMatchObject({ quota: 'readUnitsPerMinute' });
    clock.advance(50_000); // +5 units: 1 available
    expect(meter.admit('/api/v1/get', 10)).toBeUndefined();
    meter.settle('/api/v1/get', 200);
    expect(meter.usage()).toMatchObject({ readRequests: 2, readUnits: 11, readBytes: 95_200 });
    meter.resetUsage();
    expect(meter.usage()).toMatchObject({ requests: 0, readUnits: 0, throttled: 0 });
  });

  it('only counts when not enforcing', () => {
    const meter = new KvsQuotaMeter({ now: testClock().now, limits: { requestsPerSecond: 1 }, enforce: false });
    for (let i = 0; i < 5; i++) expect(meter.admit('/api/v1/set', 20_000)).toBeUndefined();
    expect(meter.usage()).toMatchObject({ requests: 5, writeUnits: 10, throttled: 0 });
  });

  it('keeps reads and writes apart', () => {
    const meter = new KvsQuotaMeter({ now: testClock().now, limits: { readUnitsPerMinute: 1, writeUnitsPerMinute: 1 } });
    expect(meter.admit('/api/v1/get', 10)).toBeUndefined();
    meter.settle('/api/v1/get', 10);
    expect(meter.admit('/api/v1/set', 10)).toBeUndefined();
    expect(meter.admit('/api/v1/get', 10)).toMatchObject({ quota: 'readUnitsPerMinute' });
    expect(meter.admit('/api/v1/set', 10)).toMatchObject({ quota: 'writeUnitsPerMinute' });
  });
});

describe('through the real @forge/kvs client', () => {
  it('throws what Forge throws: ForgeKvsAPIError RATE_LIMIT_EXCEEDED with status 429, and nothing is written', async () => {
    const meter = new KvsQuotaMeter({ now: testClock().now, limits: { writeUnitsPerMinute: 1 } });
    const { store } = install(meter);
    await kvs.set('a', 1);
    const error = await rejection(kvs.set('b', 2));
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(error.responseDetails).toMatchObject({ status: 429, statusText: 'Too Many Requests', httpPath: '/api/v1/set' });
    expect(error.context).toEqual({});
    expect(store.dump().map((r) => r.key)).toEqual(['a']);
  });

  it('answers a refused transaction TOO_MANY_REQUESTS', async () => {
    install(new KvsQuotaMeter({ now: testClock().now, limits: { writeUnitsPerMinute: 1 } }));
    await kvs.set('a', 1);
    const error = await rejection(kvs.transact().set('b', 2).execute());
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.responseDetails.status).toBe(429);
  });

  it('sends a Retry-After header (a guess; the client does not read it)', async () => {
    const { fetch } = install(new KvsQuotaMeter({ now: testClock().now, limits: { requestsPerSecond: 1 } }));
    await kvs.get('a');
    const response = await fetch({ type: 'kvs' }, '/api/v1/get', { method: 'POST', body: JSON.stringify({ key: 'a' }) });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ code: 'RATE_LIMIT_EXCEEDED', message: expect.stringMatching(/1 requests per second/) });
  });

  it('exposes the meter on the fetch and can be switched off', async () => {
    const { fetch: metered } = install(new KvsQuotaMeter());
    await kvs.set('k', 'x'.repeat(25_000));
    await kvs.get('k');
    expect(metered.quotas!.usage()).toMatchObject({ requests: 2, writeUnits: 3, readUnits: 3 });
    const { fetch: unmetered } = install(false);
    expect(unmetered.quotas).toBeUndefined();
    const store = new KvsStore({ file: ':memory:', entities: TEST_ENTITIES });
    expect(createKvsFetch(store).quotas?.limits).toEqual(FORGE_KVS_QUOTAS);
  });
});

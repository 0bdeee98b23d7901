/**
 * Setting up a year in one step (issue 10, point 1): the year and its four quarters, named in the
 * caller's language, created together, and never twice.
 */
import { invoke, startTestHost, type TestHost } from '../support/host';
import { APP_ADMIN } from '../support/okr-factory';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

const createYear = (year: unknown, locale = 'ko-KR') => invoke(host, 'createYear', { year }, { accountId: APP_ADMIN, context: { locale } });
const cycles = async () => (await invoke(host, 'listCycles', {})).data as Array<{ id: string; name: string; kind: string; startDate: string; endDate: string; parentCycleId?: string }>;

describe('createYear', () => {
  it('creates the year and its quarters, named in Korean for a Korean user', async () => {
    const answer = await createYear(2027);
    expect(answer).toMatchObject({ ok: true });
    const all = await cycles();
    const year = all.find((c) => c.kind === 'year')!;
    expect(year).toMatchObject({ name: '2027년', startDate: '2027-01-01', endDate: '2027-12-31' });
    const quarters = all.filter((c) => c.kind === 'quarter');
    expect(quarters.map((q) => q.name)).toEqual(['2027년 1분기', '2027년 2분기', '2027년 3분기', '2027년 4분기']);
    expect(quarters.every((q) => q.parentCycleId === year.id)).toBe(true);
  });

  it('names them in English for an English user', async () => {
    await createYear(2028, 'en-US');
    expect((await cycles()).map((c) => c.name)).toEqual(['2028', '2028 Q1', '2028 Q2', '2028 Q3', '2028 Q4']);
  });

  it('refuses a year already set up, a year out of range, and an anonymous caller, creating nothing', async () => {
    await createYear(2027);
    const before = await cycles();
    expect(await createYear(2027)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { year: { reason: 'year-exists' } } } });
    expect(await createYear(1999)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { year: {} } } });
    expect(await createYear('2029')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { year: {} } } });
    expect(await invoke(host, 'createYear', { year: 2030 }, { accountId: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await cycles()).toEqual(before);
  });
});

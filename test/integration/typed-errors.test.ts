/**
 * Input that used to end in INTERNAL ("something went wrong on our side") gets the typed error it
 * deserves, through the real handler and the real @forge/kvs client: a foreign cursor, text that
 * is not text, versions storage cannot hold, Jira rate limiting the people reads, and unknown
 * keys named like Object's own members.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { LIMITS } from '../../src/contracts/limits';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs } from '../support/okr-factory';

const { jisoo } = DEMO_USERS;
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

const sessionContext = (config: Record<string, string>) => ({
  moduleKey: 'okr-session',
  localId: 'macro-1',
  extension: { type: 'macro', content: { id: 'page-1', type: 'page' }, space: { id: '1', key: 'ACME' }, config },
});

/** Runs `call` and checks it answered VALIDATION on `field` without a single kvs request. */
async function expectRefusedUntouched(call: () => Promise<any>, field: string) {
  await host.resetStats();
  const answer = await call();
  expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: expect.any(Object) } } });
  expect((await host.stats()).kvs.requests).toBe(0);
  return answer;
}

describe('a history cursor the server did not issue', () => {
  it('is VALIDATION on `cursor`, not INTERNAL', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Know our history' });
    const kr = await okrs.keyResult(objective.id, { title: 'Adoption', measure: { kind: 'percentage' } });
    const answer = await invoke(host, 'listCheckIns', { keyResultId: kr.id, cursor: 'not-a-cursor-we-gave' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { cursor: { code: 'invalid_value' } } } });
    expect(answer.error.message).toMatch(/cursor/);
  });
});

describe('a people search that is not text', () => {
  it.each([
    ['a lone surrogate', 'x\ud800y'],
    ['a control character', 'x\u0000y'],
  ])('refuses %s in the query with VALIDATION', async (_label, query) => {
    const answer = await invoke(host, 'searchUsers', { query }, { accountId: jisoo.accountId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { query: expect.any(Object) } } });
  });

  it('refuses a lone surrogate in an epic search too', async () => {
    const answer = await invoke(host, 'searchEpics', { projectKey: 'GROW', query: '\udc00' }, { accountId: jisoo.accountId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { query: expect.any(Object) } } });
  });
});

describe('titles and comments that are not text', () => {
  it('are refused naming the field and the reason, and what is stored is NFC', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const base = { cycleId: cycle.id, teamId: team.id };
    const invisible = await expectRefusedUntouched(() => invoke(host, 'saveObjective', { ...base, title: '\u200B\u2060\uFEFF' }), 'title');
    expect(invisible.error.fields.title).toMatchObject({ code: 'required' });
    const reversed = await expectRefusedUntouched(() => invoke(host, 'saveObjective', { ...base, title: 'Grow \u202Eevil' }), 'title');
    expect(reversed.error.fields.title).toMatchObject({ code: 'invalid_value', reason: 'text-bidi-control' });

    const objective = await okrs.objective({ ...base, title: 'Cafe\u0301 culture', description: 'line one\r\nline two' });
    expect(objective).toMatchObject({ title: 'Caf\u00e9 culture', description: 'line one\nline two' });
    const kr = await okrs.keyResult(objective.id, { title: 'Adoption', measure: { kind: 'percentage' } });
    const comment = await expectRefusedUntouched(
      () => invoke(host, 'addCheckIn', { keyResultId: kr.id, value: 10, confidence: 'high', comment: 'bad \ud800 half' }),
      'comment',
    );
    expect(comment.error.fields.comment).toMatchObject({ reason: 'text-lone-surrogate' });
  });
});

describe('versions storage cannot hold', () => {
  // version + 1 must fit the manifest's 32-bit integer attribute.
  const TOO_BIG = [2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER];

  it('has a bound that leaves room for the next version', () => {
    expect(LIMITS.versionMax + 1).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it.each(TOO_BIG)('refuses version %d on every versioned save and delete, before any storage access', async (version) => {
    const session = sessionContext({ teamId: 't1', cycleId: 'c1' });
    const calls: Array<[string, Record<string, unknown>, Record<string, unknown>?]> = [
      ['saveCycle', { id: 'c1', version, name: 'Q', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' }],
      ['saveTeam', { id: 't1', version, name: 'Growth', level: 'team' }],
      ['saveSettings', { epicProgressMode: 'count', version }],
      ['saveObjective', { id: 'o1', version, cycleId: 'c1', teamId: 't1', title: 'T' }],
      ['deleteObjective', { id: 'o1', version }],
      ['saveKeyResult', { id: 'k1', version, objectiveId: 'o1', title: 'T', measure: { kind: 'milestone' } }],
      ['deleteKeyResult', { id: 'k1', version }],
      ['saveInitiative', { id: 'i1', version, keyResultId: 'k1', title: 'T' }],
      ['deleteInitiative', { id: 'i1', version, keyResultId: 'k1' }],
      ['saveSessionItem', { kind: 'meeting', version, notes: '' }, session],
      ['saveSessionItem', { kind: 'candidate', id: 'x1', version, text: 'T' }, session],
      ['saveSessionItem', { kind: 'objective', id: 'x1', version, title: 'T' }, session],
      ['saveSessionItem', { kind: 'key-result', id: 'x1', version, objectiveItemId: 'x2', title: 'T', measure: { kind: 'milestone' } }, session],
      ['deleteSessionItem', { id: 'x1', version }, session],
      ['advanceSession', { to: 'stage', version }, session],
    ];
    for (const [key, payload, context] of calls) {
      const answer = await expectRefusedUntouched(
        () => invoke(host, key, payload, { accountId: jisoo.accountId, ...(context ? { context } : {}) }),
        'version',
      );
      expect(answer.error.fields.version).toMatchObject({ code: 'too_big', limit: LIMITS.versionMax });
    }
  });

  it('still answers CONFLICT, not INTERNAL, for the largest version it accepts', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const version = LIMITS.versionMax;
    const context = sessionContext({ teamId: team.id, cycleId: cycle.id });
    // Stored first, so a wrong version is a conflict with what is there.
    expect(await invoke(host, 'saveSettings', { epicProgressMode: 'count', version: 0 }, { accountId: jisoo.accountId })).toMatchObject({ ok: true });
    expect(await invoke(host, 'saveSessionItem', { kind: 'meeting', version: 0, notes: '' }, { accountId: jisoo.accountId, context })).toMatchObject({ ok: true });
    const answers = [
      await invoke(host, 'saveCycle', { id: cycle.id, version, name: 'Q', kind: 'quarter', startDate: cycle.startDate, endDate: cycle.endDate }),
      await invoke(host, 'saveTeam', { id: team.id, version, name: 'Growth', level: 'team' }),
      await invoke(host, 'saveSettings', { epicProgressMode: 'count', version }, { accountId: jisoo.accountId }),
      await invoke(host, 'saveSessionItem', { kind: 'meeting', version, notes: '' }, { accountId: jisoo.accountId, context }),
      await invoke(host, 'advanceSession', { to: 'stage', version }, { accountId: jisoo.accountId, context }),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('people reads while Jira is rate limiting or down', () => {
  afterEach(() => host.clearJiraFaults());

  it.each([503, 429] as const)('answer UNAVAILABLE when Jira keeps answering %d', async (status) => {
    await host.jiraFaults({ status, count: -1, retryAfter: 0 });
    const answers = [
      await invoke(host, 'getCurrentUser', {}, { accountId: jisoo.accountId }),
      await invoke(host, 'searchUsers', { query: 'da' }, { accountId: jisoo.accountId }),
      await invoke(host, 'getUsers', { accountIds: [jisoo.accountId] }, { accountId: jisoo.accountId }),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  }, 60_000);
});

describe('Jira reads that Jira refuses', () => {
  it('answer NOT_FOUND on `projectKey` for a project that does not exist or cannot be seen', async () => {
    const answer = await invoke(host, 'searchEpics', { projectKey: 'NOPE', query: '' }, { accountId: jisoo.accountId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { projectKey: expect.any(Object) } } });
    const byText = await invoke(host, 'searchEpics', { projectKey: 'NOPE', query: 'growth' }, { accountId: jisoo.accountId });
    expect(byText).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('leave the resolver as Forge’s NEEDS_AUTHENTICATION_ERR at once, without retries, for a caller who has not allowed access', async () => {
    const started = Date.now();
    await host.resetStats();
    const answer = await fetch(`${host.url}/__local/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ functionKey: 'getCurrentUser', payload: {}, accountId: '712020:not-a-user-of-this-site' }),
    });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ error: { name: 'NEEDS_AUTHENTICATION_ERR', message: expect.any(String) } });
    // getCurrentUser asks Jira two things at once (who, and whether a site admin): each once, no retry.
    expect((await host.stats()).jira.requests).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('unknown keys named like Object members', () => {
  it.each(['__proto__', 'constructor', 'toString'])('names "%s" as the unknown field', async (key) => {
    // Raw JSON, so the key is the payload's own property, as any client could send it.
    const payload: unknown = JSON.parse(`{"${key}": 1, "name": "Growth", "level": "team"}`);
    const answer = await expectRefusedUntouched(() => invoke(host, 'saveTeam', payload), key);
    expect(Object.keys(answer.error.fields)).toEqual([key]);
    expect(answer.error.fields[key]).toMatchObject({ code: 'unknown_key' });
    expect(answer.error.message).toBe(`${key}: "${key}" is not a field of this request`);
  });
});

/**
 * The history of changes (issue 10, point 4): every change to an objective or key result is kept
 * as a record (who, when, before, after), written in the same transaction as the change, and
 * wrong readings are corrected by new check-ins that mark the earlier one.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { ALICE, BOB, makeOkrs } from '../support/okr-factory';
import { storedRecords } from '../support/stored';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { ok: boolean; data?: any; error?: any };
const call = (key: string, payload: unknown, accountId: string | null = ALICE, now?: Date): Promise<Answer> =>
  invoke(host, key, payload, { accountId, ...(now ? { now } : {}) });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ok = async (answer: Promise<Answer>): Promise<any> => {
  const a = await answer;
  if (!a.ok) throw new Error(JSON.stringify(a.error));
  return a.data;
};

const metric = (target: number) => ({ kind: 'metric', baseline: 40, target, unit: 'pts' });

async function frame() {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Make onboarding effortless' });
  const keyResult = await okrs.keyResult(objective.id, { title: 'Activation from 40 to 70', measure: metric(70) });
  return { okrs, cycle, team, objective, keyResult };
}

const saveKr = (keyResult: { id: string; objectiveId: string; version: number; title: string }, target: number, accountId: string | null = ALICE, now?: Date) =>
  call(
    'saveKeyResult',
    { id: keyResult.id, objectiveId: keyResult.objectiveId, version: keyResult.version, title: keyResult.title, weight: 1, measure: metric(target) },
    accountId,
    now,
  );

const changeRecords = (objectiveId: string) => storedRecords(host, 'okr-change', 'by-objective', [objectiveId]);

/** The transactions the app sends to kvs while `run` runs. */
async function transactionsDuring(run: () => Promise<unknown>): Promise<Array<{ set?: Array<{ entityName?: string; key: string; value: unknown }> }>> {
  const seen: Array<{ set?: Array<{ entityName?: string; key: string; value: unknown }> }> = [];
  const original = host.local.kvs.handle.bind(host.local.kvs);
  const spy = jest.spyOn(host.local.kvs, 'handle').mockImplementation((path: string, body: unknown) => {
    if (path === '/api/v1/transaction') seen.push(JSON.parse(JSON.stringify(body)));
    return original(path, body);
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

describe('the history of an objective', () => {
  it('records creating the objective and its key result', async () => {
    const { objective, keyResult } = await frame();
    const { changes, cursor } = await ok(call('listChanges', { objectiveId: objective.id }));
    expect(cursor).toBeUndefined();
    expect(changes).toEqual([
      expect.objectContaining({ action: 'created', byAccountId: ALICE, subject: { kind: 'keyResult', id: keyResult.id, title: 'Activation from 40 to 70' }, fields: [] }),
      expect.objectContaining({ action: 'created', byAccountId: ALICE, subject: { kind: 'objective', id: objective.id, title: 'Make onboarding effortless' }, fields: [] }),
    ]);
  });

  it('records a target edit 70 -> 60 as one record (who, when, before, after) in the same transaction as the edit', async () => {
    const { objective, keyResult } = await frame();
    const at = new Date(Date.now() + 60_000);
    const before = changeRecords(objective.id).length;
    const transactions = await transactionsDuring(() => ok(saveKr(keyResult, 60, BOB, at)));

    expect(changeRecords(objective.id)).toHaveLength(before + 1);
    // One transaction: the shard with the new target and the change record together.
    expect(transactions).toHaveLength(1);
    const sets = transactions[0]?.set ?? [];
    expect(sets.filter((s) => s.entityName === 'okr-change')).toHaveLength(1);
    expect(sets.some((s) => s.entityName === 'okr-shard')).toBe(true);

    const { changes } = await ok(call('listChanges', { objectiveId: objective.id }));
    expect(changes[0]).toEqual({
      id: expect.any(String),
      at: at.toISOString(),
      byAccountId: BOB,
      subject: { kind: 'keyResult', id: keyResult.id, title: 'Activation from 40 to 70' },
      action: 'updated',
      fields: [{ field: 'target', before: 70, after: 60 }],
    });
  });

  it('writes no record when nothing recorded changed', async () => {
    const { objective, keyResult } = await frame();
    const before = changeRecords(objective.id).length;
    await ok(saveKr(keyResult, 70));
    await ok(
      call('saveObjective', { id: objective.id, version: objective.version, cycleId: objective.cycleId, teamId: objective.teamId, title: objective.title }),
    );
    expect(changeRecords(objective.id)).toHaveLength(before);
  });

  it('records objective edits with the fields that changed', async () => {
    const { objective } = await frame();
    await ok(
      call('saveObjective', {
        id: objective.id,
        version: objective.version,
        cycleId: objective.cycleId,
        teamId: objective.teamId,
        title: 'Make onboarding delightful',
        commitment: 'committed',
        visibility: 'private',
      }),
    );
    const { changes } = await ok(call('listChanges', { objectiveId: objective.id }));
    expect(changes[0]).toMatchObject({
      action: 'updated',
      subject: { kind: 'objective', id: objective.id, title: 'Make onboarding delightful' },
      fields: expect.arrayContaining([
        { field: 'title', before: 'Make onboarding effortless', after: 'Make onboarding delightful' },
        { field: 'visibility', before: 'public', after: 'private' },
      ]),
    });
  });

  it('writes no record when the update is refused (CONFLICT, FORBIDDEN)', async () => {
    const { objective, keyResult } = await frame();
    const before = changeRecords(objective.id);
    expect(await saveKr({ ...keyResult, version: keyResult.version + 5 }, 60)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await saveKr(keyResult, 60, DEMO_USERS.james.accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await saveKr(keyResult, 60, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(changeRecords(objective.id)).toEqual(before);
  });

  it('keeps that a deleted key result existed', async () => {
    const { objective, keyResult } = await frame();
    await ok(call('deleteKeyResult', { id: keyResult.id, version: keyResult.version }));
    const { changes } = await ok(call('listChanges', { objectiveId: objective.id }));
    expect(changes[0]).toMatchObject({ action: 'deleted', byAccountId: ALICE, subject: { kind: 'keyResult', id: keyResult.id, title: 'Activation from 40 to 70' } });
  });

  it('pages newest first with a cursor', async () => {
    const { objective } = await frame();
    let kr = await makeOkrs(host).keyResult(objective.id, { title: 'Paging from 40 to 70', measure: metric(70) });
    for (let i = 0; i < 55; i++) {
      kr = (await ok(saveKr(kr, 100 + i, ALICE, new Date(Date.now() + (i + 1) * 60_000)))).keyResult;
    }
    const first = await ok(call('listChanges', { objectiveId: objective.id }));
    expect(first.changes).toHaveLength(50);
    expect(first.cursor).toEqual(expect.any(String));
    expect(first.changes[0].fields).toEqual([{ field: 'target', before: 153, after: 154 }]);
    const second = await ok(call('listChanges', { objectiveId: objective.id, cursor: first.cursor }));
    // 55 edits and 3 creations.
    expect(second.changes).toHaveLength(8);
    expect(second.cursor).toBeUndefined();
    const ids = [...first.changes, ...second.changes].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(58);
  });

  it('answers NOT_FOUND for an unknown objective, and for a private one to someone who may not see it', async () => {
    const { okrs, cycle, team } = await frame();
    expect(await call('listChanges', { objectiveId: 'no-such-objective' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const secret = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Prepare the acquisition quietly', visibility: 'private' });
    expect((await ok(call('listChanges', { objectiveId: secret.id }))).changes).toHaveLength(1);
    for (const accountId of [DEMO_USERS.james.accountId, null]) {
      const answer = await call('listChanges', { objectiveId: secret.id }, accountId);
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(JSON.stringify(answer)).not.toContain('Prepare the acquisition quietly');
    }
  });
});

describe('correcting a check-in', () => {
  const checkIn = (keyResultId: string, value: number, extra: Record<string, unknown> = {}, accountId = ALICE, now?: Date) =>
    call('addCheckIn', { keyResultId, value, confidence: 'medium', comment: '', ...extra }, accountId, now);

  it('marks the earlier check-in corrected, keeps both, and makes the correction current', async () => {
    const { keyResult } = await frame();
    const wrong = (await ok(checkIn(keyResult.id, 65, {}, ALICE, new Date(Date.now() + 60_000)))).checkIn;
    const right = await ok(checkIn(keyResult.id, 56, { correctsCheckInId: wrong.id }, ALICE, new Date(Date.now() + 120_000)));
    expect(right.checkIn.correctsCheckInId).toBe(wrong.id);
    expect(right.keyResult.measure.current).toBe(56);

    const { checkIns } = await ok(call('listCheckIns', { keyResultId: keyResult.id }));
    expect(checkIns).toEqual([
      expect.objectContaining({ id: right.checkIn.id, value: 56, correctsCheckInId: wrong.id }),
      expect.objectContaining({ id: wrong.id, value: 65, correctedByCheckInId: right.checkIn.id }),
    ]);
    expect(checkIns[0].correctedByCheckInId).toBeUndefined();
    expect(checkIns[1].correctsCheckInId).toBeUndefined();
  });

  it('refuses correcting twice, another key result\'s check-in, or an unknown one, writing nothing', async () => {
    const { okrs, objective, keyResult } = await frame();
    const other = await okrs.keyResult(objective.id, { title: 'Retention from 40 to 70', measure: metric(70) });
    const wrong = (await ok(checkIn(keyResult.id, 65))).checkIn;
    const elsewhere = (await ok(checkIn(other.id, 50))).checkIn;
    await ok(checkIn(keyResult.id, 56, { correctsCheckInId: wrong.id }));
    const before = storedRecords(host, 'check-in', 'by-key-result', [keyResult.id]);

    for (const correctsCheckInId of [wrong.id, elsewhere.id, 'no-such-check-in']) {
      const answer = await checkIn(keyResult.id, 57, { correctsCheckInId });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { correctsCheckInId: expect.anything() } } });
    }
    expect(storedRecords(host, 'check-in', 'by-key-result', [keyResult.id])).toEqual(before);
  });

  it('two corrections of one reading at once: one wins, the other is refused', async () => {
    const { keyResult } = await frame();
    const wrong = (await ok(checkIn(keyResult.id, 65))).checkIn;
    const answers = await Promise.all([checkIn(keyResult.id, 56, { correctsCheckInId: wrong.id }), checkIn(keyResult.id, 57, { correctsCheckInId: wrong.id })]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok)[0]).toMatchObject({ error: { code: 'VALIDATION', fields: { correctsCheckInId: { reason: 'already-corrected' } } } });
    expect(storedRecords(host, 'check-in', 'by-key-result', [keyResult.id])).toHaveLength(2);
  });

  it('removes the correction marks with the check-ins of a deleted key result', async () => {
    const { objective, keyResult } = await frame();
    const wrong = (await ok(checkIn(keyResult.id, 65))).checkIn;
    await ok(checkIn(keyResult.id, 56, { correctsCheckInId: wrong.id }));
    expect(storedRecords(host, 'check-in-correction', 'by-key-result', [keyResult.id])).toHaveLength(1);
    const current = (await ok(call('getOkrTree', { cycleId: objective.cycleId }))).objectives[0].keyResults.find((k: { id: string }) => k.id === keyResult.id);
    await ok(call('deleteKeyResult', { id: keyResult.id, version: current.version }));
    await host.runJobs();
    expect(storedRecords(host, 'check-in-correction', 'by-key-result', [keyResult.id])).toEqual([]);
    expect(storedRecords(host, 'check-in', 'by-key-result', [keyResult.id])).toEqual([]);
  });

  it('only who may check in on the key result may correct it', async () => {
    const { keyResult } = await frame();
    const wrong = (await ok(checkIn(keyResult.id, 65))).checkIn;
    expect(await checkIn(keyResult.id, 56, { correctsCheckInId: wrong.id }, DEMO_USERS.james.accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { checkIns } = await ok(call('listCheckIns', { keyResultId: keyResult.id }));
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0].correctedByCheckInId).toBeUndefined();
  });
});

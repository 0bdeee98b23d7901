/**
 * The OKR resolvers through the local Forge host: the real handler, the real @forge/kvs client,
 * SQLite behind it. What is asserted is what a user would see or what is stored.
 */
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs, ALICE, BOB } from '../support/okr-factory';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

describe('a cycle of OKRs, end to end', () => {
  it('scores key results and objectives from check-ins', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Delight new customers' });
    const metric = await okrs.keyResult(objective.id, {
      title: 'Raise onboarding completion from 40 to 80',
      measure: { kind: 'metric', baseline: 40, target: 80, unit: '%' },
    });
    await okrs.keyResult(objective.id, { title: 'Ship the guided tour', measure: { kind: 'milestone' } });

    const checkIn = await invoke(host, 'addCheckIn', {
      keyResultId: metric.id,
      value: 70,
      confidence: 'medium',
      comment: 'New tour helped',
    }, { accountId: ALICE });
    expect(checkIn).toMatchObject({ ok: true, data: { keyResult: { version: 2, measure: { current: 70 } } } });

    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id });
    expect(tree.ok).toBe(true);
    const [scored] = tree.data.objectives;
    expect(scored.keyResults.map((k: { progress: number }) => k.progress)).toEqual([0.75, 0]);
    expect(scored.score).toBeCloseTo(0.375);
    expect(scored.band).toBe('red');
    expect(scored.keyResults[0].lastCheckIn).toMatchObject({ value: 70, comment: 'New tour helped', authorAccountId: ALICE });

    const history = await invoke(host, 'listCheckIns', { keyResultId: metric.id });
    expect(history).toMatchObject({ ok: true, data: { checkIns: [{ value: 70, confidence: 'medium' }] } });
  });

  it('shows the parent objective a team objective aligns to, across the annual cycle', async () => {
    const okrs = makeOkrs(host);
    const year = await okrs.cycle({ name: '2026', kind: 'year', startDate: '2026-01-01', endDate: '2026-12-31' });
    const quarter = await okrs.cycle({
      name: '2026 Q4',
      kind: 'quarter',
      startDate: '2026-10-01',
      endDate: '2026-12-31',
      parentCycleId: year.id,
    });
    const company = await okrs.team({ name: 'Acme', level: 'company' });
    const growth = await okrs.team({ name: 'Growth', level: 'team', parentTeamId: company.id });
    const annual = await okrs.objective({ cycleId: year.id, teamId: company.id, title: 'Double revenue' });
    await okrs.objective({
      cycleId: quarter.id,
      teamId: growth.id,
      title: 'Grow new-product sales',
      parentObjectiveId: annual.id,
    });

    const tree = await invoke(host, 'getOkrTree', { cycleId: quarter.id, teamId: growth.id });
    expect(tree.data.objectives[0].parent).toMatchObject({ id: annual.id, title: 'Double revenue' });
    expect(tree.data.alignmentCandidates.map((c: { id: string }) => c.id)).toEqual([annual.id]);
  });
});

describe('optimistic concurrency', () => {
  it('refuses a save with a stale version and leaves the stored objective unchanged', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Original title' });
    const base = { cycleId: cycle.id, teamId: team.id, id: objective.id };

    const first = await invoke(host, 'saveObjective', { ...base, version: 1, title: 'Alice edits' }, { accountId: ALICE });
    expect(first).toMatchObject({ ok: true, data: { objective: { version: 2, title: 'Alice edits' } } });
    const stale = await invoke(host, 'saveObjective', { ...base, version: 1, title: 'Bob edits too' }, { accountId: BOB });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id });
    expect(tree.data.objectives[0]).toMatchObject({ title: 'Alice edits', version: 2 });
  });

  it('refuses stale key result, cycle and team saves, and stale deletes', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Keep focus' });
    const kr = await okrs.keyResult(objective.id, { title: 'Cut p95 latency from 900 to 300', measure: { kind: 'metric', baseline: 900, target: 300, unit: 'ms' } });
    await invoke(host, 'addCheckIn', { keyResultId: kr.id, value: 600, confidence: 'high' }); // KR now version 2

    const staleKr = await invoke(host, 'saveKeyResult', {
      id: kr.id,
      version: 1,
      objectiveId: objective.id,
      title: 'Renamed',
      measure: { kind: 'metric', baseline: 900, target: 300, unit: 'ms' },
    });
    expect(staleKr).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const staleDelete = await invoke(host, 'deleteKeyResult', { id: kr.id, version: 1 });
    expect(staleDelete).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const staleObjectiveDelete = await invoke(host, 'deleteObjective', { id: objective.id, version: 7 });
    expect(staleObjectiveDelete).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const staleCycle = await invoke(host, 'saveCycle', { id: cycle.id, version: 9, name: 'X', kind: 'quarter', startDate: cycle.startDate, endDate: cycle.endDate });
    expect(staleCycle).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const staleTeam = await invoke(host, 'saveTeam', { id: team.id, version: 9, name: 'X', level: 'team' });
    expect(staleTeam).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id });
    expect(tree.data.objectives[0].keyResults[0]).toMatchObject({ title: kr.title, version: 2, measure: { current: 600 } });
    expect(tree.data.cycle).toMatchObject({ name: cycle.name, version: 1 });
    expect(tree.data.teams[0]).toMatchObject({ name: team.name, version: 1 });
  });

  it('lets two people edit two key results of one objective at the same time', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Parallel edits' });
    const krs = await Promise.all(
      [1, 2, 3, 4].map((n) => okrs.keyResult(objective.id, { title: `KR ${n}`, measure: { kind: 'percentage' } })),
    );
    const results = await Promise.all(
      krs.map((kr, n) =>
        invoke(host, 'addCheckIn', { keyResultId: kr.id, value: 10 * (n + 1), confidence: 'high' }, { accountId: n % 2 ? ALICE : BOB }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id });
    const currents = tree.data.objectives[0].keyResults.map((k: { measure: { current: number } }) => k.measure.current);
    expect([...currents].sort((a: number, b: number) => a - b)).toEqual([10, 20, 30, 40]);
  });
});

describe('bad input changes nothing', () => {
  async function expectNothingWritten(run: () => Promise<unknown>) {
    await host.resetStats();
    await run();
    // Validation happens before any storage access: not one kvs request.
    expect((await host.stats()).kvs.requests).toBe(0);
  }

  it.each([
    ['wrong types', 'saveObjective', { cycleId: 42, teamId: true, title: ['x'] }, ['cycleId', 'teamId', 'title']],
    ['missing fields', 'saveKeyResult', { title: 'No objective' }, ['objectiveId', 'measure']],
    ['a 10,000-character title', 'saveObjective', { cycleId: 'c1', teamId: 't1', title: 'x'.repeat(10_000) }, ['title']],
    ['an unknown field', 'addCheckIn', { keyResultId: 'k1', value: 1, confidence: 'high', extra: 1 }, ['extra']],
    ['a non-number value', 'addCheckIn', { keyResultId: 'k1', value: 'NaN', confidence: 'high' }, ['value']],
    ['a non-JSON payload', 'saveTeam', 'not an object', ['(payload)']],
    ['an impossible date', 'saveCycle', { name: 'Q', kind: 'quarter', startDate: '2026-02-30', endDate: '2026-03-31' }, ['startDate']],
    ['an unknown measure kind', 'saveKeyResult', { objectiveId: 'o1', title: 'T', measure: { kind: 'vibes' } }, ['measure.kind']],
  ])('%s is a VALIDATION error naming the fields', async (_label, key, payload, fields) => {
    await expectNothingWritten(async () => {
      const answer = await invoke(host, key, payload);
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('VALIDATION');
      expect(Object.keys(answer.error.fields)).toEqual(expect.arrayContaining(fields));
      expect(answer.error.message).toMatch(/\S/);
    });
  });

  it('reports unknown ids as NOT_FOUND and writes nothing', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const before = await invoke(host, 'getOkrTree', { cycleId: cycle.id });

    const answers = await Promise.all([
      invoke(host, 'saveObjective', { cycleId: 'no-such-cycle', teamId: team.id, title: 'Lost' }),
      invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: 'no-such-team', title: 'Lost' }),
      invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Lost', parentObjectiveId: 'nope' }),
      invoke(host, 'saveObjective', { id: 'missing', version: 1, cycleId: cycle.id, teamId: team.id, title: 'Lost' }),
      invoke(host, 'saveKeyResult', { objectiveId: 'missing', title: 'Lost', measure: { kind: 'milestone' } }),
      invoke(host, 'addCheckIn', { keyResultId: 'missing', value: 1, confidence: 'low' }),
      invoke(host, 'listCheckIns', { keyResultId: 'missing' }),
      invoke(host, 'deleteObjective', { id: 'missing', version: 1 }),
      invoke(host, 'getOkrTree', { cycleId: 'missing' }),
    ]);
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(answers[0].error.fields).toHaveProperty('cycleId');

    expect(await invoke(host, 'getOkrTree', { cycleId: cycle.id })).toEqual({
      ...before,
      data: { ...before.data, asOf: expect.any(String) },
    });
  });

  it('refuses a percentage check-in above 100 without touching the key result', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Bounded' });
    const kr = await okrs.keyResult(objective.id, { title: 'Adoption', measure: { kind: 'percentage' } });
    const answer = await invoke(host, 'addCheckIn', { keyResultId: kr.id, value: 140, confidence: 'high' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { value: expect.any(Object) } } });
    const history = await invoke(host, 'listCheckIns', { keyResultId: kr.id });
    expect(history.data.checkIns).toEqual([]);
  });

  it('refuses changes from an anonymous viewer', async () => {
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    const answer = await invoke(host, 'saveObjective', { cycleId: cycle.id, teamId: team.id, title: 'Sneaky' }, { accountId: null });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id }, { accountId: null });
    expect(tree.data.objectives).toEqual([]);
  });
});

describe('reading a cycle costs a constant number of kvs requests', () => {
  async function treeCost(objectiveCount: number): Promise<number> {
    await host.reset('empty');
    const okrs = makeOkrs(host);
    const { cycle, team } = await okrs.frame();
    await okrs.bulk(cycle.id, team.id, objectiveCount, 3);
    await host.resetStats();
    const tree = await invoke(host, 'getOkrTree', { cycleId: cycle.id, teamId: team.id });
    expect(tree.data.objectives).toHaveLength(objectiveCount);
    expect(tree.data.objectives.every((o: { keyResults: unknown[] }) => o.keyResults.length === 3)).toBe(true);
    return (await host.stats()).kvs.requests;
  }

  it('is the same for 10 and for 200 objectives', async () => {
    const ten = await treeCost(10);
    const twoHundred = await treeCost(200);
    expect(twoHundred).toBe(ten);
    // The cycle, the teams, the settings, the change markers, one query for the objectives.
    expect(ten).toBeLessThanOrEqual(5);
  }, 120_000);
});

/**
 * The storage budget of one objective (docs/decisions/0007) through the local host: an objective
 * filled to every cap, with every text at its maximum length in 3-byte characters, is stored; the
 * next key result or initiative past a cap is VALIDATION naming the field and the limit. Data an
 * older version stored above the caps stays readable and editable, and a write that would grow
 * it past what a shard holds is VALIDATION on the field, never a storage error (INTERNAL).
 */
import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { demoEpicKeysFor } from '../../dev/host/demo-jira';
import { LIMITS } from '../../src/contracts/limits';
import { worstCaseShardBytes } from '../../src/adapters/kvs/objective-size';
import { MAX_SHARD_BYTES } from '../../src/adapters/kvs/okr-shard-store';
import { invoke, startTestHost, type TestHost } from '../support/host';

const { jisoo } = DEMO_USERS;
/** The longest account id the demo site has (Jira's own are 24 to 128 characters). */
const OWNER = Object.values(DEMO_USERS).map((u) => u.accountId).sort((a, b) => b.length - a.length)[0]!;
/** 3 bytes each in UTF-8: the widest a character of ours can be stored. */
const korean = (length: number) => '가나다라마바사아자차카타파하'.repeat(Math.ceil(length / 14)).slice(0, length);
/** kvs's largest value (docs/decisions/0004). */
const KVS_VALUE_MAX = 240 * 1024;
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

async function ok(key: string, payload: unknown) {
  const answer = await invoke(host, key, payload, { accountId: jisoo.accountId });
  if (!answer.ok) throw new Error(`${key} refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

async function frame() {
  const cycle = await ok('saveCycle', { name: '2026 Q4', kind: 'quarter', startDate: '2026-10-01', endDate: '2026-12-31' });
  const team = await ok('saveTeam', { name: korean(LIMITS.nameMax), level: 'team', jiraProjectKeys: ['GROW', 'PLAT'] });
  return { cycle, team };
}

/** What the host stores for a kvs entity key, read past the app. */
function storedValue(entityName: string, key: string): any {
  const answer = host.local.kvs.handle('/api/v1/entity/get', { entityName, key });
  return (answer.body as { value?: unknown } | undefined)?.value;
}
const storedBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('an objective filled to every cap', () => {
  it('stores every write at maximum length, and refuses the next past each cap naming the limit', async () => {
    const { cycle, team } = await frame();
    const epics = [...demoEpicKeysFor('GROW'), ...demoEpicKeysFor('PLAT')];
    expect(epics.length).toBeGreaterThanOrEqual(LIMITS.initiativesPerKeyResult);
    const { objective } = await ok('saveObjective', {
      cycleId: cycle.id,
      teamId: team.id,
      title: korean(LIMITS.titleMax),
      description: korean(LIMITS.descriptionMax),
      ownerAccountId: OWNER,
      commitment: 'aspirational',
    });
    const keyResults = [];
    for (let k = 0; k < LIMITS.keyResultsPerObjective; k++) {
      const { keyResult } = await ok('saveKeyResult', {
        objectiveId: objective.id,
        title: korean(LIMITS.titleMax),
        ownerAccountId: OWNER,
        weight: 0.123456789,
        measure: { kind: 'metric', baseline: 123456.789, target: -987654.321, unit: korean(LIMITS.unitMax) },
      });
      keyResults.push(keyResult);
      for (let i = 0; i < LIMITS.initiativesPerKeyResult; i++) {
        await ok('saveInitiative', {
          keyResultId: keyResult.id,
          title: korean(LIMITS.titleMax),
          ownerAccountId: OWNER,
          weight: 0.987654321,
          link: { kind: 'epic', epicKey: epics[i] },
        });
      }
      await ok('addCheckIn', { keyResultId: keyResult.id, value: 1234.5678, confidence: 'medium', comment: korean(LIMITS.commentMax) });
    }
    // Reading the tree stores each epic's last known progress on its initiatives: the objective grows.
    const tree = await ok('getOkrTree', { cycleId: cycle.id, teamId: team.id });
    expect(tree.objectives[0].keyResults).toHaveLength(LIMITS.keyResultsPerObjective);
    // And it still takes a check-in with a full comment on every key result, and every edit.
    for (const keyResult of keyResults) {
      await ok('addCheckIn', { keyResultId: keyResult.id, value: 2345.6789, confidence: 'high', comment: korean(LIMITS.commentMax) });
    }
    await ok('saveObjective', { id: objective.id, version: objective.version, cycleId: cycle.id, teamId: team.id, title: korean(LIMITS.titleMax), description: korean(LIMITS.descriptionMax), ownerAccountId: OWNER });

    const locator = storedValue('okr-locator', objective.id);
    const shard = storedValue('okr-shard', locator.shardKey);
    expect(shard.objectives).toHaveLength(1);
    expect(storedBytes(shard)).toBeLessThanOrEqual(worstCaseShardBytes());
    expect(storedBytes(shard)).toBeLessThanOrEqual(0.75 * MAX_SHARD_BYTES);

    const oneKeyResultTooMany = await invoke(host, 'saveKeyResult', { objectiveId: objective.id, title: 'One too many', measure: { kind: 'milestone' } }, { accountId: jisoo.accountId });
    expect(oneKeyResultTooMany).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { objectiveId: { code: 'too_big', limit: LIMITS.keyResultsPerObjective, reason: 'too-many-key-results' } } },
    });
    const oneInitiativeTooMany = await invoke(host, 'saveInitiative', { keyResultId: keyResults[0].id, title: 'One too many', link: { kind: 'manual', progress: 0 } }, { accountId: jisoo.accountId });
    expect(oneInitiativeTooMany).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { keyResultId: { code: 'too_big', limit: LIMITS.initiativesPerKeyResult, reason: 'too-many-initiatives' } } },
    });
  }, 180_000);
});

describe('an objective stored above the caps by an older version', () => {
  /**
   * Writes, past the app, what the app used to allow (ids as it makes them): 20 key results of
   * up to 20 initiatives each, Korean titles at full length, alone in its shard, over budget.
   */
  function storeLegacyObjective(cycleId: string, teamId: string) {
    const at = '2026-10-02T00:00:00.000Z';
    const shardKey = `${cycleId}:${teamId}:000001`;
    const objectiveId = randomUUID();
    const keyResults = Array.from({ length: 20 }, (_, k) => ({
      id: randomUUID(),
      objectiveId,
      title: korean(LIMITS.titleMax),
      ownerAccountId: OWNER,
      weight: 1,
      measure: { kind: 'percentage', current: 10 },
      order: k,
      lastCheckIn: { id: randomUUID(), value: 10, confidence: 'high', comment: 'ok', authorAccountId: OWNER, createdAt: at },
      initiatives: [] as unknown[],
      version: 3,
      createdAt: at,
      updatedAt: at,
    }));
    const objective = {
      id: objectiveId,
      cycleId,
      teamId,
      title: korean(LIMITS.titleMax),
      description: korean(1000),
      ownerAccountId: OWNER,
      commitment: 'committed',
      order: 1,
      version: 5,
      createdAt: at,
      updatedAt: at,
      keyResults,
    };
    const shard = { cycleId, teamId, seq: 1, objectives: [objective], version: 9, updatedAt: at };
    // Initiatives until the shard is just under kvs's 240 KiB value limit (well past its budget):
    // where the app used to end, answering INTERNAL to every write that grew it.
    for (let n = 0; storedBytes(shard) < KVS_VALUE_MAX - 2 * 1024; n++) {
      keyResults[n % 20]!.initiatives.push({
        id: randomUUID(),
        keyResultId: keyResults[n % 20]!.id,
        title: korean(LIMITS.titleMax),
        ownerAccountId: OWNER,
        weight: 1,
        link: { kind: 'manual', progress: 0.5 },
        order: n,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
    }
    const set = (entityName: string, key: string, value: unknown) => {
      const answer = host.local.kvs.handle('/api/v1/entity/set', { entityName, key, value });
      expect(answer.status).toBeLessThan(300);
    };
    set('okr-shard', shardKey, shard);
    const locator = { shardKey, objectiveId, cycleId };
    set('okr-locator', objectiveId, locator);
    for (const kr of keyResults) set('okr-locator', kr.id, locator);
    return { objective, keyResults, shardKey, bytes: storedBytes(shard) };
  }

  it('stays readable and editable; growing past a cap or the shard budget is VALIDATION on the field', async () => {
    const { cycle, team } = await frame();
    const legacy = storeLegacyObjective(cycle.id, team.id);
    expect(legacy.bytes).toBeGreaterThan(MAX_SHARD_BYTES);
    expect(legacy.bytes).toBeLessThan(KVS_VALUE_MAX);
    const call = (key: string, payload: unknown) => invoke(host, key, payload, { accountId: jisoo.accountId });

    const tree = await ok('getOkrTree', { cycleId: cycle.id, teamId: team.id });
    expect(tree.objectives[0].keyResults).toHaveLength(20);

    // Growing past what a shard holds (here: past kvs's own limit) is refused on the field that
    // grew, and writes nothing.
    const before = storedValue('okr-shard', legacy.shardKey);
    const checkIn = await call('addCheckIn', { keyResultId: legacy.keyResults[1]!.id, value: 40, confidence: 'low', comment: korean(LIMITS.commentMax) });
    expect(checkIn).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { comment: { code: 'too_big', reason: 'objective-storage-full' } } } });
    const described = await call('saveObjective', {
      id: legacy.objective.id,
      version: legacy.objective.version,
      cycleId: cycle.id,
      teamId: team.id,
      title: legacy.objective.title,
      description: korean(LIMITS.descriptionMax),
      ownerAccountId: OWNER,
    });
    expect(described).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { description: { reason: 'objective-storage-full' } } } });
    expect(storedValue('okr-shard', legacy.shardKey)).toEqual(before);
    const history = await ok('listCheckIns', { keyResultId: legacy.keyResults[1]!.id });
    expect(history.checkIns).toEqual([]);

    // Edits that do not grow it are saved.
    const kr = legacy.keyResults[0]!;
    const renamed = await call('saveKeyResult', { id: kr.id, version: kr.version, objectiveId: legacy.objective.id, title: korean(LIMITS.titleMax - 1), ownerAccountId: OWNER, measure: { kind: 'percentage' } });
    expect(renamed).toMatchObject({ ok: true, data: { keyResult: { version: kr.version + 1 } } });
    const initiative = kr.initiatives[0] as { id: string; version: number };
    expect(await call('saveInitiative', { id: initiative.id, version: initiative.version, keyResultId: kr.id, title: 'Shorter now', ownerAccountId: OWNER })).toMatchObject({ ok: true });
    expect(await call('deleteInitiative', { keyResultId: kr.id, id: (kr.initiatives[1] as { id: string }).id, version: 1 })).toMatchObject({ ok: true });

    // Growing past a cap is refused with the cap.
    expect(await call('saveKeyResult', { objectiveId: legacy.objective.id, title: 'Twenty-first', measure: { kind: 'milestone' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { objectiveId: { code: 'too_big', limit: LIMITS.keyResultsPerObjective } } },
    });
    expect(await call('saveInitiative', { keyResultId: kr.id, title: 'More work', link: { kind: 'manual', progress: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { keyResultId: { code: 'too_big', limit: LIMITS.initiativesPerKeyResult } } },
    });

    // A check-in that keeps its size still goes in.
    expect(await call('addCheckIn', { keyResultId: legacy.keyResults[2]!.id, value: 20, confidence: 'high', comment: 'ok' })).toMatchObject({ ok: true });
  }, 120_000);
});

describe('a session objective draft', () => {
  it('takes key result drafts up to the cap its published objective will have', async () => {
    const { cycle, team } = await frame();
    const context = {
      moduleKey: 'okr-session',
      localId: 'macro-1',
      extension: { type: 'macro', content: { id: 'page-1', type: 'page' }, config: { teamId: team.id, cycleId: cycle.id } },
    };
    const call = (key: string, payload: unknown) => invoke(host, key, payload, { accountId: jisoo.accountId, context });
    const draft = (await call('saveSessionItem', { kind: 'objective', title: 'Make onboarding effortless' })).data.item;
    const kr = (n: number) => ({ kind: 'key-result', objectiveItemId: draft.id, title: `Raise metric ${n} from 1 to 2`, measure: { kind: 'milestone' } });
    for (let n = 0; n < LIMITS.keyResultsPerObjective; n++) expect(await call('saveSessionItem', kr(n))).toMatchObject({ ok: true });
    expect(await call('saveSessionItem', kr(99))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { objectiveItemId: { code: 'too_big', limit: LIMITS.keyResultsPerObjective, reason: 'too-many-key-results' } } },
    });
  });
});

import { join } from 'node:path';
import { WhereConditions, kvs } from '@forge/kvs';
import { parseEntityDeclarations, readEntityDeclarations } from './manifest-entities';
import { installStore } from './test-support';

const MANIFEST = `
app:
  storage:
    entities:
      - name: shard
        attributes:
          cycleId: { type: string }
          teamId: { type: string }
          seq: { type: integer }
          objectives: { type: any }
        indexes:
          - seq
          - name: by-cycle-team
            partition: [cycleId, teamId]
            range: [seq]
`;

describe('readEntityDeclarations', () => {
  it('parses attributes and both index forms', () => {
    expect(parseEntityDeclarations(MANIFEST)).toEqual([
      {
        name: 'shard',
        attributes: { cycleId: { type: 'string' }, teamId: { type: 'string' }, seq: { type: 'integer' }, objectives: { type: 'any' } },
        indexes: ['seq', { name: 'by-cycle-team', partition: ['cycleId', 'teamId'], range: ['seq'] }],
      },
    ]);
    expect(parseEntityDeclarations('modules: {}\n')).toEqual([]);
  });

  it('rejects unknown types and indexes on undeclared attributes', () => {
    expect(() => parseEntityDeclarations(MANIFEST.replace('{ type: integer }', '{ type: number }'))).toThrow(/seq has type number/);
    expect(() => parseEntityDeclarations(MANIFEST.replace('range: [seq]', 'range: [rank]'))).toThrow(/undeclared attribute rank/);
  });

  it("reads this app's manifest.yml, whose entities the store accepts", async () => {
    const entities = readEntityDeclarations(join(__dirname, '../../../manifest.yml'));
    expect(entities.length).toBeGreaterThan(0);
    const store = installStore({ entities });
    for (const e of entities) expect(await kvs.entity(e.name).get('absent')).toBeUndefined();
    store.close();
  });

  it('drives a partition + range query through declarations read from YAML', async () => {
    const store = installStore({ entities: parseEntityDeclarations(MANIFEST) });
    for (let seq = 0; seq < 3; seq++) await kvs.entity('shard').set(`c1:t1:${seq}`, { cycleId: 'c1', teamId: 't1', seq, objectives: [] });
    await kvs.entity('shard').set('c1:t2:0', { cycleId: 'c1', teamId: 't2', seq: 0 });
    const page = await kvs.entity('shard').query().index('by-cycle-team', { partition: ['c1', 't1'] }).where(WhereConditions.greaterThan(0)).getMany();
    expect(page.results.map((r) => r.key)).toEqual(['c1:t1:1', 'c1:t1:2']);
    store.close();
  });
});

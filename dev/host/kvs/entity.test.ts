import { Filter, FilterConditions, Sort, WhereConditions, kvs } from '@forge/kvs';
import type { KvsStore } from './kvs-store';
import { codeOf, installStore } from './test-support';

interface Task {
  project?: string;
  title?: string;
  priority?: number;
  score?: number;
  done?: boolean;
  tags?: unknown;
  version?: number;
}

const tasks = () => kvs.entity<Task>('task');
type Query = ReturnType<ReturnType<ReturnType<typeof tasks>['query']>['index']>;
let store: KvsStore;

beforeEach(() => {
  store = installStore();
});
afterEach(() => store.close());

describe('entity get / set / delete', () => {
  it('round-trips, and namespaces keys per entity and apart from plain keys', async () => {
    await tasks().set('k1', { project: 'A', title: 'one', priority: 1, score: 0.5, done: false, tags: { any: ['thing'] } });
    await kvs.entity('note').set('k1', { text: 'a note' });
    await kvs.set('k1', 'plain');
    expect(await tasks().get('k1')).toEqual({ project: 'A', title: 'one', priority: 1, score: 0.5, done: false, tags: { any: ['thing'] } });
    expect(await kvs.entity('note').get('k1')).toEqual({ text: 'a note' });
    expect(await kvs.get('k1')).toBe('plain');
    await tasks().delete('k1');
    expect(await tasks().get('k1')).toBeUndefined();
    expect(await kvs.entity('note').get('k1')).toEqual({ text: 'a note' });
  });

  it('rejects undeclared entities', async () => {
    expect(await codeOf(kvs.entity('nope').set('k', {}))).toBe('UNKNOWN_ENTITY');
    expect(await codeOf(kvs.entity('nope').get('k'))).toBe('UNKNOWN_ENTITY');
  });

  it('validates attribute values against their declared types', async () => {
    expect(await codeOf(tasks().set('k', { priority: 1.5 }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { priority: 2 ** 31 }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { priority: -(2 ** 31) - 1 }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { title: 7 as unknown as string }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { done: 'yes' as unknown as boolean }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { score: '1' as unknown as number }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { title: null as unknown as string }))).toBe('INVALID_ATTRIBUTE_TYPE');
    expect(await codeOf(tasks().set('k', { colour: 'red' } as Task))).toBe('UNKNOWN_ATTRIBUTE');
    expect(await codeOf(tasks().set('k', 'text' as Task))).toBe('INVALID_ENTITY_VALUE');
    await tasks().set('k', { priority: 2 ** 31 - 1, score: 3, tags: null });
    expect(await tasks().get('k')).toEqual({ priority: 2 ** 31 - 1, score: 3, tags: null });
  });
});

describe('entity query', () => {
  beforeEach(async () => {
    for (let p = 1; p <= 10; p++) {
      await tasks().set(`a${p}`, {
        project: 'A',
        title: `${p % 2 ? 'alpha' : 'beta'}-${String(p).padStart(2, '0')}`,
        priority: p,
        score: p / 10,
        done: p % 3 === 0,
        tags: p <= 3 ? ['urgent', 'x'] : ['x'],
      });
    }
    await tasks().set('b1', { project: 'B', title: 'alpha-b', priority: 5 });
    await tasks().set('a-no-priority', { project: 'A', title: 'zulu' });
  });

  /** Priorities (in result order) of project A through by-project-priority, after `build` shapes the query. */
  const priorities = async (build: (q: Query) => Query = (q) => q) => {
    const page = await build(tasks().query().index('by-project-priority', { partition: ['A'] })).limit(100).getMany();
    return page.results.map((r) => r.value.priority);
  };

  it('applies each where condition to the range attribute within the partition', async () => {
    const where = (c: Parameters<Query['where']>[0]) => priorities((q) => q.where(c));
    expect(await priorities()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await where(WhereConditions.equalTo(3))).toEqual([3]);
    expect(await where(WhereConditions.greaterThan(8))).toEqual([9, 10]);
    expect(await where(WhereConditions.greaterThanEqualTo(8))).toEqual([8, 9, 10]);
    expect(await where(WhereConditions.lessThan(3))).toEqual([1, 2]);
    expect(await where(WhereConditions.lessThanEqualTo(2))).toEqual([1, 2]);
    expect(await where(WhereConditions.between(4, 6))).toEqual([4, 5, 6]);
    const titles = await tasks().query().index('by-project-title', { partition: ['A'] }).where(WhereConditions.beginsWith('beta')).limit(100).getMany();
    expect(titles.results.map((r) => r.value.title)).toEqual(['beta-02', 'beta-04', 'beta-06', 'beta-08', 'beta-10']);
  });

  it('sorts DESC by the range attribute', async () => {
    expect(await priorities((q) => q.sort(Sort.DESC))).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('applies and/or filters with every filter condition', async () => {
    const f = (filter: Parameters<Query['filters']>[0]) => priorities((q) => q.filters(filter));
    expect(await f(new Filter<Task>().and('done', FilterConditions.equalTo(true)).and('score', FilterConditions.greaterThan(0.5)))).toEqual([6, 9]);
    expect(await f(new Filter<Task>().or('priority', FilterConditions.equalTo(1)).or('title', FilterConditions.beginsWith('beta-1')))).toEqual([1, 10]);
    expect(await f(new Filter<Task>().and('tags', FilterConditions.contains('urgent')))).toEqual([1, 2, 3]);
    expect(await f(new Filter<Task>().and('tags', FilterConditions.notContains('urgent')))).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(await f(new Filter<Task>().and('title', FilterConditions.contains('ta-0')))).toEqual([2, 4, 6, 8]);
    expect(await f(new Filter<Task>().and('done', FilterConditions.notEqualTo(false)))).toEqual([3, 6, 9]);
    expect(await f(new Filter<Task>().and('score', FilterConditions.between(0.2, 0.4)))).toEqual([2, 3, 4]);
    expect(await f(new Filter<Task>().and('score', FilterConditions.lessThanEqualTo(0.2)))).toEqual([1, 2]);
    expect(await f(new Filter<Task>().and('score', FilterConditions.greaterThanEqualTo(0.9)))).toEqual([9, 10]);
    expect(await f(new Filter<Task>().and('score', FilterConditions.lessThan(0.2)))).toEqual([1]);
  });

  it('filters on EXISTS / NOT_EXISTS', async () => {
    const byProject = (filter: Parameters<Query['filters']>[0]) =>
      tasks().query().index('by-project', { partition: ['A'] }).filters(filter).limit(100).getMany();
    const missing = await byProject(new Filter<Task>().and('priority', FilterConditions.notExists()));
    expect(missing.results.map((r) => r.key)).toEqual(['a-no-priority']);
    const present = await byProject(new Filter<Task>().and('priority', FilterConditions.exists()));
    expect(present.results).toHaveLength(10);
  });

  it('keeps indexes sparse and orders range-less indexes by key', async () => {
    const byProject = await tasks().query().index('by-project', { partition: ['A'] }).limit(100).getMany();
    expect(byProject.results.map((r) => r.key)).toEqual(['a-no-priority', 'a1', 'a10', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(await priorities()).not.toContain(undefined);
  });

  it('queries a bare attribute index and the implicit by-key index', async () => {
    const byTitle = await tasks().query().index('title').where(WhereConditions.beginsWith('alpha')).limit(100).getMany();
    expect(byTitle.results.map((r) => r.value.title)).toEqual(['alpha-01', 'alpha-03', 'alpha-05', 'alpha-07', 'alpha-09', 'alpha-b']);
    const byKey = await tasks().query().index('by-key').where(WhereConditions.beginsWith('b')).getMany();
    expect(byKey.results.map((r) => r.key)).toEqual(['b1']);
    expect(await tasks().query().index('title').getOne()).toMatchObject({ value: { title: 'alpha-01' } });
  });

  it('matches boolean and number partitions exactly', async () => {
    const done = await tasks().query().index('by-done-priority', { partition: [true] }).getMany();
    expect(done.results.map((r) => r.value.priority)).toEqual([3, 6, 9]);
    const five = await tasks().query().index('by-priority', { partition: [5] }).getMany();
    expect(five.results.map((r) => r.key)).toEqual(['a5', 'b1']);
    await tasks().set('f1', { priority: 1, score: 1.25 });
    const score = await tasks().query().index('by-key').filters(new Filter<Task>().and('score', FilterConditions.equalTo(1.25))).limit(100).getMany();
    expect(score.results.map((r) => r.key)).toEqual(['f1']);
  });

  it('requires the partition an index declares, and a known index', async () => {
    expect(await codeOf(tasks().query().index('by-project-priority').getMany())).toBe('INVALID_PARTITION');
    expect(await codeOf(tasks().query().index('by-project-priority', { partition: ['A', 'B'] }).getMany())).toBe('INVALID_PARTITION');
    expect(await codeOf(tasks().query().index('by-project-priority', { partition: [1] }).getMany())).toBe('INVALID_PARTITION');
    expect(await codeOf(tasks().query().index('title', { partition: ['A'] }).getMany())).toBe('INVALID_PARTITION');
    expect(await codeOf(tasks().query().index('by-nothing').getMany())).toBe('UNKNOWN_INDEX');
    expect(await codeOf(tasks().query().index('by-project-priority', { partition: ['A'] }).where(WhereConditions.equalTo('3')).getMany())).toBe(
      'INVALID_QUERY',
    );
    expect(await codeOf(tasks().query().index('by-project', { partition: ['A'] }).where(WhereConditions.equalTo('3')).getMany())).toBe(
      'INVALID_QUERY',
    );
    expect(await codeOf(tasks().query().index('title').limit(101).getMany())).toBe('INVALID_LIMIT');
  });

  it('counts limit before filters, so a filtered page may be short but the cursor goes on', async () => {
    const q = () =>
      tasks()
        .query()
        .index('by-project-priority', { partition: ['A'] })
        .filters(new Filter<Task>().and('done', FilterConditions.equalTo(true)))
        .limit(4);
    const first = await q().getMany();
    expect(first.results.map((r) => r.value.priority)).toEqual([3]);
    const second = await q().cursor(first.nextCursor as string).getMany();
    const third = await q().cursor(second.nextCursor as string).getMany();
    expect([...second.results, ...third.results].map((r) => r.value.priority)).toEqual([6, 9]);
    expect(third.nextCursor).toBeUndefined();
  });
});

describe('entity query paging', () => {
  it('pages through 250 entities with limit 100: three pages, none missing, none twice', async () => {
    for (let i = 0; i < 250; i++) {
      await tasks().set(`t${String(i).padStart(3, '0')}`, { project: 'P', priority: i % 7, title: `task ${i}` });
    }
    const keys: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      let q = tasks().query().index('by-project-priority', { partition: ['P'] }).limit(100);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      sizes.push(page.results.length);
      keys.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([100, 100, 50]);
    expect(new Set(keys).size).toBe(250);
    const order = keys.map((k) => Number(k.slice(1)) % 7);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps cursors stable when entities are inserted between pages', async () => {
    for (let i = 0; i < 6; i++) await tasks().set(`k${i}`, { project: 'P', priority: i * 10 });
    const q = () => tasks().query().index('by-project-priority', { partition: ['P'] }).limit(3);
    const first = await q().getMany();
    await tasks().set('before', { project: 'P', priority: 5 });
    await tasks().set('after', { project: 'P', priority: 35 });
    const second = await q().cursor(first.nextCursor as string).getMany();
    expect(second.results.map((r) => r.value.priority)).toEqual([30, 35, 40]);
    expect(await codeOf(tasks().query().index('title').cursor(first.nextCursor as string).getMany())).toBe('INVALID_CURSOR');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_USERS } from '../demo-users';
import { JIRA_PROJECTS } from './demo-projects';
import { DEMO_EPIC_KEYS, DEMO_EPIC_ROLES, demoEpicKeysFor, SEED_EPICS } from './seed-issues';
import { DemoJiraStore } from './store';

const NOW = new Date('2026-11-25T03:00:00.000Z');

describe('the demo Jira seed', () => {
  it('has 6 GROW, 5 PLAT, 2 SEC and 3 MOB epics, keeping the historic keys and summaries', () => {
    expect(demoEpicKeysFor('GROW')).toHaveLength(6);
    expect(demoEpicKeysFor('PLAT')).toHaveLength(5);
    expect(demoEpicKeysFor('SEC')).toHaveLength(2);
    expect(demoEpicKeysFor('MOB')).toEqual(['MOB-1', 'MOB-8', 'MOB-15']);
    // The total across projects: 13 of the original three projects plus MOB's 3.
    expect(DEMO_EPIC_KEYS).toHaveLength(16);
    const summary = (key: string) => SEED_EPICS.find((e) => e.key === key)?.summary;
    expect(summary('GROW-1')).toBe('온보딩 플로우 개편');
    expect(summary('GROW-7')).toBe('Referral programme launch');
    expect(summary('PLAT-3')).toBe('API latency budget: p95 under 300 ms');
    expect(summary('PLAT-12')).toBe('PostgreSQL 16 마이그레이션');
    expect(SEED_EPICS.find((e) => e.key === 'GROW-1')?.id).toBe('10101');
  });

  it('gives every epic 3-12 children except the empty one; one epic is done', () => {
    for (const epic of SEED_EPICS) {
      if (epic.key === DEMO_EPIC_ROLES.noChildren) {
        expect(epic).toMatchObject({ childCount: 0, status: 'In Progress' });
      } else {
        expect(epic.childCount).toBeGreaterThanOrEqual(3);
        expect(epic.childCount).toBeLessThanOrEqual(12);
      }
    }
    expect(SEED_EPICS.find((e) => e.key === DEMO_EPIC_ROLES.done)?.status).toBe('Done');
    const store = new DemoJiraStore({ seedNow: () => NOW });
    const children = store.issues.filter((i) => i.parentId && i.issueTypeId !== '10004');
    // GROW, PLAT and SEC estimate most of their work; MOB estimates nothing.
    const estimating = children.filter((c) => c.projectKey !== 'MOB');
    expect(estimating.filter((c) => c.storyPoints !== undefined).length / estimating.length).toBeGreaterThan(0.8);
    expect(children.filter((c) => c.projectKey === 'MOB' && c.storyPoints !== undefined)).toEqual([]);
    expect(new Set(estimating.map((c) => c.status))).toEqual(new Set(['To Do', 'In Progress', 'In Review', 'Done']));
    expect(new Set(children.filter((c) => c.projectKey === 'MOB').map((c) => c.status))).toEqual(new Set(['해야 할 일', '진행 중', 'QA 대기', '완료', '배포됨']));
  });

  it('gives seed issues unique ids, none in the range created issues take (10400 up)', () => {
    const store = new DemoJiraStore({ seedNow: () => NOW });
    const ids = store.issues.map((i) => Number(i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id < 10400)).toBe(true);
    // Every seed status is one of its project's workflow (seed-issues.ts and demo-projects.ts agree).
    expect(store.issues.filter((i) => !store.projectOf(i).statuses.some((s) => s.name === i.status))).toEqual([]);
    expect(store.issue('MOB-1')?.id).toBe('10001');
    expect(store.create({ projectKey: 'MOB', issueTypeId: '10002', summary: '새 작업' }, NOW)).toMatchObject({ id: '10400', key: 'MOB-20', status: '해야 할 일' });
  });

  it('has sub-tasks: one under a GROW story, and two in MOB straight under their epic', () => {
    const store = new DemoJiraStore({ seedNow: () => NOW });
    const subtasks = store.issues.filter((i) => i.issueTypeId === '10004');
    const parentOf = (key: string) => store.issue(store.issue(key)!.parentId!)!;
    expect(subtasks.map((i) => i.key)).toEqual(['MOB-7', 'MOB-19', 'GROW-40']);
    expect(parentOf('GROW-40')).toMatchObject({ key: 'GROW-5', issueTypeId: '10001' });
    expect(parentOf('MOB-7')).toMatchObject({ key: 'MOB-1', issueTypeId: '10000' });
    expect(parentOf('MOB-19')).toMatchObject({ key: 'MOB-15', issueTypeId: '10000' });
  });

  it('restricts one GROW epic to 김지수 and 이서연, and SEC to 김지수 and James', () => {
    const store = new DemoJiraStore({ seedNow: () => NOW });
    const restricted = store.issue(DEMO_EPIC_ROLES.restricted)!;
    const who = Object.values(DEMO_USERS).filter((user) => store.canSee({ kind: 'user', user }, restricted));
    expect(who.map((u) => u.displayName)).toEqual(['김지수', '이서연']);
    expect(store.canSee({ kind: 'app' }, restricted)).toBe(true);
    expect(JIRA_PROJECTS.find((p) => p.key === 'SEC')?.visibleTo).toEqual([DEMO_USERS.jisoo.accountId, DEMO_USERS.james.accountId]);
  });
});

describe('the demo Jira store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'demo-jira-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('numbers created issues per project and keeps them across restarts until reset', () => {
    const file = path.join(dir, 'demo-jira.json');
    const first = new DemoJiraStore({ file, seedNow: () => NOW });
    const epic = first.create({ projectKey: 'PLAT', issueTypeId: '10000', summary: 'Zero-downtime deploys' }, NOW);
    const story = first.create({ projectKey: 'PLAT', issueTypeId: '10001', summary: 'Blue/green', parentId: epic.id, storyPoints: 3 }, NOW);
    expect([epic.key, story.key]).toEqual(['PLAT-33', 'PLAT-34']);
    expect(Number(story.id)).toBeGreaterThan(Number(epic.id));
    first.setStatus(story, 'Done', new Date('2026-11-26T00:00:00.000Z'));
    first.flush();

    const second = new DemoJiraStore({ file, seedNow: () => NOW });
    expect(second.issue('plat-34')).toMatchObject({ status: 'Done', parentId: epic.id, storyPoints: 3, updated: '2026-11-26T00:00:00.000Z' });
    expect(second.create({ projectKey: 'PLAT', issueTypeId: '10002', summary: 'x' }, NOW).key).toBe('PLAT-35');

    second.reset();
    expect(second.issue('PLAT-34')).toBeUndefined();
    expect(new DemoJiraStore({ file, seedNow: () => NOW }).issue('PLAT-34')).toBeUndefined();
  });
});

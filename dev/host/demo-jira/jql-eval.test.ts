import { DEMO_USERS, type DemoUser } from '../demo-users';
import { compileJql, runJql } from './jql-eval';
import { JqlError } from './jql-parser';
import { DEMO_EPIC_ROLES } from './seed-issues';
import { DemoJiraStore } from './store';
import type { JiraActor } from './types';

const NOW = new Date('2026-11-25T03:00:00.000Z');
const store = new DemoJiraStore({ seedNow: () => NOW });
const as = (user: DemoUser): JiraActor => ({ kind: 'user', user });
const APP: JiraActor = { kind: 'app' };

function keys(jql: string, actor: JiraActor = as(DEMO_USERS.jisoo)): string[] {
  const ctx = { store, actor, now: NOW };
  return runJql(compileJql(jql, ctx), ctx).map((i) => i.key);
}
function error(jql: string, actor: JiraActor = as(DEMO_USERS.jisoo)): string {
  try {
    keys(jql, actor);
  } catch (e) {
    if (e instanceof JqlError) return e.message;
    throw e;
  }
  throw new Error(`no error for ${jql}`);
}

describe('JQL over the demo site', () => {
  it('finds epics by type, per project, in key order', () => {
    expect(keys('project = GROW AND issuetype = Epic ORDER BY key')).toEqual(['GROW-1', 'GROW-7', 'GROW-14', 'GROW-20', 'GROW-21', 'GROW-27']);
    expect(keys('project in (plat) AND type = "epic" ORDER BY key DESC')).toEqual(['PLAT-29', 'PLAT-23', 'PLAT-12', 'PLAT-3', 'PLAT-1']);
    expect(keys('issuetype = 10000 AND project = "Security" ORDER BY key')).toEqual(['SEC-1', 'SEC-7']);
  });

  it('finds epic children with parent =, in and by id', () => {
    expect(keys('parent = GROW-7 ORDER BY key')).toEqual(['GROW-10', 'GROW-11', 'GROW-12', 'GROW-13']);
    expect(keys('parent in (grow-7, 10212)')).toHaveLength(4 + 6);
    expect(keys(`parent = ${DEMO_EPIC_ROLES.noChildren}`)).toEqual([]);
  });

  it('matches status and status category by name, key or id, across project styles', () => {
    const done = keys('parent in (GROW-1, PLAT-3) AND statusCategory = Done ORDER BY key');
    expect(done).toEqual(['GROW-2', 'GROW-3', 'GROW-4', 'PLAT-8', 'PLAT-10', 'PLAT-11']);
    expect(keys('parent in (GROW-1, PLAT-3) AND statusCategory = done ORDER BY key')).toEqual(done);
    expect(keys('parent in (GROW-1, PLAT-3) AND statusCategory = 3 ORDER BY key')).toEqual(done);
    const moving = keys('parent in (GROW-1, PLAT-3) AND statusCategory = "In Progress" ORDER BY key');
    expect(moving).toEqual(keys('parent in (GROW-1, PLAT-3) AND statusCategory = indeterminate ORDER BY key'));
    expect(moving).toEqual(keys('parent in (GROW-1, PLAT-3) AND status in ("In Progress", "in review") ORDER BY key'));
    // PLAT is team-managed: its "In Progress" has its own id.
    expect(keys('parent = PLAT-3 AND status = 10101 ORDER BY key')).toEqual(['PLAT-9', 'PLAT-15']);
    // An id is one status: 3 is the company-managed "In Progress", not PLAT's, while the name is both.
    expect(keys('parent = PLAT-3 AND status = 3')).toEqual([]);
    expect(keys('parent in (GROW-1, PLAT-3) AND status = 3')).toEqual(['GROW-5']);
    expect(keys('parent in (GROW-1, PLAT-3) AND status = "In Progress" ORDER BY key')).toEqual(['GROW-5', 'PLAT-9', 'PLAT-15']);
  });

  it('reads MOB\'s Korean and custom statuses by name, id and category', () => {
    const epics = keys('project = MOB AND issuetype = Epic ORDER BY key');
    expect(epics).toEqual(['MOB-1', 'MOB-8', 'MOB-15']);
    expect(keys('project = MOB AND status = "완료" ORDER BY key')).toEqual(['MOB-3', 'MOB-7', 'MOB-16']);
    expect(keys('project = MOB AND status = 10113 ORDER BY key')).toEqual(['MOB-3', 'MOB-7', 'MOB-16']);
    expect(keys('project = MOB AND status = 배포됨 ORDER BY key')).toEqual(['MOB-2', 'MOB-9', 'MOB-10']);
    expect(keys('project = MOB AND status in ("QA 대기", "qa 대기") ORDER BY key')).toEqual(['MOB-4', 'MOB-8', 'MOB-11', 'MOB-12']);
    // Both 완료 and 배포됨 are done; "QA 대기" is in progress like 진행 중.
    expect(keys('parent in (MOB-1, MOB-8, MOB-15) AND statusCategory = Done AND issuetype != Subtask ORDER BY key')).toEqual([
      'MOB-2',
      'MOB-3',
      'MOB-9',
      'MOB-10',
      'MOB-16',
    ]);
    expect(keys('project = MOB AND statusCategory = "In Progress" ORDER BY key')).toEqual(keys('project = MOB AND status in ("진행 중", "QA 대기") ORDER BY key'));
    expect(keys('project = MOB AND statusCategory = new')).toEqual(keys('project = MOB AND status = "해야 할 일"'));
    // The English names are not MOB's: no MOB issue is "Done", whatever its category.
    expect(keys('project = MOB AND status in (Done, "To Do", "In Progress")')).toEqual([]);
    expect(error('status = 완료됨')).toBe("The value '완료됨' does not exist for the field 'status'.");
    expect(keys('project = MOB AND status != 배포됨')).toHaveLength(19 - 3);
    expect(keys('parent = MOB-8 ORDER BY status, key')).toEqual(['MOB-14', 'MOB-13', 'MOB-11', 'MOB-12', 'MOB-9', 'MOB-10']);
  });

  it('returns sub-tasks with parent in (...): of a story, and straight under an epic', () => {
    expect(keys('parent in (GROW-5, GROW-6)')).toEqual(['GROW-40']);
    expect(keys('parent in (MOB-1) ORDER BY key')).toEqual(['MOB-2', 'MOB-3', 'MOB-4', 'MOB-5', 'MOB-6', 'MOB-7']);
    expect(keys('parent = MOB-1 AND issuetype = Subtask')).toEqual(['MOB-7']);
    expect(keys('parent = MOB-15 AND issuetype = "sub-task"')).toEqual(['MOB-19']);
  });

  it('never matches EMPTY with != or NOT IN, as Jira', () => {
    const notUnderGrow1 = keys('project = GROW AND parent != GROW-1');
    expect(notUnderGrow1).not.toContain('GROW-7'); // an epic has no parent: EMPTY
    expect(notUnderGrow1).toContain('GROW-10');
    expect(keys('project = GROW AND parent not in (GROW-1)')).toEqual(notUnderGrow1);
    expect(keys('project = GROW AND NOT parent = GROW-1')).toContain('GROW-7');
    expect(keys('project = GROW AND parent is EMPTY ORDER BY key')).toEqual(keys('project = GROW AND issuetype = Epic ORDER BY key'));
    expect(keys('project = GROW AND parent != EMPTY')).toEqual(keys('project = GROW AND parent is not EMPTY'));
    expect(keys('parent = GROW-1 AND cf[10028] is EMPTY')).toEqual(['GROW-8']);
    expect(keys('parent = GROW-1 AND "Story Points" >= 5 ORDER BY cf[10028] DESC, key')).toEqual(['GROW-3', 'GROW-2', 'GROW-5']);
  });

  it('reads story points in the field of the project style: 10028 company-managed, 10016 team-managed', () => {
    // GROW is company-managed: "Story point estimate" is empty on every issue there.
    expect(keys('parent = GROW-1 AND cf[10016] is EMPTY')).toHaveLength(7);
    expect(keys('parent = GROW-1 AND "Story point estimate" >= 0')).toEqual([]);
    // PLAT is team-managed: the other way round.
    expect(keys('parent = PLAT-3 AND cf[10016] >= 8 ORDER BY key')).toEqual(['PLAT-8', 'PLAT-9']);
    expect(keys('parent = PLAT-3 AND "Story Points[Number]" is not EMPTY')).toEqual([]);
    expect(keys('project = MOB AND (cf[10016] is not EMPTY OR cf[10028] is not EMPTY)')).toEqual([]);
  });

  it('searches text case-insensitively with ~ and !~', () => {
    expect(keys('project = GROW AND summary ~ "onboarding"')).toEqual([]);
    expect(keys('project = GROW AND summary ~ "온보딩" ORDER BY key')).toEqual(['GROW-1', 'GROW-4', 'GROW-9']);
    expect(keys('project = GROW AND summary ~ "REFERRAL*" ORDER BY key')).toEqual(['GROW-7', 'GROW-11', 'GROW-12', 'GROW-13']);
    expect(keys('project = PLAT AND text ~ "논리 복제"')).toEqual(expect.arrayContaining(['PLAT-12', 'PLAT-17']));
    expect(keys('parent = GROW-7 AND summary !~ referral ORDER BY key')).toEqual(['GROW-10']);
  });

  it('reads assignee with currentUser() and account ids', () => {
    const mine = keys('assignee = currentUser() AND project = PLAT', as(DEMO_USERS.minjun));
    expect(mine.length).toBeGreaterThan(3);
    expect(keys(`assignee = "${DEMO_USERS.minjun.accountId}" AND project = PLAT`)).toEqual(mine);
    expect(keys('assignee = currentUser() AND project = PLAT', APP)).toEqual([]);
  });

  it('compares dates, absolute and relative to now', () => {
    expect(keys('project = GROW AND created >= -11d AND issuetype = Epic')).toEqual([DEMO_EPIC_ROLES.noChildren]);
    expect(keys('project = GROW AND created < "2026-08-01" AND issuetype = Epic')).toEqual([DEMO_EPIC_ROLES.done]);
    expect(keys('project = GROW AND updated <= now()')).toHaveLength(keys('project = GROW').length);
  });

  it('sorts newest first when there is no ORDER BY', () => {
    const all = keys('project = PLAT');
    const created = all.map((k) => store.issue(k)!.created);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('hides restricted issues and projects, and refuses to name them', () => {
    const restricted = DEMO_EPIC_ROLES.restricted;
    expect(keys('project = GROW AND issuetype = Epic', as(DEMO_USERS.daniel))).not.toContain(restricted);
    expect(keys('project = GROW AND issuetype = Epic', as(DEMO_USERS.seoyeon))).toContain(restricted);
    expect(keys('project = GROW AND issuetype = Epic', APP)).toContain(restricted);
    expect(keys(`parent = ${restricted}`, as(DEMO_USERS.jisoo))).toHaveLength(5);
    // Someone outside the level gets the same words as for a key that never existed.
    expect(error(`parent in (GROW-1, ${restricted})`, as(DEMO_USERS.daniel))).toBe(`An issue with key '${restricted}' does not exist for field 'parent'.`);
    expect(error('parent in (GROW-1, GROW-999)', as(DEMO_USERS.daniel))).toBe("An issue with key 'GROW-999' does not exist for field 'parent'.");
    expect(error('project = SEC', as(DEMO_USERS.daniel))).toBe("The value 'SEC' does not exist for the field 'project'.");
    expect(keys('project = SEC', as(DEMO_USERS.james))).toHaveLength(11);
    expect(keys('text ~ "SOC 2"', as(DEMO_USERS.daniel))).toEqual([]);
  });

  it('refuses unknown fields, values, operators and functions with Jira-like messages', () => {
    expect(error('colour = red')).toBe("Field 'colour' does not exist or you do not have permission to view it.");
    expect(error('status = Blocked')).toBe("The value 'Blocked' does not exist for the field 'status'.");
    expect(error('issuetype = Initiative')).toBe("The value 'Initiative' does not exist for the field 'issuetype'.");
    expect(error('summary = "x"')).toBe("The operator '=' is not supported by the 'summary' field.");
    expect(error('status ~ Done')).toBe("The operator '~' is not supported by the 'status' field.");
    expect(error('assignee = membersOf("x")')).toBe("Unable to find JQL function 'membersOf()'.");
    expect(error('created > yesterday')).toContain("Date value 'yesterday' for field 'created' is invalid.");
    expect(error('project = GROW ORDER BY text')).toBe("Field 'text' does not support sorting.");
    expect(error('status is Done')).toContain("only supports the operands 'EMPTY' and 'NULL'");
  });

  it('tells bounded from unbounded queries', () => {
    const ctx = { store, actor: APP, now: NOW };
    expect(compileJql('ORDER BY key', ctx).bounded).toBe(false);
    expect(compileJql('', ctx).bounded).toBe(false);
    expect(compileJql('project = GROW ORDER BY key', ctx).bounded).toBe(true);
  });
});

describe('lenient validation', () => {
  const lenient = (jql: string, actor: JiraActor = as(DEMO_USERS.emily)) => {
    const ctx = { store, actor, now: NOW, lenient: true };
    return runJql(compileJql(jql, ctx), ctx).map((i) => i.key);
  };

  it('drops unknown and invisible values instead of refusing the query', () => {
    // Strict: Jira names the value it does not know.
    expect(error('key in (GROW-7, GROW-9999)', as(DEMO_USERS.emily))).toBe("An issue with key 'GROW-9999' does not exist for field 'key'.");
    expect(lenient('key in (GROW-7, GROW-9999, GROW-21)')).toEqual(['GROW-7']);
    expect(lenient('project = NOPE')).toEqual([]);
    expect(lenient('project = SEC AND issuetype = Epic')).toEqual([]);
  });

  it('matches nothing for a field that does not exist, and still refuses bad syntax', () => {
    expect(lenient('nosuchfield = 3 OR key = GROW-7')).toEqual(['GROW-7']);
    expect(() => lenient('key in (GROW-7')).toThrow(JqlError);
  });
});

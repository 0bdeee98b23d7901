import { canSeePrivate, decide, memberListIssues, roleOn, type Action, type Person, type TeamMembership } from './roles';

const ADMIN = 'acc-team-admin';
const MEMBER = 'acc-member';
const OUTSIDER = 'acc-outsider';
const growth: TeamMembership = {
  id: 'growth',
  name: 'Growth',
  members: [
    { accountId: ADMIN, role: 'admin' },
    { accountId: MEMBER, role: 'member' },
  ],
};
const platform: TeamMembership = { id: 'platform', name: 'Platform', members: [{ accountId: OUTSIDER, role: 'admin' }] };
const teams = [growth, platform];

const person = (accountId: string | undefined, appAdmin = false): Person => ({ accountId, appAdmin });
const allowed = (who: Person, action: Action) => decide(who, action, teams).allowed;

describe('roles', () => {
  it('knows each person’s role on a team', () => {
    expect(roleOn(person(ADMIN), growth)).toBe('team-admin');
    expect(roleOn(person(MEMBER), growth)).toBe('member');
    expect(roleOn(person(OUTSIDER), growth)).toBe('viewer');
    expect(roleOn(person(OUTSIDER, true), growth)).toBe('app-admin');
    expect(roleOn(person(undefined), growth)).toBe('viewer');
  });

  it('lets only app admins manage the organisation', () => {
    expect(allowed(person('x', true), { kind: 'manage-organisation' })).toBe(true);
    expect(allowed(person(ADMIN), { kind: 'manage-organisation' })).toBe(false);
    expect(decide(person(ADMIN), { kind: 'manage-organisation' }, teams)).toEqual({ allowed: false, reason: expect.stringMatching(/app admins/) });
  });

  it("lets team admins and app admins edit a team's OKRs and publish its session, nobody else", () => {
    for (const kind of ['edit-team-okrs', 'publish-session'] as const) {
      expect(allowed(person(ADMIN), { kind, teamId: 'growth' })).toBe(true);
      expect(allowed(person('x', true), { kind, teamId: 'growth' })).toBe(true);
      expect(allowed(person(MEMBER), { kind, teamId: 'growth' })).toBe(false);
      // Admin of another team is a viewer here.
      expect(allowed(person(OUTSIDER), { kind, teamId: 'growth' })).toBe(false);
    }
    expect(decide(person(MEMBER), { kind: 'edit-team-okrs', teamId: 'growth' }, teams)).toMatchObject({ reason: expect.stringContaining("Growth's team admins") });
  });

  it('lets members edit the key results they own, not the others', () => {
    expect(allowed(person(MEMBER), { kind: 'edit-key-result', teamId: 'growth', ownerAccountId: MEMBER })).toBe(true);
    expect(allowed(person(MEMBER), { kind: 'edit-key-result', teamId: 'growth', ownerAccountId: ADMIN })).toBe(false);
    expect(allowed(person(MEMBER), { kind: 'edit-key-result', teamId: 'growth' })).toBe(false);
    expect(allowed(person(ADMIN), { kind: 'edit-key-result', teamId: 'growth', ownerAccountId: MEMBER })).toBe(true);
    // Owning a key result of a team one is not a member of gives a check-in, not an edit.
    expect(allowed(person(OUTSIDER), { kind: 'edit-key-result', teamId: 'growth', ownerAccountId: OUTSIDER })).toBe(false);
  });

  it("lets members check in on their team's key results, and an owner on theirs whatever their team", () => {
    expect(allowed(person(MEMBER), { kind: 'check-in', teamId: 'growth' })).toBe(true);
    expect(allowed(person(ADMIN), { kind: 'check-in', teamId: 'growth' })).toBe(true);
    expect(allowed(person(OUTSIDER), { kind: 'check-in', teamId: 'growth' })).toBe(false);
    expect(allowed(person(OUTSIDER), { kind: 'check-in', teamId: 'growth', ownerAccountId: OUTSIDER })).toBe(true);
  });

  it("lets the team's members, its admins and app admins take part in its session, not viewers", () => {
    const action = { kind: 'take-part-in-session', teamId: 'growth' } as const;
    expect(allowed(person(MEMBER), action)).toBe(true);
    expect(allowed(person(ADMIN), action)).toBe(true);
    expect(allowed(person('x', true), action)).toBe(true);
    expect(decide(person(OUTSIDER), action, teams)).toEqual({ allowed: false, reason: expect.stringContaining("Growth's members") });
  });

  it('refuses every change to an anonymous viewer, and shows them no private objective', () => {
    for (const action of [
      { kind: 'manage-organisation' },
      { kind: 'edit-team-okrs', teamId: 'growth' },
      { kind: 'check-in', teamId: 'growth', ownerAccountId: undefined },
    ] as Action[]) {
      expect(decide(person(undefined, true), action, teams)).toEqual({ allowed: false, reason: 'Sign in to Atlassian to change OKRs' });
    }
    expect(canSeePrivate(person(undefined), 'growth', teams)).toBe(false);
  });

  it("shows a team's private objectives to its members, its admins and app admins only", () => {
    expect(canSeePrivate(person(MEMBER), 'growth', teams)).toBe(true);
    expect(canSeePrivate(person(ADMIN), 'growth', teams)).toBe(true);
    expect(canSeePrivate(person('x', true), 'growth', teams)).toBe(true);
    expect(canSeePrivate(person(OUTSIDER), 'growth', teams)).toBe(false);
    // An unknown team has no members: only app admins.
    expect(canSeePrivate(person(MEMBER), 'gone', teams)).toBe(false);
  });

  it('checks a member list: each account once, and an admin on a team with members', () => {
    expect(memberListIssues([])).toEqual([]);
    expect(memberListIssues([{ accountId: 'a', role: 'admin' }, { accountId: 'b', role: 'member' }])).toEqual([]);
    expect(memberListIssues([{ accountId: 'a', role: 'member' }])).toEqual(['no-team-admin']);
    expect(memberListIssues([{ accountId: 'a', role: 'admin' }, { accountId: 'a', role: 'member' }])).toEqual(['duplicate-member']);
  });
});

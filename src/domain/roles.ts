/**
 * Who may do what (tracker issue 10, point 2): the one policy every resolver asks. Pure: the
 * application layer gathers the facts (is this person an app admin, the teams with their
 * members) and this decides.
 *
 * - App admins (the sites' admins, and those named in setup) manage the organisation: cycles,
 *   teams, settings, closing cycles; and may do anything a team admin may, on every team.
 * - A team's admins edit its objectives, key results and initiatives and publish its sessions.
 * - A team's members check in on its key results, edit the key results they own, and take part in
 *   its OKR sessions (propose, vote, draft); publishing is its team admins'.
 * - A key result's owner may check in on it, whatever their team.
 * - Everyone else who can see the page or project is a viewer: they read.
 * Private objectives are seen by the team's members and admins and by app admins only.
 */
import type { TEAM_ROLES } from './values';

export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamMember {
  accountId: string;
  role: TeamRole;
}

/** What the policy needs to know about a team. */
export interface TeamMembership {
  id: string;
  name: string;
  members: readonly TeamMember[];
}

/** The person asking, as the application established it from the trusted context. */
export interface Person {
  /** Undefined for an anonymous viewer. */
  accountId?: string | undefined;
  appAdmin: boolean;
}

export type Action =
  | { kind: 'manage-organisation' }
  | { kind: 'edit-team-okrs'; teamId: string }
  | { kind: 'publish-session'; teamId: string }
  /** Propose, vote, draft and move a team's OKR session along: the team's own meeting. */
  | { kind: 'take-part-in-session'; teamId: string }
  | { kind: 'edit-key-result'; teamId: string; ownerAccountId?: string | undefined }
  | { kind: 'check-in'; teamId: string; ownerAccountId?: string | undefined }
  | { kind: 'see-private'; teamId: string };

/** Why not, in words that say who can: the FORBIDDEN message. */
export type Decision = { allowed: true } | { allowed: false; reason: string };

export type Role = 'app-admin' | 'team-admin' | 'member' | 'viewer';

/** The person's role on a team (app admins are app admins everywhere). */
export function roleOn(person: Person, team: TeamMembership | undefined): Role {
  if (person.appAdmin) return 'app-admin';
  const role = person.accountId && team ? team.members.find((m) => m.accountId === person.accountId)?.role : undefined;
  return role === 'admin' ? 'team-admin' : role === 'member' ? 'member' : 'viewer';
}

const ALLOWED: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

export function decide(person: Person, action: Action, teams: readonly TeamMembership[]): Decision {
  if (!person.accountId) return deny('Sign in to Atlassian to change OKRs');
  if (action.kind === 'manage-organisation') {
    return person.appAdmin ? ALLOWED : deny('Only app admins (site admins and those named in the app setup) can change cycles, teams and settings');
  }
  const team = teams.find((t) => t.id === action.teamId);
  const role = roleOn(person, team);
  const teamName = team?.name ?? 'this team';
  const isOwner = 'ownerAccountId' in action && action.ownerAccountId !== undefined && action.ownerAccountId === person.accountId;
  switch (action.kind) {
    case 'edit-team-okrs':
    case 'publish-session':
      return role === 'app-admin' || role === 'team-admin'
        ? ALLOWED
        : deny(`Only ${teamName}'s team admins and app admins can ${action.kind === 'publish-session' ? "publish the team's session" : "change the team's objectives, key results and initiatives"}`);
    case 'take-part-in-session':
      return role === 'viewer'
        ? deny(`Only ${teamName}'s members, its team admins and app admins take part in the team's OKR session`)
        : ALLOWED;
    case 'edit-key-result':
      return role === 'app-admin' || role === 'team-admin' || (role === 'member' && isOwner)
        ? ALLOWED
        : deny(`Only the key result's owner (a member of ${teamName}), ${teamName}'s team admins and app admins can change this key result`);
    case 'check-in':
      return role !== 'viewer' || isOwner
        ? ALLOWED
        : deny(`Only members of ${teamName} and the key result's owner can check in on this key result`);
    case 'see-private':
      return role === 'viewer' ? deny(`This objective is private to ${teamName}`) : ALLOWED;
  }
}

/** Whether `person` may see a team's private objectives (anonymous viewers never do). */
export const canSeePrivate = (person: Person, teamId: string, teams: readonly TeamMembership[]): boolean =>
  person.accountId !== undefined && decide(person, { kind: 'see-private', teamId }, teams).allowed;

/**
 * The problems of a team's member list as saved: one entry per account, and (on a team that has
 * any members) at least one admin, so a team is never left without someone to run it.
 */
export function memberListIssues(members: readonly TeamMember[]): Array<'duplicate-member' | 'no-team-admin'> {
  const issues: Array<'duplicate-member' | 'no-team-admin'> = [];
  if (new Set(members.map((m) => m.accountId)).size !== members.length) issues.push('duplicate-member');
  if (members.length > 0 && !members.some((m) => m.role === 'admin')) issues.push('no-team-admin');
  return issues;
}

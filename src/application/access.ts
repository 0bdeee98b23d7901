/**
 * The roles policy (src/domain/roles.ts) applied to one call: who is asking, as established from
 * trusted sources (src/application/people.ts), and the teams with their members, read once.
 * Writes ask `requireAllowed`; reads ask `accessOf(...).can` to say what the screen may offer
 * and `seesPrivate` to leave out what the person may not see.
 */
import { decide, canSeePrivate, type Action, type Person } from '../domain/roles';
import type { Team } from '../domain/types';
import { ForbiddenError } from './errors';
import { knownPerson, personOf, withSiteAdmin } from './people';
import type { Actor, Ports } from './ports';

export interface Access {
  person: Person;
  teams: Team[];
  /** Whether the policy allows the action (no throw): for the `can` flags of read answers. */
  can(action: Action): boolean;
  /** Whether the person sees the team's private objectives. */
  seesPrivate(teamId: string): boolean;
}

const accessFor = (person: Person, teams: Team[]): Access => ({
  person,
  teams,
  can: (action) => decide(person, action, teams).allowed,
  seesPrivate: (teamId) => canSeePrivate(person, teamId, teams),
});

/** Every fact about the person (Jira is asked whether they administer the site, once). */
export async function accessOf(ports: Ports, actor: Actor, teams?: Team[]): Promise<Access> {
  const [person, teamList] = await Promise.all([personOf(ports, actor), teams ? Promise.resolve(teams) : ports.teams.list()]);
  return accessFor(person, teamList);
}

/**
 * Refuses (FORBIDDEN, saying who can) unless the policy allows the action; nothing is written
 * before. Jira is asked about site admins only when storage alone does not allow it: a team's
 * admin saving its OKRs costs no Jira request.
 */
export async function requireAllowed(ports: Ports, actor: Actor, action: Action, teams?: Team[]): Promise<Access> {
  const [known, teamList] = await Promise.all([knownPerson(ports, actor), teams ? Promise.resolve(teams) : ports.teams.list()]);
  if (decide(known, action, teamList).allowed) return accessFor(known, teamList);
  const person = await withSiteAdmin(ports, known, { outage: 'throw' });
  const decision = decide(person, action, teamList);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
  return accessFor(person, teamList);
}

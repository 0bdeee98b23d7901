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
import type { Actor, AppSettings, Ports } from './ports';

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

/** Every fact about the person (the products are asked whether they administer the site). */
export async function accessOf(ports: Ports, actor: Actor, teams?: Team[]): Promise<Access> {
  const [person, teamList] = await Promise.all([personOf(ports, actor), teams ? Promise.resolve(teams) : ports.teams.list()]);
  return accessFor(person, teamList);
}

/**
 * The access of a read that already holds the teams and the settings: no storage read of its own.
 * The products' "site admin?" is asked only when it could change the answer: for a signed-in person whom
 * storage does not already make an app admin, and only if `deniesSomething` (asked of the access
 * known from storage) says this read would leave something out or not offer it. An app admin may
 * do and see everything, so only a denial can be turned round. A team admin reading their own
 * team's OKRs costs no product request. An outage makes nobody an admin: the read still answers.
 */
export async function readAccess(
  ports: Ports,
  actor: Actor,
  facts: { teams: Team[]; settings: Pick<AppSettings, 'appAdminAccountIds'> },
  deniesSomething: (known: Access) => boolean,
): Promise<Access> {
  const known = accessFor(await knownPerson(ports, actor, facts.settings), facts.teams);
  if (!known.person.accountId || known.person.appAdmin || !deniesSomething(known)) return known;
  return accessFor(await withSiteAdmin(ports, known.person), facts.teams);
}

/**
 * Refuses (FORBIDDEN, saying who can) unless the policy allows the action; nothing is written
 * before. Each fact is gathered only when the cheaper ones do not already allow the action: the
 * teams' members (needed for team actions only), then the app admins named in the settings, then
 * the products' "site admin?". A team's admin saving its OKRs costs no settings read and no product request.
 */
export async function requireAllowed(ports: Ports, actor: Actor, action: Action, teams?: Team[]): Promise<Access> {
  const teamList = teams ?? (action.kind === 'manage-organisation' ? [] : await ports.teams.list());
  const byMembership: Person = actor.accountId ? { accountId: actor.accountId, appAdmin: false } : { appAdmin: false };
  if (decide(byMembership, action, teamList).allowed) return accessFor(byMembership, teamList);
  const known = await knownPerson(ports, actor);
  if (decide(known, action, teamList).allowed) return accessFor(known, teamList);
  const person = await withSiteAdmin(ports, known, { outage: 'throw' });
  const decision = decide(person, action, teamList);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
  return accessFor(person, teamList);
}

/**
 * The facts the roles policy (src/domain/roles.ts) needs about the person asking, gathered from
 * trusted sources only: the invocation's account id and module, the app's settings (app admins
 * named in setup) and Jira's own answer, as the user, to "do you administer this site?".
 */
import type { Person } from '../domain/roles';
import { ProductUnavailableError } from './errors';
import type { Actor, AppSettings, Ports } from './ports';

/**
 * The person as far as storage and the invocation say, without asking Jira: enough for most
 * decisions (a team's admins and members are named in storage), and free of a Jira request.
 */
export async function knownPerson(ports: Ports, actor: Actor, settings?: Pick<AppSettings, 'appAdminAccountIds'>): Promise<Person> {
  if (!actor.accountId) return { appAdmin: false };
  // Confluence has no API that says who administers it (CONFCLOUD-33236): its global settings
  // page, shown only to its admins, is the proof (docs/decisions/0018).
  if (actor.fromAdminSurface) return { accountId: actor.accountId, appAdmin: true };
  const named = (settings ?? (await ports.settings.get())).appAdminAccountIds ?? [];
  return { accountId: actor.accountId, appAdmin: named.includes(actor.accountId) };
}

/** The person with every fact: a Jira site admin is an app admin too. */
export async function personOf(ports: Ports, actor: Actor): Promise<Person> {
  return withSiteAdmin(ports, await knownPerson(ports, actor));
}

/**
 * Asks Jira (as the user) only when storage has not already made the person an app admin.
 * `outage: 'throw'` for a change that only a site admin may make: while Jira is down, "try again"
 * (UNAVAILABLE) is the truth, not "you may not".
 */
export async function withSiteAdmin(ports: Ports, person: Person, options: { outage?: 'not-admin' | 'throw' } = {}): Promise<Person> {
  if (!person.accountId || person.appAdmin) return person;
  return { ...person, appAdmin: await isSiteAdmin(ports, options.outage ?? 'not-admin') };
}

/** A Jira site admin is an app admin; where Jira is not connected, nobody is by that route. */
async function isSiteAdmin(ports: Ports, outage: 'not-admin' | 'throw'): Promise<boolean> {
  try {
    return await ports.work.isSiteAdmin();
  } catch (error) {
    if (error instanceof ProductUnavailableError && (error.reason === 'not-connected' || outage === 'not-admin')) return false;
    // Someone who has not yet allowed the app to act for them in Jira: a read answers as for a
    // viewer (no "Allow access" prompt just to ask this); a change that needs it lets Forge ask.
    if (outage === 'not-admin' && error instanceof Error && error.name === 'NEEDS_AUTHENTICATION_ERR') return false;
    throw error;
  }
}

/**
 * The facts the roles policy (src/domain/roles.ts) needs about the person asking, gathered from
 * trusted sources only: the invocation's account id and module, the app's settings (app admins
 * named in setup) and the products' own answers, as the user, to "do you administer this site?"
 * (Confluence's, then Jira's).
 */
import type { Person } from '../domain/roles';
import { ProductUnavailableError } from './errors';
import type { Actor, AppSettings, Ports } from './ports';

/**
 * The person as far as storage and the invocation say, without asking the products: enough for
 * most decisions (a team's admins and members are named in storage), and free of any request.
 */
export async function knownPerson(ports: Ports, actor: Actor, settings?: Pick<AppSettings, 'appAdminAccountIds'>): Promise<Person> {
  if (!actor.accountId) return { appAdmin: false };
  // The setup pages are shown by the products to their admins only: a call from one is an
  // admin's, with no product request (docs/decisions/0018).
  if (actor.fromAdminSurface) return { accountId: actor.accountId, appAdmin: true };
  const named = (settings ?? (await ports.settings.get())).appAdminAccountIds ?? [];
  return { accountId: actor.accountId, appAdmin: named.includes(actor.accountId) };
}

/** The person with every fact: a Confluence or Jira site admin is an app admin too. */
export async function personOf(ports: Ports, actor: Actor): Promise<Person> {
  return withSiteAdmin(ports, await knownPerson(ports, actor));
}

/**
 * Asks the products (as the user) only when storage has not already made the person an app admin.
 * `outage: 'throw'` for a change that only a site admin may make: while a product is down, "try
 * again" (UNAVAILABLE) is the truth, not "you may not".
 */
export async function withSiteAdmin(ports: Ports, person: Person, options: { outage?: 'not-admin' | 'throw' } = {}): Promise<Person> {
  if (!person.accountId || person.appAdmin) return person;
  return { ...person, appAdmin: await isSiteAdmin(ports, options.outage ?? 'not-admin') };
}

/**
 * A Confluence or Jira site admin is an app admin: Confluence is asked first (the app's required
 * product), Jira only when Confluence says no. Where Jira is not connected, nobody is an admin by
 * that route. `outage: 'not-admin'` (a read): a product that cannot be asked, or a person who has
 * not allowed the app to act for them yet, makes nobody an admin; `'throw'` (a change only an
 * admin may make): UNAVAILABLE ("try again") or Forge's consent prompt.
 */
async function isSiteAdmin(ports: Ports, outage: 'not-admin' | 'throw'): Promise<boolean> {
  return (await ask(() => ports.confluence.isAdmin(), outage)) || (await ask(() => ports.work.isSiteAdmin(), outage));
}

async function ask(question: () => Promise<boolean>, outage: 'not-admin' | 'throw'): Promise<boolean> {
  try {
    return await question();
  } catch (error) {
    if (error instanceof ProductUnavailableError && (error.reason === 'not-connected' || outage === 'not-admin')) return false;
    if (outage === 'not-admin' && error instanceof Error && /NEEDS_AUTHENTICATION|NeedsAuthentication/i.test(error.name)) return false;
    throw error;
  }
}

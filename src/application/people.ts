/**
 * The facts the roles policy (src/domain/roles.ts) needs about the person asking, gathered from
 * trusted sources only: the invocation's account id, the app's settings (app admins named in
 * setup) and Jira's own answer, as the user, to "do you administer this site?".
 */
import type { Person } from '../domain/roles';
import { ProductUnavailableError } from './errors';
import type { Actor, Ports } from './ports';

export async function personOf(ports: Ports, actor: Actor): Promise<Person> {
  if (!actor.accountId) return { appAdmin: false };
  const named = (await ports.settings.get()).appAdminAccountIds ?? [];
  if (named.includes(actor.accountId)) return { accountId: actor.accountId, appAdmin: true };
  return { accountId: actor.accountId, appAdmin: await isSiteAdmin(ports) };
}

/** A Jira site admin is an app admin; while Jira cannot say (down, not connected), nobody is by that route. */
async function isSiteAdmin(ports: Ports): Promise<boolean> {
  try {
    return await ports.work.isSiteAdmin();
  } catch (error) {
    if (error instanceof ProductUnavailableError) return false;
    throw error;
  }
}

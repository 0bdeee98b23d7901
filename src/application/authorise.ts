import { ForbiddenError } from './errors';
import type { Actor } from './ports';

/**
 * Who may do what. The actor comes from the invocation's trusted context, never the payload.
 * Reading follows the page: whoever Confluence or Jira lets see the macro may see its OKRs.
 * Changing OKRs needs a signed-in Atlassian account (anonymous viewers of a public page may not).
 */
export function requireSignedIn(actor: Actor): string {
  if (!actor.accountId) {
    throw new ForbiddenError('Sign in to Atlassian to change OKRs');
  }
  return actor.accountId;
}

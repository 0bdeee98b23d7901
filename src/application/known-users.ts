import { ValidationError } from './errors';
import type { Ports } from './ports';

/**
 * Owners and facilitators must be people of the site: the id is checked against Jira's user
 * directory, as the caller, before anything is written. An id Jira does not answer for is
 * refused on its field; Jira unavailable is ProductUnavailableError (UNAVAILABLE), so a save
 * never stores an owner nobody could check. An unchanged id was checked when it was set, and
 * is not asked about again (one Jira call saved on every ordinary edit).
 */
export async function requireKnownUser(
  ports: Ports,
  field: 'ownerAccountId' | 'facilitatorAccountId',
  accountId: string | undefined,
  unchangedFrom?: string,
): Promise<void> {
  if (accountId === undefined || accountId === unchangedFrom) return;
  const found = await ports.users.getMany([accountId]);
  if (found.some((user) => user.accountId === accountId)) return;
  const message = `No user with account id "${accountId}" on this site`;
  throw new ValidationError(message, { [field]: { code: 'invalid_value', message, reason: 'unknown-user' } });
}

/**
 * The same check for a list of people (e.g. the app admins named in setup): the ids not in
 * `unchangedFrom` are asked about in one call; the first unknown one is refused on `field`.
 */
export async function requireKnownUsers(
  ports: Ports,
  field: 'appAdminAccountIds',
  accountIds: readonly string[],
  unchangedFrom: readonly string[] = [],
): Promise<void> {
  const known = new Set(unchangedFrom);
  const asked = [...new Set(accountIds)].filter((id) => !known.has(id));
  if (asked.length === 0) return;
  const found = new Set((await ports.users.getMany(asked)).map((user) => user.accountId));
  const unknown = asked.find((id) => !found.has(id));
  if (unknown === undefined) return;
  const message = `No user with account id "${unknown}" on this site`;
  throw new ValidationError(message, { [field]: { code: 'invalid_value', message, reason: 'unknown-user' } });
}

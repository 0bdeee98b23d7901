import type { CurrentUserView, UserView } from '../../contracts/views';
import { personOf } from '../people';
import type { Actor, Ports } from '../ports';

/** Who is using the app, and whether they may set it up (app admins see the setup). */
export async function currentUser(ports: Ports, actor: Actor): Promise<CurrentUserView> {
  const [user, person] = await Promise.all([ports.users.current(), personOf(ports, actor)]);
  return { ...user, appAdmin: person.appAdmin };
}

export const searchUsers = (ports: Ports, query: string): Promise<UserView[]> => ports.users.search(query);

export async function getUsers(ports: Ports, accountIds: string[]): Promise<UserView[]> {
  const unique = [...new Set(accountIds)];
  return unique.length ? ports.users.getMany(unique) : [];
}

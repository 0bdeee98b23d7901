import type { UserView } from '../../contracts/views';
import type { Ports } from '../ports';

export const currentUser = (ports: Ports): Promise<UserView> => ports.users.current();

export const searchUsers = (ports: Ports, query: string): Promise<UserView[]> => ports.users.search(query);

export async function getUsers(ports: Ports, accountIds: string[]): Promise<UserView[]> {
  const unique = [...new Set(accountIds)];
  return unique.length ? ports.users.getMany(unique) : [];
}

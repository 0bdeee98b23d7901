import { getCurrentUserPayload, getUsersPayload, searchUsersPayload } from '../contracts/schemas';
import { currentUser, getUsers, searchUsers } from '../application/use-cases/users';
import { defineResolver } from './define-resolver';

/** People, read from Jira as the caller: owner pickers and names. */
export const userResolvers = [
  defineResolver('getCurrentUser', getCurrentUserPayload, ({ ports, actor }) => currentUser(ports, actor)),
  defineResolver('searchUsers', searchUsersPayload, ({ ports, input }) => searchUsers(ports, input.query)),
  defineResolver('getUsers', getUsersPayload, ({ ports, input }) => getUsers(ports, input.accountIds)),
];

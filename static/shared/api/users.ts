/** The user resolvers, used by the shared people components (UserPicker, UserName) on every surface. */
import { callResolver } from './call-resolver';

export const searchUsers = (query: string) => callResolver('searchUsers', { query });
export const getUsers = (accountIds: string[]) => callResolver('getUsers', { accountIds });
export const getCurrentUser = () => callResolver('getCurrentUser', {});

/**
 * Whether the person administers the app (getCurrentUser's `appAdmin`): for what only app admins
 * change, such as the site-wide epic progress mode and the setup. Asked once per surface load;
 * false while it loads or if it cannot be told, so nothing is offered that would be refused.
 */
import { getCurrentUser } from '../api/users';
import { useResource } from './use-resource';

export function useAppAdmin(): boolean {
  const { resource } = useResource('current-user', getCurrentUser);
  return resource.status === 'ok' && resource.data.appAdmin;
}

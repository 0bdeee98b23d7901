/**
 * The macro's session, kept live for everyone in the meeting: `getSession` every few seconds while
 * the page is visible (and at once when the user comes back to it). Forms keep their own drafts
 * (see use-item-draft), so a refresh never takes away what someone is typing.
 */
import { useLiveRefresh } from '@shared/hooks/use-live-refresh';
import { useResource } from '@shared/hooks/use-resource';
import { getSession } from '../../../api/invokes';

/** A meeting moves fast: others' candidates, votes and steps show within a few seconds. */
export const SESSION_REFRESH_MS = 4_000;

export function useLiveSession() {
  const session = useResource('session', getSession);
  useLiveRefresh(session.reload, session.resource.status === 'ok', SESSION_REFRESH_MS);
  return session;
}

/**
 * The OKR tree for a cycle and (optionally) a team: one `getOkrTree` call per cycle shown.
 * Switching cycles keeps the previous tree on screen (inert) until the next one arrives, so the
 * cycle switcher the user is on never unmounts under their focus. The tree stays live: others'
 * check-ins, edits and epic progress appear without a page reload (see useLiveRefresh).
 */
import type { Envelope } from '@contracts/envelope';
import type { GetOkrTreeInput } from '@contracts/schemas';
import type { OkrTreeView } from '@contracts/views';
import { useLiveRefresh } from '../hooks/use-live-refresh';
import { useResource } from '../hooks/use-resource';

/** `request` null: an input (the cycle, the team) is not known yet. */
export function useLiveTree(request: GetOkrTreeInput | null, getOkrTree: (payload: GetOkrTreeInput) => Promise<Envelope<OkrTreeView>>) {
  const tree = useResource<OkrTreeView>(
    request ? `${request.cycleId}/${request.teamId ?? '*'}` : null,
    () => (request ? getOkrTree(request) : Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'No cycle' } })),
    { keepPreviousData: true },
  );
  useLiveRefresh(tree.reload, tree.resource.status === 'ok');
  return tree;
}

/**
 * The OKR tree for a cycle and (optionally) a team: one `getOkrTree` call per cycle shown.
 * Switching cycles keeps the previous tree on screen (inert) until the next one arrives, so the
 * cycle switcher the user is on never unmounts under their focus. The tree stays live: others'
 * check-ins, edits and epic progress appear without a page reload (see useLiveRefresh). Each
 * poll asks `getOkrTreeChanges` whether the tree on screen is still current, which costs a few
 * change markers instead of the whole cycle's storage (docs/decisions/0016).
 */
import type { Envelope } from '@contracts/envelope';
import type { GetOkrTreeInput } from '@contracts/schemas';
import type { OkrTreeView } from '@contracts/views';
import { useCallback } from 'react';
import { callResolver } from '../api';
import { useLiveRefresh } from '../hooks/use-live-refresh';
import { useResource } from '../hooks/use-resource';

/** `request` null: an input (the cycle, the team) is not known yet. */
export function useLiveTree(request: GetOkrTreeInput | null, getOkrTree: (payload: GetOkrTreeInput) => Promise<Envelope<OkrTreeView>>) {
  const tree = useResource<OkrTreeView>(
    request ? `${request.cycleId}/${request.teamId ?? '*'}` : null,
    () => (request ? getOkrTree(request) : Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'No cycle' } })),
    { keepPreviousData: true },
  );
  const shown = tree.resource.status === 'ok' ? tree.resource.data : undefined;
  const { reload, replace } = tree;
  const poll = useCallback(async () => {
    if (!request || !shown?.since) return reload();
    const answer = await callResolver('getOkrTreeChanges', { ...request, since: shown.since });
    // A failed poll keeps what is on screen; the next one tries again.
    if (answer.ok && answer.data.changed) replace(answer.data.tree);
  }, [request?.cycleId, request?.teamId, shown?.since, reload, replace]);
  useLiveRefresh(poll, tree.resource.status === 'ok');
  return tree;
}

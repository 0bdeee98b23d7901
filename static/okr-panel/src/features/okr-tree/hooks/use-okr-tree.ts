/**
 * The OKR tree for a cycle and (optionally) a team: one `getOkrTree` call per cycle shown.
 * Switching cycles keeps the previous tree on screen (inert) until the next one arrives, so the
 * cycle switcher the user is on never unmounts under their focus. The tree stays live: others'
 * check-ins and edits appear without a page reload (see useLiveRefresh).
 */
import type { OkrTreeView } from '@contracts/views';
import { useLiveRefresh } from '@shared/hooks/use-live-refresh';
import { useResource } from '@shared/hooks/use-resource';
import { getOkrTree } from '../../../api/invokes';

export function useOkrTree(cycleId: string | undefined, teamId: string | undefined) {
  const tree = useResource<OkrTreeView>(
    cycleId ? `${cycleId}/${teamId ?? '*'}` : null,
    () => getOkrTree(teamId ? { cycleId: cycleId ?? '', teamId } : { cycleId: cycleId ?? '' }),
    { keepPreviousData: true },
  );
  useLiveRefresh(tree.reload, tree.resource.status === 'ok');
  return tree;
}

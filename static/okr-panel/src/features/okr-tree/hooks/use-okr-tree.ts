/**
 * The OKR tree for a cycle and (optionally) a team: one `getOkrTree` call per cycle shown.
 * Switching cycles keeps the previous tree on screen (inert) until the next one arrives, so the
 * cycle switcher the user is on never unmounts under their focus.
 */
import type { OkrTreeView } from '@contracts/views';
import { useResource } from '@shared/hooks/use-resource';
import { getOkrTree } from '../../../api/invokes';

export function useOkrTree(cycleId: string | undefined, teamId: string | undefined) {
  return useResource<OkrTreeView>(cycleId ? `${cycleId}/${teamId ?? '*'}` : null, () =>
    getOkrTree(teamId ? { cycleId: cycleId ?? '', teamId } : { cycleId: cycleId ?? '' }),
    { keepPreviousData: true },
  );
}

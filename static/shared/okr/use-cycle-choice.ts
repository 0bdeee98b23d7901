/**
 * Which cycle the panel shows: the one the user switched to, else the macro's configured cycle,
 * else the current one. The tree loads straight away when the cycle is configured; the cycle
 * list (for the switcher) loads beside it rather than in front of it.
 */
import type { CycleView } from '@contracts/views';
import { useResource, type Resource } from '@shared/hooks/use-resource';
import { currentCycle } from '@shared/okr/current-cycle';
import { useState } from 'react';
import { listCycles } from '../../../api/invokes';

export interface PanelCycle {
  cycles: Resource<CycleView[]>;
  /** Undefined while it depends on the cycle list, or when there is no cycle at all. */
  cycleId: string | undefined;
  choose: (cycleId: string) => void;
  reloadCycles: () => Promise<void>;
}

export function usePanelCycle(configuredCycleId: string | undefined): PanelCycle {
  const { resource: cycles, reload: reloadCycles } = useResource('cycles', listCycles);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const fallback = cycles.status === 'ok' ? currentCycle(cycles.data)?.id : undefined;
  return { cycles, cycleId: chosen ?? configuredCycleId ?? fallback, choose: setChosen, reloadCycles };
}

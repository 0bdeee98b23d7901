/**
 * Which cycle a screen shows: the one the user switched to, else a configured cycle (the macro's
 * setting), else the current one. Shared by the Confluence panel and the Jira project page. A
 * screen with a configured cycle loads its tree straight away; the cycle list (for the switcher)
 * loads beside it rather than in front of it.
 */
import type { Envelope } from '@contracts/envelope';
import type { CycleView } from '@contracts/views';
import { useState } from 'react';
import { useResource, type Resource } from '../hooks/use-resource';
import { currentCycle, offeredCycles } from './current-cycle';

export interface CycleChoice {
  cycles: Resource<CycleView[]>;
  /** Undefined while it depends on the cycle list, or when there is no cycle at all. */
  cycleId: string | undefined;
  choose: (cycleId: string) => void;
  reloadCycles: () => Promise<void>;
}

/** `listCycles` is the surface's own wrapper (each surface lists the resolvers it calls). */
export function useCycleChoice(configuredCycleId: string | undefined, listCycles: () => Promise<Envelope<CycleView[]>>): CycleChoice {
  const { resource: cycles, reload: reloadCycles } = useResource('cycles', listCycles);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const fallback = cycles.status === 'ok' ? currentCycle(cycles.data)?.id : undefined;
  return { cycles, cycleId: chosen ?? configuredCycleId ?? fallback, choose: setChosen, reloadCycles };
}

/** The cycles the switcher offers: the list once loaded, else at least the one on screen. */
export function switcherCycles(choice: CycleChoice, shown: CycleView): readonly CycleView[] {
  // An archived cycle stays out of the switcher, unless it is the one on screen.
  return choice.cycles.status === 'ok' ? offeredCycles(choice.cycles.data, shown.id) : [shown];
}

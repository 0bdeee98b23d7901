import type { CycleView } from '../contracts/views';
import type { Cycle } from '../domain/types';

/** A cycle as every answer gives it: `archived` always present (a cycle stored before archiving existed reads false). */
export const cycleView = (cycle: Cycle): CycleView => ({ ...cycle, archived: cycle.archived === true });

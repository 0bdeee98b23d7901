import type { CycleRepository } from '../../application/ports';
import type { Cycle } from '../../domain/types';
import { versionedEntityRepository } from './versioned-entity-repository';

/** Cycles are few (a handful a year): one indexed query lists them all, ordered by start date. */
export const kvsCycleRepository: CycleRepository = versionedEntityRepository<Cycle>('cycle', 'by-start', 'cycle');

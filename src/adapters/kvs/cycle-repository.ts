import { kvs } from '@forge/kvs';
import type { CycleRepository } from '../../application/ports';
import type { Cycle } from '../../domain/types';
import { queryAll, saveVersioned } from './versioned-entity';

const ENTITY = 'cycle';

/** Cycles are few (a handful a year): one indexed query lists them all, ordered by start date. */
export const kvsCycleRepository: CycleRepository = {
  list: () => queryAll<Omit<Cycle, 'id'>>(ENTITY, 'by-start'),
  async get(id) {
    const value = await kvs.entity<Omit<Cycle, 'id'>>(ENTITY).get(id);
    return value ? { ...value, id } : undefined;
  },
  save: (cycle, expectedVersion) => saveVersioned(ENTITY, cycle, expectedVersion, 'cycle'),
};

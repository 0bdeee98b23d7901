import { kvs } from '@forge/kvs';
import type { CycleRepository } from '../../application/ports';
import type { Cycle } from '../../domain/types';
import { newMarkerValue, ORG_MARKER_KEY } from './change-markers';
import { isAbsent } from './conditions';
import { withKvsRetry } from './rate-limit-retry';
import { versionedEntityRepository } from './versioned-entity-repository';

const ENTITY = 'cycle';

/** Cycles are few (a handful a year): one indexed query lists them all, ordered by start date. */
const versioned = versionedEntityRepository<Cycle>(ENTITY, 'by-start', 'cycle');

export const kvsCycleRepository: CycleRepository = {
  ...versioned,
  async createAll(cycles) {
    // A year and its quarters: one transaction (5 of kvs's 25 operations), so a failure leaves
    // no half-made year; open trees learn of it through the organisation's change marker.
    await withKvsRetry(() => {
      let tx = kvs.transact();
      for (const { id, ...value } of cycles) tx = tx.set(id, value, { entityName: ENTITY, conditions: isAbsent() });
      tx = tx.set(ORG_MARKER_KEY, newMarkerValue(new Date().toISOString()));
      return tx.execute();
    });
    return [...cycles];
  },
};

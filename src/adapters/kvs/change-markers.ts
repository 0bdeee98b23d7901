/**
 * Change markers: one small plain-kvs value per cycle (its objectives, key results, check-ins,
 * initiatives and epic snapshots) and one for the organisation (teams, cycles, settings),
 * rewritten in the same transaction as every write that changes what a tree shows. An open OKR
 * panel polls them (a few hundred bytes) instead of re-reading the whole cycle (hundreds of KiB)
 * every 30 seconds (docs/decisions/0016).
 *
 * Written unconditionally with a fresh value, so two writers never conflict over a marker: the
 * last one wins, and either value tells a reader "something changed since you looked".
 */
import { randomUUID } from 'node:crypto';
import type { ChangeMarkers } from '../../application/ports';
import { readMany } from './batch-read';

export const ORG_MARKER_KEY = 'okr-changed-org';
export const cycleMarkerKey = (cycleId: string): string => `okr-changed-cycle-${cycleId}`;

/** Entities whose writes change every tree (names, dates, how epics count). */
export const ORG_WIDE_ENTITIES: ReadonlySet<string> = new Set(['team', 'cycle', 'app-settings']);

export interface MarkerValue {
  at: string;
  nonce: string;
}

export const newMarkerValue = (at: string): MarkerValue => ({ at, nonce: randomUUID() });

export const kvsChangeMarkers: ChangeMarkers = {
  async read(cycleIds) {
    const keys = [ORG_MARKER_KEY, ...[...new Set(cycleIds)].sort().map(cycleMarkerKey)];
    const stored = await readMany<MarkerValue>(undefined, keys);
    // Never written yet reads as "-": still a definite state, compared like any other.
    return keys.map((key) => stored.get(key)?.nonce ?? '-').join('.');
  },
};

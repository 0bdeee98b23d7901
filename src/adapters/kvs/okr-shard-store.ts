import { kvs, Sort } from '@forge/kvs';
import type { BaseFilter } from '@forge/kvs/out/entity-query';
import { ObjectiveTooLargeError } from '../../application/errors';
import { LIMITS } from '../../contracts/limits';
import { isAbsent, versionIs } from './conditions';
import { cycleMarkerKey, newMarkerValue } from './change-markers';
import { withKvsRetry } from './rate-limit-retry';
import type { KeyResult, Objective } from '../../domain/types';

/**
 * Storage layout of objectives and key results (docs/decisions/0002-okr-shards.md).
 *
 * A team's objectives for a cycle, each with its key results embedded, live in "shards": entity
 * records of at most MAX_OBJECTIVES objectives and MAX_SHARD_BYTES. One indexed query by cycle
 * (and team) therefore reads a whole screen, however many objectives it has. Every objective and
 * key result keeps its own `version` for optimistic concurrency; the shard's own `version` only
 * guards the read-modify-write of the record and is retried, never shown to users.
 */

export const SHARD_ENTITY = 'okr-shard';
export const LOCATOR_ENTITY = 'okr-locator';
export const MAX_OBJECTIVES = 25;
/** Operations one kvs transaction may hold (docs/decisions/0004). */
export const MAX_TRANSACTION_OPERATIONS = 25;
/** Below kvs's 240 KiB value limit, with room for the attributes around the objectives. */
export const MAX_SHARD_BYTES = 200 * 1024;
/** Entity queries return at most 100 records a page. */
const PAGE = 100;

export interface StoredObjective extends Objective {
  keyResults: KeyResult[];
}

export interface ShardValue {
  cycleId: string;
  teamId: string;
  seq: number;
  objectives: StoredObjective[];
  version: number;
  updatedAt: string;
}

/** Where an objective or a key result is stored. */
export interface Locator {
  shardKey: string;
  objectiveId: string;
  cycleId: string;
}

export const shardKeyOf = (cycleId: string, teamId: string, seq: number): string =>
  `${cycleId}:${teamId}:${String(seq).padStart(6, '0')}`;

export const shardBytes = (value: ShardValue): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

export const fits = (value: ShardValue): boolean =>
  value.objectives.length <= MAX_OBJECTIVES && shardBytes(value) <= MAX_SHARD_BYTES;

const objectiveBytes = (objective: StoredObjective): number => Buffer.byteLength(JSON.stringify(objective), 'utf8');

/** The bytes of a shard holding only this objective (with the longest shard attributes): the most it can get. */
const loneShardBytes = (objective: StoredObjective): number =>
  shardBytes({ cycleId: objective.cycleId, teamId: objective.teamId, seq: 999_999, objectives: [objective], version: LIMITS.versionMax, updatedAt: new Date(0).toISOString() });

/**
 * The safety net under the caps (docs/decisions/0007): an objective that would not fit even a
 * shard of its own is refused as VALIDATION, before anything is written, instead of failing in
 * storage. One an older version stored past the budget stays writable as long as it does not grow.
 */
export function assertStorable(objective: StoredObjective, previous: StoredObjective | undefined): void {
  const bytes = loneShardBytes(objective);
  if (bytes <= MAX_SHARD_BYTES) return;
  if (previous && objectiveBytes(objective) <= objectiveBytes(previous)) return;
  throw new ObjectiveTooLargeError(bytes, MAX_SHARD_BYTES);
}

/** Every shard of a cycle (optionally one team's), in `seq` order. One query per 100 shards. */
export async function readShards(cycleId: string, teamId?: string): Promise<Array<{ key: string; value: ShardValue }>> {
  const out: Array<{ key: string; value: ShardValue }> = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .entity<ShardValue>(SHARD_ENTITY)
      .query()
      .index(teamId ? 'by-cycle-team' : 'by-cycle', { partition: teamId ? [cycleId, teamId] : [cycleId] })
      .limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await withKvsRetry(() => query.getMany());
    for (const { key, value } of page.results) out.push({ key, value });
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function readLastShard(cycleId: string, teamId: string): Promise<{ key: string; value: ShardValue } | undefined> {
  const page = await withKvsRetry(() =>
    kvs.entity<ShardValue>(SHARD_ENTITY).query().index('by-cycle-team', { partition: [cycleId, teamId] }).sort(Sort.DESC).limit(1).getMany(),
  );
  const first = page.results[0];
  return first ? { key: first.key, value: first.value } : undefined;
}

export const readShard = (key: string): Promise<ShardValue | undefined> => withKvsRetry(() => kvs.entity<ShardValue>(SHARD_ENTITY).get(key));

export const readLocator = (id: string): Promise<Locator | undefined> => withKvsRetry(() => kvs.entity<Locator>(LOCATOR_ENTITY).get(id));

/**
 * The shards and locators one write touches, committed as a single kvs transaction: each
 * changed shard is written only if its version is still the one read (or, when new, only if
 * absent), so a concurrent writer makes the whole write fail and be retried.
 */
export class ShardWrite {
  private readonly shards = new Map<string, { value: ShardValue; readVersion?: number; changed: boolean }>();
  private readonly locatorSets = new Map<string, Locator>();
  private readonly locatorDeletes = new Set<string>();
  private readonly entitySets: Array<{ entityName: string; key: string; value: unknown; conditions?: BaseFilter<unknown> }> = [];
  private readonly entityDeletes: Array<{ entityName: string; key: string }> = [];

  async load(key: string): Promise<ShardValue | undefined> {
    const known = this.shards.get(key);
    if (known) return known.value;
    const value = await readShard(key);
    if (value) this.shards.set(key, { value, readVersion: value.version, changed: false });
    return value;
  }

  /** What this write holds for a shard it loaded or created, as changed so far. */
  current(key: string): ShardValue | undefined {
    return this.shards.get(key)?.value;
  }

  /**
   * The team-cycle's last shard if it can take `objective`, else a new shard after it (if the
   * objective fits one on its own: see assertStorable; `previous` is its stored self).
   */
  async shardFor(cycleId: string, teamId: string, objective: StoredObjective, previous?: StoredObjective): Promise<string> {
    const last = await readLastShard(cycleId, teamId);
    let seq = 1;
    if (last) {
      const value = await this.load(last.key);
      if (value) {
        if (fits({ ...value, objectives: [...value.objectives, objective] })) return last.key;
        seq = value.seq + 1;
      }
    }
    // A shard this write already created may follow the last stored one.
    while (this.shards.has(shardKeyOf(cycleId, teamId, seq))) {
      const key = shardKeyOf(cycleId, teamId, seq);
      const value = this.shards.get(key)!.value;
      if (fits({ ...value, objectives: [...value.objectives, objective] })) return key;
      seq += 1;
    }
    assertStorable(objective, previous);
    const key = shardKeyOf(cycleId, teamId, seq);
    this.shards.set(key, {
      value: { cycleId, teamId, seq, objectives: [], version: 0, updatedAt: '' },
      changed: true,
    });
    return key;
  }

  update(key: string, change: (objectives: StoredObjective[]) => StoredObjective[]): ShardValue {
    const entry = this.shards.get(key);
    if (!entry) throw new Error(`Shard ${key} was not loaded before being changed`);
    entry.value = { ...entry.value, objectives: change(entry.value.objectives) };
    entry.changed = true;
    return entry.value;
  }

  setLocator(id: string, locator: Locator): void {
    this.locatorDeletes.delete(id);
    this.locatorSets.set(id, locator);
  }

  deleteLocator(id: string): void {
    this.locatorSets.delete(id);
    this.locatorDeletes.add(id);
  }

  /**
   * Also writes a record of another entity (a check-in, an index record, a session) in the same
   * transaction, optionally only if `conditions` hold on its stored value.
   */
  alsoSet(entityName: string, key: string, value: unknown, conditions?: BaseFilter<unknown>): void {
    this.entitySets.push({ entityName, key, value, ...(conditions ? { conditions } : {}) });
  }

  /** How many operations commit() will send: kvs transactions take at most MAX_TRANSACTION_OPERATIONS. */
  operationCount(): number {
    const shards = [...this.shards.values()].filter((e) => e.changed && (e.value.objectives.length > 0 || e.readVersion !== undefined));
    return (
      shards.length + this.changedCycles().size + this.locatorSets.size + this.locatorDeletes.size + this.entitySets.length + this.entityDeletes.length
    );
  }

  /** The cycles whose trees this write changes: each gets its change marker rewritten. */
  private changedCycles(): Set<string> {
    return new Set([...this.shards.values()].filter((e) => e.changed).map((e) => e.value.cycleId));
  }

  alsoDelete(entityName: string, key: string): void {
    this.entityDeletes.push({ entityName, key });
  }

  async commit(now: string): Promise<void> {
    let tx = kvs.transact();
    for (const [key, entry] of this.shards) {
      if (!entry.changed) continue;
      const guard = entry.readVersion === undefined ? isAbsent() : versionIs(entry.readVersion);
      if (entry.value.objectives.length === 0) {
        // An emptied shard is removed; one created and emptied within this write never existed.
        if (entry.readVersion !== undefined) tx = tx.delete(key, { entityName: SHARD_ENTITY, conditions: guard });
        continue;
      }
      const value: ShardValue = { ...entry.value, version: (entry.readVersion ?? 0) + 1, updatedAt: now };
      tx = tx.set(key, value, { entityName: SHARD_ENTITY, conditions: guard });
    }
    for (const [id, locator] of this.locatorSets) tx = tx.set(id, locator, { entityName: LOCATOR_ENTITY });
    for (const id of this.locatorDeletes) tx = tx.delete(id, { entityName: LOCATOR_ENTITY });
    for (const { entityName, key, value, conditions } of this.entitySets) {
      tx = tx.set(key, value, conditions ? { entityName, conditions } : { entityName });
    }
    for (const { entityName, key } of this.entityDeletes) tx = tx.delete(key, { entityName });
    // In the same transaction, so a poller never sees the marker move without the data.
    for (const cycleId of this.changedCycles()) tx = tx.set(cycleMarkerKey(cycleId), newMarkerValue(now));
    // A 429 was not performed: the same guarded transaction may simply be sent again.
    await withKvsRetry(() => tx.execute());
  }
}

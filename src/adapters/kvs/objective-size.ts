/**
 * The storage budget of one objective (docs/decisions/0007-storage-size-budget.md). An objective
 * with its key results, their initiatives and each key result's last check-in is stored inside
 * one kvs value (a shard, okr-shard-store.ts), so its largest possible size is a design figure,
 * computed here from the input limits, never discovered in production. Pure: no Forge import.
 */
import { LIMITS } from '../../contracts/limits';
import type { CheckInSummary, EpicProgressSnapshot, Initiative, KeyResult, Objective } from '../../domain/types';
import type { ShardValue } from './okr-shard-store';

/** The limits the worst case depends on: the caps and the lengths of everything stored. */
export type SizeLimits = Record<
  | 'keyResultsPerObjective'
  | 'initiativesPerKeyResult'
  | 'titleMax'
  | 'descriptionMax'
  | 'commentMax'
  | 'unitMax'
  | 'idMax'
  | 'accountIdMax'
  | 'issueKeyMax',
  number
>;

/**
 * A character that takes 3 bytes in UTF-8: the most one UTF-16 unit costs once the text rule
 * holds (no control characters, which JSON would escape to 6 bytes; `"` and `\` escape to 2,
 * characters outside the BMP take 4 bytes for 2 units, line feeds 2 bytes).
 */
const WIDEST_CHAR = '가';
/** The longest JSON a number of ours can print as: sign, 17 digits, point and exponent (24 chars). */
// eslint-disable-next-line no-loss-of-precision -- only its printed length matters, not its value
const LONGEST_NUMBER = -1.2345678901234567e-300;
/** An ISO instant as `toISOString` writes it. */
const INSTANT = '2026-11-25T23:59:59.999Z';

const text = (length: number) => WIDEST_CHAR.repeat(length);
const ascii = (length: number) => 'x'.repeat(length);

/** UTF-8 bytes of a value as stored: its JSON. */
export const serializedBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * The largest objective the limits allow, as stored: every optional field present, every text
 * at its maximum length in the widest characters, every number at its longest, every cap full.
 * `Required<...>` makes a field added to the domain types a compile error here until it is counted.
 */
export function worstCaseObjective(limits: SizeLimits = LIMITS): Required<Objective> & { keyResults: KeyResult[] } {
  const id = ascii(limits.idMax);
  const accountId = ascii(limits.accountIdMax);
  const lastKnown: Required<EpicProgressSnapshot> = {
    progress: LONGEST_NUMBER,
    done: LONGEST_NUMBER,
    total: LONGEST_NUMBER,
    statusCategory: 'indeterminate',
    measuredBy: 'points',
    at: INSTANT,
  };
  const initiative: Required<Initiative> = {
    id,
    keyResultId: id,
    title: text(limits.titleMax),
    ownerAccountId: accountId,
    weight: LONGEST_NUMBER,
    // An epic link with its last known progress is longer than a manual one.
    link: { kind: 'epic', epicKey: ascii(limits.issueKeyMax), lastKnown },
    order: LONGEST_NUMBER,
    version: LIMITS.versionMax,
    createdAt: INSTANT,
    updatedAt: INSTANT,
  };
  const lastCheckIn: Required<CheckInSummary> = {
    id,
    value: LONGEST_NUMBER,
    confidence: 'medium',
    comment: text(limits.commentMax),
    authorAccountId: accountId,
    createdAt: INSTANT,
  };
  const keyResult: Required<KeyResult> = {
    id,
    objectiveId: id,
    title: text(limits.titleMax),
    ownerAccountId: accountId,
    weight: LONGEST_NUMBER,
    // The metric measure is the longest kind.
    measure: {
      kind: 'metric',
      baseline: LONGEST_NUMBER,
      target: LONGEST_NUMBER,
      current: LONGEST_NUMBER,
      unit: text(limits.unitMax),
      direction: 'decrease',
    },
    order: LONGEST_NUMBER,
    lastCheckIn,
    initiatives: Array.from({ length: limits.initiativesPerKeyResult }, () => initiative),
    version: LIMITS.versionMax,
    createdAt: INSTANT,
    updatedAt: INSTANT,
  };
  return {
    id,
    cycleId: id,
    teamId: id,
    title: text(limits.titleMax),
    description: text(limits.descriptionMax),
    ownerAccountId: accountId,
    parentObjectiveId: id,
    commitment: 'aspirational',
    // 'private' is the longer of the two visibilities.
    visibility: 'private',
    order: LONGEST_NUMBER,
    version: LIMITS.versionMax,
    createdAt: INSTANT,
    updatedAt: INSTANT,
    keyResults: Array.from({ length: limits.keyResultsPerObjective }, () => keyResult),
  };
}

/** The worst-case serialized UTF-8 size of one stored objective at every cap. */
export const worstCaseObjectiveBytes = (limits: SizeLimits = LIMITS): number => serializedBytes(worstCaseObjective(limits));

/** The worst-case size of a shard holding just that objective: what must fit MAX_SHARD_BYTES. */
export function worstCaseShardBytes(limits: SizeLimits = LIMITS): number {
  const shard: ShardValue = {
    cycleId: ascii(limits.idMax),
    teamId: ascii(limits.idMax),
    seq: LONGEST_NUMBER,
    objectives: [worstCaseObjective(limits)],
    version: LIMITS.versionMax,
    updatedAt: INSTANT,
  };
  return serializedBytes(shard);
}

import type { ObjectiveRecord } from '../../application/ports';
import { ConflictError, NotFoundError } from '../../application/errors';
import type { KeyResult, Objective } from '../../domain/types';
import { assertStorable, fits, readLocator, ShardWrite, type StoredObjective } from './okr-shard-store';

/** Finding an objective or key result in its shard, and writing it back (or moving it). */

export interface LocatedObjective {
  shardKey: string;
  stored: StoredObjective;
}

export async function locateObjective(write: ShardWrite, objectiveId: string): Promise<LocatedObjective | undefined> {
  const locator = await readLocator(objectiveId);
  if (!locator) return undefined;
  const shard = await write.load(locator.shardKey);
  const stored = shard?.objectives.find((o) => o.id === objectiveId);
  return stored && { shardKey: locator.shardKey, stored };
}

export async function locateKeyResult(
  write: ShardWrite,
  keyResultId: string,
): Promise<(LocatedObjective & { keyResult: KeyResult }) | undefined> {
  const locator = await readLocator(keyResultId);
  if (!locator) return undefined;
  const shard = await write.load(locator.shardKey);
  const stored = shard?.objectives.find((o) => o.id === locator.objectiveId);
  const keyResult = stored?.keyResults.find((k) => k.id === keyResultId);
  return stored && keyResult && { shardKey: locator.shardKey, stored, keyResult };
}

/**
 * Writes the changed objective back to its shard, or moves it (with its key results' locators)
 * to another shard when it changed team or cycle, or no longer fits where it was.
 * Returns the key of the shard it ends up in.
 */
export async function replaceObjective(
  write: ShardWrite,
  shardKey: string,
  stored: StoredObjective,
  moved: boolean,
): Promise<string> {
  const previous = write.current(shardKey)?.objectives.find((o) => o.id === stored.id);
  const inPlace = write.update(shardKey, (objectives) => objectives.map((o) => (o.id === stored.id ? stored : o)));
  if (!moved && fits(inPlace)) return shardKey;
  assertStorable(stored, previous);
  // Stored past the budget by an older version and not growing: it keeps the shard it has alone.
  if (!moved && inPlace.objectives.length === 1) return shardKey;

  write.update(shardKey, (objectives) => objectives.filter((o) => o.id !== stored.id));
  const target = await write.shardFor(stored.cycleId, stored.teamId, stored, previous);
  write.update(target, (objectives) => [...objectives, stored]);
  const locator = { shardKey: target, objectiveId: stored.id, cycleId: stored.cycleId };
  write.setLocator(stored.id, locator);
  for (const keyResult of stored.keyResults) write.setLocator(keyResult.id, locator);
  return target;
}

export async function replaceKeyResult(
  write: ShardWrite,
  located: LocatedObjective,
  keyResult: KeyResult,
): Promise<void> {
  const stored = {
    ...located.stored,
    keyResults: located.stored.keyResults.map((k) => (k.id === keyResult.id ? keyResult : k)),
  };
  await replaceObjective(write, located.shardKey, stored, false);
}

export function assertVersion(what: string, stored: number, expected: number): void {
  if (stored !== expected) {
    throw new ConflictError(
      `This ${what} was changed by someone else (now version ${stored}, you edited version ${expected})`,
      stored,
    );
  }
}

export const notFound = (what: string, id: string) => new NotFoundError(`No ${what} with id "${id}"`);

export function toRecord({ keyResults, ...objective }: StoredObjective): ObjectiveRecord {
  return {
    objective: objective as Objective,
    keyResults: [...keyResults].sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)),
  };
}

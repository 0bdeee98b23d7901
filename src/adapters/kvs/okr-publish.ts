import { ValidationError } from '../../application/errors';
import type { ObjectiveRecord, OkrRepository } from '../../application/ports';
import { isAbsent, versionIs } from './conditions';
import { retryOnContention } from './contention';
import { locateObjective, replaceObjective } from './okr-locate';
import { MAX_TRANSACTION_OPERATIONS, ShardWrite, type StoredObjective } from './okr-shard-store';
import { SESSION_ENTITY } from './session-repository';

/**
 * A session's OKRs written in one kvs transaction with the session record: new objectives
 * placed in their team-cycle shard, published ones replaced in place (or moved), removed ones
 * deleted, every locator kept in step. A concurrent write anywhere in it retries the whole build.
 */
export const publishSession: OkrRepository['publishSession'] = ({ sessionKey, expectedSessionVersion, previouslyPublished, build }) =>
  retryOnContention(async () => {
    const write = new ShardWrite();
    const existing = new Map<string, ObjectiveRecord>();
    const located = new Map<string, { shardKey: string; stored: StoredObjective }>();
    for (const id of previouslyPublished) {
      const found = await locateObjective(write, id);
      if (!found) continue; // deleted since: publishing creates it again
      located.set(id, found);
      const { keyResults, ...objective } = found.stored;
      existing.set(id, { objective, keyResults });
    }

    const result = build(existing);
    for (const { objective, keyResults } of result.records) {
      const stored: StoredObjective = { ...objective, keyResults };
      const before = located.get(objective.id);
      const locator = (shardKey: string) => ({ shardKey, objectiveId: objective.id, cycleId: objective.cycleId });
      if (before) {
        const moved = before.stored.cycleId !== objective.cycleId || before.stored.teamId !== objective.teamId;
        const shardKey = await replaceObjective(write, before.shardKey, stored, moved);
        for (const kr of keyResults) write.setLocator(kr.id, locator(shardKey));
        for (const gone of before.stored.keyResults.filter((k) => !keyResults.some((kr) => kr.id === k.id))) {
          write.deleteLocator(gone.id);
        }
      } else {
        const shardKey = await write.shardFor(objective.cycleId, objective.teamId, stored);
        write.update(shardKey, (objectives) => [...objectives, stored]);
        write.setLocator(objective.id, locator(shardKey));
        for (const kr of keyResults) write.setLocator(kr.id, locator(shardKey));
      }
    }
    for (const id of result.removedObjectiveIds) {
      const before = located.get(id);
      if (!before) continue;
      write.update(before.shardKey, (objectives) => objectives.filter((o) => o.id !== id));
      write.deleteLocator(id);
      for (const kr of before.stored.keyResults) write.deleteLocator(kr.id);
    }
    write.alsoSet(SESSION_ENTITY, sessionKey, result.session, expectedSessionVersion === 0 ? isAbsent() : versionIs(expectedSessionVersion));

    const operations = write.operationCount();
    if (operations > MAX_TRANSACTION_OPERATIONS) {
      throw new ValidationError(
        `This session is too large to publish in one step (${operations} storage operations, at most ${MAX_TRANSACTION_OPERATIONS}): publish fewer objectives or key results`,
      );
    }
    await write.commit(result.session.updatedAt);
    return result;
  });

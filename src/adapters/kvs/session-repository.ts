import { kvs } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import { ConflictError, NotFoundError } from '../../application/errors';
import type { SessionRepository, SessionVote } from '../../application/ports';
import type { Session, SessionItem } from '../../domain/session';
import { isAbsent, versionIs } from './conditions';
import { isWriteContention } from './contention';

export const SESSION_ENTITY = 'okr-session';
const ITEM_ENTITY = 'session-item';
const VOTE_ENTITY = 'session-vote';

interface StoredItem {
  sessionKey: string;
  kind: SessionItem['kind'];
  data: Omit<SessionItem, 'id' | 'kind' | 'version' | 'createdAt'>;
  version: number;
  createdAt: string;
}

const voteKey = (vote: SessionVote) => `${vote.candidateId}:${vote.accountId}`;

async function queryPartition<T>(entityName: string, sessionKey: string): Promise<Array<{ key: string; value: T }>> {
  const out: Array<{ key: string; value: T }> = [];
  let cursor: string | undefined;
  do {
    let query = kvs.entity<T>(entityName).query().index('by-session', { partition: [sessionKey] }).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await withKvsRetry(() => query.getMany());
    out.push(...page.results.map(({ key, value }) => ({ key, value })));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** A stale write becomes CONFLICT (with the stored version), a vanished record NOT_FOUND. */
async function refusedWrite(error: unknown, entityName: string, key: string, what: string, expected: number): Promise<never> {
  if (!isWriteContention(error)) throw error;
  const stored = await withKvsRetry(() => kvs.entity<{ version: number }>(entityName).get(key));
  if (!stored && expected > 0) throw new NotFoundError(`No ${what} with id "${key}"`);
  throw new ConflictError(
    `This ${what} was changed by someone else (now version ${stored?.version ?? 0}, you edited version ${expected})`,
    stored?.version,
  );
}

/** Session state on kvs: the session record, one record per item, one record per vote. */
export const kvsSessionRepository: SessionRepository = {
  get: (sessionKey) => withKvsRetry(() => kvs.entity<Session>(SESSION_ENTITY).get(sessionKey)),

  async listItems(sessionKey) {
    const rows = await queryPartition<StoredItem>(ITEM_ENTITY, sessionKey);
    return rows.map(({ key, value }) => ({ ...value.data, id: key, kind: value.kind, version: value.version, createdAt: value.createdAt }) as SessionItem);
  },

  async listVotes(sessionKey) {
    const rows = await queryPartition<SessionVote & { sessionKey: string }>(VOTE_ENTITY, sessionKey);
    return rows.map(({ value }) => ({ candidateId: value.candidateId, accountId: value.accountId }));
  },

  async saveSession(sessionKey, session, expectedVersion) {
    try {
      await withKvsRetry(() =>
        kvs
          .transact()
          .set(sessionKey, session, { entityName: SESSION_ENTITY, conditions: expectedVersion === 0 ? isAbsent() : versionIs(expectedVersion) })
          .execute(),
      );
      return session;
    } catch (error) {
      return refusedWrite(error, SESSION_ENTITY, sessionKey, 'session', expectedVersion);
    }
  },

  async saveItem(sessionKey, item, expectedVersion) {
    const { id, kind, version, createdAt, ...data } = item;
    const value: StoredItem = { sessionKey, kind, data, version, createdAt };
    try {
      await withKvsRetry(() =>
        kvs
          .transact()
          .set(id, value, { entityName: ITEM_ENTITY, conditions: expectedVersion === undefined ? isAbsent() : versionIs(expectedVersion) })
          .execute(),
      );
      return item;
    } catch (error) {
      return refusedWrite(error, ITEM_ENTITY, id, 'item', expectedVersion ?? 0);
    }
  },

  async deleteItem(sessionKey, itemId, expectedVersion, dependentIds) {
    try {
      let tx = kvs.transact().delete(itemId, { entityName: ITEM_ENTITY, conditions: versionIs(expectedVersion) });
      for (const id of dependentIds) tx = tx.delete(id, { entityName: ITEM_ENTITY });
      await withKvsRetry(() => tx.execute());
    } catch (error) {
      await refusedWrite(error, ITEM_ENTITY, itemId, 'item', expectedVersion);
    }
  },

  async setVote(sessionKey, vote, on) {
    const store = kvs.entity<SessionVote & { sessionKey: string }>(VOTE_ENTITY);
    if (on) await withKvsRetry(() => store.set(voteKey(vote), { sessionKey, ...vote }));
    else await withKvsRetry(() => store.delete(voteKey(vote)));
  },
};

import { ForgeKvsAPIError } from '@forge/kvs';

/**
 * A transaction condition failed or a FAIL_IF_EXISTS key already existed: someone else wrote
 * between our read and our write. For derived storage (shards) we re-read and try again; the
 * user-facing CONFLICT is decided on the record's own version, not here.
 */
export const isWriteContention = (error: unknown): boolean =>
  error instanceof ForgeKvsAPIError &&
  (error.responseDetails.status === 409 ||
    /CONDITION|CONFLICT|EXISTS|TRANSACTION_CANCELLED/i.test(error.code ?? ''));

/** Contention retries before giving up; each attempt re-reads, so a few are plenty. */
const MAX_ATTEMPTS = 6;

export class StorageBusyError extends Error {
  constructor() {
    super('Storage is busy with concurrent writes; try again');
    this.name = 'StorageBusyError';
  }
}

/** Runs read-modify-write `attempt` until it lands without contention. */
export async function retryOnContention<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isWriteContention(error)) throw error;
      // Short jittered pause so two writers racing on one shard do not collide again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15 * (i + 1)));
    }
  }
  throw new StorageBusyError();
}

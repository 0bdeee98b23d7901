import { fail, type Envelope } from '../../contracts/envelope';

/**
 * Forge storage kept refusing a request over the installation's quotas (429) for longer than the
 * retry budget of withKvsRetry (rate-limit-retry.ts). Nothing was written by the refused request.
 * Not StorageBusyError (contention.ts, answered CONFLICT): that one means concurrent writers.
 */
export class StorageRateLimitedError extends Error {
  constructor(override readonly cause: unknown) {
    super('App storage is over its request quota right now; try again in a moment');
    this.name = 'StorageRateLimitedError';
  }
}

/**
 * The envelope a resolver answers for it: UNAVAILABLE ("try again later"), as for Jira being
 * out of reach; undefined for any other error. Wired in src/resolvers/define-resolver.ts.
 */
export function storageRateLimitedEnvelope(error: unknown): Envelope<never> | undefined {
  if (!(error instanceof StorageRateLimitedError)) return undefined;
  return fail({ code: 'UNAVAILABLE', message: error.message });
}

import { ForgeKvsAPIError, kvs, Sort } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import { invalidField } from '../../application/errors';
import type { CheckInRepository } from '../../application/ports';
import type { CheckIn } from '../../domain/types';

export const CHECK_IN_ENTITY = 'check-in';

type StoredCheckIn = Omit<CheckIn, 'id'>;

export const toStoredCheckIn = ({ id: _id, ...rest }: CheckIn): StoredCheckIn => rest;

/**
 * Check-ins are append-only history, written together with their key result by the OKR
 * repository; this side only reads them, newest first, a page at a time.
 */
export const kvsCheckInRepository: CheckInRepository = {
  async listByKeyResult(keyResultId, { cursor, limit }) {
    let query = kvs
      .entity<StoredCheckIn>(CHECK_IN_ENTITY)
      .query()
      .index('by-key-result', { partition: [keyResultId] })
      .sort(Sort.DESC)
      .limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await withKvsRetry(() => query.getMany()).catch((error: unknown) => {
      // The cursor comes from the caller: one storage did not issue is their mistake, not ours.
      if (cursor && isInvalidCursor(error)) throw invalidField('cursor', 'invalid_value', 'This cursor is not one a previous page of this history returned');
      throw error;
    });
    return {
      checkIns: page.results.map(({ key, value }) => ({ ...value, id: key })),
      cursor: page.nextCursor,
    };
  },
};

const isInvalidCursor = (error: unknown): boolean => error instanceof ForgeKvsAPIError && /CURSOR/i.test(error.code ?? '');

import { kvs, Sort } from '@forge/kvs';
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
    const page = await query.getMany();
    return {
      checkIns: page.results.map(({ key, value }) => ({ ...value, id: key })),
      cursor: page.nextCursor,
    };
  },
};

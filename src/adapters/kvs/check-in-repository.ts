import { ForgeKvsAPIError, kvs, Sort } from '@forge/kvs';
import { withKvsRetry } from './rate-limit-retry';
import { invalidField } from '../../application/errors';
import type { CheckInRepository } from '../../application/ports';
import type { CheckIn } from '../../domain/types';

export const CHECK_IN_ENTITY = 'check-in';
/** `check-in-correction` records, keyed by the corrected check-in's id (at most one each). */
export const CORRECTION_ENTITY = 'check-in-correction';

export interface StoredCorrection {
  keyResultId: string;
  correctionCheckInId: string;
  createdAt: string;
  version: number;
}

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

  async get(checkInId) {
    const value = await withKvsRetry(() => kvs.entity<StoredCheckIn>(CHECK_IN_ENTITY).get(checkInId));
    return value && { ...value, id: checkInId };
  },

  async correctionsOf(keyResultId) {
    // Corrections are rare: one query a history page, whatever its length.
    const out = new Map<string, string>();
    let cursor: string | undefined;
    do {
      let query = kvs.entity<StoredCorrection>(CORRECTION_ENTITY).query().index('by-key-result', { partition: [keyResultId] }).limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await withKvsRetry(() => query.getMany());
      for (const { key, value } of page.results) out.set(key, value.correctionCheckInId);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  },
};

const isInvalidCursor = (error: unknown): boolean => error instanceof ForgeKvsAPIError && /CURSOR/i.test(error.code ?? '');

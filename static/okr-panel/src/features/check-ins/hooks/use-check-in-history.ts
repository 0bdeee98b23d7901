/**
 * A key result's check-ins, newest first, a page at a time (`listCheckIns` with a cursor).
 * Refetches when the key result's latest check-in changes, so a new one appears at the top.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { CheckInPage } from '@contracts/views';
import { useResource } from '@shared/hooks/use-resource';
import { useCallback, useState } from 'react';
import { listCheckIns } from '../../../api/invokes';

type CheckIn = CheckInPage['checkIns'][number];

export function useCheckInHistory(keyResultId: string, latestCheckInId: string | undefined) {
  const { resource, reload } = useResource(`${keyResultId}/${latestCheckInId ?? ''}`, () => listCheckIns({ keyResultId }));
  const [older, setOlder] = useState<{ forKey: string; checkIns: CheckIn[]; cursor?: string }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorBody>();

  const firstPage = resource.status === 'ok' ? resource.data : undefined;
  const key = `${keyResultId}/${latestCheckInId ?? ''}`;
  const extra = older?.forKey === key ? older : undefined;
  const cursor = extra ? extra.cursor : firstPage?.cursor;

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    const answer = await listCheckIns({ keyResultId, cursor });
    setLoadingMore(false);
    if (!answer.ok) {
      setMoreError(answer.error);
      return;
    }
    setMoreError(undefined);
    setOlder((previous) => ({
      forKey: key,
      checkIns: [...(previous?.forKey === key ? previous.checkIns : []), ...answer.data.checkIns],
      cursor: answer.data.cursor,
    }));
  }, [cursor, keyResultId, key]);

  const all = firstPage ? [...firstPage.checkIns, ...(extra?.checkIns ?? [])] : [];
  // Newest first whatever order pages arrive in; ids break ties between same-instant entries.
  const checkIns = all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return { resource, reload, checkIns, hasMore: Boolean(cursor), loadMore, loadingMore, moreError };
}

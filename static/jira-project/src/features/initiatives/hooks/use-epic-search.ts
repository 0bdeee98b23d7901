/**
 * Epics of the project matching what the user typed (key or summary), debounced so typing
 * "GROW-1" costs one search, not six. Answers to an older query are dropped.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { EpicSearchResult } from '@contracts/views';
import { useCallback, useEffect, useRef, useState } from 'react';
import { searchEpics } from '../../../api/invokes';

export const SEARCH_DEBOUNCE_MS = 250;

export type EpicSearch =
  | { status: 'searching' }
  | { status: 'ok'; query: string; epics: EpicSearchResult[] }
  | { status: 'error'; error: ErrorBody };

export function useEpicSearch(projectKey: string, query: string): { search: EpicSearch; retry: () => void } {
  const [search, setSearch] = useState<EpicSearch>({ status: 'searching' });
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const call = ++seq.current;
    setSearch({ status: 'searching' });
    const trimmed = query.trim();
    const timer = window.setTimeout(async () => {
      const answer = await searchEpics({ projectKey, query: trimmed });
      if (call !== seq.current) return;
      setSearch(answer.ok ? { status: 'ok', query: trimmed, epics: answer.data } : { status: 'error', error: answer.error });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [projectKey, query, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { search, retry };
}

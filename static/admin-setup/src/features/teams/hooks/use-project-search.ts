/**
 * Jira projects matching what the admin typed (key or name), as they may browse them, debounced;
 * answers to an older query are dropped. UNAVAILABLE (Jira not connected or not answering) is its
 * own state, so the form can say so and stay usable.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { ResultOf } from '@shared/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { searchProjects } from '../../../api/invokes';

export type JiraProject = ResultOf<'searchProjects'>[number];

const DEBOUNCE_MS = 250;

export type ProjectSearch =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'ok'; query: string; projects: JiraProject[] }
  | { status: 'error'; error: ErrorBody };

export function useProjectSearch(query: string, open: boolean): { search: ProjectSearch; retry: () => void } {
  const [search, setSearch] = useState<ProjectSearch>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const call = ++seq.current;
    setSearch({ status: 'searching' });
    const trimmed = query.trim();
    const timer = window.setTimeout(async () => {
      const answer = await searchProjects({ query: trimmed });
      if (call !== seq.current) return;
      setSearch(answer.ok ? { status: 'ok', query: trimmed, projects: answer.data } : { status: 'error', error: answer.error });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, open, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { search, retry };
}

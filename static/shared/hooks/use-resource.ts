/**
 * Loads one resolver answer for a screen: loading -> ok | error. `reload()` keeps the data on
 * screen while it refreshes (no flash back to a skeleton after every save), and a failed
 * refresh keeps it too, with `refreshError`, so an open form never vanishes under the user.
 */
import type { ErrorBody, Envelope } from '@contracts/envelope';
import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; data: T; refreshing: boolean; refreshError?: ErrorBody }
  | { status: 'error'; error: ErrorBody };

export interface ResourceOptions {
  /** On a new key, keep showing the previous key's data until the new one arrives. */
  keepPreviousData?: boolean;
}

/**
 * `key` identifies the inputs (null: an input is not known yet, stay idle); a new key starts a
 * fresh load and answers to an older key are dropped.
 */
export function useResource<T>(
  key: string | null,
  load: () => Promise<Envelope<T>>,
  options: ResourceOptions = {},
): { resource: Resource<T>; reload: () => Promise<void>; replace: (data: T) => void } {
  const [resource, setResource] = useState<Resource<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (keepData: boolean) => {
    const call = ++latest.current;
    setResource((previous) =>
      keepData && previous.status === 'ok' ? { ...previous, refreshing: true } : { status: 'loading' },
    );
    const answer = await loadRef.current();
    if (call !== latest.current) return;
    setResource((previous) => {
      if (answer.ok) return { status: 'ok', data: answer.data, refreshing: false };
      if (keepData && previous.status === 'ok') return { ...previous, refreshing: false, refreshError: answer.error };
      return { status: 'error', error: answer.error };
    });
  }, []);

  const keepPrevious = options.keepPreviousData ?? false;
  useEffect(() => {
    if (key === null) {
      latest.current++;
      setResource({ status: 'idle' });
      return;
    }
    void run(keepPrevious);
  }, [key, run, keepPrevious]);

  const reload = useCallback(() => run(true), [run]);
  /** Shows `data` as the current answer (fetched some other way), dropping older loads in flight. */
  const replace = useCallback((data: T) => {
    latest.current++;
    setResource({ status: 'ok', data, refreshing: false });
  }, []);
  return { resource, reload, replace };
}

/**
 * One draft item's form while several people edit the session at once. The form keeps what the
 * user typed; while they have typed nothing it follows the latest version others saved (the
 * session refreshes every few seconds). Saving sends the version the user started from; if
 * someone changed the item in between, the answer is CONFLICT: the typed input stays, the
 * session reloads so their version can be shown next to it, and the user either saves theirs
 * over it (`overwrite`) or takes their version (`takeTheirs`).
 */
import type { ErrorBody, Envelope } from '@contracts/envelope';
import { checkPayload } from '@shared/field-errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useDirtyFlag, useSession } from './session-context';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'failed';

export interface ItemDraft<D> {
  draft: D;
  set: <K extends keyof D>(key: K, value: D[K]) => void;
  /** Several fields at once. */
  patch: (changes: Partial<D>) => void;
  dirty: boolean;
  status: DraftStatus;
  error: ErrorBody | undefined;
  /** Saves the draft, or `next` when given (a toggle that saves as it changes). */
  save: (next?: D) => Promise<boolean>;
  /** After a conflict: save what the user typed over the other person's version. */
  overwrite: () => Promise<boolean>;
  /** After a conflict, or to cancel: drop the typed input for the latest saved version. */
  takeTheirs: () => void;
}

export function useItemDraft<D, S extends z.ZodType, T>({
  key,
  server,
  version,
  schema,
  payload,
  send,
  savedVersion,
  onSaved,
}: {
  /** Unique per form on screen (`objective:<id>`), for the unsaved-input registry. */
  key: string;
  /** The item as last loaded, in the form's shape (or an empty form when creating). */
  server: D;
  /** The item's version as last loaded; undefined when creating. */
  version: number | undefined;
  /** The contract schema the resolver parses with: checked before sending. */
  schema: S;
  payload: (draft: D, version: number | undefined) => unknown;
  send: (payload: z.output<S>) => Promise<Envelope<T>>;
  /** The item's version in the answer, so a second save right after the first does not conflict. */
  savedVersion?: (data: T) => number | undefined;
  /** After any save that went through (a first try, or saving over a conflict): close the form. */
  onSaved?: () => void;
}): ItemDraft<D> {
  const { reload } = useSession();
  const [draft, setDraft] = useState<D>(server);
  const [base, setBase] = useState(version);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const [error, setError] = useState<ErrorBody | undefined>(undefined);
  useDirtyFlag(key, dirty);

  const latest = useRef({ server, version, dirty, draft, base });
  latest.current = { server, version, dirty, draft, base };
  const io = useRef({ schema, payload, send, savedVersion, reload, onSaved });
  io.current = { schema, payload, send, savedVersion, reload, onSaved };

  // Someone else saved a new version: an untouched form shows it.
  useEffect(() => {
    if (latest.current.dirty) return;
    setDraft(latest.current.server);
    setBase(version);
  }, [version]);

  const patch = useCallback((changes: Partial<D>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setDirty(true);
    setStatus((s) => (s === 'saved' || s === 'failed' ? 'idle' : s));
  }, []);
  const set = useCallback(<K extends keyof D>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setDirty(true);
    setStatus((s) => (s === 'saved' || s === 'failed' ? 'idle' : s));
  }, []);

  const run = useCallback(async (toSend: D, versionToSend: number | undefined): Promise<boolean> => {
    const { schema: s, payload: build, send: call, savedVersion: versionOf, reload: refresh, onSaved: saved } = io.current;
    const checked = checkPayload(s, build(toSend, versionToSend));
    if (!checked.ok) {
      setStatus('failed');
      setError(checked.error);
      return false;
    }
    setStatus('saving');
    setError(undefined);
    const answer = await call(checked.data);
    if (answer.ok) {
      setBase(versionOf?.(answer.data) ?? versionToSend);
      setDirty(false);
      latest.current.dirty = false;
      await refresh();
      setStatus('saved');
      saved?.();
      return true;
    }
    setError(answer.error);
    if (answer.error.code === 'CONFLICT') {
      setStatus('conflict');
      // Their version comes in with the reload and shows next to what the user typed.
      await refresh();
      return false;
    }
    setStatus('failed');
    return false;
  }, []);

  const save = useCallback(
    (next?: D) => {
      if (next !== undefined) {
        setDraft(next);
        setDirty(true);
      }
      return run(next ?? latest.current.draft, latest.current.base);
    },
    [run],
  );

  const overwrite = useCallback(() => {
    const newest = latest.current.version;
    setBase(newest);
    return run(latest.current.draft, newest);
  }, [run]);

  const takeTheirs = useCallback(() => {
    setDraft(latest.current.server);
    setBase(latest.current.version);
    setDirty(false);
    setStatus('idle');
    setError(undefined);
  }, []);

  return { draft, set, patch, dirty, status, error, save, overwrite, takeTheirs };
}

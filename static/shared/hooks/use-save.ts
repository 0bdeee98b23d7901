/**
 * Saving a record the way every form here does: check the payload with the contract schema,
 * send it with the version the user started editing, and on CONFLICT let them reload the
 * latest version *without losing what they typed* (the form keeps its own state; only the
 * version it sends moves on to the reloaded one).
 */
import type { ErrorBody, Envelope } from '@contracts/envelope';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { checkPayload } from '../field-errors';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'failed'; error: ErrorBody }
  /** After a conflict the user reloaded: the next save deliberately replaces the other change. */
  | { status: 'reloaded' };

export interface VersionedSave {
  state: SaveState;
  /** The version to send: the one the user began from, or the reloaded one after a conflict. */
  version: number | undefined;
  reloading: boolean;
  /**
   * `payload` is what the form holds (possibly incomplete: an empty number field is undefined);
   * only a payload the contract schema accepts is sent, in its parsed form (trimmed, defaults).
   */
  save<S extends z.ZodType, T>(schema: S, payload: unknown, send: (payload: z.output<S>) => Promise<Envelope<T>>): Promise<T | undefined>;
  reloadAfterConflict(): Promise<void>;
}

/**
 * `latestVersion` is the record's version in the freshest data on screen; `reload` refetches it.
 * Creating (no record yet) passes `undefined` for both the version and the versions to come.
 */
export function useVersionedSave(latestVersion: number | undefined, reload: () => Promise<void>): VersionedSave {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [startedFrom] = useState(latestVersion);
  const [followLatest, setFollowLatest] = useState(false);
  const [reloading, setReloading] = useState(false);

  const save = useCallback(
    async <S extends z.ZodType, T>(schema: S, payload: unknown, send: (payload: z.output<S>) => Promise<Envelope<T>>) => {
      const checked = checkPayload(schema, payload);
      if (!checked.ok) {
        setState({ status: 'failed', error: checked.error });
        return undefined;
      }
      setState({ status: 'saving' });
      const answer = await send(checked.data);
      setState(answer.ok ? { status: 'idle' } : { status: 'failed', error: answer.error });
      return answer.ok ? answer.data : undefined;
    },
    [],
  );

  const reloadAfterConflict = useCallback(async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    setFollowLatest(true);
    setState({ status: 'reloaded' });
  }, [reload]);

  return { state, version: followLatest ? latestVersion : startedFrom, reloading, save, reloadAfterConflict };
}

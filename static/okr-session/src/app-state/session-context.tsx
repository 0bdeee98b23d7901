/**
 * What every feature of the session needs: the loaded session, `reload()` after a change, which
 * step is on screen and whether it takes changes, and the registry of forms with unsaved input
 * (so the screen never moves away from a form someone is typing in). Provided by session-shell.
 */
import { createContext, useContext, useEffect } from 'react';
import type { ReadySession, SessionStep } from './session-model';

/** Forms with unsaved input, by a key of the caller's choosing. */
export class DraftRegistry {
  private readonly dirty = new Set<string>();
  set(key: string, isDirty: boolean): void {
    if (isDirty) this.dirty.add(key);
    else this.dirty.delete(key);
  }
  any(): boolean {
    return this.dirty.size > 0;
  }
}

export interface SessionState {
  view: ReadySession;
  reload: () => Promise<void>;
  /** The step on screen: the session's current one unless the user chose to look at another. */
  shownStep: SessionStep;
  /**
   * Only the session's current step takes changes, and only from those who take part in it
   * (`view.can.takePart`, the roles policy); the others are there to look at.
   */
  editable: boolean;
  drafts: DraftRegistry;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only available inside the loaded session.');
  return session;
}

/** Registers a form's unsaved input under `key` while it is mounted. */
export function useDirtyFlag(key: string, dirty: boolean): void {
  const { drafts } = useSession();
  useEffect(() => {
    drafts.set(key, dirty);
    return () => drafts.set(key, false);
  }, [drafts, key, dirty]);
}

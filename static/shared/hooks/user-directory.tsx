/**
 * Names and avatars for account ids. Every `useUser(id)` on screen is collected for one tick and
 * fetched in a single `getUsers` call (the resolver takes up to 200 ids), so a panel with twenty
 * owners costs one request, not twenty.
 */
import type { UserView } from '@contracts/views';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { getUsers } from '../api/users';

const BATCH_MAX = 200;

/** `null`: asked and not found (or the call failed): show "Unknown user", do not ask again. */
type Entry = UserView | null;

class UserDirectory {
  private readonly users = new Map<string, Entry>();
  private readonly queued = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private flushScheduled = false;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(accountId: string): Entry | undefined {
    return this.users.get(accountId);
  }

  /** Users already known from another answer (a search) need no lookup. */
  remember = (users: UserView[]): void => {
    for (const user of users) this.users.set(user.accountId, user);
    this.emit();
  };

  request(accountId: string): void {
    if (this.users.has(accountId) || this.queued.has(accountId)) return;
    this.queued.add(accountId);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    window.setTimeout(() => void this.flush(), 0);
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const ids = [...this.queued];
    this.queued.clear();
    for (let i = 0; i < ids.length; i += BATCH_MAX) {
      const batch = ids.slice(i, i + BATCH_MAX);
      const answer = await getUsers(batch);
      const found = new Map(answer.ok ? answer.data.map((u) => [u.accountId, u] as const) : []);
      for (const id of batch) this.users.set(id, found.get(id) ?? null);
    }
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const DirectoryContext = createContext<UserDirectory | null>(null);

export function UserDirectoryProvider({ children }: { children: ReactNode }) {
  const directory = useMemo(() => new UserDirectory(), []);
  return <DirectoryContext.Provider value={directory}>{children}</DirectoryContext.Provider>;
}

function useDirectory(): UserDirectory {
  const directory = useContext(DirectoryContext);
  if (!directory) throw new Error('useUser() needs a <UserDirectoryProvider> (see shared/bootstrap).');
  return directory;
}

/** The user, `undefined` while loading, `null` if unknown. */
export function useUser(accountId: string | undefined): Entry | undefined {
  const directory = useDirectory();
  const user = useSyncExternalStore(directory.subscribe, () => (accountId ? directory.get(accountId) : undefined));
  useEffect(() => {
    if (accountId) directory.request(accountId);
  }, [directory, accountId]);
  return user;
}

export function useRememberUsers(): (users: UserView[]) => void {
  return useDirectory().remember;
}

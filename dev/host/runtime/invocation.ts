/**
 * The invocation in progress, per async call chain. The Forge runtime runs one invocation per
 * process at a time; the host runs many concurrently (and several hosts may share a test process),
 * so everything an invocation needs (who is acting, which host's storage and Jira, the clock) is
 * carried by AsyncLocalStorage rather than by globals.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AppInstallation } from '../install/installations';
import type { ForgeContext } from './context';

/** A target as @forge/kvs and @forge/api pass it to `__forge_fetch__`. */
export interface ForgeFetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

export type ForgeFetch = (target: ForgeFetchTarget, path: string, init?: RequestInit) => Promise<Response>;

/** The platform services of one host. */
export interface ForgeServices {
  kvsFetch: ForgeFetch;
  jiraFetch: ForgeFetch;
  confluenceFetch: ForgeFetch;
}

export interface Invocation {
  /** The principal; undefined for an anonymous invocation. */
  accountId: string | undefined;
  context: ForgeContext;
  services: ForgeServices;
  /** The installation the module runs in: whose storage it reads, what `installation` says. */
  installation: AppInstallation;
  /** Epoch ms when Forge would stop the invocation (its 25 s limit). */
  deadline: number;
  /** When set, the app's clock (`__forge_local_clock__`) reads this instead of the wall clock. */
  now?: () => Date;
}

const storage = new AsyncLocalStorage<Invocation>();

export function runInInvocation<T>(invocation: Invocation, fn: () => Promise<T>): Promise<T> {
  return storage.run(invocation, fn);
}

export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}

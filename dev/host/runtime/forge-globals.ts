/**
 * The Node seams of the published Forge packages, as the Forge runtime provides them:
 * - `global.__forge_fetch__(target, path, init)`: @forge/kvs (type `kvs`) and @forge/api
 *   requestJira (type `fpp`, remote `jira`) send every platform request through it;
 * - `globalThis.__forge_local_clock__`: not Forge, a host-only hook the app's clock reads
 *   (src/resolvers/clock.ts) so the seed can backdate check-ins.
 * Both are installed once per process and look up the invocation in progress, so concurrent
 * invocations (and several hosts in one test process) never see each other's user, storage or
 * clock. Installing them before the app module loads matters for @forge/kvs, which builds its
 * client when it is first imported.
 */
import { currentInvocation, type ForgeFetchTarget } from './invocation';

declare global {
  // eslint-disable-next-line no-var
  var __forge_fetch__: ((target: ForgeFetchTarget, path: string, init?: RequestInit) => Promise<Response>) & {
    localHost?: true;
  };
  // Same declaration as src/resolvers/clock.ts, which reads it.
  // eslint-disable-next-line no-var
  var __forge_local_clock__: (() => Date) | undefined;
}

async function forgeFetch(target: ForgeFetchTarget, path: string, init?: RequestInit): Promise<Response> {
  const invocation = currentInvocation();
  if (!invocation) {
    throw new Error(
      `__forge_fetch__(${JSON.stringify(target)}, ${path}) was called outside a resolver invocation; ` +
        'the local Forge host only serves platform requests made while it runs the handler',
    );
  }
  if (target?.type === 'kvs') return invocation.services.kvsFetch(target, path, init);
  if (target?.type === 'fpp' && target.remote === 'jira') return invocation.services.jiraFetch(target, path, init);
  throw new Error(`The local Forge host does not emulate ${JSON.stringify(target)} (path ${path})`);
}

/** The wall clock, unless the invocation carries its own (seeding backdated history). */
const localClock = (): Date => currentInvocation()?.now?.() ?? new Date();

export function installForgeGlobals(): void {
  if (globalThis.__forge_fetch__?.localHost) return;
  globalThis.__forge_fetch__ = Object.assign(forgeFetch, { localHost: true as const });
  globalThis.__forge_local_clock__ = localClock;
}

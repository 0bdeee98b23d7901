/**
 * The Node seams of the published Forge packages, as the Forge runtime provides them:
 * - `global.__forge_fetch__(target, path, init)`: @forge/kvs (type `kvs`) and @forge/api
 *   requestJira / requestConfluence (type `fpp`, remote `jira` / `confluence`) send every
 *   platform request through it;
 * - `global.__forge_runtime__`: what @forge/api's `getAppContext()` reads: the installation
 *   (`installation.contexts`, the Atlassian apps connected to it) and the invocation's remaining
 *   time (`lambdaContext.getRemainingTimeInMillis`); undefined outside an invocation, as when
 *   @forge/kvs reads it at import (it then sends `{ type: 'kvs', provider: 'app' }` targets);
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
  if (target?.type === 'fpp' && target.remote === 'confluence') return invocation.services.confluenceFetch(target, path, init);
  throw new Error(`The local Forge host does not emulate ${JSON.stringify(target)} (path ${path})`);
}

/** The wall clock, unless the invocation carries its own (seeding backdated history). */
const localClock = (): Date => currentInvocation()?.now?.() ?? new Date();

/** The fields of Forge's runtime object (@forge/api `ForgeRuntime`) the host can answer truly. */
function forgeRuntime(): unknown {
  const invocation = currentInvocation();
  if (!invocation) return undefined;
  const { installation, context } = invocation;
  const ari = (value: string, fields: Record<string, string>) => ({ ...fields, toString: () => value, toJSON: () => value });
  return {
    contextAri: installation.installContext,
    appContext: {
      appId: APP_ID_FOR_RUNTIME,
      appVersion: '0.1.0',
      environmentId: context.environmentId,
      environmentType: context.environmentType,
      invocationId: `local-${context.moduleKey}`,
      installationId: installation.id,
      functionKey: 'resolver',
      moduleType: '',
      moduleKey: context.moduleKey,
      installation: {
        ari: ari(`ari:cloud:ecosystem::installation/${installation.id}`, { installationId: installation.id }),
        contexts: installation.contexts.map((contextAri) => ari(contextAri, { cloudId: contextAri.split('/').pop() ?? '' })),
      },
    },
    aaid: invocation.accountId,
    lambdaContext: {
      awsRequestId: 'local',
      getRemainingTimeInMillis: () => Math.max(0, invocation.deadline - Date.now()),
    },
    tracing: { traceId: 'local', spanId: 'local' },
    realtime: {},
    metrics: NO_METRICS,
    featureFlags: () => false,
  };
}

const NO_METRICS = {
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
  counter: () => ({ incr: () => undefined, incrBy: () => undefined, decr: () => undefined, decrBy: () => undefined }),
  gauge: () => ({ set: () => undefined }),
};

const APP_ID_FOR_RUNTIME = 'local';

export function installForgeGlobals(): void {
  if (globalThis.__forge_fetch__?.localHost) return;
  globalThis.__forge_fetch__ = Object.assign(forgeFetch, { localHost: true as const });
  globalThis.__forge_local_clock__ = localClock;
  Object.defineProperty(globalThis, '__forge_runtime__', { get: forgeRuntime, configurable: true });
}

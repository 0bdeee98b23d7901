/**
 * Loads the app's resolver handler (the manifest's `index.handler`) and calls it exactly as the
 * Forge runtime does: `handler({ call, context }, { principal, installContext, license })`, with
 * the answer passed through JSON as the platform does before it reaches the browser.
 */
import { APP_MODULE_PATH } from '../config';
import type { ForgeContext } from './context';
import { installForgeGlobals } from './forge-globals';
import { runInInvocation, type Invocation } from './invocation';

export type AppHandler = (
  request: { call: { functionKey: string; payload: unknown; jobId?: string }; context: ForgeContext },
  backendRuntimePayload: {
    principal: { accountId: string } | undefined;
    installContext: string;
    license: undefined;
    installation?: unknown;
  },
) => Promise<unknown>;

/** Requires the app module after the Forge globals exist (tsx and jest both run the .ts source). */
export function loadAppHandler(modulePath: string = APP_MODULE_PATH): AppHandler {
  installForgeGlobals();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(modulePath) as { handler?: unknown };
  if (typeof loaded.handler !== 'function') {
    throw new Error(`${modulePath} does not export a function named "handler" (manifest: index.handler)`);
  }
  return loaded.handler as AppHandler;
}

export interface InvokeRequest {
  functionKey: string;
  payload: unknown;
  context: ForgeContext;
  accountId: string | undefined;
  /** A fixed time for the app's clock during this invocation (seeding backdated history). */
  now?: Date;
}

export async function invokeHandler(handler: AppHandler, invocation: Invocation, functionKey: string, payload: unknown): Promise<unknown> {
  const { accountId, context, installation } = invocation;
  // Forge stops an invocation at its time limit, whatever it is doing: so does the host.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new InvocationTimeoutError(functionKey, invocation.deadline)),
      Math.max(0, invocation.deadline - Date.now()),
    );
    timer.unref();
  });
  const run = runInInvocation(invocation, async () => {
    const result = await handler(
      { call: { functionKey, payload }, context },
      {
        principal: accountId !== undefined ? { accountId } : undefined,
        installContext: installation.installContext,
        license: undefined,
        installation: { ari: `ari:cloud:ecosystem::installation/${installation.id}`, contexts: installation.contexts },
      },
    );
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What the caller gets when the app ran past Forge's invocation time limit. */
export class InvocationTimeoutError extends Error {
  constructor(functionKey: string, deadline: number) {
    super(`The invocation of ${functionKey} ran past the Forge time limit (stopped at ${new Date(deadline).toISOString()})`);
    this.name = 'InvocationTimeoutError';
  }
}

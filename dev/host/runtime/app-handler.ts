/**
 * Loads the app's resolver handler (the manifest's `index.handler`) and calls it exactly as the
 * Forge runtime does: `handler({ call, context }, { principal, installContext, license })`, with
 * the answer passed through JSON as the platform does before it reaches the browser.
 */
import { APP_MODULE_PATH } from '../config';
import type { ForgeContext } from './context';
import { installForgeGlobals } from './forge-globals';
import { runInInvocation, type ForgeServices } from './invocation';

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

export async function invokeHandler(
  handler: AppHandler,
  services: ForgeServices,
  { functionKey, payload, context, accountId, now }: InvokeRequest,
): Promise<unknown> {
  const invocation = { accountId, context, services, ...(now ? { now: () => new Date(now) } : {}) };
  return runInInvocation(invocation, async () => {
    const result = await handler(
      { call: { functionKey, payload }, context },
      {
        principal: accountId !== undefined ? { accountId } : undefined,
        installContext: context.installContext,
        license: undefined,
      },
    );
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  });
}

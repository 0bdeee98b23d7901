/**
 * Runs one of the app's scheduled triggers (manifest `scheduledTrigger`) the way Forge does on its
 * interval: the function named by the module gets `({ context: { cloudId, moduleKey },
 * contextToken }, context)`, with no user (the principal is empty) and the app's storage. The host
 * has no timer: tests and people run the jobs on demand (POST /__local/jobs/run).
 */
import { APP_MODULE_PATH, LOCAL_CLOUD_ID, type ScheduledTriggerModule } from '../config';
import type { AppInstallation } from '../install/installations';
import type { ForgeContext } from './context';
import { installForgeGlobals } from './forge-globals';
import { runInInvocation, type ForgeServices } from './invocation';

type ScheduledTriggerFunction = (
  request: { context: { cloudId: string; moduleKey: string }; contextToken: string },
  context: { principal: undefined; installContext: string },
) => Promise<unknown>;

/** The app module's export the trigger's function names (the module is loaded once, like the handler). */
function loadTriggerFunction(trigger: ScheduledTriggerModule, modulePath: string): ScheduledTriggerFunction {
  installForgeGlobals();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(modulePath) as Record<string, unknown>;
  const fn = loaded[trigger.exportName];
  if (typeof fn !== 'function') {
    throw new Error(`${modulePath} does not export a function named "${trigger.exportName}" (scheduled trigger ${trigger.key})`);
  }
  return fn as ScheduledTriggerFunction;
}

export async function runScheduledTrigger(
  trigger: ScheduledTriggerModule,
  services: ForgeServices,
  installation: AppInstallation,
  modulePath: string = APP_MODULE_PATH,
): Promise<unknown> {
  const fn = loadTriggerFunction(trigger, modulePath);
  const { installContext } = installation;
  // No user, no surface: what a scheduled invocation has to go on.
  const context = { cloudId: LOCAL_CLOUD_ID, moduleKey: trigger.key, installContext } as ForgeContext;
  // Scheduled triggers get Forge's longer limit (900 s); the app's jobs stop well before it.
  const deadline = Date.now() + 900_000;
  return runInInvocation({ accountId: undefined, context, services, installation, deadline }, async () => {
    const result = await fn({ context: { cloudId: LOCAL_CLOUD_ID, moduleKey: trigger.key }, contextToken: 'local-host' }, { principal: undefined, installContext });
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  });
}

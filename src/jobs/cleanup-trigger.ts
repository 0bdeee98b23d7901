/**
 * The scheduled trigger `okr-cleanup` (manifest.yml): finishes the clean-up of deletes that the
 * delete's own call could not (docs/decisions/0008). Forge calls it as it calls any scheduled
 * trigger, `(request: { context: { cloudId, moduleKey }, contextToken }, context)`, with no user.
 */
import { runPendingCleanups } from '../application/use-cases/cleanup';
import { productionPorts } from '../resolvers/production-ports';

export interface ScheduledTriggerRequest {
  context?: { cloudId?: string; moduleKey?: string };
  contextToken?: string;
}

export async function cleanupTrigger(_request?: ScheduledTriggerRequest): Promise<{ statusCode: number; body: string }> {
  const run = await runPendingCleanups(productionPorts);
  // The platform expects a response shape (docs: scheduled trigger events); its content is ours.
  return { statusCode: 200, body: JSON.stringify(run) };
}

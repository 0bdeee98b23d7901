/**
 * What the Forge runtime tells an invocation about itself (@forge/api `getAppContext()`): how long
 * it may still run, and which Atlassian apps its installation reaches. Outside Forge (unit tests)
 * there is no runtime object, and these answer as a single installation with time to spare.
 */
import { getAppContext } from '@forge/api';

/**
 * Time kept back from Forge's limit (25 s for a resolver) to store what was read, answer, and
 * absorb a slow last request: work that would start later is not started.
 */
export const DEADLINE_MARGIN_MS = 4_000;
const WITHOUT_RUNTIME_MS = 20_000;

function appContext(): ReturnType<typeof getAppContext> | undefined {
  try {
    return getAppContext();
  } catch {
    return undefined;
  }
}

/**
 * The epoch ms after which this invocation starts no new external request: one deadline for
 * the whole invocation, however many Jira or storage calls it makes.
 */
export function invocationDeadline(now = Date.now()): number {
  let remaining: number | undefined;
  try {
    remaining = appContext()?.invocationRemainingTimeInMillis();
  } catch {
    remaining = undefined;
  }
  return now + (remaining === undefined ? WITHOUT_RUNTIME_MS : Math.max(0, remaining - DEADLINE_MARGIN_MS));
}

/**
 * Whether Jira is connected to this installation. The manifest declares Jira optional
 * (docs/decisions/0015): on a site where an admin connected only Confluence, the installation's
 * contexts name no Jira site, and the app does not call Jira at all. Without the runtime's
 * installation facts (single-app installation, tests) Jira is assumed to be there.
 */
export function isJiraConnected(): boolean {
  const contexts = appContext()?.installation?.contexts;
  if (!contexts) return true;
  return contexts.some((context) => String(context).startsWith('ari:cloud:jira::'));
}

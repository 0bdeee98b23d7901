/**
 * A stand-in app for tests of the host's platform emulation: its resolver answers what Forge
 * handed the invocation (installContext, installation, the runtime's remaining time), read through
 * the same published packages the real app uses.
 */
import { getAppContext } from '@forge/api';
import Resolver from '@forge/resolver';

const resolver = new Resolver();
resolver.define('probe', ({ context }) => {
  const app = getAppContext();
  return {
    installContext: context.installContext,
    installation: context.installation,
    moduleKey: app.moduleKey,
    installationAri: String(app.installation?.ari),
    contexts: (app.installation?.contexts ?? []).map(String),
    remainingMs: app.invocationRemainingTimeInMillis(),
  };
});

export const handler = resolver.getDefinitions();

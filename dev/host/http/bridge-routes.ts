/**
 * POST /__local/bridge { frameId, name, payload }: a frame's `callBridge`, answered for the
 * frame's trusted context (registered when its page was rendered) by bridge-calls.ts.
 */
import { answerBridgeCall, BridgeCallError, type BridgeDeps } from '../bridge/bridge-calls';
import { DEMO_SPACE } from '../seed/demo-site';
import { buildBrowserContext, buildContext } from '../runtime/context';
import { runInInvocation } from '../runtime/invocation';
import type { HostDeps } from './host-deps';
import { HttpError } from './http-error';
import { isRecord, readJsonBody } from './json-body';
import { sendJson } from './responses';
import type { Router } from './router';
import { isNeedsAuthentication, needsAuthenticationBody } from '../runtime/needs-authentication';

/** Not a Forge bridge call: what the host's consent screen sends when the user allows access. */
export const ALLOW_ACCESS_CALL = '__local.allowAccess';

export function registerBridgeRoutes(router: Router, deps: HostDeps): void {
  const bridgeDeps: BridgeDeps = {
    hostUrl: () => deps.url(),
    browserContext: (frame) => buildBrowserContext(frame.surface, frame.viewer, deps.site),
    invoke: (frame, functionKey, payload) =>
      deps.runtime.invoke({
        functionKey,
        payload,
        accountId: frame.viewer.accountId,
        context: buildContext(frame.surface, frame.viewer, deps.site),
      }),
    saveMacroConfig: (frame, config) => {
      if (frame.surface.kind !== 'macro') throw new BridgeCallError('Only a macro has a config');
      deps.hostState.saveMacroConfig(frame.surface.pageId, frame.surface.localId, config);
    },
    fetchProduct: async (frame, product, restPath, init) => {
      if (product !== 'jira') throw new BridgeCallError(`The local Forge host emulates requestJira only, not ${product}`);
      const context = buildContext(frame.surface, frame.viewer, deps.site);
      const invocation = deps.runtime.invocationFor(frame.viewer.accountId, context);
      const headers = Array.isArray(init.headers) ? (init.headers as Array<[string, string]>) : undefined;
      const requestInit: RequestInit = {
        method: typeof init.method === 'string' ? init.method : 'GET',
        ...(headers ? { headers } : {}),
        ...(typeof init.body === 'string' ? { body: init.body } : {}),
      };
      return runInInvocation(invocation, () =>
        deps.runtime.services.jiraFetch({ type: 'fpp', provider: 'user', remote: 'jira' }, restPath, requestInit),
      );
    },
    firstPageOfSpace: (spaceKey) => (spaceKey === DEMO_SPACE.key ? deps.confluencePages[0]?.id : undefined),
  };

  router.on('POST', /^\/__local\/bridge$/, async ({ req, res }) => {
    const body = await readJsonBody(req);
    if (!isRecord(body) || typeof body.frameId !== 'string' || typeof body.name !== 'string') {
      throw new HttpError(400, 'Body needs { frameId, name, payload }');
    }
    const frame = deps.frames.get(body.frameId);
    if (!frame) {
      throw new HttpError(404, 'This frame is unknown to the local Forge host (it restarted?): reload the page');
    }
    // The host's own "Allow access" button (client-script.ts), for the frame's trusted viewer.
    if (body.name === ALLOW_ACCESS_CALL) {
      if (!frame.viewer.accountId) throw new HttpError(400, 'Nobody is signed in to allow access');
      deps.hostState.setAccess(frame.viewer.accountId, true);
      return sendJson(res, 200, { value: true });
    }
    try {
      sendJson(res, 200, await answerBridgeCall(bridgeDeps, frame, body.name, body.payload));
    } catch (error) {
      if (isNeedsAuthentication(error)) return sendJson(res, 401, { ...needsAuthenticationBody(error), locale: frame.viewer.locale });
      if (error instanceof BridgeCallError) throw new HttpError(400, error.message);
      deps.log(`bridge ${body.name} failed`, error);
      sendJson(res, 500, { error: { message: error instanceof Error ? error.message : String(error) } });
    }
  });
}

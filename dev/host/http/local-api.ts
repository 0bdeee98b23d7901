/**
 * The host's own endpoints for tests and the benchmark:
 *   POST /__local/invoke       { functionKey, payload, accountId?, context?, now? } -> { value }
 *                              (500 { error: { message } } if the handler threw)
 *                              accountId: omitted = the first demo user, null = anonymous.
 *                              context: fields merged over the default (Company OKRs macro).
 *                              now: ISO instant the app's clock reads during this invocation.
 *   GET  /__local/stats        -> { kvs, jira, confluence: { requests } } made by the app
 *   GET  /__local/kvs/dump     -> { rows: [{ ns, key, value, scalars, createdAt, updatedAt, expireAt }] }
 *                              every stored row, raw (value as its stored JSON text)
 *   POST /__local/stats/reset
 *   POST /__local/jobs/run     { key? } -> { ran: [{ key, result }] }: runs the app's scheduled
 *                              triggers (or the one named) now, as Forge would on their interval
 *   POST /__local/reset        { seed: 'demo' | 'empty' } -> { ok: true, seed, ids? }
 *                              (the demo Jira goes back to its seed too)
 *   POST   /__local/jira/faults { status: 429|500|502|503, count: n | -1, retryAfter?, paths? }
 *                              the next n app requests to Jira (under `paths`) fail so
 *   GET    /__local/jira/faults -> { faults: [...still armed] }
 *   DELETE /__local/jira/faults clears them
 */
import { DEFAULT_USER } from '../demo-users';
import { parseFaultSpec } from '../demo-jira/faults';
import { defaultInvokeContext } from '../runtime/default-context';
import type { HostDeps } from './host-deps';
import { HttpError } from './http-error';
import { isRecord, readJsonBody } from './json-body';
import { sendJson } from './responses';
import { isNeedsAuthentication, needsAuthenticationBody } from '../runtime/needs-authentication';
import type { Router } from './router';

export function registerLocalApi(router: Router, deps: HostDeps): void {
  router.on('POST', /^\/__local\/invoke$/, async ({ req, res }) => {
    const body = await readJsonBody(req);
    if (!isRecord(body) || typeof body.functionKey !== 'string') throw new HttpError(400, 'Body needs { functionKey, payload }');
    const accountId = body.accountId === null ? undefined : typeof body.accountId === 'string' ? body.accountId : DEFAULT_USER.accountId;
    const now = typeof body.now === 'string' ? new Date(body.now) : undefined;
    if (now && Number.isNaN(now.getTime())) throw new HttpError(400, `now is not an ISO instant: ${String(body.now)}`);
    const context = defaultInvokeContext(deps.site, accountId, isRecord(body.context) ? body.context : {});
    try {
      const value = await deps.runtime.invoke({ functionKey: body.functionKey, payload: body.payload ?? {}, accountId, context, ...(now ? { now } : {}) });
      sendJson(res, 200, { value });
    } catch (error) {
      // As on Forge: the user must allow access first; nothing of the app's answer is sent.
      if (isNeedsAuthentication(error)) return sendJson(res, 401, needsAuthenticationBody(error));
      deps.log(`invoke ${body.functionKey} threw`, error);
      sendJson(res, 500, { error: { message: error instanceof Error ? error.message : String(error) } });
    }
  });

  // Grants or revokes an account's "Allow access" (tests; the frames' own button grants it too).
  router.on('POST', /^\/__local\/access$/, async ({ req, res }) => {
    const body = await readJsonBody(req);
    if (!isRecord(body) || typeof body.accountId !== 'string' || typeof body.granted !== 'boolean') {
      throw new HttpError(400, 'Body needs { accountId, granted }');
    }
    deps.hostState.setAccess(body.accountId, body.granted);
    sendJson(res, 200, { accountId: body.accountId, granted: body.granted });
  });

  router.on('GET', /^\/__local\/stats$/, ({ res }) => sendJson(res, 200, deps.runtime.stats()));

  router.on('POST', /^\/__local\/jobs\/run$/, async ({ req, res }) => {
    const body = await readJsonBody(req);
    const key = isRecord(body) && typeof body.key === 'string' ? body.key : undefined;
    const triggers = deps.manifest.scheduledTriggers.filter((t) => key === undefined || t.key === key);
    if (key !== undefined && triggers.length === 0) throw new HttpError(404, `No scheduled trigger "${key}" in the manifest`);
    const ran = [];
    for (const trigger of triggers) ran.push({ key: trigger.key, result: await deps.runtime.runScheduledTrigger(trigger) });
    sendJson(res, 200, { ran });
  });

  router.on('GET', /^\/__local\/kvs\/dump$/, ({ res }) => sendJson(res, 200, { rows: deps.kvs.dump() }));

  router.on('POST', /^\/__local\/stats\/reset$/, ({ res }) => {
    deps.runtime.resetStats();
    sendJson(res, 200, deps.runtime.stats());
  });

  router.on('POST', /^\/__local\/jira\/faults$/, async ({ req, res }) => {
    let spec;
    try {
      spec = parseFaultSpec(await readJsonBody(req));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, error instanceof Error ? error.message : String(error));
    }
    deps.demoJira.injectFaults(spec);
    sendJson(res, 200, { faults: deps.demoJira.faults.pending() });
  });

  router.on('GET', /^\/__local\/jira\/faults$/, ({ res }) => sendJson(res, 200, { faults: deps.demoJira.faults.pending() }));

  router.on('DELETE', /^\/__local\/jira\/faults$/, ({ res }) => {
    deps.demoJira.clearFaults();
    sendJson(res, 200, { faults: [] });
  });

  router.on('POST', /^\/__local\/reset$/, async ({ req, res }) => {
    const body = await readJsonBody(req);
    const seed = isRecord(body) && body.seed !== undefined ? body.seed : 'demo';
    if (seed !== 'demo' && seed !== 'empty') throw new HttpError(400, 'seed must be "demo" or "empty"');
    const ids = await deps.reset(seed);
    sendJson(res, 200, { ok: true, seed, ...(ids ? { ids } : {}) });
  });
}

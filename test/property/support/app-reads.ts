/**
 * Reads and helpers the concurrency and crash properties share: acting as a user over HTTP,
 * whole check-in histories, the app's scheduled jobs when the host can run them.
 */
import { invokeRaw, type InvokeAnswer } from './wire';

export interface Envelope {
  ok: boolean;
  data?: any;
  error?: { code: string; message: string; fields?: Record<string, unknown> };
}

export const envelopeOf = (answer: InvokeAnswer): Envelope | undefined =>
  answer.status === 200 && answer.value && typeof answer.value === 'object' ? (answer.value as Envelope) : undefined;

export async function mustCall(baseUrl: string, functionKey: string, payload: unknown, accountId: string, context?: Record<string, unknown>): Promise<any> {
  const answer = await invokeRaw(baseUrl, { functionKey, payload, accountId, ...(context ? { context } : {}) });
  const envelope = envelopeOf(answer);
  if (!envelope?.ok) throw new Error(`${functionKey} refused: ${JSON.stringify(envelope?.error ?? answer.error)}`);
  return envelope.data;
}

/** Every check-in id of a key result, all pages; undefined when the key result is not found. */
export async function checkInHistory(baseUrl: string, keyResultId: string, accountId: string): Promise<string[] | undefined> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const answer = envelopeOf(await invokeRaw(baseUrl, { functionKey: 'listCheckIns', payload: { keyResultId, ...(cursor ? { cursor } : {}) }, accountId }));
    if (!answer?.ok) {
      if (answer?.error?.code === 'NOT_FOUND') return undefined;
      throw new Error(`listCheckIns(${keyResultId}) answered ${JSON.stringify(answer?.error)}`);
    }
    ids.push(...(answer.data.checkIns as Array<{ id: string }>).map((c) => c.id));
    cursor = answer.data.cursor;
    if (!cursor) return ids;
  }
  throw new Error(`listCheckIns(${keyResultId}) never ended`);
}

/**
 * Runs the app's scheduled jobs (deferred clean-ups) through the host when it can
 * (`POST /__local/jobs/run`); 'absent' when this host has no such endpoint.
 */
export async function runJobsIfAny(baseUrl: string): Promise<'ran' | 'absent'> {
  const response = await fetch(`${baseUrl}/__local/jobs/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (response.status === 404) return 'absent';
  if (!response.ok) throw new Error(`POST /__local/jobs/run answered ${response.status}: ${await response.text()}`);
  return 'ran';
}

/**
 * The one place the UI talks to the backend: `invoke` from @forge/bridge, typed by the
 * contract, always answering an `Envelope`. A bridge failure (network, rate limit, a resolver
 * that threw) becomes an INTERNAL envelope, so screens handle exactly one shape.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '@contracts/envelope';
import { ERROR_CODES } from '@contracts/envelope';
import type { PayloadOf, ResultOf, UiResolverKey } from './resolver-contract';

export async function callResolver<K extends UiResolverKey>(
  key: K,
  payload: PayloadOf<K>,
): Promise<Envelope<ResultOf<K>>> {
  try {
    const answer: unknown = await invoke(key, payload);
    if (isEnvelope(answer)) return answer as Envelope<ResultOf<K>>;
    return internal(`${key} answered without an envelope`);
  } catch (error) {
    return internal(error instanceof Error ? error.message : String(error));
  }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null &&
    'code' in value.error &&
    (ERROR_CODES as readonly unknown[]).includes(value.error.code)
  );
}

function internal(message: string): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

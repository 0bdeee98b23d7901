/**
 * Adapts a KvsStore to the `global.__forge_fetch__(target, path, init)` hook `@forge/kvs` calls,
 * answering with a real fetch `Response` because the client reads `ok`, `status`, `text()` and
 * `headers.get(...)` from it.
 */
import type { KvsStore } from './kvs-store';
import { KvsQuotaMeter, type KvsQuotaOptions } from './quotas';

export interface ForgeFetchTarget {
  type: string;
  provider?: string;
  remote?: string;
}

export interface ForgeFetchInit {
  method?: string;
  body?: unknown;
  headers?: unknown;
}

export type KvsFetch = (target: ForgeFetchTarget, path: string, init?: ForgeFetchInit) => Promise<Response>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export interface KvsFetchOptions {
  /**
   * Forge's per-installation quotas (quotas.ts): on with the documented limits unless `false`;
   * options to change them, or a meter to share and read (`usage()`) across fetches.
   */
  quotas?: KvsQuotaMeter | KvsQuotaOptions | false;
}

/** The fetch, with the quota meter it charges (undefined when quotas are off). */
export type MeteredKvsFetch = KvsFetch & { quotas: KvsQuotaMeter | undefined };

export function createKvsFetch(store: KvsStore, options: KvsFetchOptions = {}): MeteredKvsFetch {
  const meter = options.quotas === false ? undefined : options.quotas instanceof KvsQuotaMeter ? options.quotas : new KvsQuotaMeter(options.quotas);
  const fetch: KvsFetch = async (target, path, init) => {
    if (target?.type !== 'kvs') {
      // Only storage calls belong here; the host routes other targets (product APIs) elsewhere.
      throw new Error(`createKvsFetch only serves target.type 'kvs'; got ${JSON.stringify(target)}`);
    }
    const headers = { 'x-trace-id': 'local-kvs' };
    const refusal = meter?.admit(path, bodyBytes(init?.body));
    if (refusal) {
      const { status, body } = refusal;
      return new Response(JSON.stringify(body), { status, statusText: STATUS_TEXT[status] ?? '', headers: { ...headers, ...refusal.headers, 'content-type': 'application/json' } });
    }
    const parsed = parseBody(init?.body);
    const { status, body } = parsed.ok ? store.handle(path, parsed.value) : badJson(parsed.error);
    const statusText = STATUS_TEXT[status] ?? '';
    const text = body === undefined ? undefined : JSON.stringify(body);
    meter?.settle(path, text === undefined ? 0 : Buffer.byteLength(text, 'utf8'));
    if (text === undefined) return new Response(null, { status, statusText, headers });
    return new Response(text, { status, statusText, headers: { ...headers, 'content-type': 'application/json' } });
  };
  return Object.assign(fetch, { quotas: meter });
}

function bodyBytes(raw: unknown): number {
  if (raw === undefined || raw === null) return 0;
  if (typeof raw === 'string') return Buffer.byteLength(raw, 'utf8');
  return raw instanceof ArrayBuffer || ArrayBuffer.isView(raw) ? raw.byteLength : 0;
}

function parseBody(raw: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  if (raw === undefined || raw === null || raw === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(typeof raw === 'string' ? raw : Buffer.from(raw as ArrayBuffer).toString('utf8')) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function badJson(error: string) {
  return { status: 400, body: { code: 'BAD_REQUEST', message: `Request body is not valid JSON: ${error}` } };
}

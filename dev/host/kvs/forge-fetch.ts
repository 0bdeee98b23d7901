/**
 * Adapts a KvsStore to the `global.__forge_fetch__(target, path, init)` hook `@forge/kvs` calls,
 * answering with a real fetch `Response` because the client reads `ok`, `status`, `text()` and
 * `headers.get(...)` from it.
 */
import type { KvsStore } from './kvs-store';

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
  500: 'Internal Server Error',
};

export function createKvsFetch(store: KvsStore): KvsFetch {
  return async (target, path, init) => {
    if (target?.type !== 'kvs') {
      // Only storage calls belong here; the host routes other targets (product APIs) elsewhere.
      throw new Error(`createKvsFetch only serves target.type 'kvs'; got ${JSON.stringify(target)}`);
    }
    const parsed = parseBody(init?.body);
    const { status, body } = parsed.ok ? store.handle(path, parsed.value) : badJson(parsed.error);
    const headers = { 'x-trace-id': 'local-kvs' };
    const statusText = STATUS_TEXT[status] ?? '';
    if (body === undefined) return new Response(null, { status, statusText, headers });
    return new Response(JSON.stringify(body), { status, statusText, headers: { ...headers, 'content-type': 'application/json' } });
  };
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

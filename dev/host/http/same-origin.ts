/**
 * The host answers only this machine's own pages (docs/decisions/0010). Without this, any web page
 * open in the developer's browser could POST to /__local/reset (wipe the data), /__local/invoke
 * (write as any account) or the demo Jira, and in real-site mode act on the real site with the
 * developer's API token; and a DNS-rebinding page could read the answers.
 * - Every request: `Host` must be a loopback name (127.0.0.1, localhost, [::1]), with any port.
 * - The host's APIs (/__local/*, /demo-jira/*): a browser's `Origin` must be the host's own
 *   (`http://` + Host); `Sec-Fetch-Site` must be same-origin or none; a request that carries a
 *   body must be JSON, which no HTML form and no "simple" cross-site request can send.
 * Clients that send no Origin (tests, curl, the benchmark) keep working on loopback.
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;
const API_PATH = /^\/(?:__local|demo-jira)(?:\/|$)/;
const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/** Why the request is refused (403), or undefined when it may be answered. */
export function crossSiteRefusal(req: Pick<IncomingMessage, 'headers' | 'method'>, pathname: string): string | undefined {
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return `Host "${host}" is not this machine; open the host at http://127.0.0.1`;
  if (!API_PATH.test(pathname)) return undefined;

  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`.toLowerCase()) {
    return `Requests from ${origin} are not answered: only the host's own pages may call ${pathname}`;
  }
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `A ${site} request is not answered: only the host's own pages may call ${pathname}`;
  }
  if (carriesBody(req) && !JSON_TYPE.test(header(req, 'content-type') ?? '')) {
    return `${req.method} ${pathname} takes a JSON body (content-type: application/json)`;
  }
  return undefined;
}

function carriesBody(req: Pick<IncomingMessage, 'headers' | 'method'>): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') return true;
  const length = Number(header(req, 'content-length') ?? 0);
  return length > 0 || header(req, 'transfer-encoding') !== undefined;
}

function header(req: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

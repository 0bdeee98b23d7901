/**
 * Serves each manifest resource's built files at /resources/<key>/..., as Forge serves a Custom UI
 * resource from its CDN. Into index.html goes, before any other script, the bridge script for the
 * requesting frame, so `window.__bridge` exists when @forge/bridge is imported.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { esc } from '../pages/html';
import { FRAME_HEADERS, sendHtml, sendText } from '../http/responses';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export const BRIDGE_SCRIPT_PATH = '/__local/bridge.js';

/** Puts the bridge script first in <head> (or first in the document when there is no head). */
export function injectBridgeScript(html: string, frameId: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}?frame=${encodeURIComponent(frameId)}"></script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

export function serveResource(
  res: ServerResponse,
  resources: Record<string, string>,
  resourceKey: string,
  filePath: string,
  frameId: string | null,
): void {
  const folder = resources[resourceKey];
  if (folder === undefined) return sendText(res, 404, `No resource "${resourceKey}" in manifest.yml`);
  const root = path.resolve(REPO_ROOT, folder);
  const relative = filePath === '' || filePath.endsWith('/') ? `${filePath}index.html` : filePath;
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return sendText(res, 403, 'Outside the resource folder');
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (relative.endsWith('index.html')) return sendHtml(res, 404, notBuiltPage(resourceKey, folder));
    return sendText(res, 404, `Not found: ${resourceKey}/${relative}`);
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (path.basename(file) === 'index.html') {
    const html = readFileSync(file, 'utf8');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...FRAME_HEADERS });
    res.end(frameId ? injectBridgeScript(html, frameId) : html);
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
}

function notBuiltPage(resourceKey: string, folder: string): string {
  return `<!doctype html><meta charset="utf-8"><body style="font:14px sans-serif;padding:16px">
<p><strong>${esc(resourceKey)}</strong> is not built: <code>${esc(folder)}/index.html</code> is missing.</p>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first).</p></body>`;
}

/**
 * A tiny method + path router: enough for a dozen routes without a framework dependency.
 * Patterns are anchored regular expressions; their groups become the handler's params.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
}

type Handler = (request: RouteRequest) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  /** Runs the first matching route; false when none matched (the caller answers 404/405). */
  async dispatch(req: IncomingMessage, res: ServerResponse, url: URL): Promise<'handled' | 'no-route' | 'wrong-method'> {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== req.method && !(route.method === 'GET' && req.method === 'HEAD')) continue;
      await route.handler({ req, res, url, params: match.slice(1).map((p) => decodeURIComponent(p ?? '')) });
      return 'handled';
    }
    return pathMatched ? 'wrong-method' : 'no-route';
  }
}

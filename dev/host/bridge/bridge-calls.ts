/**
 * The server half of the Custom UI bridge: what each `callBridge(name, payload)` of
 * @forge/bridge answers, for a frame the host rendered. Return values follow what the package
 * expects (read in node_modules/@forge/bridge/out): `submit`/`close`/`refresh` answer a boolean
 * (false makes the package throw "not submittable/closable"), `getUrl` a URL string,
 * `createHistory` the initial location (the client adds `listen`), `invoke` the resolver's value.
 */
import type { Frame } from '../state/frames';
import { isRecord } from '../http/json-body';
import { themeAttributes, TOKENS_CSS_PATH } from '../pages/tokens-css';
import { NavigationError, resolveLocation } from './navigation';

export type BridgeEffect =
  | { type: 'theme'; colorMode: string; theme: string; cssHref: string }
  | { type: 'post'; message: Record<string, unknown> }
  | { type: 'reloadFrame' };

export interface BridgeAnswer {
  value?: unknown;
  effects?: BridgeEffect[];
}

export interface BridgeDeps {
  hostUrl(): string;
  browserContext(frame: Frame): Record<string, unknown>;
  invoke(frame: Frame, functionKey: string, payload: unknown): Promise<unknown>;
  saveMacroConfig(frame: Frame, config: Record<string, unknown>): void;
  /** Product REST from the browser (`requestJira` of @forge/bridge), as the frame's user. */
  fetchProduct(frame: Frame, product: string, restPath: string, init: Record<string, unknown>): Promise<Response>;
  firstPageOfSpace(spaceKey: string): string | undefined;
}

/** A refusal the browser should see as the bridge's error (status 400). */
export class BridgeCallError extends Error {}

type Call = (deps: BridgeDeps, frame: Frame, payload: unknown) => Promise<BridgeAnswer> | BridgeAnswer;

const post = (message: Record<string, unknown>): BridgeEffect => ({ type: 'post', message });
const done: BridgeAnswer = { value: undefined };

const CALLS: Record<string, Call> = {
  async invoke(deps, frame, payload) {
    if (!isRecord(payload) || typeof payload.functionKey !== 'string') {
      throw new BridgeCallError('invoke needs { functionKey, payload }');
    }
    const value = await deps.invoke(frame, payload.functionKey, payload.payload ?? {});
    // With metadata the real bridge wraps the answer (see @forge/bridge out/invoke/invoke.js).
    return { value: payload.metadata !== undefined && payload.metadata !== null ? { body: value, metadata: {} } : value };
  },
  getContext: (deps, frame) => ({ value: deps.browserContext(frame) }),
  submit(deps, frame, payload) {
    const { surface } = frame;
    if (!frame.inModal || surface.kind !== 'macro' || !surface.configuring) return { value: false };
    if (!isRecord(payload) || !isRecord(payload.config)) {
      throw new BridgeCallError('view.submit in a macro config expects { config: { ... } }');
    }
    deps.saveMacroConfig(frame, payload.config);
    return { value: true, effects: [post({ type: 'submitted' })] };
  },
  close: (_deps, frame) => (frame.inModal ? { value: true, effects: [post({ type: 'close' })] } : { value: false }),
  open: () => ({ value: false }),
  onClose: (_deps, frame) => ({ value: frame.inModal }),
  refresh: () => ({ value: true, effects: [{ type: 'reloadFrame' }] }),
  reload: () => ({ ...done, effects: [post({ type: 'reload' })] }),
  navigate(deps, frame, payload) {
    const url = navigationTarget(deps, frame, payload);
    const newTab = isRecord(payload) && payload.type === 'new-tab';
    return { ...done, effects: [post({ type: 'navigate', url, newTab })] };
  },
  getUrl(deps, frame, payload) {
    const target = navigationTarget(deps, frame, payload);
    return { value: new URL(target, deps.hostUrl()).toString() };
  },
  enableTheming(_deps, frame) {
    const attrs = themeAttributes(frame.viewer.colorMode);
    return {
      ...done,
      effects: [{ type: 'theme', colorMode: attrs['data-color-mode'], theme: attrs['data-theme'], cssHref: TOKENS_CSS_PATH }],
    };
  },
  createHistory: () => ({ value: { location: { pathname: '/', search: '', hash: '', state: null, key: 'default' } } }),
  changeWindowTitle: (_deps, _frame, payload) => ({ ...done, effects: [post({ type: 'title', title: String(payload ?? '') })] }),
  resize(_deps, _frame, payload) {
    const height = isRecord(payload) ? Number.parseFloat(String(payload.height)) : Number.NaN;
    return Number.isFinite(height) ? { ...done, effects: [post({ type: 'resize', height })] } : done;
  },
  // Events stay inside each frame on the local host (see client-script.ts); emitting is accepted.
  emit: () => done,
  emitPublic: () => done,
  emitReadyEvent: () => done,
  async fetchProduct(deps, frame, payload) {
    if (!isRecord(payload) || typeof payload.restPath !== 'string' || typeof payload.product !== 'string') {
      throw new BridgeCallError('fetchProduct needs { product, restPath, fetchRequestInit }');
    }
    const init = isRecord(payload.fetchRequestInit) ? payload.fetchRequestInit : {};
    const response = await deps.fetchProduct(frame, payload.product, payload.restPath, init);
    return {
      value: {
        status: response.status,
        statusText: response.statusText,
        headers: Object.fromEntries(response.headers.entries()),
        body: await response.text(),
      },
    };
  },
};

function navigationTarget(deps: BridgeDeps, frame: Frame, payload: unknown): string {
  try {
    return resolveLocation(payload, frame.surface, deps.firstPageOfSpace);
  } catch (error) {
    if (error instanceof NavigationError) throw new BridgeCallError(error.message);
    throw error;
  }
}

export async function answerBridgeCall(deps: BridgeDeps, frame: Frame, name: string, payload: unknown): Promise<BridgeAnswer> {
  const call = Object.hasOwn(CALLS, name) ? CALLS[name] : undefined;
  if (!call) {
    throw new BridgeCallError(
      `Bridge call "${name}" is not supported by the local Forge host (supported: ${Object.keys(CALLS).join(', ')}, on, onPublic)`,
    );
  }
  return call(deps, frame, payload);
}

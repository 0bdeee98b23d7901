/**
 * The local Forge host: runs the unchanged app (src/index.ts handler, static/ Custom UI) on an
 * emulated platform (kvs on SQLite, demo Jira, the Custom UI bridge) behind one node:http server.
 * `startHost` is what `npm start` (main.ts) and the tests (test/support/host.ts) call.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LOCAL_CLOUD_ID, MANIFEST_PATH, readAppManifest } from './config';
import { DemoJira } from './demo-jira';
import { realJiraFromEnv } from './demo-jira/real-site';
import { registerBridgeRoutes } from './http/bridge-routes';
import { registerDemoJiraHttp } from './http/demo-jira-http';
import type { HostDeps, ResetSeed } from './http/host-deps';
import { HttpError } from './http/http-error';
import { sendJson } from './http/responses';
import { crossSiteRefusal } from './http/same-origin';
import { findDemoUser } from './demo-users';
import { registerLocalApi } from './http/local-api';
import { registerPageRoutes } from './http/page-routes';
import { Router } from './http/router';
import { appOfModuleType, planInstallations, readCompatibility, type AtlassianApp, type Installations } from './install/installations';
import { KvsStore } from './kvs/kvs-store';
import type { KvsQuotaOptions } from './kvs/quotas';
import { readEntityDeclarations } from './kvs/manifest-entities';
import { demoPages } from './seed/demo-site';
import type { SiteInfo } from './runtime/context';
import { createLocalRuntime, type LocalRuntime } from './runtime/local-runtime';
import type { SeedIds } from './seed/apply-seed';
import { nextQuarterLabel } from './seed/demo-org';
import { isAppStorageEmpty, seedDemo } from './seed/seed-host';
import { FrameRegistry } from './state/frames';
import { HostState } from './state/host-state';

export interface StartHostOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Where app storage (kvs.sqlite) and host state live; created if missing, kept across runs. */
  dataDir: string;
  /**
   * `demo`: seed the demo organisation if app storage is empty (first start).
   * `empty`: wipe app storage and host state at start. `none`: use the data as it is.
   */
  seed?: 'demo' | 'empty' | 'none';
  quiet?: boolean;
  /** The app module exporting `handler`; defaults to src/index.ts. */
  appModulePath?: string;
  /** The time the demo seed is written relative to; defaults to the wall clock. */
  now?: () => Date;
  /** Read for JIRA_BASE_URL / JIRA_EMAIL / JIRA_API_TOKEN (real-site.ts). */
  env?: NodeJS.ProcessEnv;
  /** The manifest to run (defaults to the app's); tests use variants of it. */
  manifestPath?: string;
  /** Which Atlassian apps the site has connected to the app (default: Confluence and Jira). */
  connectedApps?: AtlassianApp[];
  /** Forge's invocation time limit (25 s); tests shorten it to prove the app stays inside. */
  invocationTimeLimitMs?: number;
  /** Forge's per-installation kvs quotas (kvs/quotas.ts): the documented limits unless given; false: off. */
  kvsQuotas?: KvsQuotaOptions | false;
}

export interface LocalHost {
  url: string;
  port: number;
  dataDir: string;
  /** The storage of the primary installation (the only one when the manifest declares compatibility). */
  kvs: KvsStore;
  installations: Installations;
  /** Each installation's storage, by installation id. */
  stores: ReadonlyMap<string, KvsStore>;
  jira: DemoJira;
  runtime: LocalRuntime;
  /** Ids the demo seed created (when this start or the last reset seeded). */
  seedIds: SeedIds | undefined;
  reset(seed: ResetSeed): Promise<SeedIds | undefined>;
  close(): Promise<void>;
}

export async function startHost(options: StartHostOptions): Promise<LocalHost> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const log = (message: string, error?: unknown) => {
    if (!options.quiet) console.error(`[local host] ${message}`, error ?? '');
  };
  const now = options.now ?? (() => new Date());
  let url = '';

  const manifestPath = options.manifestPath ?? MANIFEST_PATH;
  const manifest = readAppManifest(manifestPath);
  const installations = planInstallations(readCompatibility(manifestPath), LOCAL_CLOUD_ID, options.connectedApps);
  const entities = readEntityDeclarations(manifestPath);
  const stores = new Map(
    installations.all.map((installation) => [installation.id, new KvsStore({ file: path.join(dataDir, installation.storageFile), entities })]),
  );
  const kvs = stores.get(installations.primary.id)!;
  const appOfModule = new Map<string, AtlassianApp | undefined>([
    ...manifest.macros.map((m) => [m.key, appOfModuleType('macro')] as const),
    ...manifest.projectPages.map((m) => [m.key, appOfModuleType('jira:projectPage')] as const),
    ...manifest.issuePanels.map((m) => [m.key, appOfModuleType('jira:issuePanel')] as const),
  ]);
  const hostState = new HostState(dataDir);
  const realSite = realJiraFromEnv(options.env ?? process.env);
  // Jira data is host state: kept in the data dir across restarts, back to its seed on reset.
  const demoJira = new DemoJira(() => `${url}/demo-jira`, { dataFile: path.join(dataDir, 'demo-jira.json'), seedNow: now });
  const runtime = createLocalRuntime({
    kvs: stores,
    // A module of an app the site has not connected has no installation to run in.
    installationOf: (moduleKey) => {
      const app = appOfModule.get(moduleKey);
      return app ? installations.of(app) : installations.primary;
    },
    primaryInstallation: installations.primary,
    invocationTimeLimitMs: options.invocationTimeLimitMs,
    demoJira,
    realSite,
    appModulePath: options.appModulePath,
    kvsQuotas: options.kvsQuotas,
    hasAccess: (accountId) => hostState.hasAccess(accountId, findDemoUser(accountId) !== undefined),
  });
  const site: SiteInfo = {
    siteUrl: '',
    macroConfig: (pageId, localId) => hostState.macroConfig(pageId, localId),
  };

  const reset = async (seed: ResetSeed): Promise<SeedIds | undefined> => {
    for (const store of stores.values()) store.reset();
    hostState.reset();
    demoJira.reset();
    // A real site has none of the demo's people or epics: seed only its cycles and teams there.
    // A site without Jira connected has no epics to link either.
    const frameOnly = realSite !== undefined || installations.of('jira') === undefined;
    const ids = seed === 'demo' ? await seedDemo(runtime, hostState, site, now(), { frameOnly }) : undefined;
    if (seed === 'demo' && realSite) {
      log(`Real-site mode (${realSite.baseUrl}): seeded the demo's cycles and teams only; its people and epics are not on your site. Create objectives in the OKR panel.`);
    }
    runtime.resetStats();
    host.seedIds = ids;
    return ids;
  };

  const deps: HostDeps = {
    runtime,
    kvs,
    hostState,
    demoJira,
    frames: new FrameRegistry(),
    manifest,
    confluencePages: demoPages(nextQuarterLabel(now())),
    site,
    info: { dataDir, jira: realSite ? { realSite: realSite.baseUrl } : 'demo' },
    url: () => url,
    reset,
    log,
  };
  const server = createServer((req, res) => void handle(router, req, res, log));
  const router = new Router();
  registerLocalApi(router, deps);
  registerBridgeRoutes(router, deps);
  registerDemoJiraHttp(router, deps);
  registerPageRoutes(router, deps);

  const port = await listen(server, options.port ?? 0);
  url = `http://127.0.0.1:${port}`;
  site.siteUrl = url;

  const host: LocalHost = {
    url,
    port,
    dataDir,
    kvs,
    installations,
    stores,
    jira: demoJira,
    runtime,
    seedIds: undefined,
    reset,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const store of stores.values()) store.close();
      demoJira.flush();
    },
  };

  try {
    const seed = options.seed ?? 'demo';
    if (seed === 'empty') await reset('empty');
    if (seed === 'demo' && (await isAppStorageEmpty(runtime, site))) await reset('demo');
    runtime.resetStats();
  } catch (error) {
    await host.close();
    throw error;
  }
  return host;
}

async function handle(router: Router, req: Parameters<Router['dispatch']>[0], res: Parameters<Router['dispatch']>[1], log: (m: string, e?: unknown) => void) {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal = crossSiteRefusal(req, url.pathname);
    if (refusal) return sendJson(res, 403, { error: { message: refusal } });
    const outcome = await router.dispatch(req, res, url);
    if (outcome === 'no-route') sendJson(res, 404, { error: { message: `Nothing at ${req.method} ${url.pathname}` } });
    if (outcome === 'wrong-method') sendJson(res, 405, { error: { message: `${req.method} is not allowed on ${url.pathname}` } });
  } catch (error) {
    if (res.headersSent) return void res.end();
    if (error instanceof HttpError) return sendJson(res, error.status, { error: { message: error.message } });
    log(`${req.method} ${req.url} failed`, error);
    sendJson(res, 500, { error: { message: error instanceof Error ? error.message : String(error) } });
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * One host's emulated Forge platform: its kvs store and Jira behind `__forge_fetch__`, the app's
 * handler, and the counts the benchmark reads (kvs requests from the store, Jira requests here).
 */
import type { DemoJira } from '../demo-jira';
import type { RealJiraSite } from '../demo-jira/real-site';
import { createKvsFetch } from '../kvs/forge-fetch';
import type { KvsQuotaMeter, KvsQuotaOptions } from '../kvs/quotas';
import type { KvsStore } from '../kvs/kvs-store';
import type { ScheduledTriggerModule } from '../config';
import type { AppInstallation } from '../install/installations';
import { invokeHandler, loadAppHandler, type InvokeRequest } from './app-handler';
import type { ForgeContext } from './context';
import { currentInvocation, type ForgeServices, type Invocation } from './invocation';
import { createConfluenceFetch } from './confluence-fetch';
import { createJiraFetch } from './jira-fetch';
import { runScheduledTrigger } from './scheduled-trigger';

export interface LocalRuntime {
  services: ForgeServices;
  /** Each installation's kvs quota meter, by installation id (empty when quotas are off): `usage()` for a benchmark. */
  kvsQuotas: ReadonlyMap<string, KvsQuotaMeter>;
  /**
   * An invocation as Forge would start it for `context`: in the installation its module runs in
   * (the runtime decides `installContext`, never the caller), with Forge's 25 s to run.
   */
  invocationFor(accountId: string | undefined, context: ForgeContext): Invocation;
  /** Runs the app's handler as the Forge runtime would; resolves to the JSON-clean result. */
  invoke(request: InvokeRequest): Promise<unknown>;
  /** Runs a scheduled trigger's function now, as Forge does on its interval; resolves to what it returned. */
  runScheduledTrigger(trigger: ScheduledTriggerModule): Promise<unknown>;
  stats(): { kvs: { requests: number }; jira: { requests: number }; confluence: { requests: number } };
  resetStats(): void;
}

/** Forge stops a resolver invocation after 25 seconds. */
export const INVOCATION_TIME_LIMIT_MS = 25_000;

export function createLocalRuntime(options: {
  /** One store per installation id. */
  kvs: ReadonlyMap<string, KvsStore>;
  /** The installation a module (by its key) runs in; undefined when its Atlassian app is not connected. */
  installationOf: (moduleKey: string) => AppInstallation | undefined;
  /** Where scheduled triggers and contexts without a module run. */
  primaryInstallation: AppInstallation;
  demoJira: DemoJira;
  realSite?: RealJiraSite | undefined;
  appModulePath?: string | undefined;
  /** How long an invocation may run before the host stops it, as Forge does (25 s). */
  invocationTimeLimitMs?: number;
  /** Whether an account allowed the app to act for it; everyone has when not given. */
  hasAccess?: (accountId: string) => boolean;
  /** Forge's per-installation kvs quotas (kvs/quotas.ts): the documented limits unless given; false: off. */
  kvsQuotas?: KvsQuotaOptions | false;
}): LocalRuntime {
  const handler = loadAppHandler(options.appModulePath);
  let jiraRequests = 0;
  let confluenceRequests = 0;
  const kvsFetches = new Map([...options.kvs].map(([id, store]) => [id, createKvsFetch(store, { quotas: options.kvsQuotas })]));
  const services: ForgeServices = {
    // Each installation has its own storage, as on Forge.
    kvsFetch: (target, path, init) => {
      const id = currentInvocation()?.installation.id ?? options.primaryInstallation.id;
      const kvsFetch = kvsFetches.get(id);
      if (!kvsFetch) throw new Error(`No storage for installation ${id}`);
      return kvsFetch(target, path, init);
    },
    jiraFetch: createJiraFetch({
      demoJira: options.demoJira,
      realSite: options.realSite,
      onRequest: () => {
        jiraRequests += 1;
      },
      hasAccess: options.hasAccess ?? (() => true),
    }),
    confluenceFetch: createConfluenceFetch({
      baseUrl: () => options.demoJira.site.baseUrl(),
      onRequest: () => {
        confluenceRequests += 1;
      },
      hasAccess: options.hasAccess ?? (() => true),
    }),
  };
  const invocationFor = (accountId: string | undefined, context: ForgeContext, now?: Date): Invocation => {
    const installation = options.installationOf(context.moduleKey);
    if (!installation) {
      throw new Error(`Module ${context.moduleKey} belongs to an Atlassian app that is not connected to this installation`);
    }
    return {
      accountId,
      context: { ...context, installContext: installation.installContext },
      services,
      installation,
      deadline: Date.now() + (options.invocationTimeLimitMs ?? INVOCATION_TIME_LIMIT_MS),
      ...(now ? { now: () => new Date(now) } : {}),
    };
  };
  const stores = [...options.kvs.values()];
  return {
    services,
    kvsQuotas: new Map([...kvsFetches].flatMap(([id, fetch]) => (fetch.quotas ? [[id, fetch.quotas] as const] : []))),
    invocationFor: (accountId, context) => invocationFor(accountId, context),
    invoke: (request) => invokeHandler(handler, invocationFor(request.accountId, request.context, request.now), request.functionKey, request.payload),
    runScheduledTrigger: (trigger) => runScheduledTrigger(trigger, services, options.primaryInstallation, options.appModulePath),
    stats: () => ({
      kvs: { requests: stores.reduce((sum, store) => sum + store.stats().requests, 0) },
      jira: { requests: jiraRequests },
      confluence: { requests: confluenceRequests },
    }),
    resetStats: () => {
      for (const store of stores) store.resetStats();
      jiraRequests = 0;
      confluenceRequests = 0;
    },
  };
}

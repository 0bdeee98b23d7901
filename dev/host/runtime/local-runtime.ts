/**
 * One host's emulated Forge platform: its kvs store and Jira behind `__forge_fetch__`, the app's
 * handler, and the counts the benchmark reads (kvs requests from the store, Jira requests here).
 */
import type { DemoJira } from '../demo-jira';
import type { RealJiraSite } from '../demo-jira/real-site';
import { createKvsFetch } from '../kvs/forge-fetch';
import type { KvsStore } from '../kvs/kvs-store';
import type { ScheduledTriggerModule } from '../config';
import { invokeHandler, loadAppHandler, type InvokeRequest } from './app-handler';
import type { ForgeServices } from './invocation';
import { createJiraFetch } from './jira-fetch';
import { runScheduledTrigger } from './scheduled-trigger';

export interface LocalRuntime {
  services: ForgeServices;
  /** Runs the app's handler as the Forge runtime would; resolves to the JSON-clean result. */
  invoke(request: InvokeRequest): Promise<unknown>;
  /** Runs a scheduled trigger's function now, as Forge does on its interval; resolves to what it returned. */
  runScheduledTrigger(trigger: ScheduledTriggerModule): Promise<unknown>;
  stats(): { kvs: { requests: number }; jira: { requests: number } };
  resetStats(): void;
}

export function createLocalRuntime(options: {
  kvs: KvsStore;
  demoJira: DemoJira;
  realSite?: RealJiraSite | undefined;
  appModulePath?: string | undefined;
  /** Whether an account allowed the app to act for it; everyone has when not given. */
  hasAccess?: (accountId: string) => boolean;
}): LocalRuntime {
  const handler = loadAppHandler(options.appModulePath);
  let jiraRequests = 0;
  const kvsFetch = createKvsFetch(options.kvs);
  const services: ForgeServices = {
    kvsFetch: (target, path, init) => kvsFetch(target, path, init),
    jiraFetch: createJiraFetch({
      demoJira: options.demoJira,
      realSite: options.realSite,
      onRequest: () => {
        jiraRequests += 1;
      },
      hasAccess: options.hasAccess ?? (() => true),
    }),
  };
  return {
    services,
    invoke: (request) => invokeHandler(handler, services, request),
    runScheduledTrigger: (trigger) => runScheduledTrigger(trigger, services, options.appModulePath),
    stats: () => ({ kvs: { requests: options.kvs.stats().requests }, jira: { requests: jiraRequests } }),
    resetStats: () => {
      options.kvs.resetStats();
      jiraRequests = 0;
    },
  };
}

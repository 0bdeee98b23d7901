/**
 * Starting the local Forge host for a test: a fresh temporary data dir, a random port, and the
 * app talked to over HTTP exactly as the browser bridge and the benchmark do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JiraFaultSpec } from '../../dev/host/demo-jira/faults';
import { startHost, type LocalHost, type StartHostOptions } from '../../dev/host/host';
import type { SeedIds } from '../../dev/host/seed/apply-seed';

export interface HostStats {
  kvs: { requests: number };
  jira: { requests: number };
  confluence: { requests: number };
}

export interface TestHost {
  url: string;
  dataDir: string;
  /** The in-process host, for what HTTP does not expose (the kvs store, seed ids). */
  local: LocalHost;
  stats(): Promise<HostStats>;
  resetStats(): Promise<void>;
  /** Wipes app storage and host state; `demo` reseeds the demo organisation. */
  reset(seed: 'demo' | 'empty'): Promise<SeedIds | undefined>;
  /** Makes the app's next `count` Jira requests (under `paths`) fail with `status` (-1: until cleared). */
  jiraFaults(spec: JiraFaultSpec): Promise<void>;
  clearJiraFaults(): Promise<void>;
  /** Runs the app's scheduled triggers now, as Forge would on their interval (`key`: only that one). */
  runJobs(key?: string): Promise<Array<{ key: string; result: unknown }>>;
  /** Stops the host and deletes its data dir. */
  close(): Promise<void>;
}

export async function startTestHost(
  options: { seed?: 'demo' | 'empty' | 'none'; now?: () => Date } & Pick<StartHostOptions, 'manifestPath' | 'connectedApps' | 'env' | 'appModulePath' | 'invocationTimeLimitMs' | 'kvsQuotas'> = {},
): Promise<TestHost> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'forge-local-test-'));
  const { seed, ...rest } = options;
  const local = await startHost({ port: 0, dataDir, quiet: true, env: {}, kvsQuotas: false, ...rest, seed: seed ?? 'empty' });
  const post = async (pathname: string, body: unknown) => {
    const response = await fetch(`${local.url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${pathname} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  return {
    url: local.url,
    dataDir,
    local,
    stats: async () => (await (await fetch(`${local.url}/__local/stats`)).json()) as HostStats,
    resetStats: async () => {
      await post('/__local/stats/reset', {});
    },
    reset: async (seed) => (await post('/__local/reset', { seed })).ids as SeedIds | undefined,
    jiraFaults: async (spec) => {
      await post('/__local/jira/faults', spec);
    },
    clearJiraFaults: async () => {
      const response = await fetch(`${local.url}/__local/jira/faults`, { method: 'DELETE' });
      if (!response.ok) throw new Error(`DELETE /__local/jira/faults answered ${response.status}`);
    },
    runJobs: async (key) => (await post('/__local/jobs/run', key ? { key } : {})).ran as Array<{ key: string; result: unknown }>,
    close: async () => {
      await local.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface InvokeOptions {
  /** Omitted: the first demo user. null: an anonymous invocation. */
  accountId?: string | null;
  /** Fields merged over the default context (the Company OKRs macro). */
  context?: Record<string, unknown>;
  /** The instant the app's clock reads during this invocation. */
  now?: Date;
}

/**
 * Calls a resolver through POST /__local/invoke and answers what the handler returned (for this
 * app, the envelope). Throws if the handler itself threw.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function invoke<T = any>(host: TestHost, functionKey: string, payload: unknown, options: InvokeOptions = {}): Promise<T> {
  const response = await fetch(`${host.url}/__local/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      functionKey,
      payload,
      ...(options.accountId !== undefined ? { accountId: options.accountId } : {}),
      ...(options.context ? { context: options.context } : {}),
      ...(options.now ? { now: options.now.toISOString() } : {}),
    }),
  });
  const body = (await response.json()) as { value?: T; error?: { message: string } };
  if (!response.ok) throw new Error(`${functionKey} threw in the handler: ${body.error?.message ?? response.status}`);
  return body.value as T;
}

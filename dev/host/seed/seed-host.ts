/**
 * Seeding a running host: decide whether the store is empty, write the demo organisation through
 * the app (apply-seed.ts), then give the demo pages' macros their first configs (host state).
 */
import { DEFAULT_USER } from '../demo-users';
import { initialMacroConfigs } from './demo-site';
import type { SiteInfo } from '../runtime/context';
import { defaultInvokeContext } from '../runtime/default-context';
import type { LocalRuntime } from '../runtime/local-runtime';
import type { HostState } from '../state/host-state';
import { applySeed, type SeedIds } from './apply-seed';
import { demoOrg } from './demo-org';

const asList = (answer: unknown): unknown[] => {
  const envelope = answer as { ok?: boolean; data?: unknown };
  return envelope?.ok === true && Array.isArray(envelope.data) ? envelope.data : [];
};

/** Empty = the app knows no cycle and no team (what a fresh install shows). */
export async function isAppStorageEmpty(runtime: LocalRuntime, site: SiteInfo): Promise<boolean> {
  const accountId = DEFAULT_USER.accountId;
  const ask = (functionKey: string) =>
    runtime.invoke({ functionKey, payload: {}, accountId, context: defaultInvokeContext(site, accountId) });
  const [cycles, teams] = await Promise.all([ask('listCycles'), ask('listTeams')]);
  return asList(cycles).length === 0 && asList(teams).length === 0;
}

export async function seedDemo(
  runtime: LocalRuntime,
  hostState: HostState,
  site: SiteInfo,
  now: Date,
  options: { frameOnly?: boolean } = {},
): Promise<SeedIds> {
  const ids = await applySeed(demoOrg(now), (functionKey, payload, { accountId, now: at, context }) =>
    runtime.invoke({
      functionKey,
      payload,
      accountId,
      context: defaultInvokeContext(site, accountId, context ?? {}),
      ...(at ? { now: at } : {}),
    }),
    options,
  );
  for (const { pageId, localId, config } of initialMacroConfigs(ids)) {
    if (!hostState.macroConfig(pageId, localId)) hostState.saveMacroConfig(pageId, localId, config);
  }
  return ids;
}

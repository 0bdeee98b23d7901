/**
 * The context of invocations that no rendered frame made (tests through /__local/invoke, the
 * seed): the Company OKRs panel on the demo Confluence page, as the given user. A test may
 * override any field (e.g. `extension` for a Jira surface).
 */
import { contextLocaleOf, findDemoUser } from '../demo-users';
import { COMPANY_PANEL_LOCAL_ID, DEMO_SPACE } from '../seed/demo-site';
import { buildContext, type ForgeContext, type SiteInfo } from './context';

export const COMPANY_PAGE_ID = '131074';

export function defaultInvokeContext(site: SiteInfo, accountId: string | undefined, overrides: Record<string, unknown> = {}): ForgeContext {
  const user = findDemoUser(accountId);
  const base = buildContext(
    {
      kind: 'macro',
      moduleKey: 'okr-panel',
      localId: COMPANY_PANEL_LOCAL_ID,
      pageId: COMPANY_PAGE_ID,
      space: { id: DEMO_SPACE.id, key: DEMO_SPACE.key },
      configuring: false,
    },
    {
      accountId,
      locale: user ? contextLocaleOf(user) : 'en-US',
      timezone: user?.timeZone ?? 'Asia/Seoul',
      colorMode: 'light',
    },
    site,
  );
  const merged = { ...base, ...overrides } as ForgeContext;
  // The principal decides accountId, never a context override (as on Forge).
  if (accountId === undefined) delete merged.accountId;
  else merged.accountId = accountId;
  return merged;
}

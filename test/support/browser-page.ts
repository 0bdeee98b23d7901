/**
 * What every browser test file needs: the demo host, a browser and one page for the whole file
 * (the packaged Chromium runs single-process and exits with its last page), plus waiting
 * assertions on what the page shows.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestHost, type TestHost } from './host';

export interface BrowserSession {
  host: TestHost;
  page: Page;
}

/** Registers beforeAll/afterAll for the file; read `session.host` and `session.page` in tests. */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [host, launched] = await Promise.all([startTestHost({ seed: 'demo' }), launchBrowser()]);
    browser = launched;
    session.host = host;
    session.page = await launched.newPage({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await session.host?.close();
  });
  return session;
}

export type Locator = ReturnType<FrameLocator['locator']>;

const WAIT_MS = 15_000;

export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
}

/** Waits until `read` answers `want`; `what` names it in the failure. */
export async function waitFor(read: () => Promise<string | null>, want: string, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await read().catch(() => null);
    if (last === want) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${what}="${want}", last saw "${last}"`);
}

export const expectAttribute = (locator: Locator, name: string, value: string) =>
  waitFor(() => locator.first().getAttribute(name), value, name);

export const expectValue = (locator: Locator, value: string) => waitFor(() => locator.first().inputValue(), value, 'value');

/** The host bar's "Acting as" switch reloads the page: wait for that, so the next step is not cut short. */
export async function actAs(page: Page, accountId: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByTestId('switch-user').selectOption(accountId)]);
}

/**
 * A person's path through the OKR panel macro on the local host's Confluence page, in a real
 * browser: see the demo OKRs, add an objective with a key result, record a check-in, reload,
 * and find everything still there.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestHost, type TestHost } from '../support/host';

const GROWTH_PAGE = '/confluence/pages/131073';

let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [host, browser] = await Promise.all([startTestHost({ seed: 'demo' }), launchBrowser()]);
  // One page for the file: the packaged Chromium runs single-process and exits with its last page.
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const panel = (): FrameLocator => page.frameLocator('.lh-macro[data-module-key="okr-panel"] iframe');

describe('the OKR panel on a Confluence page', () => {
  it('shows the demo team OKRs in the acting user language', async () => {
    await page.goto(host.url + GROWTH_PAGE);
    await expectVisible(panel().getByText('신규 고객 온보딩 경험을 개선한다'));
    expect(await panel().getByTestId('objective-card').count()).toBe(3);
    await expectVisible(panel().getByTestId('panel-team').getByText('Growth'));
    // Korean UI for the default (Korean) demo user: the add button speaks Korean.
    await expectVisible(panel().getByTestId('add-objective').getByText('목표 추가'));
  });

  it('keeps a new objective, its key result and a check-in across a reload', async () => {
    await page.goto(host.url + GROWTH_PAGE);
    const frame = panel();
    await expectVisible(frame.getByTestId('objective-card').first());

    await frame.getByTestId('add-objective').click();
    await frame.getByTestId('objective-title-input').fill('Make renewals effortless');
    await frame.getByTestId('save-objective').click();
    const card = frame.getByTestId('objective-card').filter({ hasText: 'Make renewals effortless' });
    await expectVisible(card);
    expect(await card.getByTestId('objective-score').textContent()).toBe('–');

    await card.getByTestId('add-key-result').click();
    await card.getByTestId('kr-title-input').fill('Raise on-time renewals from 60 to 90');
    await card.getByTestId('kr-kind-select').selectOption('metric');
    await card.getByTestId('kr-baseline-input').fill('60');
    await card.getByTestId('kr-target-input').fill('90');
    await card.getByTestId('kr-unit-input').fill('%');
    await card.getByTestId('save-key-result').click();
    const row = card.getByTestId('key-result-row').filter({ hasText: 'Raise on-time renewals from 60 to 90' });
    await expectVisible(row);

    await row.getByTestId('check-in-button').click();
    await row.getByTestId('check-in-value-input').fill('75');
    await row.getByTestId('check-in-confidence-select').selectOption('medium');
    await row.getByTestId('check-in-comment-input').fill('Auto-reminders are live');
    await row.getByTestId('save-check-in').click();
    await expectVisible(row.getByTestId('check-in-history').getByText('Auto-reminders are live'));
    await expectAttribute(row.getByTestId('kr-progress'), 'data-value', '50');

    await page.reload();
    const again = panel().getByTestId('objective-card').filter({ hasText: 'Make renewals effortless' });
    await expectVisible(again);
    const keptRow = again.getByTestId('key-result-row').filter({ hasText: 'Raise on-time renewals from 60 to 90' });
    await expectAttribute(keptRow.getByTestId('kr-progress'), 'data-value', '50');
    await expectVisible(keptRow.getByText('Auto-reminders are live'));
    expect(await again.getByTestId('objective-score').textContent()).toBe('0.5');
  });

  it('shows a field message and keeps the typed title when the title is too long', async () => {
    await page.goto(host.url + GROWTH_PAGE);
    const frame = panel();
    await frame.getByTestId('add-objective').click();
    const long = 'x'.repeat(201);
    await frame.getByTestId('objective-title-input').fill(long);
    await frame.getByTestId('save-objective').click();
    await expectVisible(frame.getByTestId('objective-form').getByText(/200/));
    expect(await frame.getByTestId('objective-title-input').inputValue()).toBe(long);
  });
});

describe('the host chrome and the macro settings', () => {
  it('speaks English after the locale switch, and follows the macro settings to another team', async () => {
    await page.goto(host.url + GROWTH_PAGE);
    await page.getByTestId('switch-locale').selectOption('en-US');
    await expectVisible(panel().getByTestId('add-objective').getByText('Add objective'));

    await page.getByTestId('edit-macro').first().click();
    const settings = page.frameLocator('iframe[title="Macro settings"]');
    const teamSelect = settings.getByTestId('config-team-select');
    await expectVisible(teamSelect);
    await teamSelect.selectOption({ label: 'Platform · Team' });
    await settings.getByTestId('config-save').click();
    await expectVisible(panel().getByTestId('panel-team').getByText('Platform'));
    await expectVisible(panel().getByText('Make every page feel instant'));

    await page.reload();
    await expectVisible(panel().getByTestId('panel-team').getByText('Platform'));
  });
});

type Locator = ReturnType<FrameLocator['getByTestId']>;

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

async function expectAttribute(locator: Locator, name: string, value: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.first().getAttribute(name);
    if (last === value) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${name}="${value}", last saw "${last}"`);
}

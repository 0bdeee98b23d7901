/**
 * A person's path through the OKR panel macro on the local host's Confluence page, in a real
 * browser: see the demo OKRs, add an objective with a key result, record a check-in, reload,
 * and find everything still there.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { expectAttribute, expectVisible, useBrowserSession, waitFor } from '../support/browser-page';
import { invoke } from '../support/host';

const GROWTH_PAGE = '/confluence/pages/131073';
/** The whole organisation's OKRs. */
const COMPANY_PAGE = '/confluence/pages/131074';

const session = useBrowserSession();
const panel = (): FrameLocator => session.page.frameLocator('.lh-macro[data-module-key="okr-panel"] iframe');

describe('the OKR panel on a Confluence page', () => {
  it('asks a user who has not allowed access to allow it, then shows the panel', async () => {
    const accountId = DEMO_USERS.jisoo.accountId;
    const revoke = await fetch(`${session.host.url}/__local/access`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountId, granted: false }),
    });
    expect(revoke.status).toBe(200);
    await session.page.goto(session.host.url + GROWTH_PAGE);
    await expectVisible(panel().getByTestId('forge-consent'));
    expect(await panel().getByTestId('objective-card').count()).toBe(0);
    await panel().getByTestId('forge-allow-access').click();
    await expectVisible(panel().getByText('신규 고객 온보딩 경험을 개선한다'));
    expect(await panel().getByTestId('forge-consent').count()).toBe(0);
  });

  it('shows the demo team OKRs in the acting user language', async () => {
    await session.page.goto(session.host.url + GROWTH_PAGE);
    await expectVisible(panel().getByText('신규 고객 온보딩 경험을 개선한다'));
    expect(await panel().getByTestId('objective-card').count()).toBe(3);
    await expectVisible(panel().getByTestId('panel-team').getByText('Growth'));
    // Korean UI for the default (Korean) demo user: the add button speaks Korean.
    await expectVisible(panel().getByTestId('add-objective').getByText('목표 추가'));
  });

  it('keeps a new objective, its key result and a check-in across a reload', async () => {
    await session.page.goto(session.host.url + GROWTH_PAGE);
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

    await session.page.reload();
    const again = panel().getByTestId('objective-card').filter({ hasText: 'Make renewals effortless' });
    await expectVisible(again);
    const keptRow = again.getByTestId('key-result-row').filter({ hasText: 'Raise on-time renewals from 60 to 90' });
    await expectAttribute(keptRow.getByTestId('kr-progress'), 'data-value', '50');
    await expectVisible(keptRow.getByText('Auto-reminders are live'));
    expect(await again.getByTestId('objective-score').textContent()).toBe('0.5');
  });

  it('refuses to delete an objective others align to, naming them in the user language', async () => {
    await session.page.goto(session.host.url + COMPANY_PAGE);
    const frame = panel();
    const title = frame.getByTestId('objective-title').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' });
    const card = frame.getByTestId('objective-card').filter({ has: title }).first();
    await expectVisible(card);
    await card.getByTestId('delete-objective').first().click();
    const dialog = frame.getByTestId('delete-objective-dialog');
    await dialog.getByTestId('confirm-delete').click();
    const refusal = dialog.getByTestId('delete-refused');
    await expectVisible(refusal.getByText(/이 목표에 정렬된 목표가 있습니다/));
    await expectVisible(refusal.getByText(/Make inviting teammates the obvious next step/));
    await expectVisible(refusal.getByText(/신규 고객 온보딩 경험을 개선한다/));
    await dialog.getByText('취소').click();
    await session.page.reload();
    await expectVisible(panel().getByTestId('objective-title').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' }));
  });

  it('shows a field message and keeps the typed title when the title is too long', async () => {
    await session.page.goto(session.host.url + GROWTH_PAGE);
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
    await session.page.goto(session.host.url + GROWTH_PAGE);
    await session.page.getByTestId('switch-locale').selectOption('en-US');
    await expectVisible(panel().getByTestId('add-objective').getByText('Add objective'));

    await session.page.getByTestId('edit-macro').first().click();
    const settings = session.page.frameLocator('iframe[title="Macro settings"]');
    const teamSelect = settings.getByTestId('config-team-select');
    await expectVisible(teamSelect);
    await teamSelect.selectOption({ label: 'Platform · Team' });
    await settings.getByTestId('config-save').click();
    await expectVisible(panel().getByTestId('panel-team').getByText('Platform'));
    await expectVisible(panel().getByText('Make every page feel instant'));

    await session.page.reload();
    await expectVisible(panel().getByTestId('panel-team').getByText('Platform'));
  });

  // Last: it installs a fake clock in the page to run the panel's 30-second refresh at once.
  it("shows someone else's edit without a reload, polling only the change markers while nothing changed", async () => {
    await session.page.clock.install();
    await session.page.goto(session.host.url + GROWTH_PAGE);
    const card = panel().getByTestId('objective-card').first();
    await expectVisible(card);
    // Whichever team the panel shows now (an earlier test changed its settings): its first objective.
    const objectiveId = await card.getAttribute('data-objective-id');
    const tree = await invoke(session.host, 'getOkrTree', { cycleId: session.host.local.seedIds!.currentQuarterId });
    const objective = tree.data.objectives.find((o: { id: string }) => o.id === objectiveId);

    // Nothing changed: a refresh costs one storage request (the markers), and the screen stays.
    await session.host.resetStats();
    await session.page.clock.runFor(31_000);
    await waitFor(async () => String((await session.host.stats()).kvs.requests), '1', 'kvs requests of an unchanged poll');

    // Daniel renames it; the next refresh brings it, with no reload.
    const renamed = await invoke(
      session.host,
      'saveObjective',
      { id: objective.id, version: objective.version, cycleId: objective.cycleId, teamId: objective.teamId, title: '신규 고객 온보딩을 쉽게 만든다', commitment: objective.commitment },
      { accountId: DEMO_USERS.daniel.accountId },
    );
    expect(renamed).toMatchObject({ ok: true });
    await session.page.clock.runFor(31_000);
    await expectVisible(panel().getByText('신규 고객 온보딩을 쉽게 만든다'));
  });
});

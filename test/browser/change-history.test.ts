/**
 * The history of changes in a real browser (issue 10, point 4): a Growth team admin edits a key
 * result's target in the OKR panel, opens the objective's History and reads "목표값 70 → 60"
 * with her name (and "Target 70 → 60" in English); a wrong check-in is corrected and shown
 * struck through as corrected.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { actAs, expectAttribute, expectVisible } from '../support/browser-page';
import { useBrowserSession } from '../support/browser-page';

const GROWTH_PAGE = '/confluence/pages/131073';
const OBJECTIVE = '신규 고객 온보딩 경험을 개선한다';
const KEY_RESULT = '온보딩 완료율을 45%에서 70%로 높인다';
const { seoyeon } = DEMO_USERS;

const session = useBrowserSession();
const panel = (): FrameLocator => session.page.frameLocator('.lh-macro[data-module-key="okr-panel"] iframe');
const card = () => panel().getByTestId('objective-card').filter({ has: panel().getByTestId('objective-title').filter({ hasText: OBJECTIVE }) }).first();
/** The locale switch reloads the page: wait for that, so the next step is not cut short. */
const switchLocale = (locale: string) =>
  Promise.all([session.page.waitForEvent('load'), session.page.getByTestId('switch-locale').selectOption(locale)]);
const row = () => card().getByTestId('key-result-row').filter({ hasText: KEY_RESULT }).first();

describe('the history of changes in the OKR panel', () => {
  it('shows a target edit with who made it, in Korean and in English', async () => {
    await session.page.goto(session.host.url + GROWTH_PAGE);
    if ((await session.page.getByTestId('switch-user').inputValue()) !== seoyeon.accountId) await actAs(session.page, seoyeon.accountId);
    await expectVisible(row());

    await row().getByTestId('edit-key-result').click();
    const target = card().getByTestId('kr-target-input');
    await expectVisible(target);
    await target.fill('60');
    await card().getByTestId('save-key-result').click();
    await expectVisible(card().getByTestId('key-result-row').filter({ hasText: KEY_RESULT }).getByTestId('edit-key-result'));

    await card().getByTestId('objective-history-button').click();
    const dialog = card().getByTestId('change-history-dialog');
    const edit = dialog.getByTestId('change-entry').filter({ hasText: '목표값 70 → 60' }).first();
    await expectVisible(edit);
    await expectVisible(edit.getByText(KEY_RESULT));
    await expectVisible(edit.getByText(seoyeon.displayName));
    await expectAttribute(edit, 'data-change-action', 'updated');
    await dialog.getByTestId('change-history-close').click();
    expect(await card().getByTestId('change-history-dialog').count()).toBe(0);

    await switchLocale('en-US');
    await expectVisible(panel().getByTestId('add-objective').getByText('Add objective'));
    await card().getByTestId('objective-history-button').click();
    const english = card().getByTestId('change-history-dialog').getByTestId('change-entry').filter({ hasText: 'Target 70 → 60' }).first();
    await expectVisible(english);
    await expectVisible(english.getByText(seoyeon.displayName));
    await switchLocale('ko-KR');
  });

  it('corrects a wrong reading with a new check-in that marks the earlier one', async () => {
    await session.page.goto(session.host.url + GROWTH_PAGE);
    if ((await session.page.getByTestId('switch-user').inputValue()) !== seoyeon.accountId) await actAs(session.page, seoyeon.accountId);
    await expectVisible(row());

    await row().getByTestId('check-in-button').click();
    await row().getByTestId('check-in-value-input').fill('95');
    await row().getByTestId('check-in-comment-input').fill('오타가 난 기록');
    await row().getByTestId('save-check-in').click();
    const history = row().getByTestId('check-in-history');
    const wrong = history.getByTestId('check-in-entry').filter({ hasText: '오타가 난 기록' }).first();
    await expectVisible(wrong);

    await wrong.getByTestId('check-in-correct').click();
    await wrong.getByTestId('check-in-value-input').fill('61');
    await wrong.getByTestId('check-in-comment-input').fill('95가 아니라 61');
    await wrong.getByTestId('save-check-in').click();

    const corrected = history.getByTestId('check-in-entry').filter({ hasText: '오타가 난 기록' }).first();
    await expectAttribute(corrected, 'data-corrected', 'true');
    await expectVisible(corrected.getByTestId('check-in-corrected').getByText('정정됨'));
    await expectVisible(history.getByTestId('check-in-entry').filter({ hasText: '95가 아니라 61' }));
    expect(await corrected.getByTestId('check-in-correct').count()).toBe(0);
  });
});

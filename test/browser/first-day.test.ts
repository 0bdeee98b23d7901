/**
 * A company's first day with the app, in a real browser on the local host (tracker issue 10,
 * acceptance): from an empty installation, the app admin sets up this year with its quarters and
 * a team mapped to its Jira project, naming a team admin and a member; the team admin writes the
 * team's first objective and key result on a Confluence page; it shows on the team's Jira project
 * page; and a viewer sees it there and on Confluence but is offered no change, and is told who can.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { actAs, expectVisible, useBrowserSession, waitFor } from '../support/browser-page';
import { invoke } from '../support/host';

const SETUP_PAGE = '/confluence/admin/okr-setup';
/** A Confluence page whose OKR panel is not set to a team yet: it shows the whole organisation. */
const OKR_PAGE = '/confluence/pages/131073';
const PROJECT_PAGE = '/jira/projects/GROW';
const { jisoo, seoyeon, emily, james } = DEMO_USERS;

const session = useBrowserSession();
const frame = (): FrameLocator => session.page.frameLocator('iframe');
const panel = (): FrameLocator => session.page.frameLocator('.lh-macro[data-module-key="okr-panel"] iframe');
const as = (accountId: string) => actAs(session.page, accountId);
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  await session.host.reset('empty');
});

describe('the first day of a company with the app', () => {
  it('shows an empty panel that sends the app admin to the setup, and tells anyone else who can', async () => {
    await session.page.goto(session.host.url + OKR_PAGE);
    await as(emily.accountId);
    await expectVisible(panel().getByTestId('no-cycles'));
    await expectVisible(panel().getByTestId('setup-who'));
    expect(await panel().getByTestId('open-setup').count()).toBe(0);

    await as(jisoo.accountId);
    await expectVisible(panel().getByTestId('no-cycles'));
    await panel().getByTestId('open-setup').click();
    await session.page.waitForURL((url) => url.pathname === SETUP_PAGE);
  });

  it('lets the app admin set up this year and a team mapped to its Jira project', async () => {
    await session.page.goto(session.host.url + SETUP_PAGE);
    await expectVisible(frame().getByTestId('no-cycles'));
    await frame().getByTestId('create-year').click();
    await frame().getByTestId('create-year-form').getByLabel('연도').fill(String(year));
    await frame().getByTestId('create-year-submit').click();
    const quarters = frame().getByRole('region', { name: `${year}년`, exact: true }).getByTestId('quarter-row');
    await waitFor(async () => String(await quarters.count()), '4', 'quarter rows');

    await frame().getByRole('tab', { name: '팀', exact: true }).click();
    await frame().getByTestId('create-team').click();
    const form = frame().getByTestId('team-form');
    await form.getByLabel('팀 이름').fill('Growth');
    await form.getByLabel('수준').selectOption('team');
    await form.getByTestId('project-picker-input').fill('GROW');
    await form.locator('[data-testid="project-option"][data-project-key="GROW"]').click();
    await form.getByTestId('team-member-picker').fill('서연');
    await form.getByRole('option', { name: '이서연' }).click();
    await form.getByTestId('team-member-picker').fill('Emily');
    await form.getByRole('option', { name: 'Emily Choi' }).click();
    await form.getByTestId('team-form-submit').click();
    await expectVisible(frame().getByTestId('team-saved'));

    const teams = (await invoke(session.host, 'listTeams', {})).data as Array<{ name: string; jiraProjectKeys: string[]; members: unknown[] }>;
    expect(teams).toEqual([
      expect.objectContaining({
        name: 'Growth',
        jiraProjectKeys: ['GROW'],
        members: [
          { accountId: seoyeon.accountId, role: 'admin' },
          { accountId: emily.accountId, role: 'member' },
        ],
      }),
    ]);
  });

  it("lets the team admin write the team's first objective and key result on a Confluence page", async () => {
    await session.page.goto(session.host.url + OKR_PAGE);
    await as(seoyeon.accountId);
    await expectVisible(panel().getByTestId('empty-state'));
    await panel().getByTestId('add-objective').click();
    // The organisation's panel asks which team; 이서연 may write for hers only.
    const teamSelect = panel().getByTestId('objective-team-select');
    const offered = await teamSelect.locator('option').evaluateAll((options) => options.map((o) => o.textContent ?? '').filter((text) => text.includes('Growth')));
    expect(offered).toHaveLength(1);
    await teamSelect.selectOption({ label: offered[0]! });
    await panel().getByTestId('objective-title-input').fill('신규 고객이 첫 주에 가치를 경험하게 한다');
    await panel().getByTestId('save-objective').click();
    const card = panel().getByTestId('objective-card').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' });
    await expectVisible(card);

    await card.getByTestId('add-key-result').click();
    await card.getByTestId('kr-title-input').fill('가입 7일 내 활성화율을 30%에서 50%로 높인다');
    await card.getByTestId('kr-kind-select').selectOption('metric');
    await card.getByTestId('kr-baseline-input').fill('30');
    await card.getByTestId('kr-target-input').fill('50');
    await card.getByTestId('kr-unit-input').fill('%');
    await card.getByTestId('save-key-result').click();
    await expectVisible(card.getByTestId('key-result-row').filter({ hasText: '가입 7일 내 활성화율' }));
    expect(await panel().getByTestId('read-only-notice').count()).toBe(0);
  });

  it("shows the team's OKRs on its Jira project page", async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    await expectVisible(frame().getByTestId('project-team').getByText('Growth'));
    const card = frame().getByTestId('objective-card').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' });
    await expectVisible(card);
    await expectVisible(card.getByTestId('key-result-row').filter({ hasText: '가입 7일 내 활성화율' }));
    // Its team admin links the team's epics here.
    expect(await card.getByTestId('link-epic').count()).toBe(1);
  });

  it('lets a viewer read the OKRs on both pages, offering no change and saying who can', async () => {
    await as(james.accountId);
    await session.page.goto(session.host.url + PROJECT_PAGE);
    const jiraCard = frame().getByTestId('objective-card').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' });
    await expectVisible(jiraCard);
    await expectVisible(frame().getByTestId('read-only-notice').getByText('Growth'));
    expect(await jiraCard.getByTestId('link-epic').count()).toBe(0);
    expect(await frame().getByTestId('epic-progress-mode-select').isDisabled()).toBe(true);

    await session.page.goto(session.host.url + OKR_PAGE);
    const card = panel().getByTestId('objective-card').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' });
    await expectVisible(card);
    await expectVisible(panel().getByTestId('read-only-notice'));
    for (const action of ['add-objective', 'edit-objective', 'delete-objective', 'add-key-result', 'edit-key-result', 'delete-key-result', 'check-in-button', 'add-initiative']) {
      expect(`${action}: ${await panel().getByTestId(action).count()}`).toBe(`${action}: 0`);
    }
    // What the viewer is not offered, the resolvers refuse too.
    const tree = (await invoke(session.host, 'getOkrTree', { cycleId: (await currentQuarterId()) }, { accountId: james.accountId })).data as {
      objectives: Array<{ id: string; version: number; keyResults: Array<{ id: string }> }>;
    };
    const refused = await invoke(session.host, 'addCheckIn', { keyResultId: tree.objectives[0]!.keyResults[0]!.id, value: 40, confidence: 'high' }, { accountId: james.accountId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets a member of the team check in, but not change the objective', async () => {
    await as(emily.accountId);
    await session.page.goto(session.host.url + OKR_PAGE);
    const card = panel().getByTestId('objective-card').filter({ hasText: '신규 고객이 첫 주에 가치를 경험하게 한다' });
    await expectVisible(card.getByTestId('check-in-button'));
    expect(await card.getByTestId('edit-objective').count()).toBe(0);
    expect(await card.getByTestId('add-key-result').count()).toBe(0);
  });
});

async function currentQuarterId(): Promise<string> {
  const cycles = (await invoke(session.host, 'listCycles', {})).data as Array<{ id: string; kind: string; startDate: string; endDate: string }>;
  const today = new Date().toISOString().slice(0, 10);
  return cycles.find((c) => c.kind === 'quarter' && c.startDate <= today && today <= c.endDate)!.id;
}

/**
 * Setting the app up from nothing on the local host, in a real browser (issue 10, point 1): from
 * the empty seed, an app admin opens the setup in Confluence's global settings, creates a year
 * and sees its four quarters (named in Korean for 김지수), is told a year already set up exists,
 * edits a quarter through a conflict and archives another, creates a team mapped to a Jira project
 * through the project picker with a team admin, and names an app admin; what the screens say is
 * what storage holds; the setup in Jira's settings is the same.
 */
import type { FrameLocator } from 'playwright-core';
import { actAs, expectAttribute, expectVisible, useBrowserSession, waitFor } from '../support/browser-page';
import { invoke } from '../support/host';

const SETUP_PAGE = '/confluence/admin/okr-setup';
/** 김지수 reads Korean; Daniel Park becomes the team's admin, 이서연 an app admin. */
const JISOO = '712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73';
const DANIEL = '712020:9a1e5c7d-2b4f-4d08-b6e3-5f9c0a7d2e81';
const SEOYEON = '712020:c4d7e2a9-6f1b-4a3c-8e52-0b9d3f6a1c47';

const session = useBrowserSession();
const app = (): FrameLocator => session.page.frameLocator('iframe');

interface StoredTeam {
  id: string;
  name: string;
  level: string;
  jiraProjectKeys: string[];
  members: Array<{ accountId: string; role: string }>;
}

beforeAll(async () => {
  await session.host.reset('empty');
  await session.page.goto(session.host.url + SETUP_PAGE);
  if ((await session.page.getByTestId('switch-user').inputValue()) !== JISOO) await actAs(session.page, JISOO);
});

describe('the setup page, from an empty installation', () => {
  it('creates a year with its four quarters, named in the admin’s language', async () => {
    await expectVisible(app().getByTestId('no-cycles'));
    await app().getByRole('button', { name: '연도 만들기' }).click();
    const year = app().getByTestId('create-year-form').getByLabel('연도');
    await year.fill('2027');
    await app().getByTestId('create-year-submit').click();

    await expectVisible(app().getByTestId('year-created'));
    const card = app().getByRole('region', { name: '2027년', exact: true });
    await expectVisible(card);
    const quarters = card.getByTestId('quarter-row');
    await waitFor(async () => String(await quarters.count()), '4', 'quarter rows');
    expect(await quarters.locator('td:first-child').allTextContents()).toEqual(['2027년 1분기', '2027년 2분기', '2027년 3분기', '2027년 4분기']);

    const stored = (await invoke(session.host, 'listCycles', {})).data as Array<{ name: string; kind: string }>;
    expect(stored.map((c) => c.name).sort()).toEqual(['2027년', '2027년 1분기', '2027년 2분기', '2027년 3분기', '2027년 4분기']);
  });

  it('says next to the field that a year is already set up, keeping what was typed', async () => {
    await app().getByTestId('create-year').click();
    const year = app().getByTestId('create-year-form').getByLabel('연도');
    await year.fill('2027');
    await app().getByTestId('create-year-submit').click();
    await expectVisible(app().getByText('이 연도는 분기와 함께 이미 설정되어 있습니다.'));
    await expectAttribute(year, 'aria-invalid', 'true');
    expect(await year.inputValue()).toBe('2027');
    await app().getByTestId('create-year-form').getByRole('button', { name: '취소' }).click();
    expect(((await invoke(session.host, 'listCycles', {})).data as unknown[]).length).toBe(5);
  });

  it('edits a quarter, keeping what was typed when someone else changed it meanwhile, and archives one', async () => {
    const q1 = app().locator('[data-testid="quarter-row"]').first();
    await q1.getByTestId('edit-cycle').click();
    const form = app().getByTestId('cycle-form');
    await form.getByLabel('이름').fill('2027년 1분기: 출시');

    // Someone else renames it first: the save is refused as a conflict, and the typed name stays.
    const stored = (await invoke(session.host, 'listCycles', {})).data as Array<Record<string, unknown> & { id: string; name: string }>;
    const quarter = stored.find((c) => c.name === '2027년 1분기')!;
    const { id, version, kind, startDate, endDate, parentCycleId } = quarter;
    expect(await invoke(session.host, 'saveCycle', { id, version, kind, startDate, endDate, parentCycleId, name: '다른 이름' }, { accountId: JISOO })).toMatchObject({ ok: true });
    await form.getByTestId('cycle-form-submit').click();
    await expectVisible(form.getByTestId('conflict-message'));
    expect(await form.getByLabel('이름').inputValue()).toBe('2027년 1분기: 출시');

    // Reload moves the version on; saving again replaces the other change, deliberately.
    await form.getByTestId('conflict-reload').click();
    await expectVisible(form.getByTestId('conflict-reloaded'));
    await form.getByTestId('cycle-form-submit').click();
    await expectVisible(app().locator('[data-testid="quarter-row"]').first().getByText('2027년 1분기: 출시'));

    const q2 = app().locator('[data-testid="quarter-row"]').nth(1);
    await q2.getByTestId('archive-cycle').click();
    await expectVisible(q2.getByTestId('cycle-archived'));
    await expectVisible(q2.getByTestId('unarchive-cycle'));
    const after = (await invoke(session.host, 'listCycles', {})).data as Array<{ name: string; archived: boolean }>;
    expect(after.find((c) => c.name === '2027년 1분기: 출시')).toMatchObject({ archived: false });
    expect(after.find((c) => c.name === '2027년 2분기')).toMatchObject({ archived: true });
  });

  it('creates a team mapped to a Jira project through the picker, with a team admin', async () => {
    await app().getByRole('tab', { name: '팀', exact: true }).click();
    await expectVisible(app().getByTestId('no-teams'));
    await app().getByTestId('create-team').click();
    const form = app().getByTestId('team-form');
    await form.getByLabel('팀 이름').fill('그로스팀');
    await form.getByLabel('수준').selectOption('team');

    // The picker asks Jira as the admin types and shows key and name.
    await form.getByTestId('project-picker-input').fill('GROW');
    const option = form.locator('[data-testid="project-option"][data-project-key="GROW"]');
    await expectVisible(option);
    expect(await option.textContent()).toContain('GROW');
    await option.click();
    await expectVisible(form.locator('[data-testid="chosen-project"][data-project-key="GROW"]'));

    // The first person added is the team's admin.
    await form.getByTestId('team-member-picker').fill('Daniel');
    await form.getByRole('option', { name: 'Daniel Park' }).click();
    const member = form.locator(`[data-testid="team-member"][data-account-id="${DANIEL}"]`);
    await expectAttribute(member, 'data-role', 'admin');
    expect(await form.getByLabel('Daniel Park의 역할').inputValue()).toBe('admin');

    await form.getByTestId('team-form-submit').click();
    await expectVisible(app().getByTestId('team-saved'));
    const row = app().getByRole('listitem', { name: '그로스팀' });
    await expectVisible(row);
    expect(await row.getByTestId('team-projects').textContent()).toContain('GROW');

    const teams = (await invoke(session.host, 'listTeams', {})).data as StoredTeam[];
    expect(teams).toHaveLength(1);
    expect(teams[0]).toMatchObject({ name: '그로스팀', level: 'team', jiraProjectKeys: ['GROW'], members: [{ accountId: DANIEL, role: 'admin' }] });
  });

  it('names an app admin beside the site admins', async () => {
    await app().getByRole('tab', { name: '앱 관리자' }).click();
    await expectVisible(app().getByTestId('site-admins-note'));
    await app().getByTestId('app-admin-picker').fill('서연');
    await app().getByRole('option', { name: '이서연' }).click();
    await expectVisible(app().locator(`[data-testid="app-admin"][data-account-id="${SEOYEON}"]`));
    const settings = (await invoke(session.host, 'getSettings', {}, { accountId: JISOO })).data as { appAdminAccountIds: string[] };
    expect(settings.appAdminAccountIds).toEqual([SEOYEON]);
  });

  it('changes how epic progress is counted, keeping the app admins named', async () => {
    await app().getByRole('tab', { name: '에픽 진행률', exact: true }).click();
    const select = app().getByTestId('epic-progress-mode-select');
    expect(await select.inputValue()).toBe('count');
    await select.selectOption('points');
    await expectVisible(app().getByTestId('epic-progress-section').getByText('저장됨'));
    const settings = (await invoke(session.host, 'getSettings', {}, { accountId: JISOO })).data as { epicProgressMode: string; appAdminAccountIds: string[] };
    expect(settings).toMatchObject({ epicProgressMode: 'points', appAdminAccountIds: [SEOYEON] });
  });

  it('is the same setup in Jira’s settings', async () => {
    await session.page.goto(session.host.url + '/jira/admin/okr-setup');
    await expectVisible(app().getByRole('region', { name: '2027년', exact: true }));
    await app().getByRole('tab', { name: '팀', exact: true }).click();
    await expectVisible(app().getByRole('listitem', { name: '그로스팀' }));
  });
});

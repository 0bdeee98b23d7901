/**
 * A team's path through its Jira project page and an epic's issue panel on the local host, in a
 * real browser: link an epic to a key result with the picker and see its progress, keep it across
 * a reload, see it as someone who cannot see the epic and while Jira is down, follow it to the
 * epic's panel, change how epic progress is counted, and unlink it.
 */
import type { FrameLocator } from 'playwright-core';
import {
  actAs as switchUser,
  expectAttribute,
  expectValue,
  expectVisible,
  useBrowserSession,
  waitFor,
  type Locator,
} from '../support/browser-page';
import { createChild, createEpic, transition } from '../support/demo-jira-rest';
import { invoke } from '../support/host';

const PROJECT_PAGE = '/jira/projects/GROW';
/** Demo epics (dev/host/demo-jira/seed-issues.ts): one Done with all children done, one restricted. */
const DONE_EPIC = 'GROW-14';
const RESTRICTED_EPIC = 'GROW-21';
/** Daniel Park cannot see the restricted epic; the default demo user (김지수) can. */
const DANIEL = '712020:9a1e5c7d-2b4f-4d08-b6e3-5f9c0a7d2e81';
const JISOO = '712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73';

const session = useBrowserSession();

const app = (): FrameLocator => session.page.frameLocator('iframe');
type Row = Locator;
const keyResultById = (id: string): Row => app().locator(`[data-testid="key-result-row"][data-key-result-id="${id}"]`);
const initiative = (row: Row, epicKey: string) => row.locator(`[data-testid="initiative-row"][data-epic-key="${epicKey}"]`);

/** Key results with no initiative yet (the demo seeds some), picked once and then found by id. */
const freeKeyResults: string[] = [];
async function freeKeyResult(): Promise<string> {
  await expectVisible(app().getByTestId('key-result-row'));
  const ids = await app()
    .getByTestId('key-result-row')
    .evaluateAll((rows) =>
      rows.filter((row) => !row.querySelector('[data-testid="initiative-row"]')).map((row) => row.getAttribute('data-key-result-id') ?? ''),
    );
  const id = ids.find((candidate) => candidate && !freeKeyResults.includes(candidate));
  if (!id) throw new Error('No key result without initiatives left in the demo seed');
  freeKeyResults.push(id);
  return id;
}

const actAs = (accountId: string) => switchUser(session.page, accountId);

/** Growth's members as seeded, plus `extraAdmins` as team admins, saved from the setup surface. */
const seededGrowthMembers: unknown[] = [];
async function growthAdmins(extraAdmins: string[]): Promise<void> {
  const setup = { context: { moduleKey: 'okr-setup-confluence' } };
  const teams = (await invoke(session.host, 'listTeams', {}, setup)).data as Array<Record<string, unknown> & { name: string; members: unknown[] }>;
  const growth = teams.find((t) => t.name === 'Growth')!;
  if (seededGrowthMembers.length === 0) seededGrowthMembers.push(...growth.members);
  const members = [...seededGrowthMembers, ...extraAdmins.map((accountId) => ({ accountId, role: 'admin' }))];
  const saved = await invoke(session.host, 'saveTeam', { ...pick(growth, ['id', 'version', 'name', 'level', 'parentTeamId', 'jiraProjectKeys']), members }, setup);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
}
const pick = (record: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));

async function linkEpic(row: Row, epicKey: string): Promise<void> {
  await row.getByTestId('link-epic').click();
  await row.getByTestId('epic-picker-input').fill(epicKey);
  const option = row.locator(`[data-testid="epic-option"][data-epic-key="${epicKey}"]`);
  await expectVisible(option);
  await option.click();
  await expectVisible(initiative(row, epicKey));
}

let linkedTo = '';

describe('the OKR page of a Jira project', () => {
  it('shows the owning team with its OKRs and the epic progress setting', async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    await expectVisible(app().getByTestId('project-team').getByText('Growth'));
    expect(await app().getByTestId('objective-card').count()).toBeGreaterThan(0);
    await expectVisible(app().getByTestId('overall-score'));
    expect(await app().getByTestId('epic-progress-mode-select').inputValue()).toBe('count');
    expect(await app().getByTestId('link-epic').count()).toBe(await app().getByTestId('key-result-row').count());
  });

  it('links an epic to a key result through the picker and shows its progress, after a reload too', async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    linkedTo = await freeKeyResult();
    const row = keyResultById(linkedTo);
    await row.getByTestId('link-epic').click();
    // The picker lists the project's epics before anything is typed, then narrows by key.
    await expectVisible(row.getByTestId('epic-option'));
    await row.getByTestId('epic-picker-input').fill(DONE_EPIC);
    await expectVisible(row.locator(`[data-testid="epic-option"][data-epic-key="${DONE_EPIC}"]`));
    await row.getByTestId('epic-picker-input').press('Enter');

    const linked = initiative(row, DONE_EPIC);
    await expectVisible(linked);
    await expectAttribute(linked.getByTestId('initiative-progress'), 'data-value', '100');
    await expectVisible(row.getByTestId('link-epic'));

    await session.page.reload();
    await expectAttribute(initiative(keyResultById(linkedTo), DONE_EPIC).getByTestId('initiative-progress'), 'data-value', '100');
  });

  it('moves the key result and objective scores when a child issue is marked done in Jira', async () => {
    // A fresh objective of the Growth team whose key result moves with its epics, and a new epic.
    const ids = session.host.local.seedIds!;
    const objective = (
      await invoke(session.host, 'saveObjective', { cycleId: ids.currentQuarterId, teamId: ids.teams.growth, title: 'Ship self-serve SSO' }, { accountId: JISOO })
    ).data.objective;
    const keyResult = (
      await invoke(session.host, 'saveKeyResult', { objectiveId: objective.id, title: 'SSO epics done', measure: { kind: 'initiatives' } }, { accountId: JISOO })
    ).data.keyResult;
    const epic = await createEpic(session.host, 'GROW', 'Self-serve SSO setup');
    const first = await createChild(session.host, epic, 'SAML metadata upload');
    await createChild(session.host, epic, 'Domain verification');

    await session.page.goto(session.host.url + PROJECT_PAGE);
    const row = keyResultById(keyResult.id);
    await expectVisible(row);
    await linkEpic(row, epic);
    await expectAttribute(row.getByTestId('kr-progress'), 'data-value', '0');
    const card = app().locator(`[data-testid="objective-card"][data-objective-id="${objective.id}"]`);
    expect(await card.getByTestId('objective-score').textContent()).toBe('0.0');

    await transition(session.host, first, 'Done');
    await session.page.reload();
    const again = keyResultById(keyResult.id);
    await expectAttribute(initiative(again, epic).getByTestId('initiative-progress'), 'data-value', '50');
    await expectAttribute(again.getByTestId('kr-progress'), 'data-value', '50');
    expect(await app().locator(`[data-testid="objective-card"][data-objective-id="${objective.id}"]`).getByTestId('objective-score').textContent()).toBe('0.5');
  });

  it('shows a closed epic with work left at 100%, with its real counts and that it is closed', async () => {
    const ids = session.host.local.seedIds!;
    const objective = (
      await invoke(session.host, 'saveObjective', { cycleId: ids.currentQuarterId, teamId: ids.teams.growth, title: 'Close out the trial flow' }, { accountId: JISOO })
    ).data.objective;
    const keyResult = (
      await invoke(session.host, 'saveKeyResult', { objectiveId: objective.id, title: 'Trial epics closed', measure: { kind: 'initiatives' } }, { accountId: JISOO })
    ).data.keyResult;
    const epic = await createEpic(session.host, 'GROW', 'Trial flow clean-up');
    await transition(session.host, await createChild(session.host, epic, 'Trial banner'), 'Done');
    await createChild(session.host, epic, 'Trial emails');
    await createChild(session.host, epic, 'Trial survey');
    await transition(session.host, epic, 'Done');
    await invoke(session.host, 'saveInitiative', { keyResultId: keyResult.id, link: { kind: 'epic', epicKey: epic } }, { accountId: JISOO });

    await session.page.goto(session.host.url + PROJECT_PAGE);
    const row = initiative(keyResultById(keyResult.id), epic);
    await expectAttribute(row.getByTestId('initiative-progress'), 'data-value', '100');
    // 김지수 reads Korean: "이슈 1 / 3 완료, 에픽 완료됨" ("1 / 3 issues done, epic closed").
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('1 / 3');
    expect(text).toContain('에픽 완료됨');
  });

  it('shows a restricted epic as "Restricted epic" only, to someone who cannot see it', async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    const id = await freeKeyResult();
    await linkEpic(keyResultById(id), RESTRICTED_EPIC);

    // Daniel runs Platform, not Growth: a viewer here, he sees the initiative and may not unlink it.
    await actAs(DANIEL);
    try {
      const row = keyResultById(id);
      await expectVisible(row.getByTestId('epic-restricted'));
      const text = (await row.textContent()) ?? '';
      expect(text).not.toContain(RESTRICTED_EPIC);
      expect(text).not.toContain('2027');
      expect(await row.getByTestId('unlink-initiative').count()).toBe(0);
      expect(await row.getByTestId('link-epic').count()).toBe(0);
      await expectVisible(app().getByTestId('read-only-notice'));

      // Made one of Growth's team admins (in the setup), he may unlink what he cannot see.
      await growthAdmins([DANIEL]);
      await session.page.reload();
      await expectVisible(keyResultById(id).getByTestId('epic-restricted'));
      expect(await keyResultById(id).getByTestId('unlink-initiative').count()).toBe(1);
    } finally {
      await growthAdmins([]);
      await actAs(JISOO);
    }
  });

  it('keeps the last known progress, with a banner, while Jira cannot be reached', async () => {
    await session.host.jiraFaults({ status: 503, count: -1 });
    try {
      await session.page.goto(session.host.url + PROJECT_PAGE);
      await expectVisible(app().getByTestId('jira-unavailable'));
      const row = keyResultById(linkedTo).locator('[data-testid="initiative-row"][data-link-kind="epic-unavailable"]').filter({ hasText: DONE_EPIC });
      await expectVisible(row);
      await expectAttribute(row.getByTestId('initiative-progress'), 'data-value', '100');
    } finally {
      await session.host.clearJiraFaults();
    }
  });

  it('changes how epic progress is counted, for every project', async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    const count = () => initiative(keyResultById(linkedTo), DONE_EPIC).getByTestId('initiative-count');
    await expectVisible(count());
    expect(await count().textContent()).toContain('5 / 5');
    await app().getByTestId('epic-progress-mode-select').selectOption('points');
    // Story points of the done epic's children: 3 + 5 + 1 + 2 (one bug has none).
    await waitFor(async () => ((await count().textContent()) ?? '').includes('11 / 11') ? 'points' : 'count', 'points', 'count text');
    await session.page.reload();
    await expectValue(app().getByTestId('epic-progress-mode-select'), 'points');

    await app().getByTestId('epic-progress-mode-select').selectOption('count');
    await waitFor(async () => ((await count().textContent()) ?? '').includes('5 / 5') ? 'count' : 'points', 'count', 'count text');
  });

  it('unlinks an epic after confirming', async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    const row = keyResultById(linkedTo);
    await initiative(row, DONE_EPIC).getByTestId('unlink-initiative').click();
    await row.getByTestId('confirm-delete').click();
    await initiative(row, DONE_EPIC).waitFor({ state: 'detached', timeout: 15_000 });
    await session.page.reload();
    await expectVisible(keyResultById(linkedTo));
    expect(await initiative(keyResultById(linkedTo), DONE_EPIC).count()).toBe(0);
  });
});

describe('the epic panel', () => {
  it('says which key results an epic moves, and why', async () => {
    await session.page.goto(session.host.url + PROJECT_PAGE);
    await linkEpic(keyResultById(linkedTo), DONE_EPIC);
    const krTitle = (await keyResultById(linkedTo).getByTestId('kr-title').textContent()) ?? '';

    await session.page.goto(`${session.host.url}/jira/browse/${DONE_EPIC}`);
    const link = app().getByTestId('epic-context-link').filter({ hasText: krTitle });
    await expectVisible(link);
    expect(await link.getByTestId('epic-context-key-result').textContent()).toBe(krTitle);
    await expectAttribute(app().getByTestId('epic-progress'), 'data-value', '100');
  });

  it('keeps the last known progress, with a banner, while Jira cannot be reached', async () => {
    await session.host.jiraFaults({ status: 503, count: -1 });
    try {
      await session.page.goto(`${session.host.url}/jira/browse/${DONE_EPIC}`);
      await expectVisible(app().getByTestId('epic-jira-unavailable'));
      await expectAttribute(app().getByTestId('epic-progress'), 'data-value', '100');
      await expectVisible(app().getByTestId('epic-context-link'));
    } finally {
      await session.host.clearJiraFaults();
    }
  });

  it('says when an epic moves no key result yet', async () => {
    await session.page.goto(`${session.host.url}/jira/browse/GROW-7`);
    await expectVisible(app().getByTestId('epic-context-empty'));
  });
});

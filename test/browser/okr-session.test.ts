/**
 * A team OKR session on the local host's planning page, in a real browser, with two people taking
 * turns ("Acting as" in the host bar): 김지수 prepares the meeting and brainstorms, Emily Choi adds
 * a candidate and votes (and keeps typing while 김지수 moves the session on), 김지수 picks objectives and writes key results (and meets a conflicting
 * edit), Emily assigns owners, 김지수 reviews and publishes. The OKR panel on the same page then
 * shows the published objectives, and publishing again updates them in place.
 */
import type { FrameLocator } from 'playwright-core';
import { SESSION_LOCAL_ID } from '../../dev/host/seed/demo-site';
import { invoke } from '../support/host';
import { actAs, expectAttribute, expectValue, expectVisible, useBrowserSession, waitFor, type Locator } from '../support/browser-page';

const PLANNING_PAGE = '/confluence/pages/131075';
const JISOO = '712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73';
const EMILY = '712020:5e2a9f3c-8d4b-4b71-a0c6-3e7f1d9b5a28';
/** 이서연, Growth's team admin: edits its objectives in the panel (src/domain/roles.ts). */
const SEOYEON = '712020:c4d7e2a9-6f1b-4a3c-8e52-0b9d3f6a1c47';

const ONBOARDING = 'Make onboarding effortless for new teams';
const RESEARCH = 'Market research';
const JAPAN = 'Win our first enterprise customers in Japan';
const GLOBAL = 'Grow self-serve signups in English-speaking markets';
const KR_ACTIVATION = 'Raise week-one activation from 35% to 50%';
const KR_TIME = 'Cut time to first project from 3 days to 1 day';
const KR_TRIALS = 'Raise English trial signups from 0 to 400 a month';
const KR_TRIALS_500 = 'Raise English trial signups from 0 to 500 a month';
const HALF_TYPED = 'Help every customer team find its first win';
const THEIR_TITLE = 'Make onboarding delightful';
const MY_TITLE = 'Make onboarding effortless for every new team';

const session = useBrowserSession();
const app = (): FrameLocator => session.page.frameLocator('.lh-macro[data-module-key="okr-session"] iframe');
const panel = (): FrameLocator => session.page.frameLocator('.lh-macro[data-module-key="okr-panel"] iframe');

const step = (name: string): Locator => app().locator(`[data-testid="session-step"][data-step="${name}"]`);
const candidate = (text: string): Locator => app().getByTestId('candidate').filter({ hasText: text });
const objective = (title: string): Locator => app().getByTestId('session-objective').filter({ hasText: title });

async function openAs(accountId: string): Promise<void> {
  if (!session.page.url().includes(PLANNING_PAGE)) await session.page.goto(session.host.url + PLANNING_PAGE);
  await actAs(session.page, accountId);
  await expectVisible(app().getByTestId('session-stepper'));
}

async function goNext(to: string): Promise<void> {
  const next = app().getByTestId('session-next');
  await waitFor(async () => String((await next.getAttribute('aria-disabled')) ?? 'false'), 'false', 'session-next aria-disabled');
  await next.click();
  await expectAttribute(step(to), 'data-state', 'current');
}

async function chooseUser(picker: Locator, search: string, name: string): Promise<void> {
  const box = picker.getByRole('combobox');
  await box.fill(search);
  await picker.getByRole('option', { name }).click();
}

/** The session as the API sees it, called as the session macro on the planning page. */
async function sessionAs(accountId: string, functionKey: string, payload: unknown) {
  const ids = session.host.local.seedIds;
  return invoke(session.host, functionKey, payload, {
    accountId,
    context: {
      moduleKey: 'okr-session',
      localId: SESSION_LOCAL_ID,
      extension: {
        type: 'macro',
        content: { id: '131075', type: 'page' },
        config: { teamId: ids?.teams.growth, cycleId: ids?.cycles.nextQuarter },
      },
    },
  });
}

describe('the team OKR session', () => {
  it('prepares the meeting and brainstorms candidates (김지수)', async () => {
    await openAs(JISOO);
    await expectAttribute(step('prep'), 'data-state', 'current');
    await expectAttribute(step('stage'), 'data-state', 'todo');
    // Prep shares last cycle's OKRs (the Growth team's current quarter) with their scores.
    await expectVisible(app().getByTestId('prep-last-objective'));

    await app().getByTestId('meeting-time-input').fill('2026-12-01T10:00');
    await chooseUser(app().getByTestId('meeting-form'), '김지수', '김지수');
    await app().getByTestId('meeting-notes-input').fill('Read the company OKRs and last quarter’s scores before we meet.');
    await app().getByTestId('save-meeting').click();
    await expectVisible(app().getByTestId('meeting-saved'));
    await expectVisible(app().getByTestId('meeting-facilitator-picker').filter({ hasText: '김지수' }));

    await goNext('stage');
    await expectAttribute(step('prep'), 'data-state', 'done');

    for (const text of [ONBOARDING, RESEARCH, JAPAN]) {
      await app().getByTestId('candidate-input').fill(text);
      await app().getByTestId('add-candidate').click();
      await expectVisible(candidate(text));
      await expectValue(app().getByTestId('candidate-input'), '');
    }
    // A bare noun phrase has no direction: flagged inline, never blocked.
    await expectVisible(candidate(RESEARCH).getByTestId('candidate-quality'));
    expect(await candidate(ONBOARDING).getByTestId('candidate-quality').count()).toBe(0);

    await candidate(ONBOARDING).getByTestId('candidate-vote').click();
    await expectAttribute(candidate(ONBOARDING).getByTestId('candidate-vote'), 'aria-pressed', 'true');
    await waitFor(() => candidate(ONBOARDING).getByTestId('candidate-votes').textContent(), '1', 'votes');
  });

  it('lets a second person add a candidate and vote, but not reopen a step (Emily)', async () => {
    await openAs(EMILY);
    await expectAttribute(step('stage'), 'data-state', 'current');
    await expectVisible(candidate(ONBOARDING));
    // Votes are per person: 김지수's vote counts, Emily's own toggle is not pressed.
    await expectAttribute(candidate(ONBOARDING).getByTestId('candidate-vote'), 'aria-pressed', 'false');

    await app().getByTestId('candidate-input').fill(GLOBAL);
    await app().getByTestId('add-candidate').click();
    await expectVisible(candidate(GLOBAL));

    await candidate(ONBOARDING).getByTestId('candidate-vote').click();
    await waitFor(() => candidate(ONBOARDING).getByTestId('candidate-votes').textContent(), '2', 'votes');
    await candidate(GLOBAL).getByTestId('candidate-vote').click();
    await expectAttribute(candidate(GLOBAL).getByTestId('candidate-vote'), 'aria-pressed', 'true');
    await waitFor(() => candidate(GLOBAL).getByTestId('candidate-votes').textContent(), '1', 'votes');

    // Anyone may look at a done step; only the facilitator (김지수) may reopen it.
    await step('prep').click();
    await expectVisible(app().getByTestId('meeting-form'));
    expect(await app().getByTestId('session-reopen').count()).toBe(0);
    // Nor may she make herself facilitator to get around that: the field is read-only for her.
    await expectVisible(app().getByTestId('meeting-facilitator-readonly').filter({ hasText: '김지수' }));
    expect(await app().getByTestId('meeting-facilitator-picker').count()).toBe(0);
    await app().getByTestId('follow-session').click();
    await expectVisible(app().getByTestId('candidate-input'));

    // 김지수 moves the session on while Emily is still typing: the move shows within seconds, and
    // Emily's screen stays on her half-typed candidate until she has saved it.
    await app().getByTestId('candidate-input').fill(HALF_TYPED);
    const view = await sessionAs(JISOO, 'getSession', {});
    expect((await sessionAs(JISOO, 'advanceSession', { to: 'key-results', version: view.data.session.version })).ok).toBe(true);
    await expectAttribute(step('key-results'), 'data-state', 'current');
    await expectVisible(app().getByTestId('session-elsewhere'));
    await expectValue(app().getByTestId('candidate-input'), HALF_TYPED);
    await app().getByTestId('add-candidate').click();
    await expectVisible(candidate(HALF_TYPED));
    await app().getByTestId('follow-session').click();
    await expectVisible(app().getByTestId('candidate-picker'));
  });

  it('picks objectives by votes and writes key results, keeping typed text through a conflict (김지수)', async () => {
    await openAs(JISOO);
    await expectAttribute(step('key-results'), 'data-state', 'current');

    // Candidates by votes: the one with two votes comes first.
    await expectVisible(app().getByTestId('pick-row').first().filter({ hasText: ONBOARDING }));
    await app().getByTestId('pick-row').filter({ hasText: ONBOARDING }).getByTestId('pick-candidate').click();
    await expectVisible(objective(ONBOARDING));
    await app().getByTestId('pick-row').filter({ hasText: GLOBAL }).getByTestId('pick-candidate').click();
    await expectVisible(objective(GLOBAL));

    // Objectives without key results block the next step, and say so.
    await expectAttribute(app().getByTestId('session-next'), 'aria-disabled', 'true');
    await expectVisible(app().getByTestId('session-blockers').getByText(ONBOARDING));

    await addKeyResult(objective(ONBOARDING), KR_ACTIVATION, '35', '50', '%');
    await addKeyResult(objective(ONBOARDING), KR_TIME, '3', '1', 'days');
    await addKeyResult(objective(GLOBAL), KR_TRIALS, '0', '400', 'signups');

    // Someone else renames the objective while 김지수 is typing a new title.
    const card = objective(ONBOARDING);
    const itemId = await card.first().getAttribute('data-item-id');
    await card.getByTestId('edit-session-objective').click();
    await app().getByTestId('session-objective-title-input').fill(MY_TITLE);
    const view = await sessionAs(EMILY, 'getSession', {});
    const theirs = view.data.objectives.find((o: { id: string }) => o.id === itemId);
    const saved = await sessionAs(EMILY, 'saveSessionItem', {
      kind: 'objective',
      id: theirs.id,
      version: theirs.version,
      candidateId: theirs.candidateId,
      title: THEIR_TITLE,
      description: theirs.description,
      commitment: theirs.commitment,
      checklist: theirs.checklist,
    });
    expect(saved.ok).toBe(true);

    await app().getByTestId('save-session-objective').click();
    const conflict = app().getByTestId('session-conflict');
    await expectVisible(conflict.getByText(THEIR_TITLE));
    await expectValue(app().getByTestId('session-objective-title-input'), MY_TITLE);
    await conflict.getByTestId('conflict-keep-mine').click();
    await expectVisible(app().locator(`[data-testid="session-objective"][data-item-id="${itemId}"]`).getByTestId('session-objective-title').getByText(MY_TITLE));

    await goNext('owners');
  });

  it('assigns an owner to every key result (Emily)', async () => {
    await openAs(EMILY);
    await expectAttribute(step('owners'), 'data-state', 'current');
    const rows = app().getByTestId('owner-row');
    await expectVisible(rows.first());
    expect(await rows.count()).toBe(3);
    expect(await app().locator('[data-testid="owner-row"][data-has-owner="false"]').count()).toBe(3);
    await expectAttribute(app().getByTestId('session-next'), 'aria-disabled', 'true');

    const owners: Array<[string, string, string]> = [
      [KR_ACTIVATION, 'Emily', 'Emily Choi'],
      [KR_TIME, '김지수', '김지수'],
      [KR_TRIALS, 'Emily', 'Emily Choi'],
    ];
    for (const [title, search, name] of owners) {
      const row = rows.filter({ hasText: title });
      await chooseUser(row.getByTestId('owner-picker'), search, name);
      await expectAttribute(row, 'data-has-owner', 'true');
    }
    await goNext('review');
  });

  it('reviews, publishes into the team OKRs, and publishes again in place (김지수)', async () => {
    await openAs(JISOO);
    await expectAttribute(step('review'), 'data-state', 'current');
    await expectAttribute(app().getByTestId('publish-session'), 'aria-disabled', 'true');
    await expectVisible(app().getByTestId('publish-blockers'));

    const reviews = app().getByTestId('session-review-objective');
    await expectVisible(reviews.first());
    expect(await reviews.count()).toBe(2);
    const onboarding = reviews.filter({ hasText: MY_TITLE });
    const sentence = await onboarding.getByTestId('okr-sentence').textContent();
    for (const part of [MY_TITLE, KR_ACTIVATION, KR_TIME]) expect(sentence).toContain(part);

    for (let index = 0; index < 2; index++) {
      const review = reviews.nth(index);
      for (const box of ['checklist-ambitious', 'checklist-commitment', 'checklist-scorable']) {
        await review.getByTestId(box).check();
      }
    }
    await waitFor(async () => String((await app().getByTestId('publish-session').getAttribute('aria-disabled')) ?? 'false'), 'false', 'publish aria-disabled');
    await app().getByTestId('publish-session').click();
    const published = app().getByTestId('session-published');
    await expectVisible(published);
    await expectVisible(published.getByTestId('published-summary').getByText(/김지수/));
    await expectVisible(published.getByText(GLOBAL));

    await session.page.reload();
    for (const title of [MY_TITLE, GLOBAL]) {
      await expectVisible(panel().getByTestId('objective-card').filter({ hasText: title }));
    }
    const card = panel().getByTestId('objective-card').filter({ hasText: MY_TITLE });
    await expectVisible(card.getByTestId('key-result-row').filter({ hasText: KR_TIME }));

    // Only the facilitator reopens a step; publishing again pushes the later edit in place.
    await step('key-results').click();
    await app().getByTestId('session-reopen').click();
    await app().getByTestId('confirm-reopen').click();
    await expectAttribute(step('key-results'), 'data-state', 'current');
    await expectAttribute(step('review'), 'data-state', 'todo');
    const trials = objective(GLOBAL).getByTestId('session-kr').filter({ hasText: KR_TRIALS });
    await trials.getByTestId('edit-session-kr').click();
    await app().getByTestId('session-kr-title-input').fill(KR_TRIALS_500);
    await app().getByTestId('session-kr-target-input').fill('500');
    await app().getByTestId('save-session-kr').click();
    await expectVisible(objective(GLOBAL).getByTestId('session-kr').filter({ hasText: KR_TRIALS_500 }));
    await goNext('owners');
    await goNext('review');
    await app().getByTestId('publish-again').click();
    await expectVisible(app().getByTestId('publish-result'));

    await session.page.reload();
    const global = panel().getByTestId('objective-card').filter({ hasText: GLOBAL });
    await expectVisible(global.getByTestId('key-result-row').filter({ hasText: KR_TRIALS_500 }));
    expect(await panel().getByTestId('objective-card').filter({ hasText: MY_TITLE }).count()).toBe(1);
    expect(await global.count()).toBe(1);
  });

  it('asks the facilitator to choose where the panel and the session both changed an objective (김지수)', async () => {
    const ids = session.host.local.seedIds;
    const view = (await sessionAs(JISOO, 'getSession', {})).data;
    const draft = view.objectives.find((o: { title: string }) => o.title === GLOBAL);
    const tree = (await invoke(session.host, 'getOkrTree', { cycleId: ids?.cycles.nextQuarter, teamId: ids?.teams.growth })).data;
    const published = tree.objectives.find((o: { id: string }) => o.id === draft.publishedObjectiveId);
    const inPanel = 'Grow self-serve signups worldwide';
    const inSession = 'Grow self-serve signups in every English-speaking market';
    expect(
      (await invoke(session.host, 'saveObjective', { id: published.id, version: published.version, cycleId: published.cycleId, teamId: published.teamId, title: inPanel }, { accountId: SEOYEON })).ok,
    ).toBe(true);
    expect((await sessionAs(JISOO, 'saveSessionItem', { kind: 'objective', id: draft.id, version: draft.version, title: inSession, checklist: draft.checklist })).ok).toBe(true);

    await openAs(JISOO);
    await session.page.reload();
    const conflict = app().getByTestId('republish-conflict');
    await expectVisible(conflict.filter({ hasText: inPanel }).filter({ hasText: inSession }));
    await expectAttribute(app().getByTestId('publish-again'), 'aria-disabled', 'true');
    await app().getByTestId(`conflict-${draft.id}-session`).check();
    await app().getByTestId('publish-again').click();
    await expectVisible(app().getByTestId('publish-result'));
    expect(await app().getByTestId('republish-conflict').count()).toBe(0);

    await session.page.reload();
    await expectVisible(panel().getByTestId('objective-card').filter({ hasText: inSession }));
    expect(await panel().getByTestId('objective-card').filter({ hasText: inPanel }).count()).toBe(0);
  });

  it('asks for the macro settings when the session has no team, and comes back with them', async () => {
    await openAs(JISOO);
    const settings = session.page.frameLocator('iframe[title="Macro settings"]');
    await session.page.getByTestId('edit-macro').first().click();
    await settings.getByTestId('config-team-select').selectOption({ value: '' });
    await settings.getByTestId('config-save').click();
    await expectVisible(app().getByTestId('session-unconfigured'));

    await session.page.getByTestId('edit-macro').first().click();
    await settings.getByTestId('config-team-select').selectOption({ value: session.host.local.seedIds?.teams.growth ?? '' });
    await settings.getByTestId('config-save').click();
    await expectVisible(app().getByTestId('session-published'));
  });
});

async function addKeyResult(card: Locator, title: string, baseline: string, target: string, unit: string): Promise<void> {
  await card.getByTestId('add-session-kr').click();
  await card.getByTestId('session-kr-title-input').fill(title);
  await card.getByTestId('session-kr-kind-select').selectOption('metric');
  await card.getByTestId('session-kr-baseline-input').fill(baseline);
  await card.getByTestId('session-kr-target-input').fill(target);
  await card.getByTestId('session-kr-unit-input').fill(unit);
  await card.getByTestId('save-session-kr').click();
  await expectVisible(card.getByTestId('session-kr').filter({ hasText: title }));
}

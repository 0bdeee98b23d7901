/**
 * The team OKR session offers only what the person may do, and says who can (tracker issue 10,
 * point 2), in a real browser on the local host's planning page (Growth, next quarter). 이서연,
 * Growth's team admin, drives the session through the API; James Wilson (Customer Success, a
 * viewer of Growth) follows it with no control that writes, and reads who takes part; Emily Choi
 * (a member) takes part, and at review reads who publishes where the button would be.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { SESSION_LOCAL_ID } from '../../dev/host/seed/demo-site';
import { invoke } from '../support/host';
import { readySession, type SessionCall } from '../support/session-driver';
import { actAs, expectAttribute, expectVisible, useBrowserSession, waitFor } from '../support/browser-page';

const PLANNING_PAGE = '/confluence/pages/131075';
const { seoyeon, emily, james } = DEMO_USERS;
const CANDIDATE = 'Make onboarding effortless';

const session = useBrowserSession();
const app = (): FrameLocator => session.page.frameLocator('.lh-macro[data-module-key="okr-session"] iframe');
const step = (name: string) => app().locator(`[data-testid="session-step"][data-step="${name}"]`);

async function openAs(accountId: string): Promise<void> {
  if (!session.page.url().includes(PLANNING_PAGE)) await session.page.goto(session.host.url + PLANNING_PAGE);
  await actAs(session.page, accountId);
  await expectVisible(app().getByTestId('session-stepper'));
}

/** The session as the API sees it, called as the session macro on the planning page. */
const sessionAs =
  (accountId: string): SessionCall =>
  (functionKey, payload = {}) => {
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
  };

async function advanceTo(...steps: string[]): Promise<void> {
  const admin = sessionAs(seoyeon.accountId);
  for (const to of steps) {
    const { data } = await admin('getSession');
    const moved = await admin('advanceSession', { to, version: data.session.version });
    if (!moved.ok) throw new Error(JSON.stringify(moved.error));
  }
}

const count = (testId: string) => app().getByTestId(testId).count();

describe('the team OKR session by role', () => {
  beforeAll(async () => {
    // 이서연 fills the session up to review (a candidate, an objective, an owned key result) and opens the stage.
    await readySession(sessionAs(seoyeon.accountId), CANDIDATE);
    await advanceTo('stage');
  });

  it('lets a viewer follow it, with no control that writes and a notice saying who takes part (James)', async () => {
    await openAs(james.accountId);
    expect((await sessionAs(james.accountId)('getSession')).data.can).toEqual({ takePart: false, publish: false });
    await expectAttribute(step('stage'), 'data-state', 'current');
    const notice = app().getByTestId('session-roles-notice');
    await expectVisible(notice);
    await waitFor(() => notice.textContent(), 'You can follow this session. Members of Growth and its admins take part; app admins too.', 'notice');
    // The candidate and its tally are there to read; nothing to add, vote, edit or move on.
    await expectVisible(app().getByTestId('candidate').filter({ hasText: CANDIDATE }).getByTestId('candidate-tally'));
    for (const control of ['candidate-input', 'add-candidate', 'candidate-vote', 'edit-candidate', 'delete-candidate', 'session-next']) {
      expect({ control, count: await count(control) }).toEqual({ control, count: 0 });
    }
    // The meeting is read, not edited, on the prep step.
    await step('prep').click();
    await expectVisible(app().getByTestId('meeting-summary'));
    expect(await count('meeting-form')).toBe(0);
    expect(await count('session-reopen')).toBe(0);
    await expectVisible(app().getByTestId('session-roles-notice'));
  });

  it('lets a member take part, and at review says who publishes instead of offering the button (Emily)', async () => {
    await openAs(emily.accountId);
    expect((await sessionAs(emily.accountId)('getSession')).data.can).toEqual({ takePart: true, publish: false });
    await expectVisible(app().getByTestId('add-candidate'));
    await expectVisible(app().getByTestId('candidate-vote'));
    expect(await count('session-roles-notice')).toBe(0);

    await advanceTo('key-results', 'owners', 'review');
    // The live refresh brings her to review within seconds.
    await expectAttribute(step('review'), 'data-state', 'current');
    const who = app().getByTestId('publish-who');
    await expectVisible(who);
    await waitFor(() => who.textContent(), 'Only Growth’s team admins and app admins publish the session.', 'publish reason');
    expect(await count('publish-session')).toBe(0);
    // She still takes part in the review: the checklist is hers to tick.
    expect(await app().getByTestId('session-checklist').locator('input[type="checkbox"]:disabled').count()).toBe(0);
  });

  it('offers neither publishing nor the checklist to a viewer at review (James)', async () => {
    await openAs(james.accountId);
    await expectAttribute(step('review'), 'data-state', 'current');
    await expectVisible(app().getByTestId('session-roles-notice'));
    await expectVisible(app().getByTestId('publish-who'));
    expect(await count('publish-session')).toBe(0);
    expect(await app().getByTestId('session-checklist').locator('input[type="checkbox"]:enabled').count()).toBe(0);
  });
});

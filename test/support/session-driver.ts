/**
 * Driving a team OKR session through the local host, as its macro on a page would: the macro's
 * context, acting users, and the steps up to Review.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, type TestHost } from './host';
import { makeOkrs } from './okr-factory';

const { jisoo, emily } = DEMO_USERS;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SessionCall = (key: string, payload?: unknown) => Promise<any>;

/** The context of a session macro on a page, configured for a team and cycle. */
export const sessionContext = (config: Record<string, string>, pageId = 'page-1', localId = 'macro-1') => ({
  moduleKey: 'okr-session',
  localId,
  extension: { type: 'macro', content: { id: pageId, type: 'page' }, space: { id: '1', key: 'ACME' }, config },
});

export async function sessionFrame(host: TestHost) {
  const okrs = makeOkrs(host);
  const { cycle, team } = await okrs.frame();
  const context = sessionContext({ teamId: team.id, cycleId: cycle.id });
  const as =
    (accountId: string, ctx: Record<string, unknown> = context) =>
    (key: string, payload: unknown = {}) =>
      invoke(host, key, payload, { accountId, context: ctx });
  return { cycle, team, context, jisooCalls: as(jisoo.accountId), emilyCalls: as(emily.accountId), as };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function expectOk(answer: { ok: boolean; data?: any; error?: unknown }): any {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
}

/** Fills a session up to review: one objective with one owned key result and a full checklist. */
export async function readySession(call: SessionCall, title = 'Make onboarding effortless') {
  const candidate = expectOk(await call('saveSessionItem', { kind: 'candidate', text: title })).item;
  const objective = expectOk(
    await call('saveSessionItem', {
      kind: 'objective',
      candidateId: candidate.id,
      title,
      checklist: { ambitious: true, scorable: true, commitmentAgreed: true },
    }),
  ).item;
  const kr = expectOk(
    await call('saveSessionItem', {
      kind: 'key-result',
      objectiveItemId: objective.id,
      title: 'Raise activation from 30 to 45',
      measure: { kind: 'metric', baseline: 30, target: 45, unit: '%' },
      ownerAccountId: jisoo.accountId,
    }),
  ).item;
  return { candidate, objective, kr };
}

/** Walks the session through every step to Review, as the facilitator would. */
export async function toReview(call: SessionCall) {
  let version = expectOk(await call('getSession')).session.version;
  for (const to of ['stage', 'key-results', 'owners', 'review']) {
    version = expectOk(await call('advanceSession', { to, version })).session.version;
  }
}


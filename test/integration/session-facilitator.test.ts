/**
 * Who facilitates a team OKR session is the facilitator's to hand over (or, before there is
 * one, the session creator's): otherwise "only the facilitator reopens a step" is one meeting
 * save away from anyone. Through the local host, as three people on one session macro.
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs } from '../support/okr-factory';

const { jisoo, emily, daniel } = DEMO_USERS;
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ seed: 'empty' });
});
afterAll(() => host.close());
beforeEach(() => host.reset('empty'));

async function frame() {
  const { cycle, team } = await makeOkrs(host).frame();
  const context = {
    moduleKey: 'okr-session',
    localId: 'macro-1',
    extension: { type: 'macro', content: { id: 'page-1', type: 'page' }, config: { teamId: team.id, cycleId: cycle.id } },
  };
  const as = (accountId: string) => (key: string, payload: unknown = {}) => invoke(host, key, payload, { accountId, context });
  return { jisooCalls: as(jisoo.accountId), emilyCalls: as(emily.accountId), danielCalls: as(daniel.accountId) };
}

const meeting = (version: number, facilitatorAccountId?: string, notes = '') => ({
  kind: 'meeting',
  version,
  notes,
  ...(facilitatorAccountId ? { facilitatorAccountId } : {}),
});

function expectRefused(answer: any) {
  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { facilitatorAccountId: { reason: 'only-facilitator-changes-facilitator' } } },
  });
}

describe('choosing the facilitator', () => {
  it('is the creator’s while there is none, then the facilitator’s; notes stay open to everyone', async () => {
    const { jisooCalls, emilyCalls, danielCalls } = await frame();
    const created = (await jisooCalls('saveSessionItem', meeting(0, undefined, 'Agenda'))).data.session;
    expect(created.createdByAccountId).toBe(jisoo.accountId);

    expectRefused(await emilyCalls('saveSessionItem', meeting(created.version, emily.accountId, 'Agenda')));
    const chosen = (await jisooCalls('saveSessionItem', meeting(created.version, emily.accountId, 'Agenda'))).data.session;
    expect(chosen.meeting.facilitatorAccountId).toBe(emily.accountId);

    // The creator no longer decides once there is a facilitator; a participant never does.
    expectRefused(await jisooCalls('saveSessionItem', meeting(chosen.version, jisoo.accountId, 'Agenda')));
    expectRefused(await danielCalls('saveSessionItem', meeting(chosen.version, daniel.accountId, 'Agenda')));
    expectRefused(await danielCalls('saveSessionItem', meeting(chosen.version, undefined, 'Agenda')));

    const notes = await danielCalls('saveSessionItem', meeting(chosen.version, emily.accountId, 'Agenda and last quarter'));
    expect(notes).toMatchObject({ ok: true, data: { session: { meeting: { notes: 'Agenda and last quarter', facilitatorAccountId: emily.accountId } } } });

    const handedOver = await emilyCalls('saveSessionItem', meeting(notes.data.session.version, daniel.accountId, 'Agenda and last quarter'));
    expect(handedOver).toMatchObject({ ok: true, data: { session: { meeting: { facilitatorAccountId: daniel.accountId }, createdByAccountId: jisoo.accountId } } });

    const view = (await emilyCalls('getSession')).data;
    expect(view.session.meeting.facilitatorAccountId).toBe(daniel.accountId);
    expect(view.canChangeFacilitator).toBe(false);
    expect((await danielCalls('getSession')).data.canChangeFacilitator).toBe(true);
  });

  it('cannot be used to take over reopening a step', async () => {
    const { jisooCalls, emilyCalls } = await frame();
    const chosen = (await jisooCalls('saveSessionItem', meeting(0, jisoo.accountId))).data.session;
    const staged = (await jisooCalls('advanceSession', { to: 'stage', version: chosen.version })).data.session;
    // The participant's way around the rule: make themselves (or nobody) facilitator, then reopen.
    expectRefused(await emilyCalls('saveSessionItem', meeting(staged.version, emily.accountId)));
    expectRefused(await emilyCalls('saveSessionItem', meeting(staged.version)));
    expect(await emilyCalls('advanceSession', { to: 'prep', version: staged.version })).toMatchObject({
      ok: false,
      error: { fields: { to: { reason: 'only-facilitator-reopens' } } },
    });
    const session = (await jisooCalls('getSession')).data.session;
    expect(session).toMatchObject({ step: 'stage', version: staged.version, meeting: { facilitatorAccountId: jisoo.accountId } });
  });

  it('is anyone’s on a session stored before creators were recorded, until someone is chosen', async () => {
    const { emilyCalls, danielCalls, jisooCalls } = await frame();
    // The session record as the app stored it before it recorded who created it.
    const stored = (await jisooCalls('advanceSession', { to: 'stage', version: 0 })).data.session;
    const { createdByAccountId: _dropped, ...older } = stored;
    const key = `${older.contentId}:${older.localId}`;
    const answer = host.local.kvs.handle('/api/v1/entity/set', { entityName: 'okr-session', key, value: older });
    expect(answer.status).toBeLessThan(300);

    const first = await emilyCalls('saveSessionItem', meeting(older.version, emily.accountId));
    expect(first).toMatchObject({ ok: true, data: { session: { meeting: { facilitatorAccountId: emily.accountId } } } });
    expect(first.data.session.createdByAccountId).toBeUndefined();
    expectRefused(await danielCalls('saveSessionItem', meeting(first.data.session.version, daniel.accountId)));
  });
});

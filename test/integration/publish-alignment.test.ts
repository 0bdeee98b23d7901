/**
 * Publishing a session checks each drafted objective's alignment again, by the one "may align to"
 * rule (src/domain/alignment.ts, tracker issue 11): a parent deleted or moved since the draft named
 * it is refused with VALIDATION naming the draft, and nothing is published (all or nothing, and the
 * link is never dropped silently).
 */
import { DEMO_USERS } from '../../dev/host/demo-users';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { expectOk, sessionContext, toReview } from '../support/session-driver';

const { jisoo, seoyeon } = DEMO_USERS;
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ seed: 'demo' });
});
afterAll(() => host.close());

const admin = (key: string, payload: unknown = {}) => invoke(host, key, payload, { accountId: jisoo.accountId }).then(expectOk);

async function frame() {
  const teams: Array<{ id: string; name: string; parentTeamId?: string }> = await admin('listTeams');
  const cycles: Array<{ id: string; kind: string; startDate: string; endDate: string }> = await admin('listCycles');
  const today = new Date().toISOString().slice(0, 10);
  const quarter = cycles.find((c) => c.kind === 'quarter' && c.startDate <= today && today <= c.endDate)!;
  return { teams, quarter, acme: teams.find((t) => t.name === 'Acme Korea')!, growth: teams.find((t) => t.name === 'Growth')! };
}

/** A Growth session at Review with one objective draft aligned to `parentId`. */
async function sessionAlignedTo(growthId: string, cycleId: string, parentId: string, page: string) {
  const call = (key: string, payload: unknown = {}) =>
    invoke(host, key, payload, { accountId: seoyeon.accountId, context: sessionContext({ teamId: growthId, cycleId }, page, page) });
  const title = `Make enterprise onboarding effortless (${page})`;
  const candidate = expectOk(await call('saveSessionItem', { kind: 'candidate', text: title })).item;
  const draft = expectOk(
    await call('saveSessionItem', {
      kind: 'objective',
      candidateId: candidate.id,
      title,
      parentObjectiveId: parentId,
      checklist: { ambitious: true, scorable: true, commitmentAgreed: true },
    }),
  ).item;
  expectOk(
    await call('saveSessionItem', {
      kind: 'key-result',
      objectiveItemId: draft.id,
      title: 'Raise enterprise activation from 20 to 40',
      measure: { kind: 'metric', baseline: 20, target: 40, unit: '%' },
      ownerAccountId: seoyeon.accountId,
    }),
  );
  await toReview(call);
  return { call, title };
}

async function publishedTitles(cycleId: string, teamId: string): Promise<string[]> {
  const tree = await admin('getOkrTree', { cycleId, teamId });
  return tree.objectives.map((o: { title: string }) => o.title);
}

it('refuses to publish a draft aligned to an objective deleted since, naming the draft, and publishes nothing', async () => {
  const { quarter, acme, growth } = await frame();
  const { objective: parent } = await admin('saveObjective', { cycleId: quarter.id, teamId: acme.id, title: 'Win the enterprise segment' });
  const { call, title } = await sessionAlignedTo(growth.id, quarter.id, parent.id, 'publish-gone');

  await admin('deleteObjective', { id: parent.id, version: parent.version });
  const refused = await call('publishSession');
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { parentObjectiveId: { reason: 'parent-gone', names: [title] } } },
  });
  expect(await publishedTitles(quarter.id, growth.id)).not.toContain(title);
});

it('refuses to publish a draft whose parent has moved to a team not above it, by the rule the panel applies', async () => {
  const { quarter, acme, growth } = await frame();
  const { objective: parent } = await admin('saveObjective', { cycleId: quarter.id, teamId: acme.id, title: 'Own the enterprise segment' });
  const { call, title } = await sessionAlignedTo(growth.id, quarter.id, parent.id, 'publish-moved');

  // Moved down to Growth itself: a team's objective never aligns to its own team's in the same cycle.
  await admin('saveObjective', { id: parent.id, version: parent.version, cycleId: quarter.id, teamId: growth.id, title: parent.title });
  const refused = await call('publishSession');
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { parentObjectiveId: { reason: 'align-to-team-not-above', names: [title] } } },
  });
  expect(await publishedTitles(quarter.id, growth.id)).not.toContain(title);
});

it('publishes a draft whose parent still allows it, with the link', async () => {
  const { quarter, acme, growth } = await frame();
  const { objective: parent } = await admin('saveObjective', { cycleId: quarter.id, teamId: acme.id, title: 'Lead the enterprise segment' });
  const { call, title } = await sessionAlignedTo(growth.id, quarter.id, parent.id, 'publish-ok');
  expect(expectOk(await call('publishSession'))).toMatchObject({ state: 'published' });
  const tree = await admin('getOkrTree', { cycleId: quarter.id, teamId: growth.id });
  expect(tree.objectives.find((o: { title: string }) => o.title === title)).toMatchObject({ parentObjectiveId: parent.id });
});

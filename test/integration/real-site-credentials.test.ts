/**
 * A wrong email/token pair in the host's real-site mode (issue 9, point 3). Jira Cloud serves
 * unrecognised basic-auth credentials as anonymous: searches answer 200 with no issues, issues
 * 404, and only /rest/api/3/myself 401. The "real site" here is another host's demo Jira, which
 * answers basic auth exactly so. The app must say Jira does not recognise the credentials, not
 * show every epic as restricted, and never overwrite known progress with what it saw.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_USERS } from '../../dev/host/demo-users';
import { DEMO_API_TOKEN } from '../../dev/host/http/demo-jira-http';
import { startHost, type LocalHost } from '../../dev/host/host';
import { invoke, startTestHost, type TestHost } from '../support/host';

const JISOO = DEMO_USERS.jisoo;
let site: TestHost;
let dataDir: string;

beforeAll(async () => {
  site = await startTestHost({ seed: 'demo' });
  dataDir = mkdtempSync(path.join(tmpdir(), 'forge-local-real-site-creds-'));
});
afterAll(async () => {
  await site?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const realSiteHost = (token: string) =>
  startHost({
    port: 0,
    dataDir,
    seed: 'demo',
    quiet: true,
    env: { JIRA_BASE_URL: `${site.url}/demo-jira`, JIRA_EMAIL: JISOO.emailAddress, JIRA_API_TOKEN: token },
  });

const as = (local: LocalHost) => ({ url: local.url }) as TestHost;
const epicOf = (tree: any) => tree.data.objectives[0].keyResults[0].initiatives[0];

describe('real-site mode with credentials Jira does not recognise', () => {
  it('says so, keeps the last known progress, and stores nothing the anonymous read saw', async () => {
    // With the right token: an objective whose key result is moved by a GROW epic, read live.
    const good = await realSiteHost(DEMO_API_TOKEN);
    const cycleId = good.seedIds!.currentQuarterId;
    const teams = await invoke(as(good), 'listTeams', {});
    const found = teams.data.find((t: { jiraProjectKeys: string[] }) => t.jiraProjectKeys.includes('GROW'));
    // A real site's teams start without members: 김지수 names herself the team's admin in setup,
    // so her edits do not hang on Jira saying she administers the site (it cannot, below).
    const named = await invoke(as(good), 'saveTeam', { ...found, members: [{ accountId: JISOO.accountId, role: 'admin' }] }, { accountId: JISOO.accountId, context: { moduleKey: 'okr-setup-confluence' } });
    expect(named).toMatchObject({ ok: true });
    const team = named.data;
    const objective = await invoke(as(good), 'saveObjective', { cycleId, teamId: team.id, title: 'Ship onboarding' }, { accountId: JISOO.accountId });
    const keyResult = await invoke(
      as(good),
      'saveKeyResult',
      { objectiveId: objective.data.objective.id, title: 'Onboarding epics done', measure: { kind: 'initiatives' } },
      { accountId: JISOO.accountId },
    );
    const epicKey = 'GROW-7';
    const linked = await invoke(as(good), 'saveInitiative', { keyResultId: keyResult.data.keyResult.id, link: { kind: 'epic', epicKey } }, { accountId: JISOO.accountId });
    expect(linked).toMatchObject({ ok: true });
    const live = await invoke(as(good), 'getOkrTree', { cycleId });
    expect(live.data.jira.state).toBe('ok');
    expect(epicOf(live).link.epic).toMatchObject({ state: 'live', key: epicKey });
    const knownProgress = epicOf(live).progress;
    await good.close();

    // The same data folder, a wrong token: Jira answers as to nobody.
    const wrong = await realSiteHost('a-revoked-token');
    try {
      const tree = await invoke(as(wrong), 'getOkrTree', { cycleId });
      expect(tree).toMatchObject({ ok: true, data: { jira: { state: 'unrecognised' } } });
      // Not "restricted": the epic keeps its key and its last known progress, with its time.
      expect(epicOf(tree).link.epic).toMatchObject({ state: 'unavailable', key: epicKey, progress: knownProgress });
      expect(epicOf(tree).progress).toBe(knownProgress);
      // Linking another epic cannot find it, and says why.
      const link = await invoke(as(wrong), 'saveInitiative', { keyResultId: keyResult.data.keyResult.id, link: { kind: 'epic', epicKey: 'GROW-8' } }, { accountId: JISOO.accountId });
      expect(link).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    } finally {
      await wrong.close();
    }

    // Back with the right token: the stored last known progress was never replaced.
    const again = await realSiteHost(DEMO_API_TOKEN);
    try {
      const stored = await invoke(as(again), 'getOkrTree', { cycleId });
      expect(epicOf(stored).progress).toBe(knownProgress);
    } finally {
      await again.close();
    }
  }, 60_000);
});

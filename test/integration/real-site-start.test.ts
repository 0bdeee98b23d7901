/**
 * The host's real-site mode (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN) on a fresh data folder:
 * it starts, whatever the site holds. The demo's people and epics are not on a real site, so only
 * the demo's cycles and teams are seeded; objectives are the user's to create.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type LocalHost } from '../../dev/host/host';

let host: LocalHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'forge-local-real-site-'));
  // Port 9 (discard) on loopback: nothing answers, as a site without the demo's epics would not.
  host = await startHost({
    port: 0,
    dataDir,
    seed: 'demo',
    quiet: true,
    env: { JIRA_BASE_URL: 'http://127.0.0.1:9', JIRA_EMAIL: 'someone@example.com', JIRA_API_TOKEN: 'not-a-token' },
  });
});
afterAll(async () => {
  await host?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function invoke(functionKey: string, payload: unknown) {
  const response = await fetch(`${host.url}/__local/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey, payload }),
  });
  return ((await response.json()) as { value: { ok: boolean; data: any } }).value;
}

describe('real-site mode on a fresh data folder', () => {
  it('starts with the demo cycles and teams, and no objectives naming demo people or epics', async () => {
    const cycles = await invoke('listCycles', {});
    const teams = await invoke('listTeams', {});
    expect(cycles.ok && cycles.data.length).toBeGreaterThan(0);
    expect(teams.ok && teams.data.length).toBeGreaterThan(0);
    const tree = await invoke('getOkrTree', { cycleId: host.seedIds?.currentQuarterId });
    expect(tree).toMatchObject({ ok: true, data: { objectives: [] } });
  });
});

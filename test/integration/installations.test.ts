/**
 * One app across Confluence and Jira (issue 9, point 1). The manifest declares Confluence required
 * and Jira optional, so Forge installs one app on the site and every module shares its storage;
 * without the declaration Forge would install it per Atlassian app, each with its own storage, and
 * the host does the same, which these tests prove both ways.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { LOCAL_CLOUD_ID, MANIFEST_PATH, REPO_ROOT } from '../../dev/host/config';
import { startHost } from '../../dev/host/host';
import { readCompatibility } from '../../dev/host/install/installations';
import { invoke, startTestHost, type TestHost } from '../support/host';
import { makeOkrs } from '../support/okr-factory';

const CONFLUENCE_SITE = `ari:cloud:confluence::site/${LOCAL_CLOUD_ID}`;
const JIRA_SITE = `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`;
const PROBE_APP = path.join(__dirname, '..', 'support', 'apps', 'installation-probe.ts');
const PROJECT_PAGE = { moduleKey: 'okr-project-page', extension: { type: 'jira:projectPage', project: { id: '10001', key: 'GROW', type: 'software' } } };

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'forge-local-manifests-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The app's manifest with `app.compatibility` removed: what Forge would install per Atlassian app. */
function manifestWithoutCompatibility(): string {
  const doc = parse(readFileSync(MANIFEST_PATH, 'utf8')) as { app: Record<string, unknown> };
  delete doc.app.compatibility;
  // Beside a copy of the translation files its module titles name.
  cpSync(path.join(REPO_ROOT, 'locales'), path.join(scratch, 'locales'), { recursive: true });
  const file = path.join(scratch, 'manifest-single-app.yml');
  writeFileSync(file, stringify(doc));
  return file;
}

describe("the manifest's compatibility", () => {
  it('declares Confluence required and Jira optional', () => {
    expect(readCompatibility(MANIFEST_PATH)).toEqual({ required: 'confluence', optional: ['jira'] });
    expect(readCompatibility(manifestWithoutCompatibility())).toBeUndefined();
  });
});

describe('what Forge hands an invocation', () => {
  let host: TestHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('one installation for both apps: the required app is the installContext, both are its contexts', async () => {
    host = await startTestHost({ seed: 'none', appModulePath: PROBE_APP });
    const fromMacro = await invoke(host!, 'probe', {});
    const fromJira = await invoke(host!, 'probe', {}, { context: PROJECT_PAGE });
    for (const seen of [fromMacro, fromJira]) {
      expect(seen).toMatchObject({ installContext: CONFLUENCE_SITE, contexts: [CONFLUENCE_SITE, JIRA_SITE] });
      expect(seen.installationAri).toMatch(/^ari:cloud:ecosystem::installation\//);
      // Forge's 25 s, less what the call took so far.
      expect(seen.remainingMs).toBeGreaterThan(20_000);
      expect(seen.remainingMs).toBeLessThanOrEqual(25_000);
    }
    expect(fromJira.installationAri).toBe(fromMacro.installationAri);
    expect(fromJira.moduleKey).toBe('okr-project-page');
  });

  it('without the declaration, an installation per app, each with its own site as installContext', async () => {
    host = await startTestHost({ seed: 'none', appModulePath: PROBE_APP, manifestPath: manifestWithoutCompatibility() });
    const fromMacro = await invoke(host!, 'probe', {});
    const fromJira = await invoke(host!, 'probe', {}, { context: PROJECT_PAGE });
    expect(fromMacro).toMatchObject({ installContext: CONFLUENCE_SITE, contexts: [CONFLUENCE_SITE] });
    expect(fromJira).toMatchObject({ installContext: JIRA_SITE, contexts: [JIRA_SITE] });
    expect(fromJira.installationAri).not.toBe(fromMacro.installationAri);
  });
});

describe('storage follows the installation', () => {
  let host: TestHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  async function objectiveSeenFromJira(): Promise<{ written: string; fromJira: string[]; fromConfluence: string[] }> {
    const okrs = makeOkrs(host!);
    const { cycle, team } = await okrs.frame();
    const objective = await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Written in a Confluence macro' });
    const titles = (tree: { ok: boolean; data?: { objectives: Array<{ title: string }> } }) => (tree.data?.objectives ?? []).map((o) => o.title);
    const fromJira = await invoke(host!, 'getOkrTree', { cycleId: cycle.id }, { context: PROJECT_PAGE });
    const fromConfluence = await invoke(host!, 'getOkrTree', { cycleId: cycle.id });
    return { written: objective.title, fromJira: titles(fromJira), fromConfluence: titles(fromConfluence) };
  }

  it('is shared by the Confluence macros and the Jira modules when compatibility is declared', async () => {
    host = await startTestHost();
    const seen = await objectiveSeenFromJira();
    expect(seen.fromConfluence).toEqual([seen.written]);
    expect(seen.fromJira).toEqual([seen.written]);
    expect(host.local.installations.all).toHaveLength(1);
  });

  it('is split per Atlassian app without the declaration: the Jira side never sees what Confluence wrote', async () => {
    host = await startTestHost({ manifestPath: manifestWithoutCompatibility() });
    expect(host.local.installations.all.map((i) => i.apps)).toEqual([['confluence'], ['jira']]);
    const okrs = makeOkrs(host!);
    const { cycle, team } = await okrs.frame();
    await okrs.objective({ cycleId: cycle.id, teamId: team.id, title: 'Written in a Confluence macro' });
    // The cycle itself lives in the Confluence installation's storage: Jira's knows no such cycle.
    const fromJira = await invoke(host!, 'getOkrTree', { cycleId: cycle.id }, { context: PROJECT_PAGE });
    expect(fromJira).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const cyclesFromJira = await invoke(host!, 'listCycles', {}, { context: PROJECT_PAGE });
    expect(cyclesFromJira).toEqual({ ok: true, data: [] });
    const fromConfluence = await invoke(host!, 'getOkrTree', { cycleId: cycle.id });
    expect(fromConfluence.data.objectives.map((o: { title: string }) => o.title)).toEqual(['Written in a Confluence macro']);
  });
});

describe('a site that has not connected Jira (it is optional)', () => {
  it('serves the Confluence macros, shows linked epics at their last known progress, and never calls Jira', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'forge-local-no-jira-'));
    try {
      // Epics were linked while Jira was connected; then the admin disconnected it.
      const before = await startHost({ port: 0, dataDir, seed: 'demo', quiet: true, env: {} });
      const cycleId = before.seedIds!.currentQuarterId;
      await before.close();
      const local = await startHost({ port: 0, dataDir, seed: 'none', quiet: true, env: {}, connectedApps: ['confluence'] });
      const direct = { url: local.url } as TestHost;
      try {
        local.runtime.resetStats();
        const tree = await invoke(direct, 'getOkrTree', { cycleId });
        expect(tree).toMatchObject({ ok: true, data: { jira: { state: 'not-connected' } } });
        const initiatives = tree.data.objectives.flatMap((o: any) => o.keyResults.flatMap((kr: any) => kr.initiatives));
        const epics = initiatives.filter((i: any) => i.link.kind === 'epic');
        expect(epics.length).toBeGreaterThan(0);
        for (const initiative of epics) expect(initiative.link.epic).toMatchObject({ state: 'unavailable', progress: expect.any(Number) });
        // Linking an epic needs Jira: a typed answer, not INTERNAL.
        expect(await invoke(direct, 'searchEpics', { projectKey: 'GROW', query: '' })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
        expect(local.runtime.stats().jira.requests).toBe(0);
        // Jira's modules have no installation to run in on this site.
        const response = await fetch(`${local.url}/__local/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ functionKey: 'getOkrTree', payload: { cycleId }, context: PROJECT_PAGE }),
        });
        expect(response.status).toBe(500);
        expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/not connected/);
      } finally {
        await local.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/**
 * `npm start` (after building the UI): the local Forge host on http://127.0.0.1:${PORT:-8787}.
 *
 * Environment:
 *   PORT                  port to listen on (default 8787)
 *   FORGE_LOCAL_DATA_DIR  app storage and host state (default .forge-local; kept across restarts;
 *                         the demo organisation is seeded only when app storage is empty)
 *   JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN
 *                         all three set: Jira requests go to that real site with basic auth
 *                         instead of the demo Jira (see demo-jira/real-site.ts)
 */
import path from 'node:path';
import { REPO_ROOT } from './config';
import { startHost } from './host';
import { DEMO_EPICS, DEMO_PROJECTS } from './demo-jira/demo-projects';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number; got ${process.env.PORT}`);
  const dataDir = path.resolve(REPO_ROOT, process.env.FORGE_LOCAL_DATA_DIR ?? '.forge-local');
  const started = Date.now();
  const host = await startHost({ port, dataDir, seed: 'demo' });
  const pages = [
    ['Index', '/'],
    ['Confluence: Growth team OKRs', '/confluence/pages/131073'],
    ['Confluence: Company OKRs', '/confluence/pages/131074'],
    ['Confluence: planning session', '/confluence/pages/131075'],
    ...DEMO_PROJECTS.map((p) => [`Jira project ${p.key}`, `/jira/projects/${p.key}`]),
    ...DEMO_EPICS.map((e) => [`Jira epic ${e.key}`, `/jira/browse/${e.key}`]),
  ];
  console.log(`\nLocal Forge host running at ${host.url} (started in ${Date.now() - started} ms)`);
  console.log(`Data: ${dataDir}${host.seedIds ? ' (demo organisation seeded)' : ''}\n`);
  for (const [label, href] of pages) console.log(`  ${(label ?? '').padEnd(34)} ${host.url}${href}`);
  console.log('\nCtrl-C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1); // a second Ctrl-C forces it
    stopping = true;
    console.log(`\n${signal}: stopping the local Forge host...`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('The local Forge host could not start:', error);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * Builds every Custom UI surface (static/<surface>/build, the paths manifest.yml names) with
 * Vite's JS API, one after another: Vite already uses every core per build, and sequential
 * output is readable. Exits non-zero on the first failure. Used by `npm start` and `npm test`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const SURFACES = ['okr-panel', 'macro-config', 'okr-session', 'jira-project', 'epic-panel', 'admin-setup'];
const staticDir = fileURLToPath(new URL('../static/', import.meta.url));

const started = performance.now();
for (const surface of SURFACES) {
  const t0 = performance.now();
  try {
    await build({ configFile: `${staticDir}${surface}/vite.config.ts`, logLevel: 'warn' });
  } catch (error) {
    console.error(`ui ${surface.padEnd(13)} FAILED`);
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`ui ${surface.padEnd(13)} built in ${seconds(performance.now() - t0)}`);
}
console.log(`ui all surfaces built in ${seconds(performance.now() - started)}`);

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

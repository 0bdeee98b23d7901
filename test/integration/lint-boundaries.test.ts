/**
 * `npm run lint` refuses what the layers forbid (docs/decisions/0021-lint-and-boundaries.md):
 * the real ESLint and dependency-cruiser, with the repo's own configs, on code that is never
 * written into the tree (ESLint reads it from stdin under a path; the loop lives in a temp dir).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../dev/host/config';

const ESLINT = path.join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const DEPCRUISE = path.join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** The boundary messages ESLint gives `source` as if it were the file at `file` (repo-relative). */
function boundaryErrors(file: string, source: string): LintMessage[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', file], {
      cwd: REPO_ROOT,
      input: source,
      encoding: 'utf8',
    });
  } catch (err) {
    // ESLint exits 1 when it found errors; the report is still on stdout.
    out = (err as { stdout: string }).stdout;
  }
  const [report] = JSON.parse(out) as Array<{ messages: LintMessage[] }>;
  return (report?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports' || m.ruleId === 'import-x/no-unresolved');
}

describe('the import boundaries', () => {
  it.each([
    ['src/domain/probe.ts', "import { objectiveSize } from '../adapters/kvs/objective-size';", 'src/domain is pure'],
    ['src/domain/probe.ts', "import type { Envelope } from '../contracts/envelope';", 'src/domain is pure'],
    ['src/domain/probe.ts', "import { readFileSync } from 'node:fs';", 'does no I/O'],
    ['src/application/probe.ts', "import { kvs } from '@forge/kvs';", 'talk to Forge'],
    ['src/application/probe.ts', "import { objectiveSize } from '../adapters/kvs/objective-size';", 'through ports'],
    ['src/application/probe.ts', "import { clock } from '../resolvers/clock';", 'through ports'],
    ['static/shared/probe.ts', "import { objectiveSize } from '../../src/adapters/kvs/objective-size';", 'only src/contracts and src/domain'],
    ['src/resolvers/probe.ts', "import { REPO_ROOT } from '../../dev/host/config';", 'imports the local host'],
    ['static/shared/probe.ts', "import { REPO_ROOT } from '../../dev/host/config';", 'imports the local host'],
  ])('%s refuses %s', (file, source, reason) => {
    const errors = boundaryErrors(file, `${source}\n`);
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining(reason) })]);
  });

  it('lets the UI import the contracts and the domain through its aliases', () => {
    const source = "import type { Envelope } from '@contracts/envelope';\nimport type { Objective } from '@domain/types';\n";
    expect(boundaryErrors('static/shared/probe.ts', source)).toEqual([]);
  });
});

describe('the import-loop check', () => {
  it('refuses modules that import each other, even for types only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'okr-lint-loop-'));
    try {
      writeFileSync(path.join(dir, 'store.ts'), "import type { Actor } from './types';\nexport type Store = { actor: Actor };\n");
      writeFileSync(path.join(dir, 'types.ts'), "import type { Store } from './store';\nexport type Actor = { store?: Store };\n");
      let status = 0;
      let out = '';
      try {
        execFileSync(process.execPath, [DEPCRUISE, '.', '--config', path.join(REPO_ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
          cwd: dir,
          encoding: 'utf8',
        });
      } catch (err) {
        status = (err as { status: number }).status;
        out = (err as { stdout: string }).stdout;
      }
      expect(status).not.toBe(0);
      expect(out).toContain('no-circular');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A headless Chromium for browser tests: CHROMIUM_PATH if set (a local Chrome), else the binary
 * @sparticuz/chromium unpacks, with its recommended flags. Root (CI containers) needs --no-sandbox.
 */
import { chromium as playwright, type Browser } from 'playwright-core';

const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  let executablePath: string;
  let args: string[] = [];
  if (fromEnv) {
    executablePath = fromEnv;
  } else {
    type Chromium = typeof import('@sparticuz/chromium').default;
    // Loaded only when needed: it unpacks a browser. Its CommonJS build exports the class itself.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('@sparticuz/chromium') as Chromium | { default: Chromium };
    const sparticuz = 'default' in loaded ? loaded.default : loaded;
    executablePath = await sparticuz.executablePath();
    args = sparticuz.args;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) args = [...args, '--no-sandbox'];
  // No background traffic: the machine has no network but loopback, and retries would be noise.
  args = [...args, ...QUIET_FLAGS];
  args = [...new Set(args)];
  return playwright.launch({ executablePath, args, headless: true });
}

/**
 * The local Forge host as a real child process (`node --import tsx dev/host/main.ts`, as
 * `npm run host` runs it), so a test can SIGKILL it mid-request and start it again on the same
 * data dir. One node process: killing it kills the server, nothing is left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../../../dev/host/config';

export interface HostProcess {
  url: string;
  pid: number;
  /** SIGKILL, then resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (the host closes its store), then resolves when the process is gone. */
  stop(): Promise<void>;
  output(): string;
}

const READY = /Local Forge host running at (http:\/\/127\.0\.0\.1:\d+)/;

export function startHostProcess(dataDir: string, timeoutMs = 30_000): Promise<HostProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'dev/host/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', FORGE_LOCAL_DATA_DIR: dataDir, JIRA_BASE_URL: '', JIRA_EMAIL: '', JIRA_API_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const end = async (signal: NodeJS.Signals) => {
    if (!gone()) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void end('SIGKILL');
      reject(new Error(`The host did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match && match[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], pid: child.pid!, kill: () => end('SIGKILL'), stop: () => end('SIGTERM'), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!READY.test(output)) reject(new Error(`The host exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

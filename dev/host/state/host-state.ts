/**
 * What the products would keep and the app never sees in its own storage: each macro instance's
 * saved config (Confluence stores it in the page). One small JSON file in the data dir, written
 * atomically, so configs survive restarts and `reset` can wipe them with the app's data.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface StateFile {
  macroConfigs: Record<string, Record<string, unknown>>;
}

const EMPTY: StateFile = { macroConfigs: {} };

export class HostState {
  private readonly file: string;
  private state: StateFile;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'host-state.json');
    this.state = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as StateFile) : structuredClone(EMPTY);
  }

  macroConfig(pageId: string, localId: string): Record<string, unknown> | undefined {
    return this.state.macroConfigs[`${pageId}/${localId}`];
  }

  saveMacroConfig(pageId: string, localId: string, config: Record<string, unknown>): void {
    this.state.macroConfigs[`${pageId}/${localId}`] = config;
    this.persist();
  }

  reset(): void {
    this.state = structuredClone(EMPTY);
    this.persist();
  }

  private persist(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state, null, 2));
    renameSync(tmp, this.file);
  }
}

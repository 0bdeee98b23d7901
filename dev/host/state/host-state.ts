/**
 * What the products would keep and the app never sees in its own storage: each macro instance's
 * saved config (Confluence stores it in the page). One small JSON file in the data dir, written
 * atomically, so configs survive restarts and `reset` can wipe them with the app's data.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface StateFile {
  macroConfigs: Record<string, Record<string, unknown>>;
  /**
   * Who allowed the app to act for them (Forge's "Allow access"): the demo's people have, unless
   * revoked (to try the flow); anyone else has not, until they allow it.
   */
  access?: { granted: string[]; revoked: string[] };
}

const EMPTY: StateFile = { macroConfigs: {}, access: { granted: [], revoked: [] } };

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

  /** Whether `accountId` allowed the app to act for them; `known`: a person the site already has. */
  hasAccess(accountId: string, known: boolean): boolean {
    const access = this.state.access ?? { granted: [], revoked: [] };
    return known ? !access.revoked.includes(accountId) : access.granted.includes(accountId);
  }

  setAccess(accountId: string, granted: boolean): void {
    const access = this.state.access ?? { granted: [], revoked: [] };
    const without = (ids: string[]) => ids.filter((id) => id !== accountId);
    this.state.access = granted
      ? { granted: [...without(access.granted), accountId], revoked: without(access.revoked) }
      : { granted: without(access.granted), revoked: [...without(access.revoked), accountId] };
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

/** Everything the HTTP routes of one host share. */
import type { AppManifest } from '../config';
import type { DemoJira } from '../demo-jira';
import type { KvsStore } from '../kvs/kvs-store';
import type { DemoConfluencePage } from '../seed/demo-site';
import type { IndexInfo } from '../pages/index-page';
import type { SiteInfo } from '../runtime/context';
import type { LocalRuntime } from '../runtime/local-runtime';
import type { SeedIds } from '../seed/apply-seed';
import type { FrameRegistry } from '../state/frames';
import type { HostState } from '../state/host-state';

export type ResetSeed = 'demo' | 'empty';

export interface HostDeps {
  runtime: LocalRuntime;
  kvs: KvsStore;
  hostState: HostState;
  demoJira: DemoJira;
  frames: FrameRegistry;
  manifest: AppManifest;
  confluencePages: DemoConfluencePage[];
  site: SiteInfo;
  info: IndexInfo;
  url(): string;
  /** Wipes app storage and host state, then seeds. Resolves to the seed's ids for `demo`. */
  reset(seed: ResetSeed): Promise<SeedIds | undefined>;
  log(message: string, error?: unknown): void;
}

/** What the page renderers need from the host: the manifest, the demo site, and frame registration. */
import type { AppManifest } from '../config';
import type { Frame } from '../state/frames';
import type { DemoConfluencePage } from '../seed/demo-site';

export interface PageDeps {
  manifest: AppManifest;
  confluencePages: DemoConfluencePage[];
  registerFrame(frame: Omit<Frame, 'id'>): Frame;
}

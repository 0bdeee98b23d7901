/**
 * Frames the host rendered: frame id -> the surface and viewer it was rendered for. The bridge
 * trusts this, never what the iframe says about itself. Frames are ephemeral (a reload renders
 * new ones), so the registry keeps only the most recent ones.
 */
import { randomUUID } from 'node:crypto';
import type { Surface, Viewer } from '../runtime/context';

export interface Frame {
  id: string;
  resourceKey: string;
  surface: Surface;
  viewer: Viewer;
  /** Rendered in a modal (macro config): `view.close` and `view.submit` apply. */
  inModal: boolean;
}

const MAX_FRAMES = 2000;

export class FrameRegistry {
  private readonly frames = new Map<string, Frame>();

  register(frame: Omit<Frame, 'id'>): Frame {
    const registered = { ...frame, id: randomUUID() };
    this.frames.set(registered.id, registered);
    if (this.frames.size > MAX_FRAMES) {
      const oldest = this.frames.keys().next().value;
      if (oldest !== undefined) this.frames.delete(oldest);
    }
    return registered;
  }

  get(id: string): Frame | undefined {
    return this.frames.get(id);
  }
}

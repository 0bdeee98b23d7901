/**
 * The macro config screen's two answers to the host: save the settings (they become the macro's
 * `extension.config`) or close without saving. Not resolvers, so not in a surface's invokes.
 * Kept in shared/api with the other @forge/bridge callers.
 */
import { view } from '@forge/bridge';

export interface MacroConfig {
  /** Absent: the whole organisation. */
  teamId?: string;
  /** Absent: follow the current cycle. */
  cycleId?: string;
}

export async function submitConfig(config: MacroConfig): Promise<boolean> {
  try {
    await view.submit({ config });
    return true;
  } catch {
    return false;
  }
}

export function closeConfig(): Promise<void> {
  return view.close().catch(() => undefined);
}

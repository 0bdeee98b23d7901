/**
 * Asks the host to apply the user's light/dark theme: it sets `data-color-mode` on <html> and
 * supplies the design-token CSS that every `token()` in ./styles/tokens resolves against.
 */
import { view } from '@forge/bridge';

export async function enableHostTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // A host without theming still renders: every token carries its light-theme fallback.
  }
}

/**
 * Keeps a screen live without a push channel: refetch every `intervalMs` while the page is
 * visible, and at once when the user comes back to it (tab shown, window focused). Hidden
 * pages do not poll, so a page left open in a background tab costs nothing.
 */
import { useEffect, useRef } from 'react';

export const LIVE_REFRESH_MS = 30_000;

export function useLiveRefresh(refresh: () => Promise<void>, enabled: boolean, intervalMs = LIVE_REFRESH_MS): void {
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;

  useEffect(() => {
    if (!enabled) return;
    let lastRun = Date.now();
    const run = () => {
      lastRun = Date.now();
      void refreshRef.current();
    };
    const onVisible = () => {
      // Coming back after a while: refresh now rather than at the next tick.
      if (document.visibilityState === 'visible' && Date.now() - lastRun > intervalMs / 3) run();
    };
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') run();
    }, intervalMs);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [enabled, intervalMs]);
}

/**
 * Which step is on screen. By default the session's current step, following it when someone moves
 * the session on. The user may look at any other step; and when the session moves while they have
 * unsaved input, the screen stays where they are typing and says where the session went.
 */
import { useCallback, useRef, useState } from 'react';
import type { DraftRegistry } from '../../../app-state/session-context';
import type { SessionStep } from '../../../app-state/session-model';

export interface ShownStep {
  shown: SessionStep;
  /** The session moved on while the user was typing elsewhere: say so until they follow. */
  movedWhileEditing: boolean;
  show: (step: SessionStep) => void;
  /** Follow the session's current step again. */
  follow: () => void;
  /** The user moves the session to `step` themselves: follow it there, whatever is open. */
  expectMove: (step: SessionStep) => void;
}

export function useShownStep(current: SessionStep, drafts: DraftRegistry): ShownStep {
  const [pinned, setPinned] = useState<SessionStep | null>(null);
  const [movedWhileEditing, setMovedWhileEditing] = useState(false);
  const [seen, setSeen] = useState(current);
  const ownMove = useRef<SessionStep | null>(null);

  // Decided while rendering (React's "adjust state on a prop change"), not in an effect: an effect
  // would run after the old step's forms had already unmounted, taking their input with them.
  if (seen !== current) {
    setSeen(current);
    if (ownMove.current === current) {
      ownMove.current = null;
      setPinned(null);
      setMovedWhileEditing(false);
    } else if (pinned === null && drafts.any()) {
      setPinned(seen);
      setMovedWhileEditing(true);
    }
  }

  const show = useCallback(
    (step: SessionStep) => {
      setPinned(step === current ? null : step);
      setMovedWhileEditing(false);
    },
    [current],
  );
  const follow = useCallback(() => {
    setPinned(null);
    setMovedWhileEditing(false);
  }, []);
  const expectMove = useCallback((step: SessionStep) => {
    ownMove.current = step;
  }, []);

  return { shown: pinned ?? current, movedWhileEditing, show, follow, expectMove };
}

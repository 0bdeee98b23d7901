/** The team OKR session macro: the session of this macro (its page and localId), for its team and cycle. */
import { SessionScreen } from './features/session-shell/components/session-screen';

export function App() {
  return <SessionScreen />;
}

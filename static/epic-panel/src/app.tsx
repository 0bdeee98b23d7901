/** The Jira issue panel on epics. Linking epics to key results comes later; today it explains. */
import { EpicKeyResults } from './features/epic-key-results/components/epic-key-results';

export function App() {
  return <EpicKeyResults />;
}

/** The team OKR session macro. The guided session comes later; today the page explains it. */
import { SessionPreview } from './features/session-preview/components/session-preview';

export function App() {
  return <SessionPreview />;
}

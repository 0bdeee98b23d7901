/** The Jira issue panel on epics: why this epic is being built, in OKRs. */
import { useForgeContext } from '@shared/context';
import { EpicContext } from './features/epic-context/components/epic-context';

export function App() {
  const issue: unknown = useForgeContext().extension?.issue;
  const key = typeof issue === 'object' && issue !== null && 'key' in issue && typeof issue.key === 'string' ? issue.key : '';
  return <EpicContext issueKey={key} />;
}

/** The Jira project page: the OKRs of the team that works in this project, read-only. */
import { useForgeContext } from '@shared/context';
import { ProjectOkrs } from './features/project-okrs/components/project-okrs';

export function App() {
  const project: unknown = useForgeContext().extension?.project;
  const key = typeof project === 'object' && project !== null && 'key' in project && typeof project.key === 'string' ? project.key : '';
  return <ProjectOkrs projectKey={key} />;
}

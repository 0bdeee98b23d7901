/** An epic's Jira status ("In Progress") in the colour of its status category. */
import { Lozenge } from '../../components/lozenge';
import { STATUS_CATEGORY_APPEARANCE, type StatusCategory } from './initiative-facts';

export function EpicStatusLozenge({ name, category, testId }: { name: string; category: StatusCategory; testId?: string }) {
  return (
    <Lozenge appearance={STATUS_CATEGORY_APPEARANCE[category]} title={name} testId={testId}>
      {name}
    </Lozenge>
  );
}

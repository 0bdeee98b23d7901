/**
 * The tree's epics could not be read from Jira: a banner that does not block anything. Progress
 * on screen is the last known one, and each epic says how old it is.
 */
import type { OkrTreeView } from '@contracts/views';
import { SectionMessage } from '../components/section-message';
import { useI18n } from '../i18n';

export function JiraUnavailable({ tree }: { tree: Pick<OkrTreeView, 'jira'> }) {
  const { t } = useI18n();
  if (tree.jira.state !== 'unavailable') return null;
  return (
    <SectionMessage appearance="warning" testId="jira-unavailable">
      {t('jira.unavailable')}
    </SectionMessage>
  );
}

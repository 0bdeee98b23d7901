/**
 * Some or all of the tree's epics could not be read from Jira: a banner that does not block
 * anything, saying why. Progress on screen is the last known one, and each epic says how old it is.
 */
import type { JiraState, OkrTreeView } from '@contracts/views';
import { SectionMessage } from '../components/section-message';
import { useI18n } from '../i18n';

type BannerKey = 'jira.unavailable' | 'jira.partial' | 'jira.notConnected' | 'jira.unrecognised';

const MESSAGE: Partial<Record<JiraState, BannerKey>> = {
  unavailable: 'jira.unavailable',
  partial: 'jira.partial',
  'not-connected': 'jira.notConnected',
  unrecognised: 'jira.unrecognised',
};

export function JiraUnavailable({ tree }: { tree: Pick<OkrTreeView, 'jira'> }) {
  const { t } = useI18n();
  const message = MESSAGE[tree.jira.state];
  if (!message) return null;
  return (
    <SectionMessage appearance={tree.jira.state === 'unrecognised' ? 'error' : 'warning'} testId="jira-unavailable">
      <span data-jira-state={tree.jira.state}>{t(message)}</span>
    </SectionMessage>
  );
}

/**
 * The app's setup page (Confluence global settings, Jira app admin page): cycles, teams, app
 * admins and the epic progress setting, for app admins. The products show it to their admins
 * only; anyone else who reaches it is told who can set the app up.
 */
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { Page } from '@shared/components/page';
import { PageIntro } from '@shared/components/page-intro';
import { Skeleton } from '@shared/components/skeleton';
import { Tabs } from '@shared/components/tabs';
import { useResource } from '@shared/hooks/use-resource';
import { useI18n } from '@shared/i18n';
import { useState, type ReactNode } from 'react';
import { getCurrentUser } from './api/invokes';
import { SettingsProvider } from './app-state/settings-state';
import { AppAdminsSection } from './features/app-admins/components/app-admins-section';
import { CyclesSection } from './features/cycles/components/cycles-section';
import { EpicProgressSection } from './features/epic-progress/components/epic-progress-section';
import { TeamsSection } from './features/teams/components/teams-section';

type SetupTab = 'cycles' | 'teams' | 'admins' | 'epic-progress';

export function App() {
  const { t } = useI18n();
  const { resource: me, reload } = useResource('me', getCurrentUser);
  const [tab, setTab] = useState<SetupTab>('cycles');

  const frame = (body: ReactNode, busy?: boolean) => (
    <Page label={t('setup.name')} busy={busy}>
      <PageIntro title={t('setup.name')} about={t('setup.about')} />
      {body}
    </Page>
  );

  if (me.status === 'error') return frame(<ErrorState error={me.error} onRetry={() => void reload()} />);
  if (me.status !== 'ok') return frame(<Skeleton height={160} />, true);
  if (!me.data.appAdmin) {
    return frame(<EmptyState title={t('setup.notAdmin.title')} body={t('setup.notAdmin.body')} testId="setup-not-admin" />);
  }
  return frame(
    <SettingsProvider>
      <Tabs
        label={t('setup.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'cycles', label: t('setup.cycles.tab'), panel: <CyclesSection /> },
          { key: 'teams', label: t('setup.teams.tab'), panel: <TeamsSection /> },
          { key: 'admins', label: t('setup.admins.tab'), panel: <AppAdminsSection /> },
          { key: 'epic-progress', label: t('setup.epicProgress.tab'), panel: <EpicProgressSection /> },
        ]}
      />
    </SettingsProvider>,
  );
}

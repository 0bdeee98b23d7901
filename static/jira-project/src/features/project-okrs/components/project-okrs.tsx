/**
 * The page: what it is, then the owning team's OKRs for a cycle (read-only), or a clear note
 * when no team owns the project yet.
 */
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { Page } from '@shared/components/page';
import { PageIntro } from '@shared/components/page-intro';
import { SectionMessage } from '@shared/components/section-message';
import { Skeleton } from '@shared/components/skeleton';
import { useI18n } from '@shared/i18n';
import { CycleSwitcher } from '@shared/okr/cycle-switcher';
import { useProjectOkrs } from '../hooks/use-project-okrs';
import { ReadOnlyTree } from './read-only-tree';

export function ProjectOkrs({ projectKey }: { projectKey: string }) {
  const { t } = useI18n();
  const okrs = useProjectOkrs(projectKey);
  const { teams, cycles, team, tree } = okrs;

  const body = (() => {
    const failed = [teams, cycles, tree].find((r) => r.resource.status === 'error');
    if (failed && failed.resource.status === 'error') return <ErrorState error={failed.resource.error} onRetry={() => void failed.reload()} />;
    if (teams.resource.status !== 'ok' || cycles.resource.status !== 'ok') return <LoadingRows />;
    if (!team) return <EmptyState title={t('jiraProject.noTeamTitle')} body={t('jiraProject.noTeamBody', { key: projectKey })} testId="no-team" />;
    if (!okrs.cycleId) return <EmptyState title={t('cycle.noneTitle')} body={t('cycle.noneBody')} testId="no-cycles" />;
    if (tree.resource.status !== 'ok') return <LoadingRows />;
    return (
      <>
        <div style={{ maxWidth: '22rem' }}>
          <CycleSwitcher cycles={okrs.cycleList} value={okrs.cycleId} onChange={okrs.chooseCycle} />
        </div>
        <ReadOnlyTree tree={tree.resource.data} />
      </>
    );
  })();

  return (
    <Page>
      <PageIntro title={team ? `${t('jiraProject.name')} · ${team.name}` : t('jiraProject.name')} about={t('jiraProject.about')} />
      {team ? <SectionMessage appearance="information">{`${t('jiraProject.readOnly')} ${t('jiraProject.initiatives')}`}</SectionMessage> : null}
      {body}
    </Page>
  );
}

function LoadingRows() {
  const { t } = useI18n();
  return (
    <div role="status" aria-busy="true" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <span className="okr-visually-hidden">{t('common.loading')}</span>
      <Skeleton width="30%" height={16} />
      <Skeleton height={96} />
      <Skeleton height={96} />
    </div>
  );
}

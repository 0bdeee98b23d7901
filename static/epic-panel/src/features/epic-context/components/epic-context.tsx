/**
 * "Why are we building this", on an epic: its progress, then every key result it moves with the
 * objective above it. States: loading, failed (retry), the user cannot see the epic (nothing of
 * it is shown), no key result yet (where to link one), and loaded.
 */
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { LockIcon } from '@shared/components/icons';
import { Page } from '@shared/components/page';
import { Skeleton } from '@shared/components/skeleton';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, radius, space } from '@shared/styles/tokens';
import { useEpicContext } from '../hooks/use-epic-context';
import { EpicLinkCard } from './epic-link-card';
import { EpicSummary } from './epic-summary';

defineStyles(
  'epic-context',
  `
.okr-epic-context__links { display: flex; flex-direction: column; gap: ${space.s150}; }
.okr-epic-context__head { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: baseline; justify-content: space-between; }
.okr-epic-context__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-epic-context__count { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-epic-hidden { display: flex; gap: ${space.s150}; align-items: flex-start; padding: ${space.s200}; border-radius: ${radius.large}; background: ${color.bgNeutral}; }
.okr-epic-hidden svg { flex: none; color: ${color.iconSubtle}; margin-top: 2px; }
.okr-epic-hidden__title { font: ${font.headingXsmall}; color: ${color.text}; }
.okr-epic-hidden__body { color: ${color.textSubtle}; }
.okr-epic-skeleton { display: flex; flex-direction: column; gap: ${space.s150}; }
`,
);

export function EpicContext({ issueKey }: { issueKey: string }) {
  const { t, format } = useI18n();
  const { resource, reload } = useEpicContext(issueKey);

  // No issue in the context, or Jira says this user cannot see it: the same answer, no details.
  if (!issueKey || (resource.status === 'error' && resource.error.code === 'NOT_FOUND')) {
    return (
      <Page>
        <section className="okr-epic-hidden" data-testid="epic-not-visible" aria-labelledby="epic-hidden-title">
          <LockIcon size={20} />
          <div>
            <h2 className="okr-epic-hidden__title" id="epic-hidden-title">
              {t('epicPanel.notVisibleTitle')}
            </h2>
            <p className="okr-epic-hidden__body">{t('epicPanel.notVisibleBody')}</p>
          </div>
        </section>
      </Page>
    );
  }
  if (resource.status === 'error') {
    return (
      <Page>
        <ErrorState error={resource.error} onRetry={() => void reload()} />
      </Page>
    );
  }
  if (resource.status !== 'ok') {
    return (
      <Page busy label={t('epicPanel.loading')}>
        <div className="okr-epic-skeleton" role="status" data-testid="epic-context-loading">
          <span className="okr-visually-hidden">{t('common.loading')}</span>
          <Skeleton width="45%" height={16} />
          <Skeleton height={6} />
          <Skeleton height={120} />
        </div>
      </Page>
    );
  }

  const { epic, links } = resource.data;
  return (
    <Page label={t('epicPanel.name')} busy={resource.refreshing}>
      <EpicSummary epic={epic} />
      {links.length === 0 ? (
        <EmptyState title={t('epicPanel.emptyTitle')} body={t('epicPanel.emptyBody')} testId="epic-context-empty" />
      ) : (
        <section className="okr-epic-context__links" aria-labelledby="epic-context-title">
          <div className="okr-epic-context__head">
            <h2 className="okr-epic-context__title" id="epic-context-title">
              {t('epicPanel.why')}
            </h2>
            <span className="okr-epic-context__count">{t('epicPanel.movesCount', { count: format.number(links.length) })}</span>
          </div>
          {links.map((link) => (
            <EpicLinkCard key={link.initiative.id} link={link} />
          ))}
        </section>
      )}
    </Page>
  );
}

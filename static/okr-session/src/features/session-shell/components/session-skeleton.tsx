/** The session's shape while its first answer is on the way: title, the five steps, one card. */
import { Page } from '@shared/components/page';
import { Skeleton } from '@shared/components/skeleton';
import { useI18n } from '@shared/i18n';
import '../../../app-state/session-styles';

export function SessionSkeleton() {
  const { t } = useI18n();
  return (
    <Page busy label={t('session.loading')}>
      <div role="status" data-testid="session-loading" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <span className="okr-visually-hidden">{t('session.loading')}</span>
        <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
          <Skeleton width={36} height={36} />
          <div style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Skeleton width="45%" height={20} />
            <Skeleton width="30%" height={12} />
          </div>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 4 }}>
          {[0, 1, 2, 3, 4].map((step) => (
            <Skeleton key={step} height={44} />
          ))}
        </div>
        <div className="okr-session-card" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          <Skeleton width="35%" height={16} />
          <Skeleton width="80%" height={12} />
          <Skeleton width="65%" height={12} />
          <Skeleton height={36} />
        </div>
      </div>
    </Page>
  );
}

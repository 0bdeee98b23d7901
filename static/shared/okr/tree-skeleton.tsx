/** The panel's shape while its first answer is on the way: header, then two objective cards. */
import { Page } from '@shared/components/page';
import { Skeleton } from '@shared/components/skeleton';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, radius, space } from '@shared/styles/tokens';

defineStyles(
  'panel-skeleton',
  `
.okr-skeleton-card { display: flex; flex-direction: column; gap: ${space.s150}; padding: ${space.s200};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.large}; }
.okr-skeleton-row { display: flex; gap: ${space.s150}; align-items: center; }
`,
);

export function PanelSkeleton() {
  const { t } = useI18n();
  return (
    <Page busy label={t('panel.loading')}>
      <div role="status" data-testid="panel-loading">
        <span className="okr-visually-hidden">{t('common.loading')}</span>
        <div className="okr-skeleton-row" style={{ justifyContent: 'space-between', marginBottom: 16 }}>
          <div style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Skeleton width="40%" height={20} />
            <Skeleton width="60%" height={12} />
          </div>
          <Skeleton width={56} height={32} />
        </div>
        {[0, 1].map((card) => (
          <div className="okr-skeleton-card" key={card} style={{ marginBottom: 12 }}>
            <div className="okr-skeleton-row">
              <Skeleton width={40} height={24} />
              <Skeleton width="55%" height={16} />
            </div>
            {[0, 1, 2].map((row) => (
              <div key={row} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                <Skeleton width="70%" height={12} />
                <Skeleton height={6} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </Page>
  );
}

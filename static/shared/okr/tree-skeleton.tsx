/** An OKR screen's shape while its first answer is on the way: header, then two objective cards. */
import { Page } from '../components/page';
import { Skeleton } from '../components/skeleton';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { border, color, radius, space } from '../styles/tokens';

defineStyles(
  'tree-skeleton',
  `
.okr-skeleton-card { display: flex; flex-direction: column; gap: ${space.s150}; padding: ${space.s200};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.large}; }
.okr-skeleton-row { display: flex; gap: ${space.s150}; align-items: center; }
`,
);

export function TreeSkeleton({ bare }: { bare?: boolean } = {}) {
  const { t } = useI18n();
  const skeleton = (
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
  );
  // `bare`: inside a page that already has its own frame (the Jira project page's intro).
  if (bare) return skeleton;
  return (
    <Page busy label={t('panel.loading')}>
      {skeleton}
    </Page>
  );
}

/** What this panel will show (the key results the epic moves), and that it is coming. */
import { ComingSoon } from '@shared/components/coming-soon';
import { Page } from '@shared/components/page';
import { PageIntro } from '@shared/components/page-intro';
import { useI18n } from '@shared/i18n';

export function EpicKeyResults() {
  const { t } = useI18n();
  return (
    <Page>
      <PageIntro title={t('epicPanel.name')} about={t('epicPanel.about')} />
      <ComingSoon body={t('comingSoon.epic')} />
    </Page>
  );
}

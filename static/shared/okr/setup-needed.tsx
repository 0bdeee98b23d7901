/**
 * What an empty surface says when the organisation is not set up yet (no cycles, no teams, no
 * team for this Jira project): to an app admin, a button into the setup; to anyone else, who can
 * do it (tracker issue 10, point 1). Whether the person is an app admin is the resolver's answer.
 */
import { openSetup } from '../api/navigation';
import { Button } from '../components/button';
import { useAppAdmin } from '../hooks/use-app-admin';
import { useI18n } from '../i18n';

export function SetupNeeded({ product }: { product: 'confluence' | 'jira' }) {
  const { t } = useI18n();
  const appAdmin = useAppAdmin();
  if (!appAdmin) return <span data-testid="setup-who">{t('setup.whoCan')}</span>;
  return (
    <Button appearance="primary" onClick={() => void openSetup(product)} testId="open-setup">
      {t('setup.open')}
    </Button>
  );
}

/** A load that failed: what happened, in the user's language, and a way to try again. */
import type { ErrorBody } from '@contracts/envelope';
import { useI18n } from '../i18n';
import { Button } from './button';
import { SectionMessage } from './section-message';

export function ErrorState({ error, onRetry, retrying }: { error: ErrorBody; onRetry?: () => void; retrying?: boolean }) {
  const { t } = useI18n();
  return (
    <SectionMessage
      appearance="error"
      title={t('error.loadTitle')}
      testId="error-state"
      actions={
        onRetry ? (
          <Button onClick={onRetry} loading={retrying} testId="retry">
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {t(`error.${error.code}`)}
    </SectionMessage>
  );
}

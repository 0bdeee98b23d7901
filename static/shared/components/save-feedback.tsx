/**
 * What a form says after a save did not go through: the conflict (with Reload), the other
 * error codes, and field issues that have no input on this form. Field issues that do have an
 * input are shown next to it by the form itself.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { SaveState } from '../hooks/use-save';
import { useI18n } from '../i18n';
import { Button } from './button';
import { SectionMessage } from './section-message';

export function SaveFeedback({
  state,
  unplaced,
  onReload,
  reloading,
}: {
  state: SaveState;
  unplaced: string[];
  onReload?: () => void;
  reloading?: boolean;
}) {
  const { t } = useI18n();
  if (state.status === 'reloaded') {
    return (
      <SectionMessage appearance="information" testId="conflict-reloaded">
        {t('error.conflictReloaded')}
      </SectionMessage>
    );
  }
  if (state.status !== 'failed') return null;
  const { code } = state.error;
  if (code === 'CONFLICT') {
    return (
      <SectionMessage
        appearance="warning"
        title={t('error.conflictTitle')}
        testId="conflict-message"
        actions={
          onReload ? (
            <Button onClick={onReload} loading={reloading} testId="conflict-reload">
              {t('common.reload')}
            </Button>
          ) : undefined
        }
      >
        {t('error.CONFLICT')}
      </SectionMessage>
    );
  }
  return <SaveErrorMessage code={code} unplaced={unplaced} />;
}

/** A refused save: what went wrong, and the field messages no input of the form can show. */
export function SaveErrorMessage({ code, unplaced }: { code: ErrorBody['code']; unplaced: readonly string[] }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="error" testId="save-error">
      {t(`error.${code}`)}
      {unplaced.length > 0 ? (
        <ul>
          {unplaced.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </SectionMessage>
  );
}

/**
 * What a session form says after a save did not go through. A conflict shows the other person's
 * version beside the user's own (still in the form), with a choice: save mine over theirs, or
 * take theirs. Other failures say why; field issues without an input on the form are listed.
 */
import { Button } from '@shared/components/button';
import { SaveErrorMessage } from '@shared/components/save-feedback';
import { SectionMessage } from '@shared/components/section-message';
import { fieldMessages } from '@shared/field-errors';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, radius, space } from '@shared/styles/tokens';
import type { ReactNode } from 'react';
import type { ItemDraft } from './use-item-draft';

defineStyles(
  'session-conflict',
  `
.okr-theirs { display: block; margin: ${space.s050} 0 0; padding: ${space.s100} ${space.s150}; border-left: ${border.widthFocused} solid ${color.iconWarning};
  border-radius: ${radius.small}; background: ${color.bgNeutral}; color: ${color.text}; white-space: pre-line; }
.okr-theirs__label { display: block; font-weight: 600; color: ${color.textSubtle}; margin-bottom: ${space.s025}; }
`,
);

/** Field messages of the draft's last failure: by contract path for the inputs, the rest listed. */
export function useDraftFieldMessages(draft: Pick<ItemDraft<unknown>, 'status' | 'error'>, shownPaths: readonly string[]) {
  const { t } = useI18n();
  return fieldMessages(t, draft.status === 'failed' ? draft.error : undefined, shownPaths);
}

export function DraftFeedback({
  draft,
  theirs,
  unplaced = [],
}: {
  draft: Pick<ItemDraft<unknown>, 'status' | 'error' | 'overwrite' | 'takeTheirs'>;
  /** The other person's version as it now stands; undefined when they deleted it. */
  theirs: ReactNode | undefined;
  unplaced?: string[];
}) {
  const { t } = useI18n();
  if (draft.status === 'conflict') {
    return (
      <SectionMessage
        appearance="warning"
        title={t('session.conflict.title')}
        testId="session-conflict"
        actions={
          theirs === undefined ? (
            <Button onClick={draft.takeTheirs} testId="conflict-take-theirs">
              {t('common.cancel')}
            </Button>
          ) : (
            <>
              <Button appearance="primary" onClick={() => void draft.overwrite()} testId="conflict-keep-mine">
                {t('session.conflict.keepMine')}
              </Button>
              <Button onClick={draft.takeTheirs} testId="conflict-take-theirs">
                {t('session.conflict.takeTheirs')}
              </Button>
            </>
          )
        }
      >
        {theirs === undefined ? (
          t('session.conflict.deleted')
        ) : (
          <>
            {t('session.conflict.body')}
            <span className="okr-theirs" data-testid="session-conflict-theirs">
              <span className="okr-theirs__label">{t('session.conflict.theirs')}</span>
              {theirs}
            </span>
          </>
        )}
      </SectionMessage>
    );
  }
  if (draft.status !== 'failed' || !draft.error) return null;
  const onlyPlacedFields = draft.error.code === 'VALIDATION' && unplaced.length === 0 && draft.error.fields && Object.keys(draft.error.fields).length > 0;
  if (onlyPlacedFields) return null;
  return <SaveErrorMessage code={draft.error.code} unplaced={unplaced} />;
}

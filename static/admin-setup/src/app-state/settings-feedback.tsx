/**
 * What a settings save said, under the control that made it: someone else's change came first
 * (the settings reloaded to show it), or the save was refused. Each tab shows only its own saves.
 */
import { SectionMessage } from '@shared/components/section-message';
import { useI18n } from '@shared/i18n';
import type { SettingsChange, SettingsSave } from './settings-state';

/** The save state when it is about `field`, else idle: the other tab's saves are not this one's to report. */
export const saveOf = (state: SettingsSave, field: keyof SettingsChange): SettingsSave =>
  state.status !== 'idle' && state.change[field] !== undefined ? state : { status: 'idle' };

export function SettingsSaveFeedback({ state, conflict, failedTitle, testId }: { state: SettingsSave; conflict: string; failedTitle: string; testId: string }) {
  const { t } = useI18n();
  if (state.status === 'conflict') {
    return (
      <SectionMessage appearance="warning" testId={`${testId}-conflict`}>
        {conflict}
      </SectionMessage>
    );
  }
  if (state.status !== 'failed') return null;
  return (
    <SectionMessage appearance="error" title={failedTitle} testId={`${testId}-error`}>
      {t(`error.${state.error.code}`)}
    </SectionMessage>
  );
}

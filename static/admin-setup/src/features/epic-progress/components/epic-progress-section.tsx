/**
 * The Epic progress tab: the app-wide choice between counting an epic's issues and summing their
 * story points, the same setting (and wording) the Jira project page offers, saved at once.
 */
import { EPIC_PROGRESS_MODES } from '@domain/values';
import type { SettingsView } from '@contracts/views';
import { ErrorState } from '@shared/components/error-state';
import { Section, SectionHeader } from '@shared/components/section-header';
import { Select } from '@shared/components/select';
import { Skeleton } from '@shared/components/skeleton';
import { Spinner } from '@shared/components/spinner';
import { fieldIssueMessage } from '@shared/field-errors';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { saveOf, SettingsSaveFeedback } from '../../../app-state/settings-feedback';
import { useSettings } from '../../../app-state/settings-state';

type Mode = SettingsView['epicProgressMode'];
const MODES = EPIC_PROGRESS_MODES;

defineStyles(
  'epic-progress-section',
  `
.okr-epic-mode { max-width: 24rem; display: flex; flex-direction: column; gap: ${space.s050}; }
.okr-epic-mode__saving { display: inline-flex; gap: ${space.s050}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
`,
);

export function EpicProgressSection() {
  const { t } = useI18n();
  const { resource, reload, state, save } = useSettings();
  const mine = saveOf(state, 'epicProgressMode');
  const fieldIssue = mine.status === 'failed' ? mine.error.fields?.epicProgressMode : undefined;
  const shown: Mode | undefined =
    state.status === 'saving' && state.change.epicProgressMode ? state.change.epicProgressMode : resource.status === 'ok' ? resource.data.epicProgressMode : undefined;

  return (
    <Section label={t('setup.epicProgress.title')} testId="epic-progress-section">
      <SectionHeader title={t('setup.epicProgress.title')} about={t('setup.epicProgress.about')} />
      {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={() => void reload()} /> : null}
      {resource.status === 'loading' || resource.status === 'idle' ? <Skeleton height={40} /> : null}
      {shown ? (
        <div className="okr-epic-mode">
          <Select
            label={t('settings.epicProgress')}
            value={shown}
            options={MODES.map((mode) => ({ value: mode, label: t(`settings.epicProgress.${mode}`) }))}
            onChange={(mode) => {
              if (mode !== shown) void save({ epicProgressMode: mode });
            }}
            help={t('settings.epicProgress.help')}
            error={fieldIssue ? fieldIssueMessage(t, fieldIssue) : undefined}
            testId="epic-progress-mode-select"
          />
          {mine.status === 'saving' ? (
            <span className="okr-epic-mode__saving" role="status">
              <Spinner size={12} /> {t('common.updating')}
            </span>
          ) : null}
          {mine.status === 'saved' ? (
            <span className="okr-epic-mode__saving" role="status">
              {t('setup.saved')}
            </span>
          ) : null}
        </div>
      ) : null}
      <SettingsSaveFeedback
        state={fieldIssue ? { status: 'idle' } : mine}
        conflict={t('settings.conflict')}
        failedTitle={t('settings.failed')}
        testId="epic-progress"
      />
    </Section>
  );
}

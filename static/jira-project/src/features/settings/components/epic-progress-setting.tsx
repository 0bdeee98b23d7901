/**
 * "Epic progress: by issue count / by story points", beside the cycle switcher. It applies to
 * every project (the help says so); a save re-counts the epics and reloads the page's tree.
 */
import { EPIC_PROGRESS_MODES } from '@domain/values';
import { SectionMessage } from '@shared/components/section-message';
import { Select } from '@shared/components/select';
import { Spinner } from '@shared/components/spinner';
import { fieldIssueMessage } from '@shared/field-errors';
import { useAppAdmin } from '@shared/hooks/use-app-admin';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { useProject } from '../../../app-state/project-context';
import { useEpicProgressSetting } from '../hooks/use-epic-progress-setting';

defineStyles(
  'epic-progress-setting',
  `
.okr-epic-setting { flex: 0 1 16rem; min-width: 11rem; display: flex; flex-direction: column; gap: ${space.s050}; }
.okr-epic-setting__saving { display: inline-flex; gap: ${space.s050}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
`,
);

const MODES = EPIC_PROGRESS_MODES;

export function EpicProgressSetting() {
  const { t } = useI18n();
  const { tree, reload } = useProject();
  const { state, shown, choose } = useEpicProgressSetting(tree.settings, reload);
  const appAdmin = useAppAdmin();
  // A refusal of the mode itself (no story point field on the site) is said under the select.
  const fieldIssue = state.status === 'failed' ? state.error.fields?.epicProgressMode : undefined;
  return (
    <div className="okr-epic-setting">
      <Select
        label={t('settings.epicProgress')}
        value={shown}
        options={MODES.map((mode) => ({ value: mode, label: t(`settings.epicProgress.${mode}`) }))}
        onChange={(mode) => void choose(mode)}
        // A site-wide setting: app admins change it; everyone else reads which one counts.
        disabled={!appAdmin}
        help={appAdmin ? t('settings.epicProgress.help') : t('roles.settingsWho')}
        error={fieldIssue ? fieldIssueMessage(t, fieldIssue) : undefined}
        testId="epic-progress-mode-select"
      />
      {state.status === 'saving' ? (
        <span className="okr-epic-setting__saving" role="status">
          <Spinner size={12} /> {t('common.updating')}
        </span>
      ) : null}
      {state.status === 'conflict' ? (
        <SectionMessage appearance="warning" testId="epic-progress-conflict">
          {t('settings.conflict')}
        </SectionMessage>
      ) : null}
      {state.status === 'failed' && !fieldIssue ? (
        <SectionMessage appearance="error" title={t('settings.failed')} testId="epic-progress-error">
          {t(`error.${state.error.code}`)}
        </SectionMessage>
      ) : null}
    </div>
  );
}

/**
 * No team is connected to this project: what connects one (an OKR admin adds the project key to
 * a team's Jira projects; team settings are not in this UI yet), what that brings here, and
 * where the OKRs are meanwhile.
 */
import { SetupNeeded } from '@shared/okr/setup-needed';
import { EmptyState } from '@shared/components/empty-state';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';

defineStyles(
  'no-team',
  `
.okr-no-team__next { display: block; margin-top: ${space.s100}; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
`,
);

export function NoTeam({ projectKey }: { projectKey: string }) {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('jiraProject.noTeamTitle')}
      testId="no-team"
      actions={<SetupNeeded product="jira" />}
      body={
        <>
          {t('jiraProject.noTeamBody', { key: projectKey })}
          <span className="okr-no-team__next">{t('jiraProject.noTeamNext')}</span>
        </>
      }
    />
  );
}

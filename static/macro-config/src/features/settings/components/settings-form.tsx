/**
 * Pick the team and the cycle, then Save (`view.submit`) or Cancel (`view.close`). "Whole
 * organisation" and "current cycle" are saved as absent keys, which the panel reads as such.
 */
import { Button } from '@shared/components/button';
import { ErrorState } from '@shared/components/error-state';
import { Page } from '@shared/components/page';
import { SetupNeeded } from '@shared/okr/setup-needed';
import { SectionMessage } from '@shared/components/section-message';
import { Select } from '@shared/components/select';
import { Skeleton } from '@shared/components/skeleton';
import { useResource } from '@shared/hooks/use-resource';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { useState } from 'react';
import { closeConfig, submitConfig, type MacroConfig } from '@shared/api/macro-host';
import { listCycles, listTeams } from '../../../api/invokes';
import { useSettingsOptions } from '../hooks/use-settings-options';

defineStyles(
  'settings-form',
  `
.okr-settings { display: flex; flex-direction: column; gap: ${space.s200}; max-width: 36rem; }
.okr-settings__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-settings__footer { display: flex; justify-content: flex-end; gap: ${space.s100}; }
`,
);

interface Choice {
  teamId: string;
  cycleId: string;
}

export function SettingsForm({ initial }: { initial: Choice }) {
  const { t } = useI18n();
  const teams = useResource('teams', listTeams);
  const cycles = useResource('cycles', listCycles);
  const [choice, setChoice] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const options = useSettingsOptions(
    teams.resource.status === 'ok' ? teams.resource.data : [],
    cycles.resource.status === 'ok' ? cycles.resource.data : [],
    initial,
  );

  const save = async () => {
    const config: MacroConfig = {
      ...(choice.teamId ? { teamId: choice.teamId } : {}),
      ...(choice.cycleId ? { cycleId: choice.cycleId } : {}),
    };
    setSaving(true);
    const ok = await submitConfig(config);
    setSaving(false);
    setFailed(!ok);
  };

  const failure = teams.resource.status === 'error' ? teams : cycles.resource.status === 'error' ? cycles : undefined;
  const loading = teams.resource.status !== 'ok' || cycles.resource.status !== 'ok';

  return (
    <Page>
      <form
        className="okr-settings"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h1 className="okr-settings__title">{t('config.heading')}</h1>
        {failure && failure.resource.status === 'error' ? (
          <ErrorState error={failure.resource.error} onRetry={() => void failure.reload()} />
        ) : loading ? (
          <div role="status" aria-busy="true" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <span className="okr-visually-hidden">{t('common.loading')}</span>
            <Skeleton width="30%" />
            <Skeleton height={36} />
            <Skeleton width="30%" />
            <Skeleton height={36} />
          </div>
        ) : (
          <>
            <Select
              label={t('config.team')}
              value={choice.teamId}
              options={options.teamOptions}
              onChange={(teamId) => setChoice((c) => ({ ...c, teamId }))}
              help={t('config.team.help')}
              testId="config-team-select"
            />
            {teams.resource.status === 'ok' && teams.resource.data.length === 0 ? (
              <SectionMessage appearance="information" testId="config-no-teams">
                {t('config.noTeams')} <SetupNeeded product="confluence" />
              </SectionMessage>
            ) : null}
            <Select
              label={t('config.cycle')}
              value={choice.cycleId}
              options={options.cycleOptions}
              onChange={(cycleId) => setChoice((c) => ({ ...c, cycleId }))}
              help={t('config.cycle.help')}
              testId="config-cycle-select"
            />
            {cycles.resource.status === 'ok' && cycles.resource.data.length === 0 ? (
              <SectionMessage appearance="information" testId="config-no-cycles">
                {t('config.noCycles')} <SetupNeeded product="confluence" />
              </SectionMessage>
            ) : null}
          </>
        )}
        {failed ? <SectionMessage appearance="error">{t('config.saveFailed')}</SectionMessage> : null}
        <div className="okr-settings__footer">
          <Button onClick={() => void closeConfig()} testId="config-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" appearance="primary" loading={saving} disabled={loading} testId="config-save">
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}

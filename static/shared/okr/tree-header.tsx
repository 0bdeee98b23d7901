/**
 * Top of the panel: whose OKRs (team or whole organisation), the cycle switcher with the cycle's
 * dates and elapsed share, the overall score, and the "Add objective" action.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { CycleView } from '@contracts/views';
import { Button } from '@shared/components/button';
import { SectionMessage } from '@shared/components/section-message';
import { Spinner } from '@shared/components/spinner';
import { useI18n } from '@shared/i18n';
import { CycleSwitcher } from '@shared/okr/cycle-switcher';
import { ScoreBadge } from '@shared/okr/score-badge';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import type { ReactNode } from 'react';
import { usePanel } from '../../../app-state/panel-context';

defineStyles(
  'panel-header',
  `
.okr-header { display: grid; grid-template-columns: 1fr auto; gap: ${space.s150} ${space.s300}; align-items: end; }
.okr-header__who { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-header__team { font: ${font.headingMedium}; color: ${color.text}; }
.okr-header__facts { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-header__score { display: flex; align-items: center; gap: ${space.s100}; justify-self: end; }
.okr-header__score-label { font: ${font.headingXxsmall}; color: ${color.textSubtle}; text-align: right; max-width: 7rem; }
.okr-header__controls { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: ${space.s150}; align-items: end; justify-content: space-between; }
.okr-header__cycle { flex: 0 1 22rem; min-width: 12rem; }
.okr-header__status { display: inline-flex; gap: ${space.s050}; align-items: center; color: ${color.textSubtlest}; }
.okr-stale { opacity: 0.5; pointer-events: none; }
@container surface (max-width: 480px) {
  .okr-header { grid-template-columns: 1fr; }
  .okr-header__score { justify-self: start; }
  .okr-header__score-label { text-align: left; }
  .okr-header__cycle { flex: 1 1 100%; }
}
`,
);

export function PanelHeader({
  cycles,
  selectedCycleId,
  onChooseCycle,
  refreshing,
  refreshError,
  addButton,
}: {
  cycles: readonly CycleView[];
  selectedCycleId: string;
  onChooseCycle: (cycleId: string) => void;
  refreshing: boolean;
  refreshError: ErrorBody | undefined;
  addButton: ReactNode;
}) {
  const { t, format } = useI18n();
  const { tree, reload } = usePanel();
  return (
    <header className="okr-header">
      <div className="okr-header__who">
        <h2 className="okr-header__team" data-testid="panel-team">
          {tree.team?.name ?? t('panel.wholeOrganisation')}
        </h2>
        <div className="okr-header__facts">
          <span>{t('cycle.range', { start: format.date(tree.cycle.startDate), end: format.date(tree.cycle.endDate) })}</span>
          <span>{t('cycle.elapsed', { percent: format.percent(tree.expectedProgress) })}</span>
          <span>{t('panel.objectiveCount', { count: format.number(tree.objectives.length) })}</span>
          {refreshing ? (
            <span className="okr-header__status" role="status">
              <Spinner size={12} /> {t('common.updating')}
            </span>
          ) : null}
        </div>
      </div>
      <div className="okr-header__score" title={t('panel.overallScore.help')}>
        <span className="okr-header__score-label">{t('panel.overallScore')}</span>
        <ScoreBadge score={tree.overall.score} band={tree.overall.band} large testId="overall-score" />
      </div>
      <div className="okr-header__controls">
        <div className="okr-header__cycle">
          <CycleSwitcher cycles={cycles} value={selectedCycleId} onChange={onChooseCycle} />
        </div>
        {addButton}
      </div>
      {refreshError ? (
        <div style={{ gridColumn: '1 / -1' }}>
          <SectionMessage
            appearance="warning"
            actions={
              <Button onClick={() => void reload()} compact>
                {t('common.retry')}
              </Button>
            }
          >
            {t(`error.${refreshError.code}`)}
          </SectionMessage>
        </div>
      ) : null}
    </header>
  );
}

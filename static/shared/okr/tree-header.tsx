/**
 * Top of an OKR screen (the Confluence panel, the Jira project page): whose OKRs, the cycle's
 * dates and elapsed share, the overall score, the cycle switcher, and the screen's own controls
 * and actions. A refresh that failed says so here, with Retry, while the last answer stays.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { CycleView, OkrTreeView } from '@contracts/views';
import type { ReactNode } from 'react';
import { Button } from '../components/button';
import { SectionMessage } from '../components/section-message';
import { Spinner } from '../components/spinner';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';
import { CycleSwitcher } from './cycle-switcher';
import { ScoreBadge } from './score-badge';

defineStyles(
  'tree-header',
  `
.okr-header { display: grid; grid-template-columns: 1fr auto; gap: ${space.s150} ${space.s300}; align-items: end; }
.okr-header__who { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-header__team { font: ${font.headingMedium}; color: ${color.text}; }
.okr-header__facts { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-header__score { display: flex; align-items: center; gap: ${space.s100}; justify-self: end; }
.okr-header__score-label { font: ${font.headingXxsmall}; color: ${color.textSubtle}; text-align: right; max-width: 7rem; }
.okr-header__controls { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: ${space.s150}; align-items: end; justify-content: space-between; }
.okr-header__selects { flex: 1 1 auto; display: flex; flex-wrap: wrap; gap: ${space.s150}; align-items: flex-start; }
.okr-header__cycle { flex: 0 1 22rem; min-width: 12rem; }
.okr-header__status { display: inline-flex; gap: ${space.s050}; align-items: center; color: ${color.textSubtlest}; }
.okr-header__notice { grid-column: 1 / -1; }
.okr-stale { opacity: 0.5; pointer-events: none; }
@container surface (max-width: 480px) {
  .okr-header { grid-template-columns: 1fr; }
  .okr-header__score { justify-self: start; }
  .okr-header__score-label { text-align: left; }
  .okr-header__cycle { flex: 1 1 100%; }
}
`,
);

export function TreeHeader({
  tree,
  title,
  titleTestId,
  facts,
  cycles,
  selectedCycleId,
  onChooseCycle,
  refreshing,
  refreshError,
  onRetry,
  controls,
  actions,
}: {
  tree: OkrTreeView;
  /** Whose OKRs: the team, or the whole organisation. */
  title: string;
  titleTestId: string;
  /** Facts shown before the cycle's (the Jira project's key). */
  facts?: ReactNode;
  cycles: readonly CycleView[];
  selectedCycleId: string;
  onChooseCycle: (cycleId: string) => void;
  refreshing: boolean;
  refreshError: ErrorBody | undefined;
  onRetry: () => void;
  /** More selects beside the cycle switcher (the epic progress setting). */
  controls?: ReactNode;
  /** The screen's main action ("Add objective"). */
  actions?: ReactNode;
}) {
  const { t, format } = useI18n();
  return (
    <header className="okr-header">
      <div className="okr-header__who">
        <h2 className="okr-header__team" data-testid={titleTestId}>
          {title}
        </h2>
        <div className="okr-header__facts">
          {facts}
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
        <div className="okr-header__selects">
          <div className="okr-header__cycle">
            <CycleSwitcher cycles={cycles} value={selectedCycleId} onChange={onChooseCycle} />
          </div>
          {controls}
        </div>
        {actions}
      </div>
      {refreshError ? (
        <div className="okr-header__notice">
          <SectionMessage
            appearance="warning"
            actions={
              <Button onClick={onRetry} compact>
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

/**
 * The epic's own progress, read from Jira just now: bar, percent, work done and its status. While
 * Jira cannot be reached: the last known progress, with when it was read.
 */
import type { EpicContextView } from '@contracts/views';
import { ProgressBar } from '@shared/components/progress-bar';
import { SectionMessage } from '@shared/components/section-message';
import { useI18n } from '@shared/i18n';
import { EpicStatusLozenge } from '@shared/okr/initiatives/epic-status-lozenge';
import { workCount, workTone } from '@shared/okr/initiatives/initiative-facts';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';

defineStyles(
  'epic-summary',
  `
.okr-epic-summary { display: flex; flex-direction: column; gap: ${space.s075}; }
.okr-epic-summary__head { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: baseline; justify-content: space-between; }
.okr-epic-summary__title { font: ${font.headingXxsmall}; color: ${color.textSubtle}; text-transform: uppercase; }
.okr-epic-summary__numbers { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; font-variant-numeric: tabular-nums; }
.okr-epic-summary__percent { font: ${font.headingXsmall}; color: ${color.text}; }
`,
);

export function EpicSummary({ epic }: { epic: EpicContextView['epic'] }) {
  if (epic.state === 'unavailable') return <LastKnownSummary epic={epic} />;
  return <LiveSummary epic={epic} />;
}

function LastKnownSummary({ epic }: { epic: Extract<EpicContextView['epic'], { state: 'unavailable' }> }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const progress = epic.progress;
  return (
    <section className="okr-epic-summary" aria-label={t('epicPanel.progress')} data-testid="epic-summary-last-known">
      <SectionMessage appearance="warning" testId="epic-jira-unavailable">
        {t('jira.unavailable')}
      </SectionMessage>
      <div className="okr-epic-summary__head">
        <h2 className="okr-epic-summary__title">{t('epicPanel.progress')}</h2>
        <div className="okr-epic-summary__numbers">
          {progress === null ? (
            <span data-testid="epic-never-read">{t('epicPanel.neverRead')}</span>
          ) : (
            <>
              <span className="okr-epic-summary__percent">{format.percent(progress)}</span>
              {epic.done !== undefined && epic.total !== undefined && epic.measuredBy ? (
                <span data-testid="epic-work">{workCount(i18n, epic.done, epic.total, epic.measuredBy)}</span>
              ) : null}
              <span data-testid="epic-last-known">
                {epic.asOf ? t('initiative.lastKnown', { percent: format.percent(progress), when: format.relative(epic.asOf) }) : t('initiative.lastKnownNoTime', { percent: format.percent(progress) })}
              </span>
            </>
          )}
        </div>
      </div>
      {progress === null ? null : (
        <ProgressBar value={progress} tone="work" label={t('epicPanel.progressLabel', { key: epic.key })} valueText={format.percent(progress)} testId="epic-progress" />
      )}
    </section>
  );
}

function LiveSummary({ epic }: { epic: Extract<EpicContextView['epic'], { state: 'live' }> }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <section className="okr-epic-summary" aria-label={t('epicPanel.progress')} data-testid="epic-summary">
      <div className="okr-epic-summary__head">
        <h2 className="okr-epic-summary__title">{t('epicPanel.progress')}</h2>
        <div className="okr-epic-summary__numbers">
          <span className="okr-epic-summary__percent">{format.percent(epic.progress)}</span>
          <span title={t('initiative.readAt', { when: format.relative(epic.asOf) })} data-testid="epic-work">
            {workCount(i18n, epic.done, epic.total, epic.measuredBy, epic)}
          </span>
          <EpicStatusLozenge name={epic.statusName} category={epic.statusCategory} />
        </div>
      </div>
      <ProgressBar
        value={epic.progress}
        tone={workTone(epic.progress, epic.statusCategory)}
        label={t('epicPanel.progressLabel', { key: epic.key })}
        valueText={format.percent(epic.progress)}
        testId="epic-progress"
      />
    </section>
  );
}

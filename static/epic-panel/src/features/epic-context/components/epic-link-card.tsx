/**
 * One reason this epic exists: the objective (score, status, team and cycle), the key result the
 * epic moves (progress, status), and how much this epic counts toward it.
 */
import type { EpicContextView } from '@contracts/views';
import { ProgressBar } from '@shared/components/progress-bar';
import { useI18n } from '@shared/i18n';
import { drivesProgress } from '@shared/okr/initiatives/initiative-facts';
import { ScoreBadge } from '@shared/okr/score-badge';
import { CommitmentLozenge, StatusLozenge } from '@shared/okr/status-lozenge';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, elevation, font, radius, space } from '@shared/styles/tokens';
import { useId } from 'react';

defineStyles(
  'epic-link-card',
  `
.okr-epic-link-card { display: flex; flex-direction: column; background: ${elevation.surfaceRaised};
  border: ${border.width} solid ${color.border}; border-radius: ${radius.large}; box-shadow: ${elevation.shadowRaised}; }
.okr-epic-link-card__objective { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: ${space.s100} ${space.s150}; padding: ${space.s150} ${space.s200}; align-items: start; }
.okr-epic-link-card__main { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-epic-link-card__label { font: ${font.headingXxsmall}; color: ${color.textSubtlest}; text-transform: uppercase; }
.okr-epic-link-card__title { font: ${font.headingXsmall}; color: ${color.text}; }
.okr-epic-link-card__tags { display: flex; flex-wrap: wrap; gap: ${space.s050}; align-items: center; }
.okr-epic-link-card__where { font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-epic-link-card__kr { display: flex; flex-direction: column; gap: ${space.s075}; padding: ${space.s150} ${space.s200};
  border-top: ${border.width} solid ${color.border}; background: ${elevation.surfaceSunken}; border-radius: 0 0 ${radius.large} ${radius.large}; }
.okr-epic-link-card__measure { display: grid; grid-template-columns: minmax(6rem, 1fr) auto; gap: ${space.s050} ${space.s150}; align-items: center; }
.okr-epic-link-card__numbers { display: flex; gap: ${space.s100}; align-items: center; font-variant-numeric: tabular-nums; }
.okr-epic-link-card__percent { font: ${font.headingXsmall}; color: ${color.text}; }
.okr-epic-link-card__counts { display: flex; flex-direction: column; gap: ${space.s025}; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-epic-link-card__weight { font-weight: ${font.weightSemibold}; color: ${color.text}; }
@container surface (max-width: 420px) {
  .okr-epic-link-card__objective, .okr-epic-link-card__kr { padding: ${space.s150}; }
  .okr-epic-link-card__measure { grid-template-columns: 1fr; }
}
`,
);

type Link = EpicContextView['links'][number];

export function EpicLinkCard({ link }: { link: Link }) {
  const { t, format } = useI18n();
  const titleId = useId();
  const { objective, keyResult, initiative } = link;
  const where = t('epicPanel.teamCycle', { team: link.team?.name ?? t('panel.unknownTeam'), cycle: link.cycle?.name ?? t('epicPanel.unknownCycle') });
  return (
    <article
      className="okr-epic-link-card"
      aria-labelledby={titleId}
      data-testid="epic-context-link"
      data-key-result-id={keyResult.id}
      data-objective-id={objective.id}
      data-initiative-id={initiative.id}
    >
      <div className="okr-epic-link-card__objective">
        <ScoreBadge score={objective.score} band={objective.band} testId="epic-context-objective-score" />
        <div className="okr-epic-link-card__main">
          <span className="okr-epic-link-card__label">{t('epicPanel.objective')}</span>
          <h3 className="okr-epic-link-card__title" id={titleId} data-testid="epic-context-objective">
            {objective.title}
          </h3>
          <div className="okr-epic-link-card__tags">
            <StatusLozenge status={objective.status} />
            <CommitmentLozenge commitment={objective.commitment} />
          </div>
          <span className="okr-epic-link-card__where" data-testid="epic-context-where">
            {where}
          </span>
        </div>
      </div>
      <div className="okr-epic-link-card__kr">
        <span className="okr-epic-link-card__label">{t('epicPanel.keyResult')}</span>
        <span className="okr-epic-link-card__title" data-testid="epic-context-key-result">
          {keyResult.title}
        </span>
        <div className="okr-epic-link-card__measure">
          <ProgressBar
            value={keyResult.progress}
            tone={keyResult.band}
            label={t('kr.progress', { title: keyResult.title })}
            valueText={format.percent(keyResult.progress)}
            testId="epic-context-kr-progress"
          />
          <div className="okr-epic-link-card__numbers">
            <span className="okr-epic-link-card__percent">{format.percent(keyResult.progress)}</span>
            <StatusLozenge status={keyResult.status} />
          </div>
        </div>
        {/* The weight matters only where initiatives make the progress. */}
        <div className="okr-epic-link-card__counts">
          {drivesProgress(keyResult) ? (
            <>
              <span className="okr-epic-link-card__weight" data-testid="epic-context-weight">
                {link.share === undefined
                  ? t('epicPanel.weight', { weight: format.number(initiative.weight) })
                  : t('epicPanel.share', { share: format.percent(link.share), weight: format.number(initiative.weight) })}
              </span>
              <span>{t('epicPanel.drives')}</span>
            </>
          ) : (
            <span>{t('epicPanel.notDriving')}</span>
          )}
        </div>
      </div>
    </article>
  );
}

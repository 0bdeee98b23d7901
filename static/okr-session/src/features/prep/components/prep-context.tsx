/**
 * What the team reads before the meeting, live: the objectives of the teams above it (what this
 * team's OKRs should move) with their scores, and how the team's last cycle ended.
 */
import { ProgressBar } from '@shared/components/progress-bar';
import { useI18n } from '@shared/i18n';
import { ScoreBadge } from '@shared/okr/score-badge';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { useSession } from '../../../app-state/session-context';

defineStyles(
  'session-prep-context',
  `
.okr-context-item { display: grid; grid-template-columns: auto 1fr; gap: ${space.s050} ${space.s150}; padding: ${space.s100} 0; align-items: start; }
.okr-context-item__title { font: ${font.body}; font-weight: ${font.weightMedium}; color: ${color.text}; }
.okr-context-item__meta { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-context-krs { grid-column: 2; list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${space.s075}; }
.okr-context-kr { display: flex; flex-wrap: wrap; gap: ${space.s025} ${space.s100}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-context-kr__title { flex: 1 1 10rem; min-width: 0; }
.okr-context-kr__reading { flex: 0 0 auto; display: flex; gap: ${space.s100}; align-items: center; margin-left: auto; }
.okr-context-kr__reading .okr-progress { width: 4rem; }
.okr-context-kr__percent { font-variant-numeric: tabular-nums; min-width: 2.5rem; text-align: right; }
`,
);

export function PrepContext() {
  const { t, format } = useI18n();
  const { view } = useSession();
  const { parentObjectives, lastCycle } = view.context;
  return (
    <div className="okr-session-section" style={{ gap: 16 }}>
      <section className="okr-session-card" aria-labelledby="prep-parents" data-testid="prep-parent-objectives">
        <div className="okr-session-section">
          <h3 className="okr-session-section__title" id="prep-parents">
            {t('session.prep.parentsTitle')}
          </h3>
          <p className="okr-session-section__about">{t('session.prep.parentsAbout')}</p>
        </div>
        {parentObjectives.length === 0 ? (
          <p className="okr-session-muted">{t('session.prep.noParents')}</p>
        ) : (
          <ul className="okr-session-list">
            {parentObjectives.map((objective) => (
              <li className="okr-context-item" key={objective.id} data-testid="prep-parent-objective">
                <ScoreBadge score={objective.score} band={objective.band} />
                <div>
                  <div className="okr-context-item__title">{objective.title}</div>
                  <div className="okr-context-item__meta">{t('session.prep.teamCycle', { team: objective.teamName, cycle: objective.cycleName })}</div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="okr-session-card" aria-labelledby="prep-last-cycle" data-testid="prep-last-cycle">
        <div className="okr-session-section">
          <h3 className="okr-session-section__title" id="prep-last-cycle">
            {lastCycle ? t('session.prep.lastCycleTitle', { cycle: lastCycle.cycle.name }) : t('session.prep.lastCycleNone')}
          </h3>
          {lastCycle ? <p className="okr-session-section__about">{t('session.prep.lastCycleAbout')}</p> : null}
        </div>
        {!lastCycle || lastCycle.objectives.length === 0 ? (
          <p className="okr-session-muted">{t('session.prep.noLastCycle')}</p>
        ) : (
          <ul className="okr-session-list">
            {lastCycle.objectives.map((objective) => (
              <li className="okr-context-item" key={objective.id} data-testid="prep-last-objective">
                <ScoreBadge score={objective.score} band={objective.band} />
                <div className="okr-context-item__title">{objective.title}</div>
                {objective.keyResults.length ? (
                  <ul className="okr-context-krs">
                    {objective.keyResults.map((kr) => (
                      <li className="okr-context-kr" key={kr.id}>
                        <span className="okr-context-kr__title">{kr.title}</span>
                        <span className="okr-context-kr__reading">
                          <ProgressBar value={kr.progress} tone="none" label={t('kr.progress', { title: kr.title })} valueText={format.percent(kr.progress)} thin />
                          <span className="okr-context-kr__percent">{format.percent(kr.progress)}</span>
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

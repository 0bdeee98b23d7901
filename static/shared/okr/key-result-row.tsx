/**
 * One key result: title, owner, a progress bar in its traffic-light colour (with a tick where it
 * should be by now), current vs target, the last check-in (none for an initiative-driven one),
 * and its initiatives. Read-only by itself; the surfaces add `actions`, editable `initiatives`,
 * and `children` for what opens under it (check-in form, history).
 */
import type { KeyResultView } from '@contracts/views';
import type { ReactNode } from 'react';
import { UserName } from '../components/avatar';
import { ProgressBar } from '../components/progress-bar';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { border, color, font, space } from '../styles/tokens';
import { InitiativeList } from './initiatives/initiative-list';
import { LastCheckIn } from './last-check-in';
import { currentVsTarget, fromBaseline, takesCheckIns } from './measure-text';
import { StatusLozenge } from './status-lozenge';

defineStyles(
  'key-result-row',
  `
.okr-kr { display: flex; flex-direction: column; gap: ${space.s100}; padding: ${space.s150} 0; }
.okr-kr + .okr-kr { border-top: ${border.width} solid ${color.border}; }
.okr-kr__top { display: flex; gap: ${space.s100} ${space.s150}; align-items: flex-start; flex-wrap: wrap; }
.okr-kr__title { flex: 1 1 12rem; min-width: 0; font: ${font.body}; font-weight: ${font.weightMedium}; color: ${color.text}; }
.okr-kr__owner { flex: none; font: ${font.bodySmall}; color: ${color.textSubtle}; max-width: 12rem; }
.okr-kr__actions { flex: none; display: flex; gap: ${space.s025}; align-items: center; margin-left: auto; }
.okr-kr__measure { display: grid; grid-template-columns: minmax(6rem, 1fr) auto; gap: ${space.s050} ${space.s150}; align-items: center; }
.okr-kr__numbers { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: baseline; justify-content: flex-end; font-variant-numeric: tabular-nums; }
.okr-kr__percent { font: ${font.headingXsmall}; color: ${color.text}; }
.okr-kr__value { color: ${color.textSubtle}; }
.okr-kr__from { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-kr__panels:empty { display: none; }
.okr-kr__panels { display: flex; flex-direction: column; gap: ${space.s100}; }
@container surface (max-width: 480px) {
  .okr-kr__measure { grid-template-columns: 1fr; }
  .okr-kr__numbers { justify-content: flex-start; }
}
`,
);

export function KeyResultRow({
  keyResult,
  expectedProgress,
  actions,
  editor,
  initiatives,
  children,
}: {
  keyResult: KeyResultView;
  /** Share of the cycle elapsed: where the bar's "expected by now" tick goes. */
  expectedProgress?: number;
  actions?: ReactNode;
  /** Replaces the row's summary while it is edited or its deletion confirmed. */
  editor?: ReactNode;
  /** The initiatives block; by default the read-only list. */
  initiatives?: ReactNode;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { measure } = keyResult;
  const from = fromBaseline(i18n, measure);
  return (
    <li className="okr-kr" data-testid="key-result-row" data-key-result-id={keyResult.id}>
      {editor ?? (
        <>
          <div className="okr-kr__top">
            <span className="okr-kr__title" data-testid="kr-title">
              {keyResult.title}
            </span>
            {keyResult.ownerAccountId ? (
              <span className="okr-kr__owner" title={t('kr.owner')}>
                <UserName accountId={keyResult.ownerAccountId} size={20} />
              </span>
            ) : null}
            {actions ? <div className="okr-kr__actions">{actions}</div> : null}
          </div>
          <div className="okr-kr__measure">
            <ProgressBar
              value={keyResult.progress}
              tone={keyResult.band}
              label={t('kr.progress', { title: keyResult.title })}
              valueText={format.percent(keyResult.progress)}
              marker={expectedProgress}
              markerLabel={expectedProgress === undefined ? undefined : t('cycle.expectedMarker', { percent: format.percent(expectedProgress) })}
              testId="kr-progress"
            />
            <div className="okr-kr__numbers">
              <span className="okr-kr__percent">{format.percent(keyResult.progress)}</span>
              <StatusLozenge status={keyResult.status} />
              {/* A percentage KR's reading is its progress, already shown just before. */}
              {measure.kind === 'percentage' ? null : (
                <span className="okr-kr__value" data-testid="kr-value">
                  {currentVsTarget(i18n, measure)}
                </span>
              )}
              {from ? <span className="okr-kr__from">{from}</span> : null}
              {keyResult.weight !== 1 ? <span className="okr-kr__from">{t('kr.weight', { weight: format.number(keyResult.weight) })}</span> : null}
            </div>
          </div>
          {takesCheckIns(measure) ? <LastCheckIn keyResult={keyResult} /> : null}
          {initiatives ?? <InitiativeList keyResult={keyResult} />}
        </>
      )}
      <div className="okr-kr__panels">{children}</div>
    </li>
  );
}

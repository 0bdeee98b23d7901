/**
 * A thin progress bar coloured by the score's traffic light, with an optional tick where
 * progress should be by now (the share of the cycle elapsed), so "behind" is visible at a glance.
 * Work (an initiative, an epic) is not scored: it gets the neutral `work` tone, `done` when finished.
 */
import { defineStyles } from '../styles/define-styles';
import { color, radius } from '../styles/tokens';

export type ProgressTone = 'red' | 'yellow' | 'green' | 'none' | 'work' | 'done';

defineStyles(
  'progress-bar',
  `
.okr-progress { position: relative; height: 6px; border-radius: ${radius.full}; background: ${color.bgNeutral}; overflow: visible; }
.okr-progress__fill { height: 100%; border-radius: inherit; transition: width 0.3s ease-out; min-width: 0; }
.okr-progress__fill--red { background: ${color.bgDangerBold}; }
.okr-progress__fill--yellow { background: ${color.bgWarningBold}; }
.okr-progress__fill--green { background: ${color.bgSuccessBold}; }
.okr-progress__fill--none { background: ${color.bgNeutralBold}; opacity: 0.4; }
.okr-progress__fill--work { background: ${color.bgInformationBold}; }
.okr-progress__fill--done { background: ${color.bgSuccessBold}; }
.okr-progress--thin { height: 4px; }
.okr-progress__marker { position: absolute; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; border-radius: 1px; background: ${color.textSubtlest}; }
`,
);

export function ProgressBar({
  value,
  tone,
  label,
  valueText,
  marker,
  markerLabel,
  testId,
  thin,
}: {
  /** 0 to 1. */
  value: number;
  tone: ProgressTone;
  /** Accessible name ("Progress"). */
  label: string;
  /** What a screen reader says for the value ("42%"). */
  valueText: string;
  /** 0 to 1: where progress is expected to be by now. */
  marker?: number;
  markerLabel?: string;
  testId?: string;
  /** The slimmer bar of a row inside a row (an initiative under its key result). */
  thin?: boolean;
}) {
  const percent = Math.round(clamp(value) * 100);
  return (
    <div
      className={`okr-progress${thin ? ' okr-progress--thin' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      data-testid={testId}
      data-value={percent}
    >
      <div className={`okr-progress__fill okr-progress__fill--${tone}`} style={{ width: `${percent}%` }} />
      {marker === undefined ? null : (
        <div className="okr-progress__marker" style={{ left: `${clamp(marker) * 100}%` }} title={markerLabel} />
      )}
    </div>
  );
}

const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

/**
 * An OKR score with its traffic light: the number (one decimal) on the band's colour. The text
 * content is exactly the number (tests and copy-paste read "0.6"); the accessible name adds the
 * band in words, so colour is never the only signal.
 */
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { color, font, radius, space } from '../styles/tokens';
import type { ScoreBand } from './okr-labels';

defineStyles(
  'score-badge',
  `
.okr-score { display: inline-flex; align-items: center; justify-content: center; flex: none;
  min-width: 2.5rem; padding: ${space.s025} ${space.s075}; border-radius: ${radius.small};
  font: ${font.metricSmall}; font-variant-numeric: tabular-nums; }
.okr-score--large { min-width: 3.5rem; padding: ${space.s050} ${space.s100}; font: ${font.metricMedium}; }
.okr-score--red { background: ${color.bgDangerBold}; color: ${color.textInverse}; }
.okr-score--yellow { background: ${color.bgWarningBold}; color: ${color.textWarningInverse}; }
.okr-score--green { background: ${color.bgSuccessBold}; color: ${color.textInverse}; }
.okr-score--none { background: ${color.bgNeutral}; color: ${color.textSubtlest}; }
`,
);

export function ScoreBadge({ score, band, large, testId }: { score: number | null; band: ScoreBand; large?: boolean; testId?: string }) {
  const { t, format } = useI18n();
  const shown = format.score(score);
  return (
    <span
      className={`okr-score okr-score--${band}${large ? ' okr-score--large' : ''}`}
      role="img"
      aria-label={t('score.label', { score: shown, band: t(`band.${band}`) })}
      title={t('score.label', { score: shown, band: t(`band.${band}`) })}
      data-testid={testId}
      data-band={band}
    >
      {shown}
    </span>
  );
}

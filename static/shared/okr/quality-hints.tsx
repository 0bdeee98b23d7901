/**
 * How an OKR is written, in the user's language (OKR-METHOD.md "Quality guidance"): the
 * backend's quality codes as short hints under an objective or key result. Hints advise; they
 * never block, so they read as warnings, not errors.
 */
import type { SessionView } from '@contracts/views';
import { WarningIcon } from '../components/icons';
import { useI18n, type I18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';

/** The contract's `QualityIssue` (a code and plain values, never user text). */
export type QualityIssue = Extract<SessionView, { state: 'ready' }>['candidates'][number]['quality'][number];

defineStyles(
  'quality-hints',
  `
.okr-quality { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${space.s025}; }
.okr-quality__hint { display: flex; gap: ${space.s050}; align-items: flex-start; font: ${font.bodySmall}; color: ${color.textWarning}; }
.okr-quality__hint svg { flex: none; margin-top: 1px; color: ${color.iconWarning}; }
`,
);

export function qualityText({ t, format }: Pick<I18n, 't' | 'format'>, issue: QualityIssue): string {
  switch (issue.code) {
    case 'objective-has-number':
      return t('quality.objective-has-number', { number: issue.params.number });
    case 'objective-no-direction':
      return t('quality.objective-no-direction');
    case 'kr-not-measurable':
      return t('quality.kr-not-measurable');
    case 'kr-percentage-without-baseline':
      return t('quality.kr-percentage-without-baseline', { percentage: issue.params.percentage });
    case 'kr-is-activity':
      return t('quality.kr-is-activity', { word: issue.params.word });
    case 'too-many-objectives':
      return t('quality.too-many-objectives', { count: format.number(issue.params.count), max: format.number(issue.params.max) });
    case 'too-many-key-results':
      return t('quality.too-many-key-results', { count: format.number(issue.params.count), max: format.number(issue.params.max) });
  }
}

/** The hints of one objective or key result; nothing at all when it has none. */
export function QualityHints({ issues, testId }: { issues: readonly QualityIssue[]; testId?: string }) {
  const i18n = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="okr-quality" data-testid={testId} aria-label={i18n.t('quality.label')}>
      {issues.map((issue) => (
        <li className="okr-quality__hint" key={issue.code} data-code={issue.code}>
          <WarningIcon size={14} />
          <span>{qualityText(i18n, issue)}</span>
        </li>
      ))}
    </ul>
  );
}

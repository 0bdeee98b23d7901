/**
 * Said in place of an "add" action once a cap (LIMITS) is reached, so nobody fills a form only
 * to be refused: the cap and why there is no button.
 */
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';
import { InfoIcon } from './icons';

defineStyles(
  'cap-hint',
  `
.okr-cap-hint { display: flex; gap: ${space.s050}; align-items: flex-start; margin: 0; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-cap-hint svg { flex: none; margin-top: 1px; }
`,
);

export function CapHint({ text, testId }: { text: string; testId?: string }) {
  return (
    <p className="okr-cap-hint" role="note" data-testid={testId}>
      <InfoIcon size={14} />
      <span>{text}</span>
    </p>
  );
}

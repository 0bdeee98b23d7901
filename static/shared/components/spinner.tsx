/** A busy indicator. `label` is announced; without one the spinner is decoration next to text. */
import { defineStyles } from '../styles/define-styles';
import { color } from '../styles/tokens';

defineStyles(
  'spinner',
  `
.okr-spinner { display: inline-block; vertical-align: middle; animation: okr-spin 0.86s linear infinite; color: ${color.iconSubtle}; }
.okr-spinner--inverse { color: currentColor; }
@keyframes okr-spin { to { transform: rotate(360deg); } }
`,
);

export function Spinner({ size = 16, label, inverse }: { size?: number; label?: string; inverse?: boolean }) {
  return (
    <svg
      className={`okr-spinner${inverse ? ' okr-spinner--inverse' : ''}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeDasharray="28" strokeDashoffset="10" />
    </svg>
  );
}

/** Atlassian-style buttons: primary (one per form), default, subtle (row actions), danger, link. */
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { defineStyles } from '../styles/define-styles';
import { border, color, font, radius, space } from '../styles/tokens';
import { Spinner } from './spinner';

defineStyles(
  'button',
  `
.okr-button {
  display: inline-flex; align-items: center; justify-content: center; gap: ${space.s050};
  min-height: 2rem; padding: 0 ${space.s150}; border: none; border-radius: ${radius.small};
  font: ${font.body}; font-weight: ${font.weightMedium}; white-space: nowrap; cursor: pointer;
  background: ${color.bgNeutral}; color: ${color.textSubtle};
  transition: background 0.1s ease-out;
}
.okr-button:hover { background: ${color.bgNeutralHovered}; }
.okr-button:active { background: ${color.bgNeutralPressed}; }
.okr-button:focus-visible { outline: ${border.widthFocused} solid ${color.borderFocused}; outline-offset: ${space.s025}; }
.okr-button[aria-disabled="true"], .okr-button:disabled { cursor: not-allowed; background: ${color.bgDisabled}; color: ${color.textDisabled}; }
.okr-button--primary { background: ${color.bgBrandBold}; color: ${color.textInverse}; }
.okr-button--primary:hover { background: ${color.bgBrandBoldHovered}; }
.okr-button--primary:active { background: ${color.bgBrandBoldPressed}; }
.okr-button--danger { background: ${color.bgDangerBold}; color: ${color.textInverse}; }
.okr-button--danger:hover { background: ${color.bgDangerBoldHovered}; }
.okr-button--danger:active { background: ${color.bgDangerBoldPressed}; }
.okr-button--subtle { background: ${color.bgNeutralSubtle}; }
.okr-button--subtle:hover { background: ${color.bgNeutralSubtleHovered}; }
.okr-button--subtle:active { background: ${color.bgNeutralSubtlePressed}; }
.okr-button--link { background: none; color: ${color.link}; padding: 0 ${space.s050}; }
.okr-button--link:hover { background: none; text-decoration: underline; }
.okr-button--compact { min-height: 1.5rem; padding: 0 ${space.s075}; }
.okr-button--icon { padding: 0; width: 2rem; }
.okr-button--icon.okr-button--compact { width: 1.5rem; }
`,
);

export type ButtonAppearance = 'default' | 'primary' | 'subtle' | 'danger' | 'link';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  appearance?: ButtonAppearance;
  compact?: boolean;
  /** Shows a spinner and blocks clicks while an action runs; the label stays for screen readers. */
  loading?: boolean;
  icon?: ReactNode;
  /** Icon-only button: `label` is its accessible name (and tooltip); children are not rendered. */
  iconOnlyLabel?: string;
  type?: 'button' | 'submit';
  testId?: string;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  appearance = 'default',
  compact,
  loading,
  icon,
  iconOnlyLabel,
  type = 'button',
  testId,
  className,
  children,
  disabled,
  onClick,
  ...rest
}: ButtonProps) {
  const classes = ['okr-button', `okr-button--${appearance}`];
  if (compact) classes.push('okr-button--compact');
  if (iconOnlyLabel) classes.push('okr-button--icon');
  if (className) classes.push(className);
  const inert = disabled || loading;
  return (
    <button
      {...rest}
      type={type}
      className={classes.join(' ')}
      data-testid={testId}
      // aria-disabled keeps the button focusable (and its label readable) while it is busy.
      aria-disabled={inert || undefined}
      aria-busy={loading || undefined}
      aria-label={iconOnlyLabel ?? rest['aria-label']}
      title={iconOnlyLabel ?? rest.title}
      onClick={inert ? (event) => event.preventDefault() : onClick}
    >
      {loading ? <Spinner size={14} inverse={appearance === 'primary' || appearance === 'danger'} /> : icon}
      {iconOnlyLabel ? null : children}
    </button>
  );
}

/**
 * Label, help and error around one control, wired for screen readers: the control gets
 * `aria-describedby` (help + error) and `aria-invalid`. Every form control goes through this.
 */
import { useId, type ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';
import { WarningIcon } from './icons';

defineStyles(
  'field',
  `
.okr-field { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-field__label { font: ${font.headingXxsmall}; color: ${color.textSubtle}; }
.okr-field__optional { font-weight: normal; color: ${color.textSubtlest}; }
.okr-field__required { color: ${color.textDanger}; }
.okr-field__help { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-field__error { display: flex; gap: ${space.s050}; align-items: flex-start; font: ${font.bodySmall}; color: ${color.textDanger}; }
.okr-field__error svg { flex: none; margin-top: 1px; }
`,
);

export interface FieldChrome {
  label: string;
  help?: string;
  /** Already translated; shown under the control in the danger colour. */
  error?: string;
  required?: boolean;
  /** Text after the label for optional fields ("optional"). */
  optionalText?: string;
  /** Keeps the label for screen readers only (a table column already names the control). */
  labelHidden?: boolean;
}

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export function Field({
  label,
  help,
  error,
  required,
  optionalText,
  labelHidden,
  children,
}: FieldChrome & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="okr-field">
      <label className={labelHidden ? 'okr-visually-hidden' : 'okr-field__label'} htmlFor={id}>
        {label}
        {required ? (
          <span className="okr-field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
        {optionalText ? <span className="okr-field__optional">{` (${optionalText})`}</span> : null}
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {error ? (
        <div className="okr-field__error" id={errorId}>
          <WarningIcon size={14} />
          <span>{error}</span>
        </div>
      ) : null}
      {help ? (
        <div className="okr-field__help" id={helpId}>
          {help}
        </div>
      ) : null}
    </div>
  );
}

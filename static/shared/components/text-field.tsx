/** A labelled text input (or textarea) with help and a field error. */
import type { InputHTMLAttributes } from 'react';
import './control-styles';
import { Field, type FieldChrome } from './field';
import { useI18n } from '../i18n';

export interface TextFieldProps extends FieldChrome {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'number';
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  /**
   * The contract's length limit. Typing or pasting past it is not cut off (that would silently
   * lose what the user entered): a counter shows near the limit, and past it the field says so.
   */
  maxLength?: number;
  autoFocus?: boolean;
  testId?: string;
}

/** Show the counter once this share of the limit is used. */
const COUNTER_FROM = 0.8;

export function TextField({ value, onChange, multiline, type = 'text', inputMode, placeholder, maxLength, autoFocus, testId, ...chrome }: TextFieldProps) {
  const { t, format } = useI18n();
  const over = maxLength !== undefined && value.length > maxLength;
  const counter =
    maxLength !== undefined && value.length >= maxLength * COUNTER_FROM
      ? t('field.counter', { count: format.number(value.length), limit: format.number(maxLength) })
      : undefined;
  const help = [chrome.help, counter].filter(Boolean).join(' · ') || undefined;
  const error = chrome.error ?? (over ? t('field.tooLong', { limit: maxLength }) : undefined);
  return (
    <Field {...chrome} help={help} error={error}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="okr-control"
            value={value}
            placeholder={placeholder}
            rows={3}
            autoFocus={autoFocus}
            data-testid={testId}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...control}
            className="okr-control"
            type={type}
            step={type === 'number' ? 'any' : undefined}
            inputMode={inputMode ?? (type === 'number' ? 'decimal' : undefined)}
            value={value}
            placeholder={placeholder}
            autoFocus={autoFocus}
            autoComplete="off"
            data-testid={testId}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A labelled text input (or textarea) with help and a field error. */
import type { InputHTMLAttributes } from 'react';
import './control-styles';
import { Field, type FieldChrome } from './field';

export interface TextFieldProps extends FieldChrome {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'number';
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  /** The contract's limit: the browser stops typing there, so the resolver never has to refuse. */
  maxLength?: number;
  autoFocus?: boolean;
  testId?: string;
}

export function TextField({ value, onChange, multiline, type = 'text', inputMode, placeholder, maxLength, autoFocus, testId, ...chrome }: TextFieldProps) {
  return (
    <Field {...chrome}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="okr-control"
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
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
            maxLength={maxLength}
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

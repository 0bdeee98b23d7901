/** A labelled native <select>: keyboard, screen readers and mobile pickers work for free. */
import './control-styles';
import { Field, type FieldChrome } from './field';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

export interface SelectProps<V extends string> extends FieldChrome {
  value: V;
  options: ReadonlyArray<SelectOption<V>>;
  onChange: (value: V) => void;
  disabled?: boolean;
  testId?: string;
}

export function Select<V extends string>({ value, options, onChange, disabled, testId, ...chrome }: SelectProps<V>) {
  return (
    <Field {...chrome}>
      {(control) => (
        <select
          {...control}
          className="okr-control"
          value={value}
          disabled={disabled}
          data-testid={testId}
          // The value always comes from `options`, so narrowing back to V is sound.
          onChange={(event) => onChange(event.target.value as V)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled calendar date (`yyyy-MM-dd`): the browser's own date input, so typing and the picker both work. */
import './control-styles';
import { Field, type FieldChrome } from './field';

export function DateField({ value, onChange, testId, ...chrome }: FieldChrome & { value: string; onChange: (value: string) => void; testId?: string }) {
  return (
    <Field {...chrome}>
      {(control) => (
        <input
          {...control}
          className="okr-control"
          type="date"
          value={value}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * A labelled checkbox with an optional line of help under its label. A native input, so Space
 * toggles it and screen readers announce its state; `busy` shows that its change is being saved.
 */
import { useId, type ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { border, color, font, radius, space } from '../styles/tokens';
import { Spinner } from './spinner';

defineStyles(
  'checkbox',
  `
.okr-checkbox { display: flex; gap: ${space.s100}; align-items: flex-start; padding: ${space.s075} ${space.s100};
  border-radius: ${radius.small}; cursor: pointer; }
.okr-checkbox:hover { background: ${color.bgNeutralSubtleHovered}; }
.okr-checkbox--disabled { cursor: default; }
.okr-checkbox--disabled:hover { background: none; }
.okr-checkbox__input { flex: none; appearance: none; margin: 2px 0 0; width: 1rem; height: 1rem; cursor: inherit;
  border: ${border.widthFocused} solid ${color.borderInput}; border-radius: ${radius.xsmall}; background: ${color.bgInput};
  display: inline-grid; place-content: center; }
.okr-checkbox__input::after { content: ''; width: 0.55rem; height: 0.3rem; margin-top: -2px; border: solid ${color.textInverse};
  border-width: 0 0 2px 2px; transform: rotate(-45deg); opacity: 0; }
.okr-checkbox__input:checked { background: ${color.bgBrandBold}; border-color: ${color.bgBrandBold}; }
.okr-checkbox__input:checked::after { opacity: 1; }
.okr-checkbox__input:disabled { border-color: ${color.textDisabled}; }
.okr-checkbox__input:checked:disabled { background: ${color.textDisabled}; border-color: transparent; }
.okr-checkbox__input:focus-visible { outline: ${border.widthFocused} solid ${color.borderFocused}; outline-offset: ${space.s025}; }
.okr-checkbox__text { display: flex; flex-direction: column; gap: ${space.s025}; min-width: 0; }
.okr-checkbox__label { color: ${color.text}; }
.okr-checkbox__help { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-checkbox__busy { flex: none; margin-left: auto; }
`,
);

export function Checkbox({
  checked,
  onChange,
  label,
  help,
  disabled,
  busy,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  help?: ReactNode;
  disabled?: boolean;
  busy?: boolean;
  testId?: string;
}) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  return (
    <label className={`okr-checkbox${disabled ? ' okr-checkbox--disabled' : ''}`} htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        className="okr-checkbox__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={helpId}
        aria-busy={busy || undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="okr-checkbox__text">
        <span className="okr-checkbox__label">{label}</span>
        {help ? (
          <span className="okr-checkbox__help" id={helpId}>
            {help}
          </span>
        ) : null}
      </span>
      {busy ? (
        <span className="okr-checkbox__busy">
          <Spinner size={14} />
        </span>
      ) : null}
    </label>
  );
}

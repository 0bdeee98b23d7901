/** The look every text-like control shares (input, textarea, select, the user picker's box). */
import { defineStyles } from '../styles/define-styles';
import { border, color, font, radius, space } from '../styles/tokens';

defineStyles(
  'control',
  `
.okr-control {
  width: 100%; min-height: 2.25rem; padding: ${space.s075} ${space.s100};
  font: ${font.body}; color: ${color.text};
  background: ${color.bgInput}; border: ${border.width} solid ${color.borderInput}; border-radius: ${radius.small};
  transition: background 0.1s, border-color 0.1s;
}
.okr-control:hover { background: ${color.bgInputHovered}; }
.okr-control:focus, .okr-control:focus-within { outline: none; border-color: ${color.borderFocused}; box-shadow: inset 0 0 0 1px ${color.borderFocused}; }
.okr-control[aria-invalid="true"] { border-color: ${color.borderDanger}; box-shadow: inset 0 0 0 1px ${color.borderDanger}; }
.okr-control::placeholder { color: ${color.textSubtlest}; }
.okr-control:disabled { background: ${color.bgDisabled}; color: ${color.textDisabled}; cursor: not-allowed; }
textarea.okr-control { resize: vertical; min-height: 4.5rem; line-height: 1.25rem; }
select.okr-control { appearance: none; padding-right: ${space.s400}; cursor: pointer;
  background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
  background-position: calc(100% - 15px) 50%, calc(100% - 10px) 50%; background-size: 5px 5px; background-repeat: no-repeat; }
input[type="number"].okr-control { font-variant-numeric: tabular-nums; }
`,
);

/** An inline message box (Atlassian "section message") for conflicts, failures and notes. */
import type { ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { color, font, radius, space } from '../styles/tokens';
import { CheckIcon, InfoIcon, WarningIcon } from './icons';

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success';

defineStyles(
  'section-message',
  `
.okr-message { display: flex; gap: ${space.s100}; padding: ${space.s150} ${space.s200}; border-radius: ${radius.small}; }
.okr-message svg { flex: none; margin-top: 2px; }
.okr-message__body { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-message__title { font: ${font.headingXsmall}; }
.okr-message__actions { display: flex; flex-wrap: wrap; gap: ${space.s100}; margin-top: ${space.s050}; }
.okr-message--information { background: ${color.bgInformation}; }
.okr-message--information > svg { color: ${color.textInformation}; }
.okr-message--warning { background: ${color.bgWarning}; }
.okr-message--warning > svg { color: ${color.iconWarning}; }
.okr-message--error { background: ${color.bgDanger}; }
.okr-message--error > svg { color: ${color.iconDanger}; }
.okr-message--success { background: ${color.bgSuccess}; }
.okr-message--success > svg { color: ${color.iconSuccess}; }
`,
);

const ICONS = { information: InfoIcon, warning: WarningIcon, error: WarningIcon, success: CheckIcon };

export function SectionMessage({
  appearance,
  title,
  children,
  actions,
  testId,
}: {
  appearance: MessageAppearance;
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  const Icon = ICONS[appearance];
  return (
    // Errors and conflicts interrupt (alert); notes wait their turn (status).
    <div
      className={`okr-message okr-message--${appearance}`}
      role={appearance === 'error' || appearance === 'warning' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <Icon />
      <div className="okr-message__body">
        {title ? <div className="okr-message__title">{title}</div> : null}
        {children ? <div>{children}</div> : null}
        {actions ? <div className="okr-message__actions">{actions}</div> : null}
      </div>
    </div>
  );
}

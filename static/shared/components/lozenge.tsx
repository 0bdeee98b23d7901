/** A small status label (Atlassian "lozenge"): colour plus text, never colour alone. */
import type { ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { color, font, radius, space } from '../styles/tokens';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'moved' | 'inprogress' | 'new';

defineStyles(
  'lozenge',
  `
.okr-lozenge {
  display: inline-flex; align-items: center; max-width: 100%; padding: 0 ${space.s050};
  border-radius: ${radius.xsmall}; font: ${font.headingXxsmall}; line-height: 1rem; text-transform: uppercase;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: middle;
}
.okr-lozenge--default { background: ${color.bgNeutral}; color: ${color.textSubtle}; }
.okr-lozenge--success { background: ${color.bgSuccess}; color: ${color.textSuccess}; }
.okr-lozenge--removed { background: ${color.bgDanger}; color: ${color.textDanger}; }
.okr-lozenge--moved { background: ${color.bgWarning}; color: ${color.textWarning}; }
.okr-lozenge--inprogress { background: ${color.bgInformation}; color: ${color.textInformation}; }
.okr-lozenge--new { background: ${color.bgDiscovery}; color: ${color.textDiscovery}; }
.okr-lozenge--bold.okr-lozenge--default { background: ${color.bgNeutralBold}; color: ${color.textInverse}; }
.okr-lozenge--bold.okr-lozenge--success { background: ${color.bgSuccessBold}; color: ${color.textInverse}; }
.okr-lozenge--bold.okr-lozenge--removed { background: ${color.bgDangerBold}; color: ${color.textInverse}; }
.okr-lozenge--bold.okr-lozenge--moved { background: ${color.bgWarningBold}; color: ${color.textWarningInverse}; }
.okr-lozenge--bold.okr-lozenge--inprogress { background: ${color.bgInformationBold}; color: ${color.textInverse}; }
.okr-lozenge--plain { text-transform: none; }
`,
);

export function Lozenge({
  appearance = 'default',
  bold,
  plain,
  title,
  testId,
  children,
}: {
  appearance?: LozengeAppearance;
  bold?: boolean;
  /** Keeps the text's case (numbers, Korean); lozenges are upper case by default. */
  plain?: boolean;
  title?: string;
  testId?: string;
  children: ReactNode;
}) {
  const classes = `okr-lozenge okr-lozenge--${appearance}${bold ? ' okr-lozenge--bold' : ''}${plain ? ' okr-lozenge--plain' : ''}`;
  return (
    <span className={classes} title={title} data-testid={testId}>
      {children}
    </span>
  );
}

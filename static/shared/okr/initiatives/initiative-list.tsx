/**
 * A key result's initiatives, under its row: a compact list with, for an initiative-driven key
 * result, each one's share of the progress. Read-only by itself; a surface that edits passes
 * actions and editors per row and a footer (link an epic, add work tracked by hand).
 */
import type { KeyResultView } from '@contracts/views';
import type { ReactNode } from 'react';
import { InfoIcon } from '../../components/icons';
import { useI18n } from '../../i18n';
import { defineStyles } from '../../styles/define-styles';
import { color, elevation, font, radius, space } from '../../styles/tokens';
import { drivesProgress, initiativeShares, initiativesInOrder, type InitiativeView } from './initiative-facts';
import { InitiativeRow } from './initiative-row';

defineStyles(
  'initiative-list',
  `
.okr-inis { display: flex; flex-direction: column; gap: ${space.s050}; padding: ${space.s100} ${space.s150}; border-radius: ${radius.medium}; background: ${elevation.surfaceSunken}; }
.okr-inis__head { display: flex; flex-wrap: wrap; gap: ${space.s025} ${space.s100}; align-items: baseline; }
.okr-inis__title { font: ${font.headingXxsmall}; color: ${color.textSubtle}; text-transform: uppercase; }
.okr-inis__drives { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-inis__list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-inis__empty { font: ${font.bodySmall}; color: ${color.textSubtlest}; padding: ${space.s050} 0; }
.okr-inis__hint { display: flex; gap: ${space.s050}; align-items: flex-start; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-inis__hint svg { flex: none; margin-top: 1px; }
.okr-inis__footer { display: flex; flex-wrap: wrap; gap: ${space.s100}; align-items: flex-start; }
.okr-inis__footer:empty { display: none; }
.okr-inis__footer > .okr-dialog { flex: 1 1 100%; }
/* While a picker or form is open in the footer, the other footer actions step aside. */
.okr-inis__footer:has(> .okr-dialog) > .okr-button { display: none; }
`,
);

export function InitiativeList({
  keyResult,
  renderActions,
  renderEditor,
  hint,
  footer,
}: {
  keyResult: Pick<KeyResultView, 'title' | 'measure' | 'initiatives'>;
  renderActions?: (initiative: InitiativeView) => ReactNode;
  /** A row's editor (its form, or the confirmation of its removal) while open. */
  renderEditor?: (initiative: InitiativeView) => ReactNode;
  /** A line under the list: where the rest is managed. */
  hint?: string;
  footer?: ReactNode;
}) {
  const { t } = useI18n();
  const initiatives = initiativesInOrder(keyResult.initiatives);
  const driving = drivesProgress(keyResult);
  // A key result measured on its own with no work linked: nothing to list, only the actions.
  if (initiatives.length === 0 && !driving) {
    return footer ? <div className="okr-inis__footer">{footer}</div> : null;
  }
  const shares = driving ? initiativeShares(initiatives) : undefined;
  return (
    <section className="okr-inis" aria-label={t('initiative.listLabel', { keyResult: keyResult.title })} data-testid="initiative-list">
      <div className="okr-inis__head">
        <h4 className="okr-inis__title">{t('initiative.heading')}</h4>
        {driving ? <span className="okr-inis__drives">{t('initiative.drivesProgress')}</span> : null}
      </div>
      {initiatives.length > 0 ? (
        <ul className="okr-inis__list">
          {initiatives.map((initiative) => (
            <InitiativeRow
              key={initiative.id}
              initiative={initiative}
              share={shares?.get(initiative.id)}
              actions={renderActions?.(initiative)}
              editor={renderEditor?.(initiative)}
            />
          ))}
        </ul>
      ) : (
        <p className="okr-inis__empty" data-testid="initiatives-empty">
          {t('initiative.noneDriving')}
        </p>
      )}
      {hint ? (
        <p className="okr-inis__hint">
          <InfoIcon size={14} />
          <span>{hint}</span>
        </p>
      ) : null}
      {footer ? <div className="okr-inis__footer">{footer}</div> : null}
    </section>
  );
}

/**
 * Step 4, assign owners: every key result gets one person who tracks it. One table, grouped by
 * objective; the ones still without an owner stand out, and Next waits until none is left.
 */
import { EmptyState } from '@shared/components/empty-state';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, space } from '@shared/styles/tokens';
import { useSession } from '../../../app-state/session-context';
import { byOrder, keyResultsOf } from '../../../app-state/session-model';
import { OwnerRow } from './owner-row';

defineStyles(
  'session-owners',
  `
.okr-owners { width: 100%; border-collapse: collapse; }
.okr-owners th, .okr-owners td { text-align: left; vertical-align: top; padding: ${space.s100} ${space.s150}; }
.okr-owners thead th { font: ${font.headingXxsmall}; color: ${color.textSubtle}; border-bottom: ${border.widthFocused} solid ${color.border}; }
.okr-owners__objective th { font: ${font.headingXsmall}; color: ${color.text}; padding-top: ${space.s200}; }
.okr-owners__row td { border-bottom: ${border.width} solid ${color.border}; }
.okr-owners__row--missing td { background: ${color.bgWarning}; }
.okr-owners__row--missing td:first-child { box-shadow: inset ${border.widthFocused} 0 0 ${color.iconWarning}; }
.okr-owners__kr { display: flex; flex-direction: column; gap: ${space.s050}; }
.okr-owners__title { font-weight: ${font.weightMedium}; color: ${color.text}; }
.okr-owners__measure { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-owners__owner { width: 45%; min-width: 14rem; }
@container surface (max-width: 560px) {
  .okr-owners, .okr-owners tbody, .okr-owners tr, .okr-owners td, .okr-owners th { display: block; width: 100%; }
  .okr-owners thead { display: none; }
  .okr-owners__owner { min-width: 0; padding-top: 0; }
  .okr-owners__row td { border-bottom: none; }
  .okr-owners__row { border-bottom: ${border.width} solid ${color.border}; }
}
`,
);

export function OwnersStep() {
  const { t, format } = useI18n();
  const { view } = useSession();
  const objectives = byOrder(view.objectives).filter((o) => keyResultsOf(view, o.id).length > 0);
  const total = view.keyResults.length;
  const missing = view.keyResults.filter((k) => !k.ownerAccountId).length;
  if (total === 0) {
    return <EmptyState title={t('session.owners.emptyTitle')} body={t('session.owners.emptyBody')} testId="owners-empty" />;
  }
  return (
    <section className="okr-session-card" aria-labelledby="owners-title">
      <div className="okr-session-section">
        <h3 className="okr-session-section__title" id="owners-title">
          {t('session.owners.title', { count: format.number(total), missing: format.number(missing) })}
        </h3>
        <p className="okr-session-section__about">{t('session.owners.about')}</p>
      </div>
      <table className="okr-owners" data-testid="owners-table">
        <thead>
          <tr>
            <th scope="col">{t('krForm.title')}</th>
            <th scope="col">{t('kr.owner')}</th>
          </tr>
        </thead>
        {objectives.map((objective) => (
          <tbody key={objective.id}>
            <tr className="okr-owners__objective">
              <th colSpan={2} scope="colgroup">
                {objective.title}
              </th>
            </tr>
            {keyResultsOf(view, objective.id).map((kr) => (
              <OwnerRow key={kr.id} item={kr} />
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

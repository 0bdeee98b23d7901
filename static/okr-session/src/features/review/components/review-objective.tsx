/**
 * One objective at review: the OKR sentence, its key results with their owners, and the checklist
 * the team agrees on together (ambitious enough, committed or aspirational agreed, scorable from
 * 0 to 1), each box saved on the objective as it is ticked.
 */
import { UserName } from '@shared/components/avatar';
import { Checkbox } from '@shared/components/checkbox';
import { Lozenge } from '@shared/components/lozenge';
import { SectionMessage } from '@shared/components/section-message';
import { useI18n } from '@shared/i18n';
import { CommitmentLozenge } from '@shared/okr/status-lozenge';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, radius, space } from '@shared/styles/tokens';
import { useId } from 'react';
import { measureSummary } from '../../../app-state/measure-summary';
import { useSession } from '../../../app-state/session-context';
import { keyResultsOf, type ObjectiveItemView } from '../../../app-state/session-model';
import { okrSentence } from '../hooks/okr-sentence';
import { useChecklist } from '../hooks/use-checklist';

defineStyles(
  'session-review',
  `
.okr-review__head { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; }
.okr-review__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-sentence { margin: 0; padding: ${space.s150} ${space.s200}; border-left: ${border.widthFocused} solid ${color.borderSelected};
  border-radius: ${radius.small}; background: ${color.bgSelected}; color: ${color.text}; font: ${font.body}; font-style: italic; }
.okr-review__krs { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${space.s075}; }
.okr-review__kr { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; align-items: center; justify-content: space-between; }
.okr-review__kr-title { flex: 1 1 14rem; min-width: 0; }
.okr-review__kr-measure { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-review__checklist { display: flex; flex-direction: column; gap: ${space.s025}; padding: ${space.s100}; border-radius: ${radius.medium}; background: ${color.bgNeutral}; }
.okr-review__checklist-head { display: flex; justify-content: space-between; align-items: center; gap: ${space.s100}; padding: 0 ${space.s100}; font: ${font.headingXxsmall}; color: ${color.textSubtle}; }
`,
);

export function ReviewObjective({ item }: { item: ObjectiveItemView }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { view, editable } = useSession();
  const titleId = useId();
  const keyResults = keyResultsOf(view, item.id);
  const { checklist, saving, error, toggle } = useChecklist(item);
  const ticked = [checklist.ambitious, checklist.commitmentAgreed, checklist.scorable].filter(Boolean).length;
  const box = (key: keyof typeof checklist) => ({
    checked: checklist[key],
    onChange: (value: boolean) => void toggle(key, value),
    disabled: !editable,
    busy: saving.includes(key),
  });

  return (
    <article className="okr-session-card" data-testid="session-review-objective" data-item-id={item.id} aria-labelledby={titleId}>
      <div className="okr-review__head">
        <h3 className="okr-review__title" id={titleId}>
          {item.title}
        </h3>
        <CommitmentLozenge commitment={item.commitment} />
        {item.publishedObjectiveId ? <Lozenge appearance="success">{t('session.publishedLozenge')}</Lozenge> : null}
      </div>
      <blockquote className="okr-sentence" data-testid="okr-sentence">
        {okrSentence(i18n, item.title, keyResults.map((kr) => kr.title))}
      </blockquote>
      {keyResults.length ? (
        <ul className="okr-review__krs" aria-label={t('objective.keyResults')}>
          {keyResults.map((kr) => (
            <li className="okr-review__kr" key={kr.id}>
              <span className="okr-review__kr-title">
                {kr.title} <span className="okr-review__kr-measure">· {measureSummary(i18n, kr.measure)}</span>
              </span>
              {kr.ownerAccountId ? <UserName accountId={kr.ownerAccountId} size={16} /> : <Lozenge appearance="moved">{t('session.owners.missing')}</Lozenge>}
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="okr-review__checklist" style={{ border: 'none', margin: 0 }} data-testid="session-checklist">
        <legend className="okr-visually-hidden">{t('session.review.checklistFor', { title: item.title })}</legend>
        <div className="okr-review__checklist-head" aria-hidden="true">
          <span>{t('session.review.checklist')}</span>
          <span>{t('session.review.checked', { count: format.number(ticked), total: format.number(3) })}</span>
        </div>
        <Checkbox {...box('ambitious')} label={t('session.review.ambitious')} help={t('session.review.ambitious.help')} testId="checklist-ambitious" />
        <Checkbox
          {...box('commitmentAgreed')}
          label={t('session.review.commitment', { commitment: t(`commitment.${item.commitment}`) })}
          help={t(`commitment.${item.commitment}.help`)}
          testId="checklist-commitment"
        />
        <Checkbox {...box('scorable')} label={t('session.review.scorable')} help={t('session.review.scorable.help')} testId="checklist-scorable" />
      </fieldset>
      {error ? (
        <SectionMessage appearance={error.code === 'CONFLICT' ? 'warning' : 'error'} testId={error.code === 'CONFLICT' ? 'session-conflict' : 'save-error'}>
          {error.code === 'CONFLICT' ? t('session.review.conflict') : t(`error.${error.code}`)}
        </SectionMessage>
      ) : null}
    </article>
  );
}

/** The latest check-in under a key result: value, confidence, comment, who and when. */
import type { KeyResultView } from '@contracts/views';
import { UserName } from '../components/avatar';
import { Lozenge } from '../components/lozenge';
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';
import { checkInValue } from './measure-text';
import { CONFIDENCE_APPEARANCE } from './okr-labels';

defineStyles(
  'last-check-in',
  `
.okr-last-check-in { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-last-check-in__label { color: ${color.textSubtlest}; }
.okr-last-check-in__value { font-weight: ${font.weightSemibold}; color: ${color.text}; }
.okr-last-check-in__comment { flex: 1 1 100%; color: ${color.textSubtle}; white-space: pre-line; }
.okr-last-check-in__by { display: inline-flex; gap: ${space.s050}; align-items: center; color: ${color.textSubtlest}; }
`,
);

export function LastCheckIn({ keyResult }: { keyResult: KeyResultView }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const last = keyResult.lastCheckIn;
  if (!last) {
    return (
      <div className="okr-last-check-in" data-testid="kr-last-check-in">
        <span className="okr-last-check-in__label">{t('kr.noCheckIn')}</span>
      </div>
    );
  }
  return (
    <div className="okr-last-check-in" data-testid="kr-last-check-in">
      <span className="okr-last-check-in__label">{t('kr.lastCheckIn')}</span>
      <span className="okr-last-check-in__value">{checkInValue(i18n, keyResult.measure, last.value)}</span>
      <Lozenge appearance={CONFIDENCE_APPEARANCE[last.confidence]}>{t('confidence.label', { level: t(`confidence.${last.confidence}`) })}</Lozenge>
      <span className="okr-last-check-in__by" title={format.dateTime(last.createdAt)}>
        <UserName accountId={last.authorAccountId} size={16} />
        <span aria-hidden="true">·</span>
        <time dateTime={last.createdAt}>{format.relative(last.createdAt)}</time>
      </span>
      {last.comment ? <q className="okr-last-check-in__comment">{last.comment}</q> : null}
    </div>
  );
}

/** A key result's check-ins, newest first, under a small trend line; older pages on request. */
import type { KeyResultView } from '@contracts/views';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { ErrorState } from '@shared/components/error-state';
import { Lozenge } from '@shared/components/lozenge';
import { Skeleton } from '@shared/components/skeleton';
import { useI18n } from '@shared/i18n';
import { checkInValue } from '@shared/okr/measure-text';
import { CONFIDENCE_APPEARANCE } from '@shared/okr/okr-labels';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, elevation, font, radius, space } from '@shared/styles/tokens';
import { useId, useState } from 'react';
import { useCheckInHistory } from '../hooks/use-check-in-history';
import { CheckInForm } from './check-in-form';
import { Sparkline } from './sparkline';

defineStyles(
  'check-in-history',
  `
.okr-history { display: flex; flex-direction: column; gap: ${space.s100}; padding: ${space.s150}; border-radius: ${radius.medium}; background: ${elevation.surfaceSunken}; }
.okr-history__head { display: flex; flex-wrap: wrap; gap: ${space.s100}; align-items: center; justify-content: space-between; }
.okr-history__title { font: ${font.headingXxsmall}; color: ${color.textSubtle}; text-transform: uppercase; }
.okr-history__list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-history__entry { display: grid; grid-template-columns: auto 1fr; gap: ${space.s025} ${space.s100}; padding: ${space.s100} 0; }
.okr-history__entry + .okr-history__entry { border-top: ${border.width} solid ${color.border}; }
.okr-history__value { font-weight: ${font.weightSemibold}; font-variant-numeric: tabular-nums; }
.okr-history__meta { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-history__comment { grid-column: 1 / -1; color: ${color.textSubtle}; white-space: pre-line; }
.okr-history__empty { color: ${color.textSubtlest}; font: ${font.bodySmall}; }
.okr-history__entry--corrected .okr-history__value { text-decoration: line-through; color: ${color.textSubtlest}; }
.okr-history__correct { grid-column: 1 / -1; }
`,
);

export function CheckInHistory({ keyResult, canCorrect = false }: { keyResult: KeyResultView; /** Who may check in may correct a reading. */ canCorrect?: boolean }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const titleId = useId();
  const history = useCheckInHistory(keyResult.id, keyResult.lastCheckIn?.id);
  const { resource, checkIns } = history;
  const chronological = [...checkIns].reverse().map((c) => c.value);
  const show = (value: number) => checkInValue(i18n, keyResult.measure, value);
  const [correcting, setCorrecting] = useState<string>();

  return (
    <section className="okr-history" aria-labelledby={titleId} data-testid="check-in-history" aria-busy={resource.status === 'loading' || undefined}>
      <div className="okr-history__head">
        <h4 className="okr-history__title" id={titleId}>
          {t('checkIn.history')}
        </h4>
        {chronological.length > 1 ? (
          <Sparkline values={chronological} label={t('checkIn.trend', { first: show(chronological[0] ?? 0), last: show(chronological[chronological.length - 1] ?? 0) })} />
        ) : null}
      </div>
      {resource.status === 'error' ? <ErrorState error={resource.error} onRetry={() => void history.reload()} /> : null}
      {resource.status === 'loading' || resource.status === 'idle' ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <Skeleton width="60%" />
          <Skeleton width="40%" />
        </div>
      ) : null}
      {resource.status === 'ok' && checkIns.length === 0 ? <p className="okr-history__empty">{t('checkIn.historyEmpty')}</p> : null}
      {checkIns.length > 0 ? (
        <ol className="okr-history__list">
          {checkIns.map((checkIn) => (
            <li
              className={`okr-history__entry${checkIn.correctedByCheckInId ? ' okr-history__entry--corrected' : ''}`}
              key={checkIn.id}
              data-testid="check-in-entry"
              data-check-in-id={checkIn.id}
              data-corrected={checkIn.correctedByCheckInId ? 'true' : undefined}
            >
              <span className="okr-history__value">{show(checkIn.value)}</span>
              <span className="okr-history__meta">
                {checkIn.correctedByCheckInId ? (
                  <Lozenge appearance="removed" title={t('history.correctedHint')} testId="check-in-corrected">
                    {t('history.corrected')}
                  </Lozenge>
                ) : null}
                {checkIn.correctsCheckInId ? <Lozenge appearance="inprogress">{t('history.correction')}</Lozenge> : null}
                <Lozenge appearance={CONFIDENCE_APPEARANCE[checkIn.confidence]}>{t('confidence.label', { level: t(`confidence.${checkIn.confidence}`) })}</Lozenge>
                <UserName accountId={checkIn.authorAccountId} size={16} />
                <time dateTime={checkIn.createdAt} title={format.dateTime(checkIn.createdAt)}>
                  {format.relative(checkIn.createdAt)}
                </time>
              </span>
              {checkIn.comment ? <p className="okr-history__comment">{checkIn.comment}</p> : null}
              {canCorrect && !checkIn.correctedByCheckInId ? (
                <div className="okr-history__correct">
                  {correcting === checkIn.id ? (
                    <CheckInForm keyResult={keyResult} correcting={checkIn} onDone={() => setCorrecting(undefined)} />
                  ) : (
                    <Button compact appearance="link" onClick={() => setCorrecting(checkIn.id)} data-return-focus={`correct-${checkIn.id}`} testId="check-in-correct">
                      {t('history.correct')}
                    </Button>
                  )}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {history.moreError ? <ErrorState error={history.moreError} /> : null}
      {history.hasMore ? (
        <div>
          <Button compact appearance="link" loading={history.loadingMore} onClick={() => void history.loadMore()} testId="check-in-load-older">
            {t('checkIn.loadOlder')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The top of the session: what it is, for which team and cycle, when the meeting is and who
 * facilitates, and whether the OKRs were published. A refresh that failed says so, with Retry,
 * while the last answer stays on screen.
 */
import type { ErrorBody } from '@contracts/envelope';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { TargetIcon } from '@shared/components/icons';
import { Lozenge } from '@shared/components/lozenge';
import { SectionMessage } from '@shared/components/section-message';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import type { ReadySession } from '../../../app-state/session-model';

defineStyles(
  'session-header',
  `
.okr-session-head { display: flex; gap: ${space.s150}; align-items: flex-start; }
.okr-session-head__icon { flex: none; display: inline-flex; padding: ${space.s100}; border-radius: 50%; background: ${color.bgSelected}; color: ${color.textSelected}; }
.okr-session-head__text { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; flex: 1; }
.okr-session-head__title { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s100}; align-items: center; font: ${font.headingMedium}; color: ${color.text}; }
.okr-session-head__facts { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; font: ${font.bodySmall}; color: ${color.textSubtle}; align-items: center; }
.okr-session-head__facts b { font-weight: ${font.weightSemibold}; color: ${color.text}; }
@container surface (max-width: 480px) { .okr-session-head__icon { display: none; } }
`,
);

export function SessionHeader({ view, refreshError, onRetry }: { view: ReadySession; refreshError: ErrorBody | undefined; onRetry: () => void }) {
  const { t, format } = useI18n();
  const { meeting, published } = view.session;
  return (
    <>
      <header className="okr-session-head">
        <span className="okr-session-head__icon">
          <TargetIcon size={20} />
        </span>
        <div className="okr-session-head__text">
          <h1 className="okr-session-head__title">
            <span data-testid="session-title">{t('session.title', { team: view.team.name, cycle: view.cycle.name })}</span>
            {published ? (
              <Lozenge appearance="success" testId="session-published-lozenge">
                {t('session.publishedLozenge')}
              </Lozenge>
            ) : null}
          </h1>
          <div className="okr-session-head__facts">
            <span>{t('cycle.range', { start: format.date(view.cycle.startDate), end: format.date(view.cycle.endDate) })}</span>
            <span data-testid="session-meeting-time">
              {meeting.at ? t('session.meetingAt', { when: format.dateTime(meeting.at) }) : t('session.meetingNotSet')}
            </span>
            {meeting.facilitatorAccountId ? (
              <span>
                {t('session.facilitator')}: <UserName accountId={meeting.facilitatorAccountId} size={16} />
              </span>
            ) : null}
          </div>
        </div>
      </header>
      {refreshError ? (
        <SectionMessage
          appearance="warning"
          actions={
            <Button onClick={onRetry} compact>
              {t('common.retry')}
            </Button>
          }
        >
          {t('session.refreshFailed')} {t(`error.${refreshError.code}`)}
        </SectionMessage>
      ) : null}
    </>
  );
}

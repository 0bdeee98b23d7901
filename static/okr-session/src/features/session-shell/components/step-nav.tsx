/**
 * The foot of a step. On the session's current step: what still blocks it, advice, and Next step
 * (held back, with the reasons listed, until nothing blocks). On a done step: Reopen, for the
 * facilitator (or anyone while there is none), after confirming, since it moves everyone back.
 * On a later step: where the session is now.
 */
import type { ErrorBody } from '@contracts/envelope';
import { advanceSessionPayload } from '@contracts/schemas';
import { Button } from '@shared/components/button';
import { SectionMessage } from '@shared/components/section-message';
import { checkPayload, fieldIssueMessage } from '@shared/field-errors';
import { useUser } from '@shared/hooks/user-directory';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, space } from '@shared/styles/tokens';
import { useId, useState } from 'react';
import { advanceSession } from '../../../api/invokes';
import { IssueList } from '../../../app-state/issue-list';
import { useSession } from '../../../app-state/session-context';
import { nextStep, STEP_NAME, stepOf, type SessionIssue, type SessionStep } from '../../../app-state/session-model';

defineStyles(
  'session-step-nav',
  `
.okr-step-nav { display: flex; flex-direction: column; gap: ${space.s150}; padding-top: ${space.s200}; border-top: ${border.width} solid ${color.border}; }
.okr-step-nav__bar { display: flex; flex-wrap: wrap; gap: ${space.s100} ${space.s200}; align-items: center; justify-content: space-between; }
.okr-step-nav__note { color: ${color.textSubtle}; flex: 1 1 16rem; }
.okr-step-nav__actions { display: flex; flex-wrap: wrap; gap: ${space.s100}; margin-left: auto; }
`,
);

/** Moving the session: `onMove` tells the screen to follow the user to where they sent it. */
function useMove(onMove: (to: SessionStep) => void) {
  const { t } = useI18n();
  const { view, reload } = useSession();
  const [moving, setMoving] = useState<SessionStep | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  const move = async (to: SessionStep) => {
    const checked = checkPayload(advanceSessionPayload, { to, version: view.session.version });
    if (!checked.ok) return setError(checked.error);
    setMoving(to);
    setError(null);
    onMove(to);
    const answer = await advanceSession(checked.data);
    if (!answer.ok) setError(answer.error);
    await reload();
    setMoving(null);
  };

  const errorText = (e: ErrorBody): string => {
    if (e.code === 'CONFLICT') return t('session.move.conflict');
    const reason = e.fields?.to ?? Object.values(e.fields ?? {})[0];
    if (e.code === 'VALIDATION' && reason) return fieldIssueMessage(t, reason);
    return t(`error.${e.code}`);
  };

  const message = error ? (
    <SectionMessage appearance={error.code === 'CONFLICT' ? 'warning' : 'error'} testId="session-move-error">
      {errorText(error)}
    </SectionMessage>
  ) : null;
  return { move, moving, message };
}

export function StepNav({ shown, onMove, onFollow }: { shown: SessionStep; onMove: (to: SessionStep) => void; onFollow: () => void }) {
  const { view } = useSession();
  const current = view.session.step;
  if (shown === current) return <CurrentStepNav step={current} onMove={onMove} />;
  if (stepOf(view, shown).state === 'done') return <DoneStepNav step={shown} onMove={onMove} />;
  return <LaterStepNav onFollow={onFollow} />;
}

function CurrentStepNav({ step, onMove }: { step: SessionStep; onMove: (to: SessionStep) => void }) {
  const { t } = useI18n();
  const { view } = useSession();
  const { blocking, warnings } = stepOf(view, step);
  const next = nextStep(step);
  const { move, moving, message } = useMove(onMove);
  const blockersId = useId();
  // The review step ends with publishing (its own panel), not with a next step.
  if (!next) return warnings.length ? <Advice issues={warnings} /> : null;
  const blocked = blocking.length > 0;
  return (
    <footer className="okr-step-nav" aria-label={t('session.nav.label')}>
      {blocked ? (
        <div id={blockersId}>
          <SectionMessage appearance="warning" title={t('session.nav.blockedTitle')} testId="session-blockers">
            <IssueList issues={blocking} />
          </SectionMessage>
        </div>
      ) : null}
      {warnings.length ? <Advice issues={warnings} /> : null}
      {message}
      {/* Moving the session on is for those who take part; the others read the notice above the step. */}
      {view.can.takePart ? (
        <div className="okr-step-nav__bar">
          <p className="okr-step-nav__note">{blocked ? t('session.nav.blockedNote') : t('session.nav.readyNote')}</p>
          <div className="okr-step-nav__actions">
            <Button
              appearance="primary"
              disabled={blocked}
              loading={moving === next}
              onClick={() => void move(next)}
              aria-describedby={blocked ? blockersId : undefined}
              testId="session-next"
            >
              {t('session.nav.next', { step: t(STEP_NAME[next]) })}
            </Button>
          </div>
        </div>
      ) : null}
    </footer>
  );
}

/** Advice: listed in full, except writing hints, which show next to their items and are only counted here. */
function Advice({ issues }: { issues: readonly SessionIssue[] }) {
  const { t, format } = useI18n();
  const hints = issues.filter((issue) => issue.code === 'quality').length;
  const others = issues.filter((issue) => issue.code !== 'quality');
  return (
    <SectionMessage appearance="information" title={t('session.nav.adviceTitle')} testId="session-warnings">
      <IssueList issues={others} extra={hints ? [t('session.nav.qualityHints', { count: format.number(hints) })] : []} />
    </SectionMessage>
  );
}

function DoneStepNav({ step, onMove }: { step: SessionStep; onMove: (to: SessionStep) => void }) {
  const { t } = useI18n();
  const { view } = useSession();
  const [confirming, setConfirming] = useState(false);
  const { move, moving, message } = useMove(onMove);
  const facilitatorId = view.session.meeting.facilitatorAccountId;
  const facilitator = useUser(facilitatorId);
  const name = t(STEP_NAME[step]);
  // Reopening moves the session: for those who take part (the notice above the step says who).
  const canReopen = view.canReopen && view.can.takePart;
  return (
    <footer className="okr-step-nav" aria-label={t('session.nav.label')}>
      {message}
      {confirming ? (
        <SectionMessage
          appearance="information"
          title={t('session.reopen.confirmTitle', { step: name })}
          testId="reopen-confirm"
          actions={
            <>
              <Button appearance="primary" loading={moving === step} onClick={() => void move(step).then(() => setConfirming(false))} testId="confirm-reopen" autoFocus>
                {t('session.reopen.button')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
            </>
          }
        >
          {t('session.reopen.confirmBody')}
        </SectionMessage>
      ) : null}
      <div className="okr-step-nav__bar">
        {view.can.takePart ? (
          <p className="okr-step-nav__note">
            {canReopen ? t('session.reopen.doneNote') : t('session.reopen.onlyFacilitator', { name: facilitator?.displayName ?? t('user.unknown') })}
          </p>
        ) : null}
        {canReopen && !confirming ? (
          <div className="okr-step-nav__actions">
            <Button onClick={() => setConfirming(true)} testId="session-reopen" data-step={step}>
              {t('session.reopen.button')}
            </Button>
          </div>
        ) : null}
      </div>
    </footer>
  );
}

function LaterStepNav({ onFollow }: { onFollow: () => void }) {
  const { t } = useI18n();
  const { view } = useSession();
  return (
    <footer className="okr-step-nav" aria-label={t('session.nav.label')}>
      <div className="okr-step-nav__bar">
        <p className="okr-step-nav__note">{t('session.nav.laterNote', { step: t(STEP_NAME[view.session.step]) })}</p>
        <div className="okr-step-nav__actions">
          <Button onClick={onFollow} testId="go-to-current-step">
            {t('session.nav.goToCurrent')}
          </Button>
        </div>
      </div>
    </footer>
  );
}

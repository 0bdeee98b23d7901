/**
 * The session macro's states, in order: loading, failed (with retry), not set up (the macro has
 * no team or cycle yet), and the session itself: header, the five steps, the step on screen
 * with its content and its foot (Next step / Reopen).
 */
import type { ErrorBody } from '@contracts/envelope';
import { Button } from '@shared/components/button';
import { EmptyState } from '@shared/components/empty-state';
import { ErrorState } from '@shared/components/error-state';
import { Page } from '@shared/components/page';
import { PageIntro } from '@shared/components/page-intro';
import { SectionMessage } from '@shared/components/section-message';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { useId, useMemo } from 'react';
import { DraftRegistry, SessionContext, type SessionState } from '../../../app-state/session-context';
import { STEP_NAME, stepNumber, type ReadySession, type SessionStep } from '../../../app-state/session-model';
import '../../../app-state/session-styles';
import { useLiveSession } from '../hooks/use-live-session';
import { useShownStep } from '../hooks/use-shown-step';
import { SessionHeader } from './session-header';
import { SessionRolesNotice } from './session-roles-notice';
import { SessionSkeleton } from './session-skeleton';
import { StepContent } from './step-content';
import { StepNav } from './step-nav';
import { Stepper } from './stepper';

defineStyles(
  'session-screen',
  `
.okr-step-panel { display: flex; flex-direction: column; gap: ${space.s200}; min-width: 0; }
.okr-step-panel:focus { outline: none; }
.okr-step-panel__intro { display: flex; flex-direction: column; gap: ${space.s050}; }
.okr-step-panel__eyebrow { font: ${font.headingXxsmall}; color: ${color.textSubtlest}; text-transform: uppercase; letter-spacing: 0.02em; }
.okr-step-panel__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-step-panel__about { color: ${color.textSubtle}; max-width: 48rem; }
`,
);

export function SessionScreen() {
  const { t } = useI18n();
  const { resource, reload } = useLiveSession();
  if (resource.status === 'idle' || resource.status === 'loading') return <SessionSkeleton />;
  if (resource.status === 'error') {
    return (
      <Page label={t('session.name')}>
        <PageIntro title={t('session.name')} about={t('session.about')} />
        <ErrorState error={resource.error} onRetry={() => void reload()} />
      </Page>
    );
  }
  if (resource.data.state === 'unconfigured') {
    return (
      <Page label={t('session.name')}>
        <PageIntro title={t('session.name')} about={t('session.about')} />
        <EmptyState title={t('session.unconfigured.title')} body={t('session.unconfigured.body')} testId="session-unconfigured" />
      </Page>
    );
  }
  return <ReadySessionScreen view={resource.data} reload={reload} refreshError={resource.refreshError} />;
}

function ReadySessionScreen({ view, reload, refreshError }: { view: ReadySession; reload: () => Promise<void>; refreshError: ErrorBody | undefined }) {
  const { t, format } = useI18n();
  const drafts = useMemo(() => new DraftRegistry(), []);
  const current = view.session.step;
  const steps = useShownStep(current, drafts);
  const { shown } = steps;
  const ids = useId();
  const panelId = `${ids}-panel`;
  const tabId = (step: SessionStep) => `${ids}-tab-${step}`;
  // A step that moved on under someone's typing stays editable until they have saved. Those who
  // may not take part (the roles policy) follow the session without any control that writes.
  const editable = view.can.takePart && (shown === current || steps.movedWhileEditing);
  const state = useMemo<SessionState>(() => ({ view, reload, shownStep: shown, editable, drafts }), [view, reload, shown, editable, drafts]);

  return (
    <SessionContext.Provider value={state}>
      <Page label={t('session.region', { team: view.team.name, cycle: view.cycle.name })}>
        <SessionHeader view={view} refreshError={refreshError} onRetry={() => void reload()} />
        <Stepper view={view} shown={shown} onShow={steps.show} panelId={panelId} tabId={tabId} />
        {shown !== current ? (
          <SectionMessage
            appearance={steps.movedWhileEditing ? 'warning' : 'information'}
            testId="session-elsewhere"
            actions={
              <Button compact onClick={steps.follow} testId="follow-session">
                {t('session.nav.goToCurrent')}
              </Button>
            }
          >
            {steps.movedWhileEditing
              ? t('session.movedWhileEditing', { step: t(STEP_NAME[current]) })
              : t('session.lookingElsewhere', { shown: t(STEP_NAME[shown]), step: t(STEP_NAME[current]) })}
          </SectionMessage>
        ) : null}
        <section className="okr-step-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(shown)} data-testid="session-step-panel" data-step={shown}>
          <div className="okr-step-panel__intro">
            <span className="okr-step-panel__eyebrow">{t('session.stepOf', { number: format.number(stepNumber(shown)), total: format.number(5) })}</span>
            <h2 className="okr-step-panel__title">{t(STEP_NAME[shown])}</h2>
            <p className="okr-step-panel__about">{t(`session.stepAbout.${shown}`)}</p>
          </div>
          <SessionRolesNotice />
          <StepContent step={shown} />
          <StepNav shown={shown} onMove={steps.expectMove} onFollow={steps.follow} />
        </section>
      </Page>
    </SessionContext.Provider>
  );
}

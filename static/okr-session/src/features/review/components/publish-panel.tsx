/**
 * The end of the session: publish the reviewed OKRs into the team's OKRs for the cycle (where the
 * OKR panel shows them and check-ins begin). Held back, with the reasons listed, while anything
 * blocks. Once published, a summary says when and by whom, with "Publish again" to push later
 * edits in place: it never duplicates, never removes work done in the panel, and asks the
 * facilitator, item by item, where the panel and the session both changed something.
 * Publishing is for the team's admins and app admins (the roles policy, `view.can.publish`):
 * anyone else sees what would be published and, where the button would be, who publishes.
 */
import type { ErrorBody } from '@contracts/envelope';
import type { PublishedSession } from '@contracts/views';
import { Button } from '@shared/components/button';
import { CheckIcon } from '@shared/components/icons';
import { SectionMessage } from '@shared/components/section-message';
import { useUser } from '@shared/hooks/user-directory';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, space } from '@shared/styles/tokens';
import { useId, useState } from 'react';
import { publishSession } from '../../../api/invokes';
import { IssueList } from '../../../app-state/issue-list';
import { useSession } from '../../../app-state/session-context';
import { byOrder, STEP_NAME } from '../../../app-state/session-model';
import { KeptList, RepublishConflicts, type Resolutions } from './republish-conflicts';

defineStyles(
  'session-publish',
  `
.okr-publish__title { display: flex; gap: ${space.s100}; align-items: center; font: ${font.headingSmall}; color: ${color.text}; }
.okr-publish__title svg { color: ${color.iconSuccess}; }
.okr-publish__summary { font: ${font.body}; color: ${color.textSubtle}; }
.okr-publish__list { margin: 0; padding-left: ${space.s200}; display: flex; flex-direction: column; gap: ${space.s050}; }
`,
);

export function PublishPanel() {
  const { t, format } = useI18n();
  const { view, reload } = useSession();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PublishedSession | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const reasonsId = useId();
  const { published } = view.session;
  const blockers = view.publishBlockers;
  // Publishing ends the review: while an earlier step is open (reopened), it waits for the team.
  const notYet = view.session.step !== 'review';
  const conflicts = view.republish?.conflicts ?? [];
  // A choice counts only for the version of the record it was made on.
  const unresolved = conflicts.filter((c) => resolutions[c.itemId]?.panelVersion !== c.panelVersion);
  const blocked = blockers.length > 0 || notYet || unresolved.length > 0;
  const mayPublish = view.can.publish;
  const whoPublishes = (
    <SectionMessage appearance="information" testId="publish-who">
      {t('roles.session.publishWho', { team: view.team.name })}
    </SectionMessage>
  );

  const publish = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    const chosen = Object.fromEntries(conflicts.flatMap((c) => (resolutions[c.itemId] ? [[c.itemId, resolutions[c.itemId]!]] : [])));
    const answer = await publishSession({ resolutions: chosen });
    if (answer.ok) {
      setResult(answer.data);
      if (answer.data.state === 'published') setResolutions({});
    } else setError(answer.error);
    await reload();
    setBusy(false);
  };

  const blockerReasons = notYet ? (
    <SectionMessage appearance="information" testId="publish-not-yet">
      {t('session.publish.notYet', { step: t(STEP_NAME[view.session.step]) })}
    </SectionMessage>
  ) : blockers.length > 0 ? (
    <SectionMessage appearance="warning" title={t('session.publish.blockedTitle')} testId="publish-blockers">
      <IssueList issues={blockers} />
    </SectionMessage>
  ) : null;
  const blockerList = blockerReasons ? <div id={reasonsId}>{blockerReasons}</div> : null;
  const outcome = (
    <>
      {result?.state === 'published' ? (
        <SectionMessage appearance="success" testId="publish-result">
          {t('session.publish.result', { created: format.number(result.created), updated: format.number(result.updated), removed: format.number(result.removed) })}
        </SectionMessage>
      ) : null}
      {result?.state === 'needs-resolution' ? (
        <SectionMessage appearance="warning" testId="publish-needs-resolution">
          {t('session.republish.changedMeanwhile')}
        </SectionMessage>
      ) : null}
      {error ? (
        <SectionMessage appearance="error" testId="publish-error">
          {error.code === 'VALIDATION' ? t('session.publish.refused') : t(`error.${error.code}`)}
        </SectionMessage>
      ) : null}
    </>
  );

  if (published) {
    return (
      <section className="okr-session-card" aria-labelledby="published-title" data-testid="session-published">
        <h3 className="okr-publish__title" id="published-title">
          <CheckIcon size={20} /> {t('session.published.title')}
        </h3>
        <PublishedFacts count={Object.keys(published.objectives).length} at={published.at} byAccountId={published.byAccountId} />
        <ul className="okr-publish__list" data-testid="published-objectives">
          {byOrder(view.objectives)
            .filter((o) => o.publishedObjectiveId)
            .map((o) => (
              <li key={o.id} data-published-objective-id={o.publishedObjectiveId}>
                {o.title}
              </li>
            ))}
        </ul>
        <p className="okr-publish__summary">{t('session.published.where', { team: view.team.name, cycle: view.cycle.name })}</p>
        {blockerList}
        {conflicts.length > 0 ? (
          <SectionMessage appearance="warning" title={t('session.republish.conflictsTitle', { count: format.number(conflicts.length) })} testId="republish-conflicts-message">
            <p className="okr-publish__summary">{view.canResolveConflicts && mayPublish ? t('session.republish.conflictsHelp') : t('session.republish.facilitatorResolves')}</p>
            <RepublishConflicts
              conflicts={conflicts}
              resolutions={resolutions}
              canResolve={view.canResolveConflicts && mayPublish}
              onResolve={(itemId, resolution) => setResolutions((current) => ({ ...current, [itemId]: resolution }))}
            />
          </SectionMessage>
        ) : null}
        {view.republish && view.republish.kept.length > 0 ? (
          <SectionMessage appearance="information" title={t('session.republish.keptTitle')} testId="republish-kept-message">
            <KeptList kept={view.republish.kept} />
          </SectionMessage>
        ) : null}
        {outcome}
        {mayPublish ? (
          <div className="okr-session-actions">
            <Button appearance="primary" disabled={blocked} loading={busy} onClick={() => void publish()} aria-describedby={blocked ? reasonsId : undefined} testId="publish-again">
              {t('session.publish.again')}
            </Button>
            <span className="okr-session-muted">{t('session.publish.againHelp')}</span>
          </div>
        ) : (
          whoPublishes
        )}
      </section>
    );
  }

  return (
    <section className="okr-session-card" aria-labelledby="publish-title" data-testid="session-publish">
      <h3 className="okr-publish__title" id="publish-title">
        {t('session.publish.title')}
      </h3>
      <p className="okr-publish__summary">{t('session.publish.about', { team: view.team.name, cycle: view.cycle.name })}</p>
      {blockerList}
      {outcome}
      {mayPublish ? (
        <div className="okr-session-actions">
          <Button appearance="primary" disabled={blocked} loading={busy} onClick={() => void publish()} aria-describedby={blocked ? reasonsId : undefined} testId="publish-session">
            {t('session.publish.button')}
          </Button>
          {blocked ? <span className="okr-session-muted">{t('session.publish.blockedNote')}</span> : null}
        </div>
      ) : (
        whoPublishes
      )}
    </section>
  );
}

function PublishedFacts({ count, at, byAccountId }: { count: number; at: string; byAccountId: string }) {
  const { t, format } = useI18n();
  const user = useUser(byAccountId);
  return (
    <p className="okr-publish__summary" data-testid="published-summary">
      {t('session.published.summary', { count: format.number(count), when: format.dateTime(at), name: user?.displayName ?? (user === null ? t('user.unknown') : '…') })}
    </p>
  );
}

/**
 * Step 2, set the stage: everyone brainstorms candidate objectives and votes for the ones that
 * would deliver the most value. Candidates keep the order they came in, so nothing jumps while
 * people vote; the next step lists them by votes.
 */
import { EmptyState } from '@shared/components/empty-state';
import { useI18n } from '@shared/i18n';
import { useSession } from '../../../app-state/session-context';
import { candidatesInOrder } from '../../../app-state/session-model';
import { AddCandidate } from './add-candidate';
import { CandidateRow } from './candidate-row';

export function StageStep() {
  const { t, format } = useI18n();
  const { view, editable } = useSession();
  const candidates = candidatesInOrder(view.candidates);
  return (
    <div className="okr-session-section" style={{ gap: 16 }}>
      {editable ? <AddCandidate /> : null}
      {candidates.length === 0 ? (
        <EmptyState title={t('session.stage.emptyTitle')} body={editable ? t('session.stage.emptyBody') : t('session.stage.emptyLater')} testId="candidates-empty" />
      ) : (
        <section className="okr-session-card" aria-labelledby="candidates-title">
          <div className="okr-session-section">
            <h3 className="okr-session-section__title" id="candidates-title">
              {t('session.stage.listTitle', { count: format.number(candidates.length) })}
            </h3>
            {/* Those who may not take part read the notice above instead (session-roles-notice). */}
            {view.can.takePart ? <p className="okr-session-section__about">{editable ? t('session.stage.listAbout') : t('session.stage.votingClosed')}</p> : null}
          </div>
          <ul className="okr-session-list" data-testid="candidate-list">
            {candidates.map((candidate) => (
              <CandidateRow key={candidate.id} candidate={candidate} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

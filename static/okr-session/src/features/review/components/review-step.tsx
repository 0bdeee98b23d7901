/** Step 5, review: each OKR in one sentence with the team's checklist, then publishing. */
import { EmptyState } from '@shared/components/empty-state';
import { useI18n } from '@shared/i18n';
import { useSession } from '../../../app-state/session-context';
import { byOrder } from '../../../app-state/session-model';
import { PublishPanel } from './publish-panel';
import { ReviewObjective } from './review-objective';

export function ReviewStep() {
  const { t } = useI18n();
  const { view } = useSession();
  const objectives = byOrder(view.objectives);
  return (
    <div className="okr-session-section" style={{ gap: 16 }}>
      {objectives.length === 0 ? (
        <EmptyState title={t('session.review.emptyTitle')} body={t('session.review.emptyBody')} testId="review-empty" />
      ) : (
        objectives.map((objective) => <ReviewObjective key={objective.id} item={objective} />)
      )}
      <PublishPanel />
    </div>
  );
}

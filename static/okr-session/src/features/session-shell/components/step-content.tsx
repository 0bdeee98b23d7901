/** Where the session's features meet: each step's own feature, composed here (they never import each other). */
import type { SessionStep } from '../../../app-state/session-model';
import { KeyResultsStep } from '../../key-results/components/key-results-step';
import { OwnersStep } from '../../owners/components/owners-step';
import { PrepStep } from '../../prep/components/prep-step';
import { ReviewStep } from '../../review/components/review-step';
import { StageStep } from '../../stage/components/stage-step';

export function StepContent({ step }: { step: SessionStep }) {
  switch (step) {
    case 'prep':
      return <PrepStep />;
    case 'stage':
      return <StageStep />;
    case 'key-results':
      return <KeyResultsStep />;
    case 'owners':
      return <OwnersStep />;
    case 'review':
      return <ReviewStep />;
  }
}

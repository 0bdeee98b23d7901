/** How OKR states look: which lozenge colour and which catalogue key each one gets. */
import type { KeyResultView, ObjectiveView } from '@contracts/views';
import type { LozengeAppearance } from '../components/lozenge';

export type ProgressStatus = ObjectiveView['status'];
export type ScoreBand = ObjectiveView['band'];
export type Commitment = ObjectiveView['commitment'];
export type Measure = KeyResultView['measure'];
export type Confidence = NonNullable<KeyResultView['lastCheckIn']>['confidence'];

export const STATUS_APPEARANCE: Record<ProgressStatus, LozengeAppearance> = {
  'on-track': 'success',
  'at-risk': 'moved',
  'off-track': 'removed',
  'not-started': 'default',
  done: 'inprogress',
};

export const CONFIDENCE_APPEARANCE: Record<Confidence, LozengeAppearance> = {
  high: 'success',
  medium: 'moved',
  low: 'removed',
};

/** The domain's value lists, in the order the screens offer them. */
export { COMMITMENTS, CONFIDENCES } from '@domain/values';

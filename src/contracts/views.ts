/**
 * What resolvers answer (inside the envelope's `data`). Plain JSON: the bridge serialises it.
 */
import type {
  CheckIn,
  Commitment,
  Cycle,
  KeyResult,
  Objective,
  ProgressStatus,
  ScoreBand,
  Team,
} from '../domain/types';

export type CycleView = Cycle;
export type TeamView = Team;

export interface KeyResultView extends KeyResult {
  /** 0.0 to 1.0. */
  progress: number;
  band: ScoreBand;
  status: ProgressStatus;
}

export interface ObjectiveView extends Objective {
  /** Weighted mean of the KRs, 0.0 to 1.0; null while it has no key results. */
  score: number | null;
  band: ScoreBand;
  status: ProgressStatus;
  keyResults: KeyResultView[];
  /** The objective it aligns to, when that one is visible in the tree's cycles. */
  parent?: { id: string; title: string; teamId: string; commitment: Commitment };
}

export interface OkrTreeView {
  cycle: CycleView;
  /** The team asked for, or undefined for the whole organisation. */
  team?: TeamView;
  /** Share of the cycle elapsed at `asOf`, 0.0 to 1.0. */
  expectedProgress: number;
  asOf: string;
  /** Mean of the objective scores (objectives without key results left out), and its band. */
  overall: { score: number | null; band: ScoreBand };
  objectives: ObjectiveView[];
  /** Every team, so names and the alignment tree can be shown without another call. */
  teams: TeamView[];
  /** Objectives the team may align to (the parent teams' objectives in this cycle and its parent cycle). */
  alignmentCandidates: Array<{ id: string; title: string; teamId: string; cycleId: string }>;
}

export interface CheckInPage {
  checkIns: CheckIn[];
  cursor?: string;
}

export interface UserView {
  accountId: string;
  displayName: string;
  avatarUrl?: string;
}

export interface SavedObjective {
  objective: Objective;
}
export interface SavedKeyResult {
  keyResult: KeyResult;
}
export interface SavedCheckIn {
  checkIn: CheckIn;
  keyResult: KeyResult;
}
export interface Deleted {
  id: string;
}

/**
 * The OKR vocabulary of OKR-METHOD.md as plain data. Pure: no Forge, no I/O, no clock.
 * Dates are ISO strings so records survive JSON (kvs, the bridge) unchanged.
 */
import type { COMMITMENTS, CONFIDENCES, CYCLE_KINDS, EPIC_PROGRESS_MODES, METRIC_DIRECTIONS, TEAM_LEVELS, VISIBILITIES } from './values';
import type { TeamMember } from './roles';

/** An ISO calendar date, `yyyy-MM-dd`, in the site's calendar (no time zone). */
export type IsoDate = string;
/** An ISO instant, `yyyy-MM-ddTHH:mm:ss.sssZ`. */
export type IsoDateTime = string;
export type AccountId = string;

export type CycleKind = (typeof CYCLE_KINDS)[number];

/** A period OKRs are set for. Quarterly objectives may hang under an annual cycle. */
export interface Cycle {
  id: string;
  name: string;
  kind: CycleKind;
  startDate: IsoDate;
  endDate: IsoDate;
  parentCycleId?: string;
  /** Archived by an app admin: kept, still listed, no longer offered for new OKRs (the UI decides). */
  archived?: boolean;
  version: number;
}

export type TeamLevel = (typeof TEAM_LEVELS)[number];

export interface Team {
  id: string;
  name: string;
  level: TeamLevel;
  parentTeamId?: string;
  /** Jira projects this team works in (used by the Jira surfaces). */
  jiraProjectKeys: string[];
  /** Its admins and members (roles.ts); everyone else is a viewer. */
  members: TeamMember[];
  version: number;
}

/** Committed OKRs are expected to reach 1.0; aspirational ones succeed at 0.7 (seed 003). */
export type Commitment = (typeof COMMITMENTS)[number];

export interface Objective {
  id: string;
  cycleId: string;
  teamId: string;
  title: string;
  description: string;
  ownerAccountId?: AccountId;
  /** The objective one level up that this one aligns to (the alignment tree). */
  parentObjectiveId?: string;
  commitment: Commitment;
  /** Display order within the team's cycle. */
  order: number;
  /**
   * Who sees it: `private` is for the team's members and admins and app admins only
   * (docs/decisions/0019). Absent on objectives stored before, which are public.
   */
  visibility?: ObjectiveVisibility;
  version: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export type ObjectiveVisibility = (typeof VISIBILITIES)[number];

export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** How a key result is measured. */
export type KeyResultMeasure =
  /** "From X to Y": the preferred, SMART form. */
  | {
      kind: 'metric';
      baseline: number;
      target: number;
      current: number;
      unit: string;
      direction: MetricDirection;
    }
  /** Percent complete, 0 to 100. */
  | { kind: 'percentage'; current: number }
  /** Done or not done. */
  | { kind: 'milestone'; done: boolean }
  /** Initiative-driven: progress is the weighted mean of the key result's initiatives. */
  | { kind: 'initiatives' };

export type KeyResultKind = KeyResultMeasure['kind'];

export type Confidence = (typeof CONFIDENCES)[number];

/** The latest check-in, kept on the key result so a screen needs no query per KR. */
export interface CheckInSummary {
  id: string;
  value: number;
  confidence: Confidence;
  comment: string;
  authorAccountId: AccountId;
  createdAt: IsoDateTime;
}

export interface KeyResult {
  id: string;
  objectiveId: string;
  title: string;
  ownerAccountId?: AccountId;
  /** Relative weight in the objective's score; 0 excludes it unless all are 0. */
  weight: number;
  measure: KeyResultMeasure;
  order: number;
  lastCheckIn?: CheckInSummary;
  /** The work planned to move this key result (OKR-METHOD.md "Initiative"). */
  initiatives?: Initiative[];
  version: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Jira's status categories: to do, in progress, done. */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** How an epic's completion is counted: by child issues, or by their story points. */
export type EpicProgressMode = (typeof EPIC_PROGRESS_MODES)[number];

/**
 * An epic's progress as last read from Jira. Kept on the initiative so scores stay the same for
 * people who cannot see the epic, and so a Jira outage shows the last known progress, not an
 * error. Never holds the epic's summary: that is only ever read live, as the user.
 */
export interface EpicProgressSnapshot {
  progress: number;
  done: number;
  total: number;
  statusCategory: StatusCategory;
  measuredBy: EpicProgressMode;
  at: IsoDateTime;
}

export type InitiativeLink =
  | { kind: 'epic'; epicKey: string; lastKnown?: EpicProgressSnapshot }
  /** Work tracked outside Jira: its progress (0 to 1) is set by hand. */
  | { kind: 'manual'; progress: number };

/** Work that should move a key result: a Jira epic or a manually tracked piece of work. */
export interface Initiative {
  id: string;
  keyResultId: string;
  /** The user's own label. For an epic it may be empty: the epic's summary is shown live. */
  title: string;
  ownerAccountId?: AccountId;
  weight: number;
  link: InitiativeLink;
  order: number;
  version: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/**
 * A recorded reading of a key result. Append-only: history is never rewritten.
 * `value` is the metric value, the percentage, or 1/0 for a milestone.
 */
export interface CheckIn {
  id: string;
  keyResultId: string;
  objectiveId: string;
  cycleId: string;
  value: number;
  confidence: Confidence;
  comment: string;
  authorAccountId: AccountId;
  /** The earlier check-in of the same key result this one corrects (which is never rewritten). */
  correctsCheckInId?: string;
  createdAt: IsoDateTime;
}

/** Traffic light of a score (OKR-METHOD.md "Scoring and status"). */
export type ScoreBand = 'red' | 'yellow' | 'green' | 'none';

/** Progress measured against the time elapsed in the cycle. */
export type ProgressStatus = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'done';

/**
 * A quality hint about how an OKR is written (OKR-METHOD.md "Quality guidance"). A code plus
 * plain values, never user text: the UI translates the code. Hints warn, they never forbid.
 */
export type QualityIssue =
  /** The objective contains a number: probably a key result. `number` is the text matched. */
  | { code: 'objective-has-number'; params: { number: string } }
  /** A short noun phrase with no direction ("Market research", "시장 조사"). */
  | { code: 'objective-no-direction'; params: Record<string, never> }
  /** The key result has no number in its title and no metric: it cannot be scored. */
  | { code: 'kr-not-measurable'; params: Record<string, never> }
  /** Only a percentage ("by 50%", "50% 향상") and no baseline: prefer "from X to Y". */
  | { code: 'kr-percentage-without-baseline'; params: { percentage: string } }
  /** An activity (output), not an outcome: suggest moving it to initiatives. `word` is the activity word found. */
  | { code: 'kr-is-activity'; params: { word: string } }
  | { code: 'too-many-objectives'; params: { count: number; max: number } }
  | { code: 'too-many-key-results'; params: { objectiveId: string; count: number; max: number } };

export type QualityIssueCode = QualityIssue['code'];

/**
 * What resolvers answer (inside the envelope's `data`). Plain JSON: the bridge serialises it.
 */
import type {
  CandidateItem,
  KeyResultDraftItem,
  ObjectiveDraftItem,
  Session,
  SessionIssue,
  SessionItem,
  SessionStep,
} from '../domain/session';
import type { KeptItem, PublishConflict } from '../domain/publish-plan';

export type { ConflictResolution, KeptItem, KeyResultDefinition, MeasureDefinition, ObjectiveDefinition, PublishConflict } from '../domain/publish-plan';
import type {
  CheckIn,
  QualityIssue,
  Commitment,
  Cycle,
  EpicProgressMode,
  Initiative,
  KeyResult,
  Objective,
  ProgressStatus,
  ScoreBand,
  StatusCategory,
  Team,
} from '../domain/types';

/** A cycle as answered: `archived` always present (false unless an app admin archived it). */
export type CycleView = Omit<Cycle, 'archived'> & { archived: boolean };
export type TeamView = Team;

/**
 * An epic as this user may see it.
 * - `live`: read from Jira just now, as the user.
 * - `restricted`: the user cannot see it in Jira: neither its key nor its summary is sent, only
 *   the last known progress (so everyone's scores agree).
 * - `unavailable`: Jira could not be read; the last known progress and when it was read.
 */
/**
 * How the linked epics were read: all live (`ok`), some left at their last known progress because
 * the invocation's time ran out (`partial`), none because Jira failed (`unavailable`), is not
 * connected to the app on this site (`not-connected`) or does not recognise the credentials the
 * app calls it with (`unrecognised`); `unused` when nothing is linked.
 */
export type JiraState = 'ok' | 'partial' | 'unavailable' | 'not-connected' | 'unrecognised' | 'unused';

export type EpicView =
  | {
      state: 'live';
      key: string;
      summary: string;
      statusName: string;
      statusCategory: StatusCategory;
      progress: number;
      done: number;
      total: number;
      measuredBy: EpicProgressMode;
      /** The site counts by story points, but none of this epic's children has an estimate. */
      estimatesMissing?: true;
      asOf: string;
    }
  | { state: 'restricted'; progress: number | null; asOf?: string }
  | {
      state: 'unavailable';
      key: string;
      progress: number | null;
      done?: number;
      total?: number;
      measuredBy?: EpicProgressMode;
      asOf?: string;
    };

export interface InitiativeView extends Omit<Initiative, 'link'> {
  /** 0.0 to 1.0; null when an epic has never been measured. */
  progress: number | null;
  link: { kind: 'manual'; progress: number } | { kind: 'epic'; epic: EpicView };
}

export interface KeyResultView extends Omit<KeyResult, 'initiatives'> {
  /** 0.0 to 1.0. */
  progress: number;
  band: ScoreBand;
  status: ProgressStatus;
  initiatives: InitiativeView[];
  /** What the person asking may do with it (src/domain/roles.ts), so the UI offers only that. */
  can: { edit: boolean; checkIn: boolean };
}

export interface ObjectiveView extends Objective {
  /** Weighted mean of the KRs, 0.0 to 1.0; null while it has no key results. */
  score: number | null;
  band: ScoreBand;
  status: ProgressStatus;
  keyResults: KeyResultView[];
  /** The objective it aligns to, when that one is visible in the tree's cycles (and to the person). */
  parent?: { id: string; title: string; teamId: string; commitment: Commitment };
  /** Private objectives aligned to this one that the person may not see: a count, nothing more. */
  privateAlignedCount?: number;
  /** Whether the person may change it, its key results and initiatives. */
  can: { edit: boolean };
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
  /**
   * Objectives a new objective of this cycle may align to, by the alignment rule (the teams above,
   * in this cycle or its annual cycle, and the team's own annual objectives): for a team's view,
   * what that team may align to; `teamIds` names every team that may align to it.
   */
  alignmentCandidates: Array<{ id: string; title: string; teamId: string; cycleId: string; teamIds: string[] }>;
  /** How linked epics were read (see JiraState). */
  jira: { state: JiraState };
  settings: SettingsView;
  /**
   * What the person may add: `editTeamOkrs` for the team asked for (for the whole organisation,
   * for some team); `editableTeamIds`, of the teams the tree is for (the one asked for, or all),
   * those whose objectives they may create and change.
   */
  can: { editTeamOkrs: boolean; editableTeamIds: string[] };
  /** Opaque: what `getOkrTreeChanges` compares to tell whether this tree is still current. */
  since: string;
}

/** The answer of `getOkrTreeChanges`: nothing changed, or the tree as it is now. */
export type OkrTreeChangesView = { changed: false } | { changed: true; tree: OkrTreeView };

export interface SettingsView {
  epicProgressMode: EpicProgressMode;
  /** The app admins named in setup, beyond the sites' admins (no duplicates). */
  appAdminAccountIds: string[];
  version: number;
}

/** A Jira project the caller can browse, for the setup's project picker. */
export interface ProjectView {
  id: string;
  key: string;
  name: string;
  /** Jira's 48x48 avatar of the project, when it answers one. */
  avatarUrl?: string;
}

export interface EpicSearchResult {
  key: string;
  summary: string;
  statusName: string;
  statusCategory: StatusCategory;
}

/** "Why are we building this": what an epic moves, for the epic's issue panel. */
export interface EpicContextView {
  /** Live from Jira; or, while Jira cannot be reached, the last known progress with its time. */
  epic: Extract<EpicView, { state: 'live' }> | Extract<EpicView, { state: 'unavailable' }>;
  links: Array<{
    initiative: InitiativeView;
    /** This initiative's share of an initiative-driven key result (weight / all weights); absent otherwise. */
    share?: number;
    keyResult: Pick<KeyResultView, 'id' | 'title' | 'progress' | 'band' | 'status' | 'ownerAccountId' | 'measure'>;
    objective: Pick<ObjectiveView, 'id' | 'title' | 'score' | 'band' | 'status' | 'commitment' | 'teamId' | 'cycleId'>;
    team: { id: string; name: string } | undefined;
    cycle: { id: string; name: string } | undefined;
  }>;
}

export interface CheckInPage {
  /** `correctedByCheckInId`: the later check-in that corrects this one (derived at read). */
  checkIns: Array<CheckIn & { correctedByCheckInId?: string }>;
  cursor?: string;
}

export interface UserView {
  accountId: string;
  displayName: string;
  avatarUrl?: string;
}

/** The person using the app, and whether they administer it (src/domain/roles.ts). */
export interface CurrentUserView extends UserView {
  appAdmin: boolean;
}

export interface SavedObjective {
  objective: Objective;
}
export interface SavedKeyResult {
  keyResult: KeyResult;
}
/**
 * What a save answers about the initiative: no title or link, since the one saving may not be
 * able to see its epic (they re-weighted it). The screen reloads the tree for the rest.
 */
export interface SavedInitiative {
  initiative: Pick<Initiative, 'id' | 'keyResultId' | 'weight' | 'version' | 'updatedAt'>;
}
export interface SavedCheckIn {
  checkIn: CheckIn;
  keyResult: KeyResult;
}
export interface Deleted {
  id: string;
}

/** The team OKR session of one macro, as every participant sees it. */
export type SessionView =
  /** The macro has no team or cycle yet: its settings must be filled in first. */
  | { state: 'unconfigured' }
  | {
      state: 'ready';
      session: Session;
      team: TeamView;
      cycle: CycleView;
      candidates: Array<CandidateItem & { votes: number; votedByMe: boolean; quality: QualityIssue[] }>;
      objectives: Array<ObjectiveDraftItem & { quality: QualityIssue[]; publishedObjectiveId?: string }>;
      keyResults: Array<KeyResultDraftItem & { quality: QualityIssue[] }>;
      steps: Array<{ step: SessionStep; state: 'done' | 'current' | 'todo'; blocking: SessionIssue[]; warnings: SessionIssue[] }>;
      /** Issues that stop publishing now (empty when it may publish). */
      publishBlockers: SessionIssue[];
      /** Whether the caller may move the session back to an earlier step. */
      canReopen: boolean;
      /** Whether the caller may set, replace or clear the facilitator (the facilitator, or the creator while there is none). */
      canChangeFacilitator: boolean;
      /** Whether the caller may resolve re-publishing conflicts (the facilitator, or anyone without one). */
      canResolveConflicts: boolean;
      /** What the roles policy lets the caller do here: take part (propose, vote, draft, advance, edit the meeting) and publish. */
      can: { takePart: boolean; publish: boolean };
      /** Once published: what publishing again would create, update, keep, or ask about. */
      republish?: RepublishPreview;
      /** What the prep step shares, read live. */
      context: {
        /** Objectives of the teams above this one, in this cycle and its annual cycle. */
        parentObjectives: Array<{ id: string; title: string; teamName: string; cycleName: string; score: number | null; band: ScoreBand }>;
        /** The team's OKRs of the cycle before, with their final scores. */
        lastCycle?: {
          cycle: CycleView;
          objectives: Array<{ id: string; title: string; score: number | null; band: ScoreBand; keyResults: Array<{ id: string; title: string; progress: number }> }>;
        };
      };
    };

/** `saveSessionItem` answers the saved draft item (with its new version), or the session for `kind: 'meeting'`. */
export type SavedSessionItem = { item: SessionItem } | { session: Session };

/** Votes are per person, so a vote never conflicts: the answer is the candidate's new tally. */
export interface CandidateVotes {
  candidateId: string;
  votes: number;
  votedByMe: boolean;
}

/**
 * What `publishSession` did: published (every change written in one transaction), or nothing
 * written because the panel changed items the session changed too (resolve, then publish again).
 */
export type PublishedSession =
  | {
      state: 'published';
      /** Published objective ids, in draft order. */
      objectiveIds: string[];
      created: number;
      updated: number;
      unchanged: number;
      removed: number;
      /** Published items the session no longer drafts, left in place because of work done on them. */
      kept: KeptItem[];
    }
  | { state: 'needs-resolution'; conflicts: PublishConflict[]; kept: KeptItem[] };

/** What publishing again would do now, shown at Review before anyone presses the button. */
export interface RepublishPreview {
  conflicts: PublishConflict[];
  kept: KeptItem[];
  counts: { created: number; updated: number; unchanged: number; removed: number };
}

/** One recorded change to an objective or key result (listChanges; src/domain/okr-changes.ts). */
export interface ChangeView {
  id: string;
  /** ISO instant. */
  at: string;
  byAccountId?: string;
  subject: { kind: 'objective' | 'keyResult'; id: string; title: string };
  action: 'created' | 'updated' | 'deleted';
  /** For `updated`, the fields that changed: title, description, commitment, owner, alignment, visibility, kind, baseline, target, unit, weight. */
  fields: Array<{ field: string; before: string | number | null; after: string | number | null }>;
}

/** A page of an objective's history, newest first. */
export interface ChangeListView {
  changes: ChangeView[];
  cursor?: string;
}

/**
 * What use cases need from the outside world. Adapters (src/adapters) implement these on kvs and
 * Jira; tests may implement them in memory. No Forge import here.
 */
import type { EpicReading } from '../domain/epic-progress';
import type { Session, SessionItem } from '../domain/session';
import type {
  CheckIn,
  Cycle,
  EpicProgressMode,
  EpicProgressSnapshot,
  Initiative,
  KeyResult,
  Objective,
  StatusCategory,
  Team,
} from '../domain/types';
import type { EpicSearchResult, ProjectView, UserView } from '../contracts/views';
import type { OkrChange } from '../domain/okr-changes';

export interface CycleRepository {
  list(): Promise<Cycle[]>;
  get(id: string): Promise<Cycle | undefined>;
  /** Creates (expectedVersion undefined) or replaces the cycle if its stored version matches. */
  save(cycle: Cycle, expectedVersion?: number): Promise<Cycle>;
  /** Creates all of `cycles` in one transaction (none exists yet), or none of them. */
  createAll(cycles: readonly Cycle[]): Promise<Cycle[]>;
}

export interface TeamRepository {
  list(): Promise<Team[]>;
  get(id: string): Promise<Team | undefined>;
  save(team: Team, expectedVersion?: number): Promise<Team>;
}

/** An objective with its key results: the unit the OKR repository reads and writes. */
export interface ObjectiveRecord {
  objective: Objective;
  keyResults: KeyResult[];
}

export interface OkrRepository {
  /** Every objective (with KRs) of the cycles, optionally of one team: a constant number of queries. */
  listByCycles(cycleIds: string[], teamId?: string): Promise<ObjectiveRecord[]>;
  findObjective(objectiveId: string): Promise<ObjectiveRecord | undefined>;
  findKeyResult(keyResultId: string): Promise<(ObjectiveRecord & { keyResult: KeyResult }) | undefined>;
  /**
   * Inserts a new objective. `change`, when given, is the history record of every write here
   * that takes one: written in the same transaction as the change, or not at all.
   */
  createObjective(objective: Objective, change?: OkrChange): Promise<Objective>;
  /** Replaces the objective if its stored version is `expectedVersion`, else ConflictError. */
  updateObjective(objective: Objective, expectedVersion: number, change?: OkrChange): Promise<Objective>;
  /**
   * Deletes the objective and its key results, if its stored version is `expectedVersion`, with
   * as many of their epic links as fit in the same transaction. Answers the clean-up marker
   * recorded in that transaction for what is left (check-ins, more epic links), if anything is.
   */
  deleteObjective(objectiveId: string, expectedVersion: number): Promise<CleanupMarkerId | undefined>;
  createKeyResult(keyResult: KeyResult, change?: OkrChange): Promise<KeyResult>;
  updateKeyResult(keyResult: KeyResult, expectedVersion: number, change?: OkrChange): Promise<KeyResult>;
  /** Deletes the key result as deleteObjective does an objective, with the same clean-up marker. */
  deleteKeyResult(keyResultId: string, expectedVersion: number, change?: OkrChange): Promise<CleanupMarkerId | undefined>;
  /**
   * Appends the check-in and applies it to its key result in one transaction. `apply` sees the
   * freshest stored key result (it may be called again if a concurrent write wins the race).
   */
  recordCheckIn(checkIn: CheckIn, apply: (current: KeyResult) => KeyResult): Promise<KeyResult>;
  /** Adds an initiative to its key result (and indexes its epic, if any). */
  createInitiative(initiative: Initiative): Promise<Initiative>;
  updateInitiative(initiative: Initiative, expectedVersion: number): Promise<Initiative>;
  deleteInitiative(keyResultId: string, initiativeId: string, expectedVersion: number): Promise<void>;
  /**
   * Stores epics' freshly read progress as the last known progress of every initiative linking
   * them in these cycles. Derived data: no record's version changes.
   */
  recordEpicSnapshots(cycleIds: string[], snapshots: ReadonlyMap<string, EpicProgressSnapshot>): Promise<void>;
  /** The objectives (with KRs) that have an initiative linking this epic. */
  listByEpic(epicKey: string): Promise<ObjectiveRecord[]>;
  /**
   * Publishes a session in one transaction, all or nothing: `build` gets the objectives published
   * before (by id) and answers what to write; the session record is written too, if its version
   * is still `expectedSessionVersion` (0: not stored yet).
   */
  publishSession(input: {
    sessionKey: string;
    expectedSessionVersion: number;
    previouslyPublished: string[];
    build: (existing: ReadonlyMap<string, ObjectiveRecord>) => PublishBuild;
  }): Promise<PublishBuild>;
}

/** What Jira says about an epic the caller can see. */
export interface EpicFacts {
  key: string;
  summary: string;
  statusName: string;
  statusCategory: StatusCategory;
  isEpic: boolean;
}

/** Jira work, read as the calling user. Retryable failures past the budget throw ProductUnavailableError. */
/** What one invocation could read of the epics asked for. */
export interface EpicsRead {
  /** The epics the caller can see, with their children. */
  epics: Map<string, EpicFacts & { reading: EpicReading }>;
  /**
   * Epics not read because the invocation's time ran out first: unknown, not invisible; they
   * keep their last known progress.
   */
  unread: string[];
}

export interface WorkTracker {
  /**
   * The epics among `keys` the caller can see, with their children: a few batched searches
   * whatever the number of epics. A key missing from the answer is one the caller cannot see
   * (or that no longer exists).
   */
  readEpics(keys: readonly string[], options: { storyPointsFieldIds?: readonly string[] }): Promise<EpicsRead>;
  findEpic(key: string): Promise<EpicFacts | undefined>;
  searchEpics(projectKey: string, query: string): Promise<EpicSearchResult[]>;
  /** Projects the caller can browse whose key or name matches `query` (all of them for ''), by name. */
  searchProjects(query: string): Promise<ProjectView[]>;
  /**
   * The site's story point fields: company-managed projects estimate in "Story Points", team-managed
   * ones in "Story point estimate", so a site usually has both and an issue carries one of them.
   */
  findStoryPointsFields(): Promise<string[]>;
  /** Whether the caller administers the Jira site (app-wide settings are theirs to change). */
  isSiteAdmin(): Promise<boolean>;
}

/**
 * What changed in storage since a reader looked: an opaque state of the markers that every write
 * to these cycles' trees (and to teams, cycles, settings) rewrites. Equal states: nothing stored
 * that the tree shows has changed.
 */
export interface ChangeMarkers {
  read(cycleIds: readonly string[]): Promise<string>;
}

export interface SessionVote {
  candidateId: string;
  accountId: string;
}

/** One session's state, items and votes; items and the session each carry their own version. */
export interface SessionRepository {
  get(sessionKey: string): Promise<Session | undefined>;
  listItems(sessionKey: string): Promise<SessionItem[]>;
  listVotes(sessionKey: string): Promise<SessionVote[]>;
  /** Creates (expectedVersion 0) or replaces the session if its stored version matches. */
  saveSession(sessionKey: string, session: Session, expectedVersion: number): Promise<Session>;
  /** Creates (expectedVersion undefined) or replaces the item if its stored version matches. */
  saveItem(sessionKey: string, item: SessionItem, expectedVersion?: number): Promise<SessionItem>;
  /** Deletes the item (if its version matches) and, in the same transaction, `dependentIds`. */
  deleteItem(sessionKey: string, itemId: string, expectedVersion: number, dependentIds: string[]): Promise<void>;
  setVote(sessionKey: string, vote: SessionVote, on: boolean): Promise<void>;
}

/** A session's drafts as objectives and key results to write, with the session that records it. */
export interface PublishBuild {
  records: ObjectiveRecord[];
  removedObjectiveIds: string[];
  session: Session;
}

export interface AppSettings {
  epicProgressMode: EpicProgressMode;
  /** Set by an older version: one site-wide field. Read as `[storyPointsFieldId]`. */
  storyPointsFieldId?: string;
  /** Every story point field of the site (one per project kind); an issue carries one of them. */
  storyPointsFieldIds?: string[];
  /** App admins named in setup, beyond the site admins (src/domain/roles.ts). */
  appAdminAccountIds?: string[];
  /** 0 until first saved. */
  version: number;
}

export interface SettingsRepository {
  get(): Promise<AppSettings>;
  save(settings: AppSettings, expectedVersion: number): Promise<AppSettings>;
}

/** The key of a durable record of what a delete left behind in storage. */
export type CleanupMarkerId = string;

/**
 * Finishing deletes: removing the check-ins and epic links a deleted objective or key result
 * left, in pages, then its marker. Idempotent: safe to run twice, or concurrently.
 */
export interface CleanupRepository {
  /** Removes at most `maxDeletes` records of what the marker names; `done` once nothing is left (and the marker is gone). */
  complete(markerId: CleanupMarkerId, maxDeletes: number): Promise<{ done: boolean; deleted: number }>;
  /** Markers still pending, oldest first. */
  pending(limit: number): Promise<CleanupMarkerId[]>;
}

export interface CheckInRepository {
  /** Newest first. */
  listByKeyResult(
    keyResultId: string,
    page: { cursor?: string; limit: number },
  ): Promise<{ checkIns: CheckIn[]; cursor?: string }>;
  get(checkInId: string): Promise<CheckIn | undefined>;
  /** Which check-ins of the key result were corrected: corrected id -> the correcting check-in's id. */
  correctionsOf(keyResultId: string): Promise<Map<string, string>>;
}

/** The history of changes to objectives and key results (written by OkrRepository). */
export interface OkrChangeRepository {
  /** An objective's changes (its own and its key results'), newest first. */
  listByObjective(objectiveId: string, page: { cursor?: string; limit: number }): Promise<{ changes: OkrChange[]; cursor?: string }>;
}

/** People, read from the product as the calling user (so nobody sees whom they cannot see). */
export interface UserDirectory {
  current(): Promise<UserView>;
  search(query: string): Promise<UserView[]>;
  getMany(accountIds: string[]): Promise<UserView[]>;
}

/** Who is calling, from the trusted invocation context (never from the payload). */
export interface Actor {
  accountId?: string;
  /**
   * The call came from one of the app's setup surfaces, which the products show only to their
   * admins (src/contracts/admin-surfaces.ts): proof of an admin where no API says so.
   */
  fromAdminSurface?: boolean;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
}

/** What Confluence says about the calling user (asked as the user). */
export interface ConfluencePermissions {
  /** Whether they administer Confluence; throws ProductUnavailableError while it cannot be asked. */
  isAdmin(): Promise<boolean>;
}

export interface Ports {
  cycles: CycleRepository;
  teams: TeamRepository;
  okrs: OkrRepository;
  checkIns: CheckInRepository;
  history: OkrChangeRepository;
  cleanup: CleanupRepository;
  users: UserDirectory;
  work: WorkTracker;
  confluence: ConfluencePermissions;
  settings: SettingsRepository;
  changes: ChangeMarkers;
  sessions: SessionRepository;
  clock: Clock;
  ids: IdGenerator;
}

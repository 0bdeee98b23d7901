/**
 * What each resolver the UI calls takes and answers, tied to the contract files so a change
 * there breaks the UI's build instead of its users. Payloads are the schemas' *input* types:
 * fields with a default (`description`, `commitment`, `weight`) may be left out.
 */
import type { z } from 'zod';
import type {
  addCheckInPayload,
  advanceSessionPayload,
  createYearPayload,
  deleteInitiativePayload,
  deleteKeyResultPayload,
  deleteObjectivePayload,
  deleteSessionItemPayload,
  getEpicContextPayload,
  getOkrTreePayload,
  getOkrTreeChangesPayload,
  getSessionPayload,
  getSettingsPayload,
  getUsersPayload,
  listCheckInsPayload,
  listChangesPayload,
  listCyclesPayload,
  listTeamsPayload,
  publishSessionPayload,
  saveInitiativePayload,
  saveKeyResultPayload,
  saveCyclePayload,
  saveObjectivePayload,
  saveSessionItemPayload,
  saveSettingsPayload,
  saveTeamPayload,
  searchEpicsPayload,
  searchProjectsPayload,
  searchUsersPayload,
  voteCandidatePayload,
} from '@contracts/schemas';
import type { ResolverKey } from '@contracts/resolver-keys';
import type {
  CandidateVotes,
  CheckInPage,
  ChangeListView,
  CycleView,
  Deleted,
  EpicContextView,
  EpicSearchResult,
  CurrentUserView,
  OkrTreeChangesView,
  OkrTreeView,
  ProjectView,
  PublishedSession,
  SavedCheckIn,
  SavedInitiative,
  SavedKeyResult,
  SavedObjective,
  SavedSessionItem,
  SessionView,
  SettingsView,
  TeamView,
  UserView,
} from '@contracts/views';

export type { CandidateVotes, SavedSessionItem };

interface Call<Schema extends z.ZodType, Result> {
  payload: z.input<Schema>;
  result: Result;
}

export interface ResolverContract {
  getOkrTree: Call<typeof getOkrTreePayload, OkrTreeView>;
  getOkrTreeChanges: Call<typeof getOkrTreeChangesPayload, OkrTreeChangesView>;
  listCycles: Call<typeof listCyclesPayload, CycleView[]>;
  listTeams: Call<typeof listTeamsPayload, TeamView[]>;
  saveCycle: Call<typeof saveCyclePayload, CycleView>;
  createYear: Call<typeof createYearPayload, CycleView[]>;
  saveTeam: Call<typeof saveTeamPayload, TeamView>;
  saveObjective: Call<typeof saveObjectivePayload, SavedObjective>;
  deleteObjective: Call<typeof deleteObjectivePayload, Deleted>;
  saveKeyResult: Call<typeof saveKeyResultPayload, SavedKeyResult>;
  deleteKeyResult: Call<typeof deleteKeyResultPayload, Deleted>;
  addCheckIn: Call<typeof addCheckInPayload, SavedCheckIn>;
  listCheckIns: Call<typeof listCheckInsPayload, CheckInPage>;
  listChanges: Call<typeof listChangesPayload, ChangeListView>;
  searchUsers: Call<typeof searchUsersPayload, UserView[]>;
  getUsers: Call<typeof getUsersPayload, UserView[]>;
  getCurrentUser: { payload: Record<string, never>; result: CurrentUserView };
  saveInitiative: Call<typeof saveInitiativePayload, SavedInitiative>;
  deleteInitiative: Call<typeof deleteInitiativePayload, Deleted>;
  searchEpics: Call<typeof searchEpicsPayload, EpicSearchResult[]>;
  searchProjects: Call<typeof searchProjectsPayload, ProjectView[]>;
  getEpicContext: Call<typeof getEpicContextPayload, EpicContextView>;
  getSettings: Call<typeof getSettingsPayload, SettingsView>;
  saveSettings: Call<typeof saveSettingsPayload, SettingsView>;
  getSession: Call<typeof getSessionPayload, SessionView>;
  saveSessionItem: Call<typeof saveSessionItemPayload, SavedSessionItem>;
  deleteSessionItem: Call<typeof deleteSessionItemPayload, Deleted>;
  voteCandidate: Call<typeof voteCandidatePayload, CandidateVotes>;
  advanceSession: Call<typeof advanceSessionPayload, { session: ReadySessionView['session'] }>;
  publishSession: Call<typeof publishSessionPayload, PublishedSession>;
}

type ReadySessionView = Extract<SessionView, { state: 'ready' }>;
export type UiResolverKey = keyof ResolverContract & ResolverKey;
export type PayloadOf<K extends UiResolverKey> = ResolverContract[K]['payload'];
export type ResultOf<K extends UiResolverKey> = ResolverContract[K]['result'];

/**
 * The team OKR session (OKR-METHOD.md "The team OKR session", seed 002): five steps from prep to
 * reviewed OKRs, worked on by several people at once. Pure rules: which step may follow which,
 * what still blocks a step, and what the session would publish.
 */
import { focusWarnings, keyResultQualityIssues, objectiveQualityIssues } from './quality';
import type { AccountId, Commitment, IsoDateTime, KeyResultMeasure, QualityIssue } from './types';

export const SESSION_STEPS = ['prep', 'stage', 'key-results', 'owners', 'review'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

/** The Atlassian guide suggests 1 to 3 objectives for a team session: warn above, never forbid. */
export const SESSION_OBJECTIVES_ADVISED = 3;

export interface SessionMeeting {
  at?: IsoDateTime;
  facilitatorAccountId?: AccountId;
  /** What to share before the meeting (links, last cycle's learnings). */
  notes: string;
}

export interface Session {
  /** The page and the macro's local id: two macros never share a session. */
  contentId: string;
  localId: string;
  teamId: string;
  cycleId: string;
  step: SessionStep;
  meeting: SessionMeeting;
  /** Who first saved the session; chooses the first facilitator. Absent on sessions stored before it was recorded. */
  createdByAccountId?: AccountId;
  /** Draft item id -> the objective or key result it became, once published. */
  published?: {
    at: IsoDateTime;
    byAccountId: AccountId;
    objectives: Record<string, string>;
    keyResults: Record<string, string>;
    /** Draft item id -> fingerprint of what was published from it: the basis of re-publishing (publish-plan.ts). */
    basis?: Record<string, string>;
  };
  version: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** A brainstormed objective candidate (step "set the stage"). */
export interface CandidateItem {
  kind: 'candidate';
  id: string;
  text: string;
  authorAccountId: AccountId;
  version: number;
  createdAt: IsoDateTime;
}

export interface ReviewChecklist {
  ambitious: boolean;
  scorable: boolean;
  commitmentAgreed: boolean;
}

/** An objective the team picked, being shaped into a publishable OKR. */
export interface ObjectiveDraftItem {
  kind: 'objective';
  id: string;
  candidateId?: string;
  title: string;
  description: string;
  parentObjectiveId?: string;
  commitment: Commitment;
  checklist: ReviewChecklist;
  order: number;
  version: number;
  createdAt: IsoDateTime;
}

/** A key result drafted under an objective. */
export interface KeyResultDraftItem {
  kind: 'key-result';
  id: string;
  objectiveItemId: string;
  title: string;
  measure: KeyResultMeasure;
  ownerAccountId?: AccountId;
  weight: number;
  order: number;
  version: number;
  createdAt: IsoDateTime;
}

export type SessionItem = CandidateItem | ObjectiveDraftItem | KeyResultDraftItem;

export interface SessionContent {
  candidates: CandidateItem[];
  objectives: ObjectiveDraftItem[];
  keyResults: KeyResultDraftItem[];
}

export type SessionIssue =
  | { code: 'no-candidates' }
  | { code: 'no-objectives' }
  | { code: 'objective-without-key-results'; objectiveItemId: string }
  | { code: 'key-result-without-owner'; keyResultItemId: string }
  | { code: 'checklist-incomplete'; objectiveItemId: string }
  | { code: 'no-facilitator' }
  | { code: 'too-many-session-objectives'; count: number; max: number }
  | { code: 'quality'; itemId: string; issue: QualityIssue };

export interface StepCheck {
  /** What must be fixed before the step can be completed. */
  blocking: SessionIssue[];
  /** Advice: shown, never enforced. */
  warnings: SessionIssue[];
}

export const stepIndex = (step: SessionStep): number => SESSION_STEPS.indexOf(step);

/** What stands between the session and completing `step`. */
export function checkStep(step: SessionStep, content: SessionContent, meeting: SessionMeeting): StepCheck {
  const blocking: SessionIssue[] = [];
  const warnings: SessionIssue[] = [];
  const krsOf = (objectiveItemId: string) => content.keyResults.filter((k) => k.objectiveItemId === objectiveItemId);
  switch (step) {
    case 'prep':
      if (!meeting.facilitatorAccountId) warnings.push({ code: 'no-facilitator' });
      break;
    case 'stage':
      if (content.candidates.length === 0) blocking.push({ code: 'no-candidates' });
      for (const candidate of content.candidates) {
        for (const issue of objectiveQualityIssues(candidate.text)) warnings.push({ code: 'quality', itemId: candidate.id, issue });
      }
      break;
    case 'key-results': {
      if (content.objectives.length === 0) blocking.push({ code: 'no-objectives' });
      if (content.objectives.length > SESSION_OBJECTIVES_ADVISED) {
        warnings.push({ code: 'too-many-session-objectives', count: content.objectives.length, max: SESSION_OBJECTIVES_ADVISED });
      }
      for (const objective of content.objectives) {
        const krs = krsOf(objective.id);
        if (krs.length === 0) blocking.push({ code: 'objective-without-key-results', objectiveItemId: objective.id });
        for (const issue of objectiveQualityIssues(objective.title)) warnings.push({ code: 'quality', itemId: objective.id, issue });
        for (const kr of krs) {
          for (const issue of keyResultQualityIssues(kr.title, kr.measure)) warnings.push({ code: 'quality', itemId: kr.id, issue });
        }
      }
      const counts = Object.fromEntries(content.objectives.map((o) => [o.id, krsOf(o.id).length]));
      for (const issue of focusWarnings({ objectiveCount: content.objectives.length, keyResultCounts: counts })) {
        if (issue.code === 'too-many-key-results') warnings.push({ code: 'quality', itemId: issue.params.objectiveId, issue });
      }
      break;
    }
    case 'owners':
      for (const kr of content.keyResults) {
        if (!kr.ownerAccountId) blocking.push({ code: 'key-result-without-owner', keyResultItemId: kr.id });
      }
      break;
    case 'review':
      for (const objective of content.objectives) {
        const { ambitious, scorable, commitmentAgreed } = objective.checklist;
        if (!(ambitious && scorable && commitmentAgreed)) blocking.push({ code: 'checklist-incomplete', objectiveItemId: objective.id });
      }
      break;
  }
  return { blocking, warnings };
}

export type MoveRefusal = 'not-adjacent' | 'step-blocked' | 'only-facilitator-reopens' | 'same-step';

/**
 * Whether the session may move to `to`. Forward: one step at a time, and only when the current
 * step has nothing blocking. Back ("reopen a step"): any earlier step, by the facilitator (or by
 * anyone while the session has none).
 */
export function canMoveTo(
  session: Pick<Session, 'step' | 'meeting'>,
  to: SessionStep,
  content: SessionContent,
  actorAccountId: AccountId,
): { ok: true } | { ok: false; reason: MoveRefusal; blocking?: SessionIssue[] } {
  const from = stepIndex(session.step);
  const target = stepIndex(to);
  if (target === from) return { ok: false, reason: 'same-step' };
  if (target < from) {
    const facilitator = session.meeting.facilitatorAccountId;
    return !facilitator || facilitator === actorAccountId ? { ok: true } : { ok: false, reason: 'only-facilitator-reopens' };
  }
  if (target !== from + 1) return { ok: false, reason: 'not-adjacent' };
  const { blocking } = checkStep(session.step, content, session.meeting);
  return blocking.length ? { ok: false, reason: 'step-blocked', blocking } : { ok: true };
}

/**
 * Whether `actorAccountId` may make `next` the facilitator (the one who reopens steps). Keeping
 * it as it is is everyone's (editing the meeting's time or notes); setting, replacing or
 * clearing it is the current facilitator's, or, while there is none, the session creator's. A
 * session stored before creators were recorded, and without a facilitator, lets anyone set one.
 */
export function canChangeFacilitator(
  session: Pick<Session, 'meeting' | 'createdByAccountId'>,
  next: AccountId | undefined,
  actorAccountId: AccountId,
): boolean {
  return next === session.meeting.facilitatorAccountId || choosesFacilitator(session, actorAccountId);
}

/** Whether `actorAccountId` is the one who decides who facilitates (see canChangeFacilitator). */
export function choosesFacilitator(session: Pick<Session, 'meeting' | 'createdByAccountId'>, actorAccountId: AccountId): boolean {
  const current = session.meeting.facilitatorAccountId;
  if (current) return current === actorAccountId;
  return !session.createdByAccountId || session.createdByAccountId === actorAccountId;
}

/** Publishing needs every step complete: the review step has nothing blocking, nor has any before it. */
export function publishBlockers(content: SessionContent, meeting: SessionMeeting): SessionIssue[] {
  return (['key-results', 'owners', 'review'] as const).flatMap((step) => checkStep(step, content, meeting).blocking);
}

/**
 * Decisions over the whole team's work (reopening a step, resolving re-publishing conflicts) are
 * the facilitator's; a session without one leaves them to anyone taking part.
 */
export function leadsSession(meeting: Pick<SessionMeeting, 'facilitatorAccountId'>, accountId: AccountId): boolean {
  return !meeting.facilitatorAccountId || meeting.facilitatorAccountId === accountId;
}

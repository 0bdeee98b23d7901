/**
 * The session as the screen reads it: the types it uses (from the contract's `SessionView`), the
 * step order, and pure look-ups over the loaded view (titles, key results of an objective, the
 * quality hints of one item) plus the save payloads that rewrite one draft item.
 */
import type { SessionView } from '@contracts/views';
import type { QualityIssue } from '@shared/okr/quality-hints';
import { byCreation, byDisplayOrder, byVotes } from '@domain/ordering';
import { SESSION_STEPS } from '@domain/session';

export type ReadySession = Extract<SessionView, { state: 'ready' }>;
export type SessionStep = ReadySession['steps'][number]['step'];
export type StepState = ReadySession['steps'][number]['state'];
export type SessionIssue = ReadySession['steps'][number]['blocking'][number];
export type CandidateView = ReadySession['candidates'][number];
export type ObjectiveItemView = ReadySession['objectives'][number];
export type KeyResultItemView = ReadySession['keyResults'][number];
export type Meeting = ReadySession['session']['meeting'];
export type Checklist = ObjectiveItemView['checklist'];

/** Prep -> Set the stage -> Set key results -> Assign owners -> Review: the domain's list, which the contract's enum derives from too. */
export const STEPS: readonly SessionStep[] = SESSION_STEPS;

export const stepNumber = (step: SessionStep): number => STEPS.indexOf(step) + 1;
export const nextStep = (step: SessionStep): SessionStep | undefined => STEPS[STEPS.indexOf(step) + 1];

/** The catalogue key of a step's name. */
export const STEP_NAME = {
  prep: 'session.stepName.prep',
  stage: 'session.stepName.stage',
  'key-results': 'session.stepName.key-results',
  owners: 'session.stepName.owners',
  review: 'session.stepName.review',
} as const satisfies Record<SessionStep, string>;

/** The shorter name the stepper shows (Korean "무대 만들기" without its explanation). */
export const STEP_SHORT_NAME = {
  prep: 'session.stepShort.prep',
  stage: 'session.stepShort.stage',
  'key-results': 'session.stepShort.key-results',
  owners: 'session.stepShort.owners',
  review: 'session.stepShort.review',
} as const satisfies Record<SessionStep, string>;

export function stepOf(view: ReadySession, step: SessionStep): ReadySession['steps'][number] {
  return view.steps.find((s) => s.step === step) ?? { step, state: 'todo', blocking: [], warnings: [] };
}

export const byOrder = <T extends { id: string; order: number; createdAt: string }>(items: readonly T[]): T[] =>
  [...items].sort(byDisplayOrder);

export const keyResultsOf = (view: ReadySession, objectiveItemId: string): KeyResultItemView[] =>
  byOrder(view.keyResults.filter((kr) => kr.objectiveItemId === objectiveItemId));

/** Most votes first; ties keep the order they were added in. */
export const candidatesByVotes = (candidates: readonly CandidateView[]): CandidateView[] =>
  [...candidates].sort(byVotes);

export const candidatesInOrder = (candidates: readonly CandidateView[]): CandidateView[] =>
  [...candidates].sort(byCreation);

/** The title of any draft item, for messages that name it; undefined once it is gone. */
export function itemTitle(view: ReadySession, id: string): string | undefined {
  return (
    view.objectives.find((o) => o.id === id)?.title ??
    view.keyResults.find((k) => k.id === id)?.title ??
    view.candidates.find((c) => c.id === id)?.text
  );
}

/**
 * An item's quality hints: its own, plus those a step adds about it (too many key results on an
 * objective), each code once.
 */
export function qualityOf(view: ReadySession, item: { id: string; quality: readonly QualityIssue[] }): QualityIssue[] {
  const fromSteps = view.steps.flatMap((s) =>
    s.warnings.flatMap((w) => (w.code === 'quality' && w.itemId === item.id ? [w.issue] : [])),
  );
  const seen = new Set<string>();
  return [...item.quality, ...fromSteps].filter((issue) => (seen.has(issue.code) ? false : (seen.add(issue.code), true)));
}

/** Every field of an objective draft, as `saveSessionItem` replaces it, with the caller's changes. */
export function objectiveItemPayload(item: ObjectiveItemView, changes: Partial<ObjectivePayloadFields> = {}, version = item.version) {
  const fields: ObjectivePayloadFields = {
    title: item.title,
    description: item.description,
    commitment: item.commitment,
    parentObjectiveId: item.parentObjectiveId,
    checklist: item.checklist,
    ...changes,
  };
  return {
    kind: 'objective' as const,
    id: item.id,
    version,
    ...(item.candidateId ? { candidateId: item.candidateId } : {}),
    title: fields.title,
    description: fields.description,
    commitment: fields.commitment,
    checklist: fields.checklist,
    ...(fields.parentObjectiveId ? { parentObjectiveId: fields.parentObjectiveId } : {}),
  };
}

export interface ObjectivePayloadFields {
  title: string;
  description: string;
  commitment: ObjectiveItemView['commitment'];
  parentObjectiveId: string | undefined;
  checklist: Checklist;
}

/** Every field of a key-result draft, with the caller's changes (an owner, a new title). */
export function keyResultItemPayload(
  item: KeyResultItemView,
  changes: { title?: string; measure?: Record<string, unknown>; ownerAccountId?: string | null } = {},
  version = item.version,
) {
  const owner = changes.ownerAccountId === undefined ? item.ownerAccountId : (changes.ownerAccountId ?? undefined);
  return {
    kind: 'key-result' as const,
    id: item.id,
    version,
    objectiveItemId: item.objectiveItemId,
    title: changes.title ?? item.title,
    measure: changes.measure ?? measureAsSent(item.measure),
    weight: item.weight,
    ...(owner ? { ownerAccountId: owner } : {}),
  };
}

/** A stored measure sent back unchanged: only the fields the contract's measure schema takes. */
function measureAsSent(measure: KeyResultItemView['measure']): Record<string, unknown> {
  switch (measure.kind) {
    case 'metric':
      return { kind: 'metric', baseline: measure.baseline, target: measure.target, current: measure.current, unit: measure.unit, direction: measure.direction };
    case 'percentage':
      return { kind: 'percentage', current: measure.current };
    case 'milestone':
      return { kind: 'milestone', done: measure.done };
    case 'initiatives':
      return { kind: 'initiatives' };
  }
}

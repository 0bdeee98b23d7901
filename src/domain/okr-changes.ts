/**
 * The history of changes to objectives and key results (issue 10, point 4): which recorded
 * fields an edit changed, before and after, as plain values. Pure: no Forge, no I/O, no clock.
 */
import type { AccountId, IsoDateTime, KeyResult, Objective } from './types';

export type ChangeValue = string | number | null;

export type ObjectiveChangeField = 'title' | 'description' | 'commitment' | 'owner' | 'alignment' | 'visibility';
export type KeyResultChangeField = 'title' | 'owner' | 'weight' | 'kind' | 'baseline' | 'target' | 'unit';
export type ChangeField = ObjectiveChangeField | KeyResultChangeField;

export interface FieldChange {
  field: ChangeField;
  before: ChangeValue;
  after: ChangeValue;
}

export type ChangeSubjectKind = 'objective' | 'keyResult';
export type ChangeAction = 'created' | 'updated' | 'deleted';

/** One recorded change: written in the same transaction as the change itself. */
export interface OkrChange {
  /** Unique, and sortable by time: `<at>_<unique id>` (a valid kvs key). */
  id: string;
  objectiveId: string;
  cycleId: string;
  at: IsoDateTime;
  subjectKind: ChangeSubjectKind;
  subjectId: string;
  /** The subject's title as it stood after the change (before it, for a delete). */
  subjectTitle: string;
  action: ChangeAction;
  byAccountId?: AccountId;
  /** For `updated`: only the fields that changed. Empty for `created` and `deleted`. */
  fields: FieldChange[];
}

const value = (v: string | number | undefined | null): ChangeValue => (v === undefined || v === '' ? null : v);

function diff<F extends ChangeField>(before: Record<F, ChangeValue>, after: Record<F, ChangeValue>, order: readonly F[]): FieldChange[] {
  return order.filter((f) => before[f] !== after[f]).map((f) => ({ field: f, before: before[f], after: after[f] }));
}

const OBJECTIVE_FIELDS: readonly ObjectiveChangeField[] = ['title', 'description', 'commitment', 'owner', 'alignment', 'visibility'];
const KEY_RESULT_FIELDS: readonly KeyResultChangeField[] = ['title', 'kind', 'baseline', 'target', 'unit', 'owner', 'weight'];

type ObjectiveFacts = Pick<Objective, 'title' | 'description' | 'commitment' | 'ownerAccountId' | 'parentObjectiveId' | 'visibility'>;
type KeyResultFacts = Pick<KeyResult, 'title' | 'ownerAccountId' | 'weight' | 'measure'>;

function objectiveValues(o: ObjectiveFacts): Record<ObjectiveChangeField, ChangeValue> {
  return {
    title: value(o.title),
    description: value(o.description),
    commitment: value(o.commitment),
    owner: value(o.ownerAccountId),
    alignment: value(o.parentObjectiveId),
    // Objectives stored before visibility existed are public.
    visibility: o.visibility ?? 'public',
  };
}

function keyResultValues(k: KeyResultFacts): Record<KeyResultChangeField, ChangeValue> {
  const m = k.measure;
  return {
    title: value(k.title),
    kind: m.kind,
    baseline: m.kind === 'metric' ? m.baseline : null,
    target: m.kind === 'metric' ? m.target : null,
    unit: m.kind === 'metric' ? value(m.unit) : null,
    owner: value(k.ownerAccountId),
    weight: k.weight,
  };
}

/** The recorded fields an edit of an objective changed (none: nothing to record). */
export const objectiveChanges = (before: ObjectiveFacts, after: ObjectiveFacts): FieldChange[] =>
  diff(objectiveValues(before), objectiveValues(after), OBJECTIVE_FIELDS);

/** The recorded fields an edit of a key result changed; progress (current, done) is the check-ins' history. */
export const keyResultChanges = (before: KeyResultFacts, after: KeyResultFacts): FieldChange[] =>
  diff(keyResultValues(before), keyResultValues(after), KEY_RESULT_FIELDS);

/** A record id that sorts by time and is unique: the instant, then an id nobody else has. */
export const changeId = (at: IsoDateTime, uniqueId: string): string => `${at}_${uniqueId}`;

/**
 * What publishing a team OKR session writes (docs/decisions/0009-republishing-a-session.md).
 *
 * The first publish creates the session's objectives and key results. After it, people work in
 * the OKR panel too: they rename an objective, add a key result, check in. Re-publishing must
 * never destroy or silently overwrite that, so each published item is compared three ways: the
 * session's draft now, the published record now (the panel's), and the fingerprint of what the
 * last publish wrote (the basis).
 * - only the session changed: the draft is written;
 * - only the panel changed (an edit or a deletion): the panel's stands;
 * - both changed, differently: a conflict, which the facilitator resolves one by one (keep the
 *   panel's or take the session's); until every conflict is resolved nothing is written;
 * - key results added in the panel, progress, check-ins and initiatives are always kept;
 * - an item whose draft was removed from the session is removed only if nobody touched it since
 *   it was published; otherwise it is kept and reported.
 * Pure: ids and the time come from the caller.
 */
import { cyrb53 } from './hash';
import type { KeyResultDraftItem, ObjectiveDraftItem } from './session';
import type { AccountId, Commitment, IsoDateTime, KeyResult, KeyResultMeasure, Objective } from './types';

/** What the session decides about an objective: everything else on it is the panel's. */
export interface ObjectiveDefinition {
  title: string;
  description: string;
  commitment: Commitment;
  parentObjectiveId?: string;
  teamId: string;
  cycleId: string;
}

/** What the session decides about a key result: its progress (check-ins) is never the session's. */
export interface KeyResultDefinition {
  title: string;
  weight: number;
  ownerAccountId?: AccountId;
  measure: MeasureDefinition;
}

export type MeasureDefinition =
  | { kind: 'metric'; baseline: number; target: number; unit: string; direction: 'increase' | 'decrease' }
  | { kind: 'percentage' }
  | { kind: 'milestone' }
  | { kind: 'initiatives' };

/** Draft item id -> what the session's publishing made of it, and the basis of the next comparison. */
export interface PublishedMapping {
  objectives: Record<string, string>;
  keyResults: Record<string, string>;
  /** Draft item id -> fingerprint of the definition the last publish wrote (or agreed to keep). */
  basis?: Record<string, string>;
}

/** A published objective with its key results, as stored. */
export interface PublishedRecord {
  objective: Objective;
  keyResults: KeyResult[];
}

export type PanelChange = 'edited' | 'deleted';

export type PublishConflict =
  | {
      kind: 'objective';
      itemId: string;
      targetId: string;
      change: PanelChange;
      /** The stored record's version when the plan was made (0: deleted). A resolution names it. */
      panelVersion: number;
      session: ObjectiveDefinition;
      panel?: ObjectiveDefinition;
    }
  | {
      kind: 'key-result';
      itemId: string;
      objectiveItemId: string;
      targetId: string;
      change: PanelChange;
      panelVersion: number;
      session: KeyResultDefinition;
      panel?: KeyResultDefinition;
    };

/** How the facilitator resolved one conflict, for the version of the record they saw. */
export interface ConflictResolution {
  take: 'panel' | 'session';
  panelVersion: number;
}

export type KeptReason = 'added-in-panel' | 'edited-in-panel' | 'has-check-ins' | 'has-initiatives' | 'has-aligned-objectives' | 'not-tracked';

/** A published item that publishing leaves in place although the session no longer drafts it. */
export interface KeptItem {
  kind: 'objective' | 'key-result';
  targetId: string;
  title: string;
  reason: KeptReason;
}

export interface PublishPlanInput {
  objectives: readonly ObjectiveDraftItem[];
  keyResults: readonly KeyResultDraftItem[];
  /** What the session published before, if it did. */
  published?: PublishedMapping;
  /** The records published before that still exist, by objective id. */
  existing: ReadonlyMap<string, PublishedRecord>;
  /** Ids of objectives other objectives align to: never removed by a publish. */
  alignedTo: ReadonlySet<string>;
  resolutions: Readonly<Record<string, ConflictResolution>>;
  teamId: string;
  cycleId: string;
  publisherAccountId: AccountId;
  at: IsoDateTime;
  /** Display order of new items (they follow what exists). */
  baseOrder: number;
  newId: () => string;
}

export interface PublishPlan {
  conflicts: PublishConflict[];
  kept: KeptItem[];
  /** Objective records to write: new ones and changed ones (unchanged ones are not rewritten). */
  records: PublishedRecord[];
  removedObjectiveIds: string[];
  /** The published objective of each draft, in draft order (drafts kept deleted are left out). */
  objectiveIds: string[];
  published: Required<PublishedMapping>;
  counts: { created: number; updated: number; unchanged: number; removed: number };
}

export const objectiveDefinitionOf = (o: Pick<Objective, 'title' | 'description' | 'commitment' | 'parentObjectiveId' | 'teamId' | 'cycleId'>): ObjectiveDefinition => ({
  title: o.title,
  description: o.description,
  commitment: o.commitment,
  ...(o.parentObjectiveId ? { parentObjectiveId: o.parentObjectiveId } : {}),
  teamId: o.teamId,
  cycleId: o.cycleId,
});

const draftObjectiveDefinition = (d: ObjectiveDraftItem, teamId: string, cycleId: string): ObjectiveDefinition =>
  objectiveDefinitionOf({ ...d, teamId, cycleId });

export function measureDefinitionOf(measure: KeyResultMeasure): MeasureDefinition {
  switch (measure.kind) {
    case 'metric':
      return { kind: 'metric', baseline: measure.baseline, target: measure.target, unit: measure.unit, direction: measure.direction };
    default:
      return { kind: measure.kind };
  }
}

export const keyResultDefinitionOf = (k: Pick<KeyResult, 'title' | 'weight' | 'ownerAccountId' | 'measure'>): KeyResultDefinition => ({
  title: k.title,
  weight: k.weight,
  ...(k.ownerAccountId ? { ownerAccountId: k.ownerAccountId } : {}),
  measure: measureDefinitionOf(k.measure),
});

/**
 * A short, stable fingerprint of a definition: canonical JSON (sorted keys) hashed with cyrb53.
 * It only tells whether one item's definition changed between two publishes, so a 53-bit hash is
 * plenty, and it keeps the session record small whatever the titles' length.
 */
export function definitionFingerprint(definition: ObjectiveDefinition | KeyResultDefinition): string {
  return cyrb53(canonicalJson(definition)).toString(36);
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type Decision = 'same' | 'write' | 'keep' | 'conflict';

/**
 * The three-way rule for one item. `panelFingerprint` is undefined when the record was deleted
 * in the panel. Without a basis (a session published before the basis was kept), nothing is
 * known about who changed what, so any difference is a conflict: never overwrite on a guess.
 */
function decide(
  itemId: string,
  draftFingerprint: string,
  panelFingerprint: string | undefined,
  panelVersion: number,
  basis: Readonly<Record<string, string>>,
  resolutions: Readonly<Record<string, ConflictResolution>>,
): Decision {
  if (panelFingerprint === draftFingerprint) return 'same';
  const base = basis[itemId];
  const sessionChanged = base === undefined || base !== draftFingerprint;
  const panelChanged = base === undefined || panelFingerprint !== base;
  if (!sessionChanged) return 'keep';
  if (!panelChanged) return 'write';
  const resolution = Object.hasOwn(resolutions, itemId) ? resolutions[itemId] : undefined;
  // A resolution holds only for the record the facilitator saw; a newer panel edit asks again.
  if (resolution && resolution.panelVersion === panelVersion) return resolution.take === 'session' ? 'write' : 'keep';
  return 'conflict';
}

/** Progress recorded since publishing (check-ins, a current value) survives a change of definition of the same kind. */
function keepProgress(draft: KeyResultMeasure, prior: KeyResultMeasure): KeyResultMeasure {
  if (draft.kind === 'metric' && prior.kind === 'metric') return { ...draft, current: prior.current };
  if (draft.kind === 'percentage' && prior.kind === 'percentage') return { ...draft, current: prior.current };
  if (draft.kind === 'milestone' && prior.kind === 'milestone') return { ...draft, done: prior.done };
  return draft;
}

/** Why a published key result cannot be removed with its draft, if it cannot. */
function keyResultWork(keyResult: KeyResult, basisFingerprint: string | undefined): KeptReason | undefined {
  if (keyResult.lastCheckIn) return 'has-check-ins';
  if (keyResult.initiatives?.length) return 'has-initiatives';
  if (basisFingerprint === undefined) return 'not-tracked';
  if (definitionFingerprint(keyResultDefinitionOf(keyResult)) !== basisFingerprint) return 'edited-in-panel';
  return undefined;
}

export function planPublish(input: PublishPlanInput): PublishPlan {
  const { published, existing, resolutions, teamId, cycleId, at } = input;
  const basis = published?.basis ?? {};
  const conflicts: PublishConflict[] = [];
  const kept: KeptItem[] = [];
  const records: PublishedRecord[] = [];
  const objectiveIds: string[] = [];
  const next: Required<PublishedMapping> = { objectives: {}, keyResults: {}, basis: {} };
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  // Published key result id -> the draft it came from (to judge a removed draft's key result).
  const draftOfKeyResult = new Map(Object.entries(published?.keyResults ?? {}).map(([draftId, krId]) => [krId, draftId]));
  let order = input.baseOrder;

  const newKeyResult = (draft: KeyResultDraftItem, objectiveId: string): KeyResult => ({
    id: input.newId(),
    objectiveId,
    title: draft.title,
    weight: draft.weight,
    measure: draft.measure,
    ...(draft.ownerAccountId ? { ownerAccountId: draft.ownerAccountId } : {}),
    order: order++,
    version: 1,
    createdAt: at,
    updatedAt: at,
  });

  for (const draft of input.objectives) {
    const drafts = input.keyResults.filter((k) => k.objectiveItemId === draft.id);
    const definition = draftObjectiveDefinition(draft, teamId, cycleId);
    const fingerprint = definitionFingerprint(definition);
    next.basis[draft.id] = fingerprint;
    for (const kr of drafts) next.basis[kr.id] = definitionFingerprint(keyResultDefinitionOf(kr));

    const targetId = published?.objectives[draft.id];
    const target = targetId ? existing.get(targetId) : undefined;
    let decision: Decision = 'write';
    if (targetId) {
      const panel = target ? objectiveDefinitionOf(target.objective) : undefined;
      decision = decide(draft.id, fingerprint, panel && definitionFingerprint(panel), target?.objective.version ?? 0, basis, resolutions);
      if (decision === 'conflict') {
        conflicts.push({
          kind: 'objective',
          itemId: draft.id,
          targetId,
          change: target ? 'edited' : 'deleted',
          panelVersion: target?.objective.version ?? 0,
          session: definition,
          ...(panel ? { panel } : {}),
        });
      }
    }

    if (!target) {
      if (targetId && decision !== 'write') {
        // Deleted in the panel and not brought back: it stays deleted, and so do its key results.
        next.objectives[draft.id] = targetId;
        for (const kr of drafts) if (published?.keyResults[kr.id]) next.keyResults[kr.id] = published.keyResults[kr.id]!;
        continue;
      }
      const id = input.newId();
      const objective: Objective = {
        id,
        ...definition,
        ownerAccountId: input.publisherAccountId,
        order: order++,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const keyResults = drafts.map((kr) => {
        const created = newKeyResult(kr, id);
        next.keyResults[kr.id] = created.id;
        return created;
      });
      next.objectives[draft.id] = id;
      objectiveIds.push(id);
      records.push({ objective, keyResults });
      counts.created++;
      continue;
    }

    // The published objective exists: merge item by item.
    next.objectives[draft.id] = target.objective.id;
    objectiveIds.push(target.objective.id);
    let changed = decision === 'write';
    const claimed = new Set<string>();
    const keyResults: KeyResult[] = [];
    for (const kr of drafts) {
      const krTargetId = published?.keyResults[kr.id];
      const krTarget = krTargetId ? target.keyResults.find((k) => k.id === krTargetId) : undefined;
      if (!krTargetId) {
        const created = newKeyResult(kr, target.objective.id);
        next.keyResults[kr.id] = created.id;
        keyResults.push(created);
        changed = true;
        continue;
      }
      if (krTarget) claimed.add(krTarget.id);
      const krDefinition = keyResultDefinitionOf(kr);
      const panel = krTarget ? keyResultDefinitionOf(krTarget) : undefined;
      const krDecision = decide(kr.id, next.basis[kr.id]!, panel && definitionFingerprint(panel), krTarget?.version ?? 0, basis, resolutions);
      if (krDecision === 'conflict') {
        conflicts.push({
          kind: 'key-result',
          itemId: kr.id,
          objectiveItemId: draft.id,
          targetId: krTargetId,
          change: krTarget ? 'edited' : 'deleted',
          panelVersion: krTarget?.version ?? 0,
          session: krDefinition,
          ...(panel ? { panel } : {}),
        });
      }
      if (!krTarget) {
        if (krDecision === 'write') {
          const created = newKeyResult(kr, target.objective.id);
          next.keyResults[kr.id] = created.id;
          keyResults.push(created);
          changed = true;
        } else {
          next.keyResults[kr.id] = krTargetId; // deleted in the panel, and it stays so
        }
        continue;
      }
      next.keyResults[kr.id] = krTarget.id;
      if (krDecision !== 'write') {
        keyResults.push(krTarget);
        continue;
      }
      changed = true;
      keyResults.push({
        ...krTarget,
        title: kr.title,
        weight: kr.weight,
        measure: keepProgress(kr.measure, krTarget.measure),
        ...(kr.ownerAccountId ? { ownerAccountId: kr.ownerAccountId } : { ownerAccountId: undefined }),
        version: krTarget.version + 1,
        updatedAt: at,
      });
    }
    // Key results of the objective that no current draft claims.
    for (const other of target.keyResults) {
      if (claimed.has(other.id)) continue;
      const fromDraft = draftOfKeyResult.get(other.id);
      const stillDrafted = fromDraft !== undefined && drafts.some((k) => k.id === fromDraft);
      if (stillDrafted) continue; // its draft is being decided above (e.g. recreated)
      if (fromDraft === undefined) {
        keyResults.push(other); // added in the panel: never the session's to remove
        kept.push({ kind: 'key-result', targetId: other.id, title: other.title, reason: 'added-in-panel' });
        continue;
      }
      const work = keyResultWork(other, basis[fromDraft]);
      if (work) {
        keyResults.push(other);
        kept.push({ kind: 'key-result', targetId: other.id, title: other.title, reason: work });
      } else {
        changed = true; // its draft was removed and nobody touched it since: it goes too
      }
    }
    if (!changed) {
      counts.unchanged++;
      continue;
    }
    const objective: Objective =
      decision === 'write'
        ? { ...stripParent(target.objective), ...definition, version: target.objective.version + 1, updatedAt: at }
        : target.objective;
    records.push({ objective, keyResults: keyResults.map((k) => withoutUndefinedOwner(k)) });
    counts.updated++;
  }

  // Objectives published before whose draft the session no longer has.
  const removedObjectiveIds: string[] = [];
  for (const [draftId, targetId] of Object.entries(published?.objectives ?? {})) {
    if (next.objectives[draftId] !== undefined) continue;
    const target = existing.get(targetId);
    if (!target) continue; // already gone
    const reason = objectiveWork(target, basis[draftId], input.alignedTo, draftOfKeyResult, basis);
    if (reason) {
      kept.push({ kind: 'objective', targetId, title: target.objective.title, reason });
    } else {
      removedObjectiveIds.push(targetId);
      counts.removed++;
    }
  }

  return { conflicts, kept, records, removedObjectiveIds, objectiveIds, published: next, counts };
}

/** Why a published objective whose draft was removed must stay, if it must. */
function objectiveWork(
  target: PublishedRecord,
  basisFingerprint: string | undefined,
  alignedTo: ReadonlySet<string>,
  draftOfKeyResult: ReadonlyMap<string, string>,
  basis: Readonly<Record<string, string>>,
): KeptReason | undefined {
  if (alignedTo.has(target.objective.id)) return 'has-aligned-objectives';
  if (basisFingerprint === undefined) return 'not-tracked';
  if (definitionFingerprint(objectiveDefinitionOf(target.objective)) !== basisFingerprint) return 'edited-in-panel';
  for (const keyResult of target.keyResults) {
    const fromDraft = draftOfKeyResult.get(keyResult.id);
    if (fromDraft === undefined) return 'added-in-panel';
    const work = keyResultWork(keyResult, basis[fromDraft]);
    if (work) return work;
  }
  return undefined;
}

function stripParent(objective: Objective): Objective {
  const { parentObjectiveId: _parent, ...rest } = objective;
  return rest;
}

function withoutUndefinedOwner(keyResult: KeyResult): KeyResult {
  if (keyResult.ownerAccountId !== undefined) return keyResult;
  const { ownerAccountId: _owner, ...rest } = keyResult;
  return rest;
}

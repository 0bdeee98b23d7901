import type { PublishSessionInput } from '../../contracts/schemas';
import type { RepublishPreview } from '../../contracts/views';
import { planPublish, type PublishPlanInput } from '../../domain/publish-plan';
import type { Session, SessionContent } from '../../domain/session';
import type { Cycle } from '../../domain/types';
import type { ObjectiveRecord } from '../ports';

/**
 * What publishing again would do now, from records the caller already read (the session screen
 * reads its cycle anyway), so the Review step shows conflicts before anyone presses the button.
 */
export function previewRepublish(
  content: SessionContent,
  session: Session,
  records: readonly ObjectiveRecord[],
  frame: { teamId: string; cycleId: string; accountId: string; now: Date },
): RepublishPreview | undefined {
  if (!session.published) return undefined;
  const published = new Set(Object.values(session.published.objectives));
  const existing = new Map(records.filter((r) => published.has(r.objective.id)).map((r) => [r.objective.id, r]));
  let n = 0;
  const plan = planPublish(
    planInput(content, session, existing, alignedObjectiveIds(records), { ...frame, resolutions: {}, newId: () => `preview-${n++}` }),
  );
  return { conflicts: plan.conflicts, kept: plan.kept, counts: plan.counts };
}

/** The plan's inputs, shared by the publish itself and the preview the Review step shows. */
export function planInput(
  content: SessionContent,
  session: Session,
  existing: ReadonlyMap<string, ObjectiveRecord>,
  alignedTo: ReadonlySet<string>,
  frame: {
    teamId: string;
    cycleId: string;
    accountId: string;
    now: Date;
    resolutions: PublishSessionInput['resolutions'];
    newId: () => string;
  },
): PublishPlanInput {
  return {
    objectives: content.objectives,
    keyResults: content.keyResults,
    ...(session.published ? { published: session.published } : {}),
    existing,
    alignedTo,
    resolutions: frame.resolutions,
    teamId: frame.teamId,
    cycleId: frame.cycleId,
    publisherAccountId: frame.accountId,
    at: frame.now.toISOString(),
    baseOrder: frame.now.getTime(),
    newId: frame.newId,
  };
}

/** Objectives can align to this cycle's objectives from the cycle itself and, for a year, its quarters. */
export const cyclesAligningTo = (cycle: Cycle, cycles: readonly Cycle[]): string[] => [
  cycle.id,
  ...cycles.filter((c) => c.parentCycleId === cycle.id).map((c) => c.id),
];

export const alignedObjectiveIds = (records: readonly ObjectiveRecord[]): Set<string> =>
  new Set(records.flatMap((r) => (r.objective.parentObjectiveId ? [r.objective.parentObjectiveId] : [])));

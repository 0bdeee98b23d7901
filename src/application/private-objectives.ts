/**
 * Private objectives (tracker issue 10, point 3): for someone who may not see them they are absent
 * from every answer, with the rigour of restricted epics. Every read filters its records here
 * first, before scoring, Jira reads or alignment, so nothing downstream can carry their content.
 */
import type { Objective } from '../domain/types';
import type { Access } from './access';
import type { ObjectiveRecord } from './ports';

/** Stored objectives from before visibility existed are public. */
export const visibilityOf = (objective: Pick<Objective, 'visibility'>): 'private' | 'public' => objective.visibility ?? 'public';

/** Whether this person may see the objective at all. */
export const mayShow = (access: Pick<Access, 'seesPrivate'>, objective: Pick<Objective, 'visibility' | 'teamId'>): boolean =>
  visibilityOf(objective) === 'public' || access.seesPrivate(objective.teamId);

/** The records the person may see, in their order. */
export const visibleRecords = (access: Pick<Access, 'seesPrivate'>, records: readonly ObjectiveRecord[]): ObjectiveRecord[] =>
  records.filter((r) => mayShow(access, r.objective));

/**
 * Per parent objective id, how many private objectives aligned to it the person may not see: a
 * public parent says "1 private objective aligned", and nothing more.
 */
export function hiddenAlignedCounts(access: Pick<Access, 'seesPrivate'>, records: readonly ObjectiveRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { objective } of records) {
    if (!objective.parentObjectiveId || mayShow(access, objective)) continue;
    counts.set(objective.parentObjectiveId, (counts.get(objective.parentObjectiveId) ?? 0) + 1);
  }
  return counts;
}

/** Whether some of the records are private objectives the person may not see. */
export const hidesSome = (access: Pick<Access, 'seesPrivate'>, records: readonly ObjectiveRecord[]): boolean =>
  records.some((r) => !mayShow(access, r.objective));

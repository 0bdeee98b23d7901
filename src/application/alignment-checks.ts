/**
 * The alignment rule (src/domain/alignment.ts) where objectives are saved, moved and deleted:
 * what it needs, read in a constant number of storage requests, and why it refuses, said once.
 */
import { alignedTo, alignmentRule, type AligningObjective, type AlignmentRefusal, type AlignmentTarget } from '../domain/alignment';
import type { Cycle, Objective, Team } from '../domain/types';
import { brokenRule, unknownReference } from './errors';
import { accessOf, type Access } from './access';
import { mayShow, visibilityOf } from './private-objectives';
import type { Actor, Ports } from './ports';

const REFUSALS: Record<AlignmentRefusal, string> = {
  'align-to-self': 'An objective cannot align to itself',
  'align-to-other-cycle': 'Align to an objective of the same cycle or of its annual cycle',
  'align-to-team-not-above': 'Align to an objective of a team above this one (its department or the company), or to its own annual objective',
  'align-makes-loop': 'That alignment would make a loop',
};

/** A cycle and, for a quarter, the annual cycle it hangs under: where its parents can be. */
export const cycleIdsAround = (cycle: Pick<Cycle, 'id' | 'parentCycleId'>): string[] =>
  cycle.parentCycleId ? [cycle.id, cycle.parentCycleId] : [cycle.id];

/** Why the rule refuses, in words: the same for every caller. */
export const alignmentRefusalMessage = (refusal: AlignmentRefusal): string => REFUSALS[refusal];

/**
 * Refuses an alignment the rule does not allow: VALIDATION on `parentObjectiveId` with the
 * rule's reason, or NOT_FOUND for a parent that does not exist. Reads the teams (unless given)
 * and the objectives of the cycle and its annual cycle.
 */
export async function requireAlignment(
  ports: Ports,
  child: AligningObjective,
  cycle: Cycle,
  parentId: string,
  /** Who aligns: a private parent they may not see is, to them, no objective at all. */
  actor: Actor,
  knownTeams?: Team[],
): Promise<void> {
  const [teams, records] = await Promise.all([knownTeams ?? ports.teams.list(), ports.okrs.listByCycles(cycleIdsAround(cycle))]);
  const objectives = records.map((r) => r.objective);
  // A parent outside those cycles exists or not: the rule then says which cycles it may be in.
  const parent = objectives.find((o) => o.id === parentId) ?? (await ports.okrs.findObjective(parentId))?.objective;
  const hidden = parent && visibilityOf(parent) === 'private' && !mayShow(await accessOf(ports, actor, teams), parent);
  if (!parent || hidden) throw unknownReference('parentObjectiveId', 'objective', parentId);
  const verdict = alignmentRule({ teams, cycles: [cycle], objectives }).canAlignTo(child, parent);
  if (!verdict.ok) throw brokenRule('parentObjectiveId', verdict.refusal, REFUSALS[verdict.refusal]);
}

/**
 * The objectives aligned directly to `objective`. They live in its cycle or, for an annual one,
 * in its quarters: one query per cycle, whatever their number.
 */
export async function objectivesAlignedTo(ports: Ports, objective: Objective, cycles: readonly Cycle[]): Promise<Objective[]> {
  const quarters = cycles.filter((c) => c.parentCycleId === objective.cycleId).map((c) => c.id);
  const records = await ports.okrs.listByCycles([objective.cycleId, ...quarters]);
  return alignedTo(
    records.map((r) => r.objective),
    objective.id,
  );
}

/** Refuses deleting an objective others align to, naming them (they would be left aligned to nothing). */
export async function refuseDeletingAligned(ports: Ports, objectiveId: string, access: Pick<Access, 'seesPrivate'>): Promise<void> {
  const found = await ports.okrs.findObjective(objectiveId);
  if (!found) return; // the delete itself answers NOT_FOUND
  const aligned = await objectivesAlignedTo(ports, found.objective, await ports.cycles.list());
  if (aligned.length === 0) return;
  const titles = namesFor(access, aligned);
  throw brokenRule(
    'id',
    'objective-has-aligned-objectives',
    `Objectives align to this one: ${quoted(titles)}. Align them elsewhere first`,
    titles,
  );
}

/**
 * Refuses moving an objective to another team or cycle when the objectives aligned to it would
 * break the rule there (a company objective moved under the teams that align to it). No reads
 * unless it moves.
 */
export async function requireAlignedStayBelow(ports: Ports, before: Objective, after: AlignmentTarget, access: Pick<Access, 'seesPrivate'>): Promise<void> {
  const field = before.teamId !== after.teamId ? 'teamId' : before.cycleId !== after.cycleId ? 'cycleId' : undefined;
  if (!field) return;
  const [teams, cycles] = await Promise.all([ports.teams.list(), ports.cycles.list()]);
  const rule = alignmentRule({ teams, cycles });
  const broken = (await objectivesAlignedTo(ports, before, cycles)).filter((child) => !rule.canAlignTo(child, after).ok);
  if (broken.length === 0) return;
  const titles = namesFor(access, broken);
  throw brokenRule(field, 'aligned-objectives-not-below', `Objectives aligned to this one would no longer be below it: ${quoted(titles)}`, titles);
}

const quoted = (titles: readonly string[]): string => titles.map((t) => `“${t}”`).join(', ');

/** The titles the person may see; private objectives they may not see are only counted. */
function namesFor(access: Pick<Access, 'seesPrivate'>, objectives: readonly Objective[]): string[] {
  const shown = objectives.filter((o) => mayShow(access, o)).map((o) => o.title);
  const hidden = objectives.length - shown.length;
  return hidden > 0 ? [...shown, `private objectives: ${hidden}`] : shown;
}

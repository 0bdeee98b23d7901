/**
 * Which objective may align to which (OKR-METHOD.md "Structure and alignment"): the alignment
 * tree follows the team hierarchy up, and quarters hang under their year. One rule, used by
 * every save that sets an alignment and by the choices the UI offers. Pure: no Forge, no I/O.
 */
import { ancestorsOf } from './team-hierarchy';
import type { Cycle, Objective, Team } from './types';

/** Why an alignment is refused; the UI translates the code. */
export const ALIGNMENT_REFUSALS = [
  /** An objective cannot align to itself. */
  'align-to-self',
  /** The parent is neither in the same cycle nor in the annual cycle above it. */
  'align-to-other-cycle',
  /** The parent's team is not above this one's (sideways, below, or the same team in the same cycle). */
  'align-to-team-not-above',
  /** The parent already aligns, directly or further up, to this objective. */
  'align-makes-loop',
] as const;
export type AlignmentRefusal = (typeof ALIGNMENT_REFUSALS)[number];

export type AlignmentVerdict = { ok: true } | { ok: false; refusal: AlignmentRefusal };

/** The objective that would align: `id` is absent while it is being created. */
export interface AligningObjective {
  id?: string | undefined;
  teamId: string;
  cycleId: string;
}

export type AlignmentTarget = Pick<Objective, 'id' | 'teamId' | 'cycleId' | 'parentObjectiveId'>;

export interface AlignmentFrame {
  teams: readonly Team[];
  /** The cycles concerned (at least the aligning objective's): a quarter names its annual cycle. */
  cycles: readonly Pick<Cycle, 'id' | 'parentCycleId'>[];
  /** The objectives read (of the cycles concerned), to follow alignment chains up and find loops. */
  objectives?: readonly AlignmentTarget[];
}

export interface AlignmentRule {
  canAlignTo(child: AligningObjective, parent: AlignmentTarget): AlignmentVerdict;
  /** The teams whose objectives in `cycleId` may align to `parent`. */
  teamsThatMayAlignTo(parent: AlignmentTarget, cycleId: string): string[];
}

/**
 * An objective aligns to an objective of a team above its own (a team's to its department's or
 * the company's, a department's to the company's; never sideways or down), in the same cycle or
 * in that cycle's annual cycle; and a quarter's objective may hang under its own team's annual
 * objective ("annual: double revenue" -> "Q1: grow new-product sales"). No loops.
 */
export function alignmentRule(frame: AlignmentFrame): AlignmentRule {
  const annualOf = new Map(frame.cycles.map((c) => [c.id, c.parentCycleId]));
  const objectives = new Map((frame.objectives ?? []).map((o) => [o.id, o]));
  const above = new Map<string, Set<string>>();
  const teamsAbove = (teamId: string): Set<string> => {
    let ids = above.get(teamId);
    if (!ids) above.set(teamId, (ids = new Set(ancestorsOf(frame.teams, teamId).map((t) => t.id))));
    return ids;
  };

  const canAlignTo = (child: AligningObjective, parent: AlignmentTarget): AlignmentVerdict => {
    if (child.id !== undefined && parent.id === child.id) return refuse('align-to-self');
    const annual = annualOf.get(child.cycleId);
    const sameCycle = parent.cycleId === child.cycleId;
    if (!sameCycle && (annual === undefined || parent.cycleId !== annual)) return refuse('align-to-other-cycle');
    const teamAbove = parent.teamId === child.teamId ? !sameCycle : teamsAbove(child.teamId).has(parent.teamId);
    if (!teamAbove) return refuse('align-to-team-not-above');
    if (child.id !== undefined && leadsTo(parent, child.id)) return refuse('align-makes-loop');
    return { ok: true };
  };

  /** Whether following `from`'s alignment up reaches `id` (stops at an unknown objective or a loop). */
  const leadsTo = (from: AlignmentTarget, id: string): boolean => {
    const seen = new Set<string>();
    for (let current: AlignmentTarget | undefined = from; current && !seen.has(current.id); ) {
      if (current.parentObjectiveId === id) return true;
      seen.add(current.id);
      current = current.parentObjectiveId ? objectives.get(current.parentObjectiveId) : undefined;
    }
    return false;
  };

  return {
    canAlignTo,
    teamsThatMayAlignTo: (parent, cycleId) =>
      frame.teams.filter((team) => canAlignTo({ teamId: team.id, cycleId }, parent).ok).map((team) => team.id),
  };
}

/** The alignment rule for one pair: see alignmentRule. */
export const canAlignTo = (child: AligningObjective, parent: AlignmentTarget, frame: AlignmentFrame): AlignmentVerdict =>
  alignmentRule(frame).canAlignTo(child, parent);

/** The objectives among `objectives` that align directly to `objectiveId`. */
export const alignedTo = <T extends Pick<Objective, 'parentObjectiveId'>>(objectives: readonly T[], objectiveId: string): T[] =>
  objectives.filter((o) => o.parentObjectiveId === objectiveId);

const refuse = (refusal: AlignmentRefusal): AlignmentVerdict => ({ ok: false, refusal });

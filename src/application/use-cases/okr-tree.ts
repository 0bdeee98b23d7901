import type { GetOkrTreeInput } from '../../contracts/schemas';
import type { KeyResultView, ObjectiveView, OkrTreeView } from '../../contracts/views';
import { overallScore, scoreOkrTree } from '../../domain/okr-tree';
import { scoreBand } from '../../domain/scoring';
import type { Objective, Team } from '../../domain/types';
import { unknownReference } from '../errors';
import { readInitiativeProgress, rememberEpicProgress } from '../initiative-progress';
import type { ObjectiveRecord, Ports } from '../ports';
import { ancestorsOf } from './teams';

/**
 * A cycle's OKRs, scored, for one team or the whole organisation. A constant number of storage
 * reads whatever the number of objectives: the cycle, the teams, the settings, and one query per
 * cycle read (this cycle and, for alignment to annual objectives, its annual parent). Linked
 * epics are read from Jira in a couple of batched searches, whatever their number.
 */
export async function getOkrTree(ports: Ports, input: GetOkrTreeInput, now: Date): Promise<OkrTreeView> {
  const [cycle, teams, settings] = await Promise.all([
    ports.cycles.get(input.cycleId),
    ports.teams.list(),
    ports.settings.get(),
  ]);
  if (!cycle) throw unknownReference('cycleId', 'cycle', input.cycleId);
  const team = input.teamId ? teams.find((t) => t.id === input.teamId) : undefined;
  if (input.teamId && !team) throw unknownReference('teamId', 'team', input.teamId);

  const records = await ports.okrs.listByCycles(cycle.parentCycleId ? [cycle.id, cycle.parentCycleId] : [cycle.id]);
  const shown = records.filter(
    ({ objective }) => objective.cycleId === cycle.id && (!team || objective.teamId === team.id),
  );
  const initiatives = await readInitiativeProgress(ports, shown, settings, now);
  const scored = scoreOkrTree({
    cycle,
    now,
    objectives: shown.map((r) => r.objective),
    keyResults: shown.flatMap((r) => r.keyResults),
    initiativeProgress: initiatives.progressOf,
  });
  await rememberEpicProgress(ports, shown, initiatives);

  const byId = new Map(records.map((r) => [r.objective.id, r.objective]));
  const objectives: ObjectiveView[] = scored.objectives.map((scoredObjective) => {
    const keyResults: KeyResultView[] = scoredObjective.keyResults.map((kr) => ({
      ...kr,
      initiatives: kr.initiatives.map(initiatives.viewOf),
    }));
    const objective = { ...scoredObjective, keyResults };
    const parent = objective.parentObjectiveId ? byId.get(objective.parentObjectiveId) : undefined;
    return parent
      ? {
          ...objective,
          parent: { id: parent.id, title: parent.title, teamId: parent.teamId, commitment: parent.commitment },
        }
      : objective;
  });

  const overall = overallScore(scored.objectives);
  return {
    cycle,
    ...(team ? { team } : {}),
    expectedProgress: scored.expectedProgress,
    asOf: now.toISOString(),
    overall: { score: overall, band: scoreBand(overall) },
    objectives,
    teams,
    alignmentCandidates: alignmentCandidates(records, teams, team).map(({ id, title, teamId, cycleId }) => ({
      id,
      title,
      teamId,
      cycleId,
    })),
    jira: { state: initiatives.jira },
    settings: { epicProgressMode: settings.epicProgressMode, version: settings.version },
  };
}

/**
 * What a team's objective may align to: the objectives of the teams above it (nearest first).
 * For the organisation view, any objective of a company or department.
 */
function alignmentCandidates(records: ObjectiveRecord[], teams: Team[], team: Team | undefined): Objective[] {
  const objectives = records.map((r) => r.objective);
  if (!team) {
    const upper = new Set(teams.filter((t) => t.level !== 'team').map((t) => t.id));
    return objectives.filter((o) => upper.has(o.teamId));
  }
  const ancestors = ancestorsOf(teams, team.id);
  return ancestors.flatMap((ancestor) => objectives.filter((o) => o.teamId === ancestor.id));
}

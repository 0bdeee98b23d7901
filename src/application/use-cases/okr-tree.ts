import type { GetOkrTreeInput } from '../../contracts/schemas';
import type { KeyResultView, ObjectiveView, OkrTreeView } from '../../contracts/views';
import { overallScore, scoreOkrTree } from '../../domain/okr-tree';
import { scoreBand } from '../../domain/scoring';
import { alignmentRule } from '../../domain/alignment';
import type { Cycle, Team } from '../../domain/types';
import { unknownReference } from '../errors';
import { readInitiativeProgress, rememberEpicProgress, storyPointsFieldsOf, type InitiativeProgress } from '../initiative-progress';
import type { AppSettings, ObjectiveRecord, Ports } from '../ports';
import { encodeSince, epicsDigest, shownEpicKeys } from '../tree-since';

/**
 * A cycle's OKRs, scored, for one team or the whole organisation. A constant number of storage
 * reads whatever the number of objectives: the cycle, the teams, the settings, and one query per
 * cycle read (this cycle and, for alignment to annual objectives, its annual parent). Linked
 * epics are read from Jira in a couple of batched searches, whatever their number.
 */
export async function getOkrTree(ports: Ports, input: GetOkrTreeInput, now: Date): Promise<OkrTreeView> {
  // The change markers are read before what they guard: a write in between shows as a change.
  const [cycle, teams, settings, ownMarkers] = await Promise.all([
    ports.cycles.get(input.cycleId),
    ports.teams.list(),
    ports.settings.get(),
    ports.changes.read([input.cycleId]),
  ]);
  if (!cycle) throw unknownReference('cycleId', 'cycle', input.cycleId);
  const team = input.teamId ? teams.find((t) => t.id === input.teamId) : undefined;
  if (input.teamId && !team) throw unknownReference('teamId', 'team', input.teamId);

  const cycleIds = cycle.parentCycleId ? [cycle.id, cycle.parentCycleId] : [cycle.id];
  const markers = cycle.parentCycleId ? await ports.changes.read(cycleIds) : ownMarkers;
  const records = await ports.okrs.listByCycles(cycleIds);
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
    alignmentCandidates: alignmentCandidates(records, teams, cycle, team),
    jira: { state: initiatives.jira },
    settings: { epicProgressMode: settings.epicProgressMode, version: settings.version },
    since: sinceOf(cycleIds, team?.id ?? null, markers, shown, settings, initiatives),
  };
}

function sinceOf(cycleIds: string[], teamId: string | null, markers: string, shown: ObjectiveRecord[], settings: AppSettings, initiatives: InitiativeProgress): string {
  const linked = shown.flatMap((r) => r.keyResults.flatMap((kr) => (kr.initiatives ?? []).flatMap((i) => (i.link.kind === 'epic' ? [i.link.epicKey] : []))));
  const keys = shownEpicKeys(initiatives, linked);
  return encodeSince({
    v: 1,
    c: cycleIds,
    t: teamId,
    m: markers,
    k: keys,
    p: settings.epicProgressMode === 'points' ? storyPointsFieldsOf(settings) : [],
    d: epicsDigest(initiatives, keys),
  });
}

/**
 * What a new objective of this cycle may align to, by the alignment rule itself, so the UI offers
 * exactly what saving accepts: for a team's view, what that team may align to; for the whole
 * organisation, every objective some team may align to, with the teams that may.
 */
function alignmentCandidates(records: ObjectiveRecord[], teams: Team[], cycle: Cycle, team: Team | undefined): OkrTreeView['alignmentCandidates'] {
  const rule = alignmentRule({ teams, cycles: [cycle], objectives: records.map((r) => r.objective) });
  return records.flatMap(({ objective: { id, title, teamId, cycleId, parentObjectiveId } }) => {
    const teamIds = rule.teamsThatMayAlignTo({ id, teamId, cycleId, ...(parentObjectiveId ? { parentObjectiveId } : {}) }, cycle.id);
    const offered = team ? teamIds.includes(team.id) : teamIds.length > 0;
    return offered ? [{ id, title, teamId, cycleId, teamIds }] : [];
  });
}

import type { GetOkrTreeInput } from '../../contracts/schemas';
import type { KeyResultView, ObjectiveView, OkrTreeView } from '../../contracts/views';
import { overallScore, scoreOkrTree } from '../../domain/okr-tree';
import { scoreBand } from '../../domain/scoring';
import { alignmentRule } from '../../domain/alignment';
import type { CheckInSummary, Cycle, Team } from '../../domain/types';
import { readAccess } from '../access';
import { cycleView } from '../cycle-view';
import { hiddenAlignedCounts, hidesSome, visibleRecords } from '../private-objectives';
import { unknownReference } from '../errors';
import { readInitiativeProgress, rememberEpicProgress, storyPointsFieldsOf, type InitiativeProgress } from '../initiative-progress';
import type { Actor, AppSettings, ObjectiveRecord, Ports } from '../ports';
import { encodeSince, epicsDigest, shownEpicKeys } from '../tree-since';

/**
 * A cycle's OKRs, scored, for one team or the whole organisation. A constant number of storage
 * reads whatever the number of objectives: the cycle, the teams, the settings, and one query per
 * cycle read (this cycle and, for alignment to annual objectives, its annual parent). Linked
 * epics are read from Jira in a couple of batched searches, whatever their number.
 */
export async function getOkrTree(ports: Ports, actor: Actor, input: GetOkrTreeInput, now: Date): Promise<OkrTreeView> {
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
  const [markers, stored] = await Promise.all([
    cycle.parentCycleId ? ports.changes.read(cycleIds) : ownMarkers,
    ports.okrs.listByCycles(cycleIds),
  ]);
  // What the tree decides: which private objectives it shows, and which teams' OKRs it offers to
  // change (the one asked for, or on the whole organisation's tree every team, for "add objective").
  const offeredTeamIds = team ? [team.id] : teams.map((t) => t.id);
  const access = await readAccess(
    ports,
    actor,
    { teams, settings },
    (known) => hidesSome(known, stored) || offeredTeamIds.some((teamId) => !known.can({ kind: 'edit-team-okrs', teamId })) ||
      stored.some(({ objective }) => objective.cycleId === cycle.id && !known.can({ kind: 'edit-team-okrs', teamId: objective.teamId })),
  );
  // Private objectives the person may not see leave here, before anything reads them.
  const records = visibleRecords(access, stored);
  const hiddenAligned = hiddenAlignedCounts(access, stored);
  const shown = records.filter(
    ({ objective }) => objective.cycleId === cycle.id && (!team || objective.teamId === team.id),
  );
  const initiatives = await readInitiativeProgress(ports, shown, settings, now, [], { signedOut: !actor.accountId });
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
      ...(kr.lastCheckIn && !actor.accountId ? { lastCheckIn: withoutComment(kr.lastCheckIn) } : {}),
      initiatives: kr.initiatives.map(initiatives.viewOf),
      can: {
        edit: access.can({ kind: 'edit-key-result', teamId: scoredObjective.teamId, ownerAccountId: kr.ownerAccountId }),
        checkIn: access.can({ kind: 'check-in', teamId: scoredObjective.teamId, ownerAccountId: kr.ownerAccountId }),
      },
    }));
    const parent = scoredObjective.parentObjectiveId ? byId.get(scoredObjective.parentObjectiveId) : undefined;
    const privateAlignedCount = hiddenAligned.get(scoredObjective.id);
    return {
      ...scoredObjective,
      keyResults,
      ...(parent ? { parent: { id: parent.id, title: parent.title, teamId: parent.teamId, commitment: parent.commitment } } : {}),
      ...(privateAlignedCount ? { privateAlignedCount } : {}),
      can: { edit: access.can({ kind: 'edit-team-okrs', teamId: scoredObjective.teamId }) },
    };
  });

  const overall = overallScore(scored.objectives);
  const editableTeamIds = offeredTeamIds.filter((teamId) => access.can({ kind: 'edit-team-okrs', teamId }));
  return {
    cycle: cycleView(cycle),
    ...(team ? { team } : {}),
    expectedProgress: scored.expectedProgress,
    asOf: now.toISOString(),
    overall: { score: overall, band: scoreBand(overall) },
    objectives,
    teams,
    alignmentCandidates: alignmentCandidates(stored, records, teams, cycle, team),
    jira: { state: initiatives.jira },
    settings: { epicProgressMode: settings.epicProgressMode, appAdminAccountIds: settings.appAdminAccountIds ?? [], version: settings.version },
    can: { editTeamOkrs: team ? editableTeamIds.includes(team.id) : editableTeamIds.length > 0, editableTeamIds },
    since: sinceOf(cycleIds, team?.id ?? null, markers, shown, settings, initiatives),
  };
}

/** Someone not signed in (a public Confluence page) sees that a check-in happened, not what it said. */
const withoutComment = (checkIn: CheckInSummary): CheckInSummary => ({ ...checkIn, comment: '' });

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
function alignmentCandidates(
  stored: ObjectiveRecord[],
  visible: ObjectiveRecord[],
  teams: Team[],
  cycle: Cycle,
  team: Team | undefined,
): OkrTreeView['alignmentCandidates'] {
  // The rule sees every objective (a loop through a private one is still a loop); only what the
  // person may see is offered.
  const rule = alignmentRule({ teams, cycles: [cycle], objectives: stored.map((r) => r.objective) });
  return visible.flatMap(({ objective: { id, title, teamId, cycleId, parentObjectiveId } }) => {
    const teamIds = rule.teamsThatMayAlignTo({ id, teamId, cycleId, ...(parentObjectiveId ? { parentObjectiveId } : {}) }, cycle.id);
    const offered = team ? teamIds.includes(team.id) : teamIds.length > 0;
    return offered ? [{ id, title, teamId, cycleId, teamIds }] : [];
  });
}

import type { GetEpicContextInput, SearchEpicsInput, SearchProjectsInput } from '../../contracts/schemas';
import type { EpicContextView, EpicSearchResult, ProjectView } from '../../contracts/views';
import { scoreOkrTree } from '../../domain/okr-tree';
import { initiativeShare } from '../../domain/epic-progress';
import { NotFoundError, ProductUnavailableError } from '../errors';
import { readInitiativeProgress, rememberEpicProgress } from '../initiative-progress';
import type { Actor, EpicFacts, ObjectiveRecord, Ports } from '../ports';
import { readAccess } from '../access';
import { hidesSome, visibleRecords } from '../private-objectives';
import type { EpicProgressSnapshot } from '../../domain/types';

export const searchEpics = (ports: Ports, input: SearchEpicsInput): Promise<EpicSearchResult[]> =>
  ports.work.searchEpics(input.projectKey, input.query);

/** The setup's project picker: what Jira lets the caller browse, read as them (never as the app). */
export const searchProjects = (ports: Ports, input: SearchProjectsInput): Promise<ProjectView[]> =>
  ports.work.searchProjects(input.query);

/**
 * "Why are we building this": the initiatives, key results and objectives an epic moves, with
 * their current scores. Only for people who can see the epic in Jira.
 */
export async function getEpicContext(
  ports: Ports,
  actor: Actor,
  input: GetEpicContextInput,
  now: Date,
  /** The issue Jira is showing this panel on (from the invocation context), if the call comes from it. */
  panelIssueKey?: string,
): Promise<EpicContextView> {
  let facts: EpicFacts | undefined;
  let jiraDown = false;
  try {
    facts = await ports.work.findEpic(input.issueKey);
  } catch (error) {
    // Jira renders the panel only for people who may view the issue, so while Jira cannot be
    // reached, its own panel still shows what is stored: the last known progress, with its time.
    if (!(error instanceof ProductUnavailableError) || panelIssueKey !== input.issueKey) throw error;
    jiraDown = true;
  }
  const epic = facts ?? { key: input.issueKey };
  if (!facts && !jiraDown) throw new NotFoundError(`No epic ${input.issueKey} that you can see in Jira`);

  const [stored, cycles, teams, settings] = await Promise.all([
    ports.okrs.listByEpic(epic.key),
    ports.cycles.list(),
    ports.teams.list(),
    ports.settings.get(),
  ]);
  // An epic that moves a private objective says nothing of it to those who may not see it.
  const records = visibleRecords(await readAccess(ports, actor, { teams, settings }, (known) => hidesSome(known, stored)), stored);
  const progress = await readInitiativeProgress(ports, records, settings, now, [epic.key], { jiraKnownDown: jiraDown });
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const teamById = new Map(teams.map((t) => [t.id, t]));

  const links: EpicContextView['links'] = [];
  for (const record of records) {
    const cycle = cycleById.get(record.objective.cycleId);
    if (!cycle) continue;
    const [objective] = scoreOkrTree({
      cycle,
      now,
      objectives: [record.objective],
      keyResults: record.keyResults,
      initiativeProgress: progress.progressOf,
    }).objectives;
    if (!objective) continue;
    for (const keyResult of objective.keyResults) {
      for (const initiative of keyResult.initiatives) {
        if (initiative.link.kind !== 'epic' || initiative.link.epicKey !== epic.key) continue;
        const team = teamById.get(objective.teamId);
        const share = keyResult.measure.kind === 'initiatives' ? initiativeShare(initiative, keyResult.initiatives) : undefined;
        links.push({
          initiative: progress.viewOf(initiative),
          ...(share === undefined ? {} : { share }),
          keyResult: {
            id: keyResult.id,
            title: keyResult.title,
            progress: keyResult.progress,
            band: keyResult.band,
            status: keyResult.status,
            measure: keyResult.measure,
            ...(keyResult.ownerAccountId ? { ownerAccountId: keyResult.ownerAccountId } : {}),
          },
          objective: {
            id: objective.id,
            title: objective.title,
            score: objective.score,
            band: objective.band,
            status: objective.status,
            commitment: objective.commitment,
            teamId: objective.teamId,
            cycleId: objective.cycleId,
          },
          team: team && { id: team.id, name: team.name },
          cycle: { id: cycle.id, name: cycle.name },
        });
      }
    }
  }
  await rememberEpicProgress(ports, records, progress);

  const view = progress.epicViewOf(epic.key, latestSnapshot(records, epic.key));
  if (view.state === 'unavailable') return { epic: view, links };
  if (!facts) throw new NotFoundError(`No epic ${input.issueKey} that you can see in Jira`);
  const numbers =
    view.state === 'live'
      ? view
      : { progress: 0, done: 0, total: 0, measuredBy: settings.epicProgressMode, asOf: now.toISOString() };
  return {
    epic: {
      state: 'live',
      key: facts.key,
      summary: facts.summary,
      statusName: facts.statusName,
      statusCategory: facts.statusCategory,
      progress: numbers.progress,
      done: numbers.done,
      total: numbers.total,
      measuredBy: numbers.measuredBy,
      asOf: numbers.asOf,
    },
    links,
  };
}

/** The newest progress any initiative kept for this epic: what the panel shows while Jira is down. */
function latestSnapshot(records: readonly ObjectiveRecord[], epicKey: string): EpicProgressSnapshot | undefined {
  let latest: EpicProgressSnapshot | undefined;
  for (const record of records) {
    for (const keyResult of record.keyResults) {
      for (const initiative of keyResult.initiatives ?? []) {
        const link = initiative.link;
        if (link.kind === 'epic' && link.epicKey === epicKey && link.lastKnown && (!latest || link.lastKnown.at > latest.at)) latest = link.lastKnown;
      }
    }
  }
  return latest;
}

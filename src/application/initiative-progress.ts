import type { EpicView, InitiativeView, JiraState } from '../contracts/views';
import { epicProgress, isSnapshotOutdated, storedInitiativeProgress } from '../domain/epic-progress';
import type { EpicProgressSnapshot, Initiative } from '../domain/types';
import { ProductUnavailableError, type ProductUnavailableReason } from './errors';
import type { AppSettings, EpicFacts, ObjectiveRecord, Ports } from './ports';

export type { JiraState };

const STATE_OF_REASON: Record<ProductUnavailableReason, JiraState> = {
  outage: 'unavailable',
  'not-connected': 'not-connected',
  credentials: 'unrecognised',
};

/** Initiatives' progress for one screen, with Jira read once for all their epics. */
export interface InitiativeProgress {
  jira: JiraState;
  /** Fresh progress of the epics read just now, to keep as their last known progress. */
  snapshots: Map<string, EpicProgressSnapshot>;
  progressOf(initiative: Initiative): number | null;
  viewOf(initiative: Initiative): InitiativeView;
  /** How an epic looks to this user (for an epic read through `alsoRead`). */
  epicViewOf(epicKey: string, lastKnown?: EpicProgressSnapshot): EpicView;
}

/**
 * Reads every epic linked from `records` in one batched pass, as the user. An epic the user
 * cannot see counts with its last known progress (everyone's scores agree) and is shown as
 * restricted, without key or summary; when Jira is unavailable, every epic shows its last
 * known progress and the screen still loads.
 */
export async function readInitiativeProgress(
  ports: Ports,
  records: readonly ObjectiveRecord[],
  settings: AppSettings,
  now: Date,
  alsoRead: readonly string[] = [],
  /**
   * `signedOut`: nobody to read Jira as (an anonymous reader of a public Confluence page), so no
   * epic is theirs to see: each shows its stored last known progress, as a restricted one does.
   */
  options: { jiraKnownDown?: boolean; signedOut?: boolean } = {},
): Promise<InitiativeProgress> {
  const epicKeys = [
    ...new Set([
      ...alsoRead,
      ...records.flatMap((r) =>
        r.keyResults.flatMap((kr) => (kr.initiatives ?? []).flatMap((i) => (i.link.kind === 'epic' ? [i.link.epicKey] : []))),
      ),
    ]),
  ];
  let jira: JiraState = epicKeys.length ? (options.jiraKnownDown ? 'unavailable' : options.signedOut ? 'partial' : 'ok') : 'unused';
  let visible = new Map<string, EpicFacts & { snapshot: EpicProgressSnapshot }>();
  let unread = new Set<string>();
  const pointsWanted = settings.epicProgressMode === 'points';
  const pointsFields = pointsWanted ? storyPointsFieldsOf(settings) : [];
  // Jira just failed this invocation: another read would only spend the time budget again.
  if (epicKeys.length && !options.jiraKnownDown && !options.signedOut) {
    try {
      const read = await ports.work.readEpics(epicKeys, pointsFields.length ? { storyPointsFieldIds: pointsFields } : {});
      const at = now.toISOString();
      unread = new Set(read.unread);
      if (unread.size > 0) jira = 'partial';
      visible = new Map(
        [...read.epics].map(([key, epic]) => {
          const progress = epicProgress(epic.reading, pointsFields.length ? 'points' : 'count');
          return [key, { ...epic, snapshot: { ...progress, statusCategory: epic.statusCategory, at } }];
        }),
      );
    } catch (error) {
      if (!(error instanceof ProductUnavailableError)) throw error;
      jira = STATE_OF_REASON[error.reason];
    }
  }

  const progressOf = (initiative: Initiative): number | null => {
    const link = initiative.link;
    if (link.kind === 'epic') {
      const live = visible.get(link.epicKey);
      if (live) return live.snapshot.progress;
    }
    return storedInitiativeProgress(initiative);
  };

  const epicViewOf = (epicKey: string, lastKnown: EpicProgressSnapshot | undefined): EpicView => {
    const live = visible.get(epicKey);
    if (live) {
      const { snapshot } = live;
      return {
        state: 'live',
        key: epicKey,
        summary: live.summary,
        statusName: live.statusName,
        statusCategory: live.statusCategory,
        progress: snapshot.progress,
        done: snapshot.done,
        total: snapshot.total,
        measuredBy: snapshot.measuredBy,
        ...(pointsWanted && snapshot.measuredBy === 'count' ? { estimatesMissing: true as const } : {}),
        asOf: snapshot.at,
      };
    }
    const known = lastKnown
      ? { progress: lastKnown.progress, done: lastKnown.done, total: lastKnown.total, measuredBy: lastKnown.measuredBy, asOf: lastKnown.at }
      : { progress: null };
    // Jira answered and the epic was not among what this user may see: say nothing about it.
    if ((jira === 'ok' || jira === 'partial') && !unread.has(epicKey)) return { state: 'restricted', progress: known.progress, ...(lastKnown ? { asOf: lastKnown.at } : {}) };
    return { state: 'unavailable', key: epicKey, ...known };
  };

  const viewOf = (initiative: Initiative): InitiativeView => {
    const { link, ...rest } = initiative;
    const epic = link.kind === 'epic' ? epicViewOf(link.epicKey, link.lastKnown) : undefined;
    return {
      ...rest,
      // The linking user's label may repeat the epic's summary: not for those who cannot see it.
      ...(epic?.state === 'restricted' ? { title: '' } : {}),
      progress: progressOf(initiative),
      link: link.kind === 'manual' ? link : { kind: 'epic', epic: epic! },
    };
  };

  return {
    jira,
    snapshots: new Map([...visible].map(([key, epic]) => [key, epic.snapshot])),
    progressOf,
    viewOf,
    epicViewOf,
  };
}

/**
 * Keeps what was just read as the epics' last known progress, writing only when some stored
 * snapshot in `records` is outdated. A failure here must not fail the screen.
 */
export async function rememberEpicProgress(
  ports: Ports,
  records: readonly ObjectiveRecord[],
  progress: InitiativeProgress,
): Promise<void> {
  const outdated = new Map(
    [...progress.snapshots].filter(([key, fresh]) =>
      records.some((r) =>
        r.keyResults.some((kr) =>
          (kr.initiatives ?? []).some(
            (i) => i.link.kind === 'epic' && i.link.epicKey === key && isSnapshotOutdated(i.link.lastKnown, fresh),
          ),
        ),
      ),
    ),
  );
  if (outdated.size === 0) return;
  const cycleIds = [...new Set(records.map((r) => r.objective.cycleId))];
  try {
    await ports.okrs.recordEpicSnapshots(cycleIds, outdated);
  } catch (error) {
    console.warn('Could not store the epics\' last known progress', error);
  }
}

/** The story point fields to read; a setting saved by an older version named one field. */
export function storyPointsFieldsOf(settings: AppSettings): string[] {
  return settings.storyPointsFieldIds ?? (settings.storyPointsFieldId ? [settings.storyPointsFieldId] : []);
}

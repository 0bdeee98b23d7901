/**
 * What an initiative row says, decided once and without React: its name, its epic key (only when
 * the user may see it), its share of the key result, the work counted ("7 / 12 issues") and the
 * colours of an epic's status. Restricted epics reveal nothing but their last known progress.
 */
import type { EpicSearchResult, EpicView, InitiativeView, KeyResultView } from '@contracts/views';
import { initiativeShare } from '@domain/epic-progress';
import type { LozengeAppearance } from '../../components/lozenge';
import type { ProgressTone } from '../../components/progress-bar';
import type { I18n } from '../../i18n';

export type { EpicView, InitiativeView };
export type StatusCategory = EpicSearchResult['statusCategory'];
export type EpicProgressMode = Extract<EpicView, { state: 'live' }>['measuredBy'];

/** Jira's status categories as Jira colours them: grey to do, blue in progress, green done. */
export const STATUS_CATEGORY_APPEARANCE: Record<StatusCategory, LozengeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

export const epicOf = (initiative: InitiativeView): EpicView | undefined =>
  initiative.link.kind === 'epic' ? initiative.link.epic : undefined;

/** The epic's key, unless the user may not see the epic (then nothing about it is shown). */
export function epicKeyOf(initiative: InitiativeView): string | undefined {
  const epic = epicOf(initiative);
  return epic && epic.state !== 'restricted' ? epic.key : undefined;
}

export const isRestricted = (initiative: InitiativeView): boolean => epicOf(initiative)?.state === 'restricted';

/**
 * How the initiative is called in labels: the user's own title, else the live epic's summary,
 * else its key; a restricted epic is only ever "Restricted epic".
 */
export function initiativeName({ t }: I18n, initiative: InitiativeView): string {
  const epic = epicOf(initiative);
  if (epic?.state === 'restricted') return t('initiative.restricted');
  if (initiative.title) return initiative.title;
  if (epic?.state === 'live') return epic.summary || epic.key;
  return epic?.key ?? '';
}

/** Each initiative's share of an initiative-driven key result's progress: the domain's rule. */
export function initiativeShares(initiatives: readonly InitiativeView[]): Map<string, number> {
  return new Map(initiatives.map((i) => [i.id, initiativeShare(i, initiatives)] as const));
}

export const drivesProgress = (keyResult: Pick<KeyResultView, 'measure'>): boolean => keyResult.measure.kind === 'initiatives';

/** "7 / 12 issues" or "21 / 34 points"; an epic with no children yet says so. */
/**
 * "5 / 8 issues": the real counts, also for a closed epic (which counts as done whatever its
 * children say: then ", epic closed" says why the bar is full), and a note when the site counts
 * by story points but this epic's project has no estimates, so its issues were counted.
 */
export function workCount(
  { t, format }: I18n,
  done: number,
  total: number,
  measuredBy: EpicProgressMode,
  more: { statusCategory?: StatusCategory; estimatesMissing?: boolean } = {},
): string {
  const closed = more.statusCategory === 'done' && done < total;
  if (total === 0) return closed || more.statusCategory === 'done' ? t('initiative.noChildrenClosed') : t('initiative.noChildren');
  const params = { done: format.number(done), total: format.number(total) };
  let text = measuredBy === 'points' ? t('initiative.points', params) : t('initiative.issues', params);
  if (closed) text = t('initiative.epicClosed', { count: text });
  if (more.estimatesMissing) text = t('initiative.noEstimates', { count: text });
  return text;
}

/** Work is not scored: a neutral bar while it runs, green once finished. */
export function workTone(progress: number | null, statusCategory?: StatusCategory): ProgressTone {
  return statusCategory === 'done' || (progress ?? 0) >= 1 ? 'done' : 'work';
}

/** Initiatives keep the backend's display order. */
export const initiativesInOrder = (initiatives: readonly InitiativeView[]): InitiativeView[] =>
  [...initiatives].sort((a, b) => a.order - b.order);

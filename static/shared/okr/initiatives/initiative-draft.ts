/**
 * What the initiative form holds (numbers as typed text, progress in percent) and the
 * `saveInitiative` payload it becomes. An epic's link is left out, so the stored one stays (only
 * its weight is edited here); work tracked by hand sends its title and progress (0 to 1).
 */
import type { InitiativeView } from './initiative-facts';

export interface InitiativeDraft {
  title: string;
  /** Percent, 0 to 100, as typed. */
  progress: string;
  weight: string;
}

/** Paths of `saveInitiativePayload` this form has an input for. */
export const INITIATIVE_FIELDS = ['title', 'weight', 'link.progress'] as const;

export function initiativeDraft(initiative: InitiativeView | undefined): InitiativeDraft {
  const manual = initiative?.link.kind === 'manual' ? initiative.link : undefined;
  return {
    title: initiative?.title ?? '',
    // 0.425 shows as 42.5, not 42.49999: percent with at most two decimals.
    progress: manual ? String(Math.round(manual.progress * 10000) / 100) : '0',
    weight: String(initiative?.weight ?? 1),
  };
}

const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** A typed percentage outside 0..100 (the contract bounds the fraction, 0..1). */
export function progressOutOfRange(draft: InitiativeDraft): boolean {
  const percent = typedNumber(draft.progress);
  return percent !== undefined && Number.isFinite(percent) && (percent < 0 || percent > 100);
}

export function initiativePayload(
  draft: InitiativeDraft,
  target: { keyResultId: string; initiative?: InitiativeView; version?: number },
): Record<string, unknown> {
  const { initiative } = target;
  const identity = initiative ? { id: initiative.id, version: target.version } : {};
  const weight = typedNumber(draft.weight);
  if (initiative?.link.kind === 'epic') {
    // The link is left out: the resolver keeps the stored epic, which works even for an epic this
    // user cannot see (its key never reached the browser).
    return { ...identity, keyResultId: target.keyResultId, title: initiative.title, weight };
  }
  const percent = typedNumber(draft.progress);
  return {
    ...identity,
    keyResultId: target.keyResultId,
    title: draft.title,
    weight,
    link: { kind: 'manual', progress: percent === undefined ? undefined : percent / 100 },
    ...(initiative?.ownerAccountId ? { ownerAccountId: initiative.ownerAccountId } : {}),
  };
}

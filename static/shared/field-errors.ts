/**
 * Field-level messages, before and after a round trip. Before sending, forms run the contract's
 * own zod schema (the one the resolver parses with) and get the same `FieldIssue`s the resolver
 * would answer; after, the resolver's `fields` are shown the same way. Either way the user reads
 * a message in their language next to the field, never zod's English.
 */
import type { ErrorBody, FieldIssue } from '@contracts/envelope';
import { fieldIssues } from '@contracts/field-issues';
import type { z } from 'zod';
import type { MessageKey, Translate } from './i18n';

export type FieldIssues = Record<string, FieldIssue>;

export type Checked<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Parses `payload` with a contract schema; a refusal reads exactly like the resolver's VALIDATION. */
export function checkPayload<S extends z.ZodType>(schema: S, payload: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: { code: 'VALIDATION', message: parsed.error.message, fields: issuesOf(parsed.error, payload) } };
}

/** zod's issues keyed by dotted path: the resolver's own mapping, shared through the contracts. */
export const issuesOf = (error: z.ZodError, payload: unknown): FieldIssues => fieldIssues(error.issues, payload);

/**
 * Domain rules the resolver names in `reason` (src/domain/errors.ts) that these forms can break;
 * a more precise message than the generic one for the issue's code.
 */
const REASONS = {
  'check-in-value-not-finite': 'fieldReason.check-in-value-not-finite',
  'check-in-value-out-of-range': 'fieldReason.check-in-value-out-of-range',
  'check-in-value-not-milestone': 'fieldReason.check-in-value-not-milestone',
  'check-in-confidence-invalid': 'fieldReason.check-in-confidence-invalid',
  'cycle-dates-invalid': 'fieldReason.cycle-dates-invalid',
  'year-exists': 'fieldReason.year-exists',
  'team-company-has-parent': 'fieldReason.team-company-has-parent',
  'duplicate-member': 'fieldReason.duplicate-member',
  'no-team-admin': 'fieldReason.no-team-admin',
  'team-parent-loop': 'fieldReason.team-parent-loop',
  'team-parent-not-above': 'fieldReason.team-parent-not-above',
  'team-children-not-below': 'fieldReason.team-children-not-below',
  'align-to-self': 'fieldReason.align-to-self',
  'align-to-other-cycle': 'fieldReason.align-to-other-cycle',
  'align-to-team-not-above': 'fieldReason.align-to-team-not-above',
  'align-makes-loop': 'fieldReason.align-makes-loop',
  'check-in-initiative-driven': 'fieldReason.check-in-initiative-driven',
  'no-story-points': 'fieldReason.no-story-points',
  'step-blocked': 'fieldReason.step-blocked',
  'not-at-review': 'fieldReason.not-at-review',
  'not-adjacent': 'fieldReason.not-adjacent',
  'only-facilitator-reopens': 'fieldReason.only-facilitator-reopens',
  'same-step': 'fieldReason.same-step',
  'text-control-character': 'fieldReason.text-control-character',
  'text-lone-surrogate': 'fieldReason.text-lone-surrogate',
  'text-bidi-control': 'fieldReason.text-bidi-control',
  'unknown-user': 'fieldReason.unknown-user',
  'only-facilitator-changes-facilitator': 'fieldReason.only-facilitator-changes-facilitator',
  'objective-storage-full': 'fieldReason.objective-storage-full',
} as const satisfies Record<string, MessageKey>;

/** Rules whose message says the bound crossed: the issue's `limit`. */
const LIMIT_REASONS = {
  'too-many-key-results': 'fieldReason.too-many-key-results',
  'too-many-initiatives': 'fieldReason.too-many-initiatives',
} as const satisfies Record<string, MessageKey>;

/** Rules whose message names what they are about (the issue's `names`: objective titles). */
const NAMING_REASONS = {
  'objective-has-aligned-objectives': 'fieldReason.objective-has-aligned-objectives',
  'aligned-objectives-not-below': 'fieldReason.aligned-objectives-not-below',
} as const satisfies Record<string, MessageKey>;

const isNamingReason = (reason: string | undefined): reason is keyof typeof NAMING_REASONS =>
  reason !== undefined && Object.hasOwn(NAMING_REASONS, reason);
const isKnownReason = (reason: string | undefined): reason is keyof typeof REASONS =>
  reason !== undefined && Object.hasOwn(REASONS, reason);
const isLimitReason = (reason: string | undefined): reason is keyof typeof LIMIT_REASONS =>
  reason !== undefined && Object.hasOwn(LIMIT_REASONS, reason);

/** The user's-language message for one issue. */
export function fieldIssueMessage(t: Translate, issue: FieldIssue): string {
  if (isKnownReason(issue.reason)) return t(REASONS[issue.reason]);
  if (isNamingReason(issue.reason) && issue.names?.length) {
    return t(NAMING_REASONS[issue.reason], { names: issue.names.map((name) => `“${name}”`).join(', ') });
  }
  if (isLimitReason(issue.reason) && issue.limit !== undefined) return t(LIMIT_REASONS[issue.reason], { limit: issue.limit });
  const limit = issue.limit;
  switch (issue.code) {
    case 'required':
      return t('field.required');
    case 'too_long':
      return limit === undefined ? t('field.tooLongNoLimit') : t('field.tooLong', { limit });
    case 'too_short':
      return limit === undefined ? t('field.tooShortNoLimit') : t('field.tooShort', { limit });
    case 'too_big':
      return limit === undefined ? t('field.tooBigNoLimit') : t('field.tooBig', { limit });
    case 'too_small':
      return limit === undefined ? t('field.tooSmallNoLimit') : t('field.tooSmall', { limit });
    case 'invalid_type':
      return t('field.invalidType');
    case 'invalid_value':
      return t('field.invalidValue');
    case 'invalid_format':
      return t('field.invalidFormat');
    case 'unknown_key':
      return t('field.unknownKey');
    case 'inconsistent':
      return t('field.inconsistent');
  }
}

/**
 * Splits an error's field issues into the ones a form shows next to its inputs and the rest
 * (a path the form has no input for), which the form lists in its error banner.
 */
export function fieldMessages(
  t: Translate,
  error: ErrorBody | undefined,
  shownPaths: readonly string[],
): { byField: Record<string, string>; unplaced: string[] } {
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, issue] of Object.entries(error?.fields ?? {})) {
    const message = fieldIssueMessage(t, issue);
    if (shownPaths.includes(path)) byField[path] = message;
    else unplaced.push(path && path !== '(payload)' ? `${path}: ${message}` : message);
  }
  return { byField, unplaced };
}

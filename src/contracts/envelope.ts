/**
 * The one answer shape of every resolver, so the UI never guesses.
 * Shared by src/ and static/ (the UI imports it through the `@contracts` alias).
 */

/** UNAVAILABLE: a product the answer needs (Jira) could not be reached in time; try again later. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAVAILABLE', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why one field was refused. `code` lets the UI say it in the user's language;
 * `message` is the English fallback for logs and API users.
 */
export interface FieldIssue {
  code:
    | 'required'
    | 'too_long'
    | 'too_short'
    | 'too_big'
    | 'too_small'
    | 'invalid_type'
    | 'invalid_value'
    | 'invalid_format'
    | 'unknown_key'
    | 'inconsistent';
  message: string;
  /** The length or numeric bound that was crossed, when there is one. */
  limit?: number;
  /** A domain rule's code (e.g. `check-in-value-out-of-range`) for a more precise message. */
  reason?: string;
  /** What the rule's message names (e.g. the titles of the objectives aligned to one being deleted). */
  names?: string[];
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field path (`keyResults.0.title`, `measure.target`) to what was wrong with it. */
  fields?: Record<string, FieldIssue>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });

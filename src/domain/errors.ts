/**
 * A broken OKR rule. Thrown by the domain (pure code) and translated by the resolvers into the
 * envelope's error: `code` is stable and machine-readable (the UI translates it), `field` names
 * the input that broke the rule when there is one. The message is for logs, never for users.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: string;
  readonly field?: string;

  constructor(code: string, options: { field?: string; message?: string } = {}) {
    super(options.message ?? (options.field ? `${code} (${options.field})` : code));
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * The codes the domain throws. Other layers may throw DomainError with their own codes;
 * these are the ones raised here, listed so the UI can translate every one.
 */
export const DOMAIN_ERROR_CODES = [
  /** A check-in value is NaN or infinite. */
  'check-in-value-not-finite',
  /** A percentage check-in outside 0..100. */
  'check-in-value-out-of-range',
  /** A milestone check-in other than 0 (not done) or 1 (done). */
  'check-in-value-not-milestone',
  /** A check-in on a key result whose progress comes from its initiatives. */
  'check-in-initiative-driven',
  /** A check-in's confidence is not high, medium or low. */
  'check-in-confidence-invalid',
  /** A check-in's createdAt is not an ISO instant. */
  'check-in-date-invalid',
  /** A cycle date is not a calendar date (yyyy-MM-dd), or the cycle ends before it starts. */
  'cycle-dates-invalid',
  /** `now` (or a date given to a cycle helper) is an invalid Date. */
  'date-invalid',
  /** A year or quarter outside what a cycle helper accepts. */
  'cycle-period-invalid',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

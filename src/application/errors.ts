import type { FieldIssue } from '../contracts/envelope';

/**
 * Failures a use case reports on purpose. Resolvers turn each into the envelope's error code;
 * anything else is a bug and becomes INTERNAL.
 */
export abstract class AppError extends Error {
  abstract readonly code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';
  constructor(
    message: string,
    readonly fields?: Record<string, FieldIssue>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  readonly code = 'VALIDATION' as const;
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
}

/** The record changed since the user loaded it: their edit is refused, nothing is overwritten. */
export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
  constructor(
    message: string,
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
}

/** A field-level VALIDATION error, for checks zod cannot do (references, cross-record rules). */
export const invalidField = (
  field: string,
  code: FieldIssue['code'],
  message: string,
): ValidationError => new ValidationError(message, { [field]: { code, message } });

/** A NOT_FOUND error that also points at the payload field holding the unknown id. */
export const unknownReference = (field: string, what: string, id: string): NotFoundError =>
  new NotFoundError(`No ${what} with id "${id}"`, {
    [field]: { code: 'invalid_value', message: `No ${what} with id "${id}"` },
  });

/**
 * A product the app reads (Jira) could not answer in time. Screens degrade to what is stored
 * (last known progress) instead of failing.
 */
export class ProductUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

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

/**
 * A field-level VALIDATION error for a broken domain rule: `reason` is the rule's code, so the UI
 * can say precisely what is wrong; `names` are what the message names (titles), if anything.
 */
export const brokenRule = (field: string, reason: string, message: string, names?: string[]): ValidationError =>
  new ValidationError(message, { [field]: { code: 'inconsistent', message, reason, ...(names ? { names } : {}) } });

/** A VALIDATION error for a cap reached (LIMITS): names the field, the limit and the rule. */
export const capReached = (field: string, limit: number, reason: string, message: string): ValidationError =>
  new ValidationError(message, { [field]: { code: 'too_big', message, limit, reason } });

/**
 * The safety net under the caps (docs/decisions/0007): the write would grow an objective past
 * what one storage record holds. Thrown by the storage adapter, which cannot know the field;
 * `onField` names it for the use case's payload. Nothing was written.
 */
export class ObjectiveTooLargeError extends ValidationError {
  constructor(
    readonly bytes: number,
    readonly budget: number,
    field = '(payload)',
  ) {
    const message = `This objective would take ${bytes} bytes of storage; at most ${budget} fit`;
    super(message, { [field]: { code: 'too_big', message, limit: budget, reason: 'objective-storage-full' } });
  }

  onField(field: string): ObjectiveTooLargeError {
    return new ObjectiveTooLargeError(this.bytes, this.budget, field);
  }
}

/** Runs a write and, if the objective would outgrow its storage, names `field` as what grew it. */
export async function growingField<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof ObjectiveTooLargeError ? error.onField(field) : error;
  }
}

/** A NOT_FOUND error that also points at the payload field holding the unknown id. */
export const unknownReference = (field: string, what: string, id: string): NotFoundError =>
  new NotFoundError(`No ${what} with id "${id}"`, {
    [field]: { code: 'invalid_value', message: `No ${what} with id "${id}"` },
  });

/**
 * Why Jira could not be read: it failed or was too slow (`outage`), the site has not connected
 * Jira to the app (`not-connected`, Jira is optional in the manifest), or Jira does not recognise
 * the credentials it was called with and serves them as anonymous (`credentials`: the local
 * host's real-site mode with a wrong email/token pair).
 */
export type ProductUnavailableReason = 'outage' | 'not-connected' | 'credentials';

/**
 * A product the app reads (Jira) could not answer. Screens degrade to what is stored (last known
 * progress) instead of failing, and never overwrite it with what such a read saw.
 */
export class ProductUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: ProductUnavailableReason = 'outage',
  ) {
    super(message);
    this.name = new.target.name;
  }
}

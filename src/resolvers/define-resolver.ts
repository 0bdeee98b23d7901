import type { Request } from '@forge/resolver';
import type { z } from 'zod';
import { fail, ok, type Envelope } from '../contracts/envelope';
import type { ResolverKey } from '../contracts/resolver-keys';
import { AppError, ProductUnavailableError, type ProductUnavailableReason } from '../application/errors';
import type { Actor, Ports } from '../application/ports';
import { StorageBusyError } from '../adapters/kvs/contention';
import { storageRateLimitedEnvelope } from '../adapters/kvs/storage-busy';
import { isDomainError } from '../domain/errors';
import { isAdminSurface } from '../contracts/admin-surfaces';
import { fieldIssues, PAYLOAD_PATH } from '../contracts/field-issues';

/** What a resolver's body receives: the parsed payload and the trusted caller. */
export interface ResolverCall<I> {
  input: I;
  actor: Actor;
  ports: Ports;
  now: Date;
  context: Request['context'];
}

export interface ResolverDefinition<I = any, O = unknown> {
  key: ResolverKey;
  schema: z.ZodType<I>;
  body: (call: ResolverCall<I>) => Promise<O>;
}

/** Declares a resolver: its key, the schema of its payload, and what it does with it. */
export const defineResolver = <S extends z.ZodType, O>(
  key: ResolverKey,
  schema: S,
  body: (call: ResolverCall<z.output<S>>) => Promise<O>,
): ResolverDefinition<z.output<S>, O> => ({ key, schema: schema as z.ZodType<z.output<S>>, body });

/**
 * Every resolver is the same four steps: parse the payload with its zod schema (nothing runs on
 * bad input), take the caller from `req.context` (never from the payload), run the use case,
 * answer the envelope. Errors become envelope codes here, in one place.
 */
export async function runResolver(
  definition: ResolverDefinition,
  request: Request,
  ports: Ports,
): Promise<Envelope<unknown>> {
  try {
    const payload: unknown = request.payload ?? {};
    const parsed = definition.schema.safeParse(payload);
    if (!parsed.success) {
      const fields = fieldIssues(parsed.error.issues, payload);
      return fail({ code: 'VALIDATION', message: summarise(fields), fields });
    }
    const accountId = request.context?.accountId as string | undefined;
    // Only a signed-in caller is an admin by way of the setup surface (the products show it to admins only).
    const actor: Actor = accountId ? { accountId, ...(isAdminSurface(request.context?.moduleKey) ? { fromAdminSurface: true } : {}) } : {};
    const data = await definition.body({
      input: parsed.data,
      actor,
      ports,
      now: ports.clock.now(),
      context: request.context,
    });
    return ok(data);
  } catch (error) {
    // The user has not allowed the app to act for them yet: Forge shows its "Allow access" flow
    // for an invocation that throws @forge/api's NeedsAuthenticationError, so it must leave as is.
    if (error instanceof Error && error.name === 'NEEDS_AUTHENTICATION_ERR') throw error;
    return toErrorEnvelope(definition.key, error);
  }
}

function summarise(fields: Record<string, { message: string }>): string {
  const [path, issue] = Object.entries(fields)[0] ?? [PAYLOAD_PATH, { message: 'Invalid request' }];
  const more = Object.keys(fields).length - 1;
  return `${path}: ${issue.message}${more > 0 ? ` (and ${more} more)` : ''}`;
}

const UNAVAILABLE_MESSAGE: Record<ProductUnavailableReason, string> = {
  outage: 'Jira could not be reached; try again in a moment',
  'not-connected': 'Jira is not connected to this app on this site; a site admin can connect it in Connected apps',
  credentials: 'Jira does not recognise the credentials the app calls it with',
};

function toErrorEnvelope(key: string, error: unknown): Envelope<never> {
  if (error instanceof AppError) {
    return fail({ code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) });
  }
  if (isDomainError(error)) {
    const field = error.field ?? PAYLOAD_PATH;
    return fail({
      code: 'VALIDATION',
      message: error.message,
      fields: { [field]: { code: 'invalid_value', message: `Breaks the rule ${error.code}`, reason: error.code } },
    });
  }
  if (error instanceof ProductUnavailableError) {
    return fail({ code: 'UNAVAILABLE', message: UNAVAILABLE_MESSAGE[error.reason] });
  }
  if (error instanceof StorageBusyError) {
    return fail({ code: 'CONFLICT', message: error.message });
  }
  const rateLimited = storageRateLimitedEnvelope(error);
  if (rateLimited) return rateLimited;
  // A bug or an outage: log the detail for the developer, tell the user only that it failed.
  console.error(`Resolver ${key} failed`, error);
  return fail({ code: 'INTERNAL', message: 'Something went wrong on our side; try again' });
}

/**
 * Reading query parameters and JSON bodies the way Jira's REST layer does: repeated or
 * comma-separated lists, integers refused with a 400 rather than guessed, and bodies checked
 * against the bean's properties (beans with `additionalProperties: false` refuse unknown ones,
 * which catches e.g. `startAt` sent to the enhanced search).
 */
import { jiraError, type JiraResponse } from './types';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class BadRequest extends Error {
  toResponse(): JiraResponse {
    return jiraError(400, this.message);
  }
}

export function intParam(raw: unknown, name: string): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(n)) throw new BadRequest(`The value '${String(raw)}' of '${name}' is not a valid integer.`);
  return n;
}

/** `fields=a,b&fields=c` or a JSON array (or one string) -> ['a,b', 'c']; split later. */
export function listParam(raw: unknown, name: string): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) return raw as string[];
  throw new BadRequest(`'${name}' must be a list of strings.`);
}

export function stringParam(raw: unknown, name: string): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw new BadRequest(`'${name}' must be a string.`);
  return raw;
}

/** The body as a record whose keys are all among `allowed`. */
export function beanBody(body: unknown, bean: string, allowed: readonly string[]): Record<string, unknown> {
  if (body === undefined) return {};
  if (!isRecord(body)) throw new BadRequest(`The request body is not a JSON object (${bean}).`);
  const unknown = Object.keys(body).find((k) => !allowed.includes(k));
  if (unknown) throw new BadRequest(`Unrecognized field "${unknown}" (class ${bean}), not marked as ignorable`);
  return body;
}

/** Runs a route body, turning BadRequest into Jira's 400 ErrorCollection. */
export function guarded(run: () => JiraResponse): JiraResponse {
  try {
    return run();
  } catch (error) {
    if (error instanceof BadRequest) return error.toResponse();
    throw error;
  }
}

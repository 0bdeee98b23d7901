/**
 * What every answer of every resolver must be, whatever it was sent (tracker issue 8): an
 * envelope, never an internal error or a thrown handler; a VALIDATION answer that names the
 * fields it refuses; and a refusal that leaves storage exactly as it was.
 */
import type { RawStoredRow } from '../../../dev/host/kvs/sqlite-table';
import { ERROR_CODES } from '../../../src/contracts/envelope';
import { PAYLOAD_PATH } from '../../../src/contracts/field-issues';
import type { InvokeAnswer } from './wire';

/** INTERNAL is in the contract for bugs; no input may reach it. */
export const ALLOWED_ERROR_CODES = ERROR_CODES.filter((code) => code !== 'INTERNAL');

const FIELD_ISSUE_CODES = ['required', 'too_long', 'too_short', 'too_big', 'too_small', 'invalid_type', 'invalid_value', 'invalid_format', 'unknown_key', 'inconsistent'];

/**
 * Fields a refusal may name that are not in the payload: the session (publishing) and the
 * macro's config (an unconfigured session macro) come from the invocation context.
 */
const CONTEXT_FIELDS = new Set(['session', 'config']);

export interface Violation {
  /** Stable per kind of failure, so one failure is reported once. */
  signature: string;
  detail: string;
}

export type Outcome = 'ok' | (typeof ERROR_CODES)[number] | 'needs-consent' | 'threw' | 'not-an-envelope';

/**
 * Forge's "Allow access": the caller has not allowed the app to act for them, so the platform
 * (here, the host) answers with its consent flow, HTTP 401 NEEDS_AUTHENTICATION_ERR, not the app.
 */
export const isConsentRequest = (answer: InvokeAnswer): boolean =>
  answer.status === 401 && (answer.error as { name?: unknown } | undefined)?.name === 'NEEDS_AUTHENTICATION_ERR';

export function outcomeOf(answer: InvokeAnswer): Outcome {
  if (isConsentRequest(answer)) return 'needs-consent';
  if (answer.status !== 200) return 'threw';
  const value = answer.value as { ok?: unknown; error?: { code?: unknown } } | undefined;
  if (value?.ok === true) return 'ok';
  const code = value?.error?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as Outcome) : 'not-an-envelope';
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The answer's shape rules; `fieldNames` are the schema's top-level keys, `payload` what was sent. */
export function answerViolations(answer: InvokeAnswer, fieldNames: ReadonlySet<string>, payload: unknown): Violation[] {
  if (isConsentRequest(answer)) return [];
  if (answer.status !== 200) {
    return [{ signature: 'handler-threw', detail: `HTTP ${answer.status}: ${JSON.stringify(answer.error)}` }];
  }
  const value = answer.value;
  if (!isObject(value) || (value.ok !== true && value.ok !== false)) {
    return [{ signature: 'not-an-envelope', detail: JSON.stringify(value) }];
  }
  if (value.ok === true) {
    const extra = Object.keys(value).filter((k) => k !== 'ok' && k !== 'data');
    return 'data' in value && extra.length === 0 ? [] : [{ signature: 'not-an-envelope', detail: `ok:true answer ${JSON.stringify(value).slice(0, 300)}` }];
  }
  const error = value.error;
  if (!isObject(error) || typeof error.code !== 'string' || typeof error.message !== 'string' || error.message.trim() === '') {
    return [{ signature: 'not-an-envelope', detail: `error ${JSON.stringify(error)}` }];
  }
  if (error.code === 'INTERNAL') return [{ signature: 'internal-error', detail: error.message }];
  if (!(ALLOWED_ERROR_CODES as readonly string[]).includes(error.code)) return [{ signature: `unknown-code:${error.code}`, detail: error.message }];
  const violations: Violation[] = [];
  const fields = error.fields;
  if (fields !== undefined && !isObject(fields)) violations.push({ signature: 'fields-not-an-object', detail: JSON.stringify(fields) });
  if (error.code === 'VALIDATION' && (!isObject(fields) || Object.keys(fields).length === 0)) {
    violations.push({ signature: 'validation-without-fields', detail: `${error.message}; fields ${JSON.stringify(fields)}` });
  }
  if (isObject(fields)) {
    const sent = isObject(payload) ? new Set(Object.keys(payload)) : new Set<string>();
    for (const [path, issue] of Object.entries(fields)) {
      // Dotted paths cannot tell `a.b` from a key "a.b"; a path names a field when its first
      // segment is one, or when it is a key that was sent as it is.
      const first = path.split('.')[0]!;
      const named = path === PAYLOAD_PATH || sent.has(path) || fieldNames.has(first) || sent.has(first) || CONTEXT_FIELDS.has(first);
      if (!named) {
        violations.push({ signature: 'field-not-named', detail: `"${path}" in ${JSON.stringify(fields)}` });
      }
      if (!isObject(issue) || !FIELD_ISSUE_CODES.includes(String(issue.code)) || typeof issue.message !== 'string') {
        violations.push({ signature: 'field-issue-malformed', detail: `"${path}": ${JSON.stringify(issue)}` });
      }
    }
  }
  return violations;
}

/** Which rows differ between two dumps of storage (added, removed or changed in any byte). */
export function storageChanges(before: readonly RawStoredRow[], after: readonly RawStoredRow[]): string[] {
  const index = (rows: readonly RawStoredRow[]) => new Map(rows.map((r) => [`${r.ns} ${r.key}`, JSON.stringify(r)]));
  const a = index(before);
  const b = index(after);
  const changes: string[] = [];
  for (const [id, row] of a) {
    if (!b.has(id)) changes.push(`removed ${id}`);
    else if (b.get(id) !== row) changes.push(`changed ${id}`);
  }
  for (const id of b.keys()) if (!a.has(id)) changes.push(`added ${id}`);
  return changes;
}

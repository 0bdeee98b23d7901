/**
 * zod's issues as the envelope's field map. One mapping for both sides: resolvers answer
 * VALIDATION with it, and the UI runs the same schemas before sending and gets the same issues,
 * so a field error reads alike whether the browser or the resolver caught it.
 */
import type { z } from 'zod';
import type { FieldIssue } from './envelope';

type ZodIssue = z.core.$ZodIssue;

/** The path key of the payload itself (a payload that is not even an object). */
export const PAYLOAD_PATH = '(payload)';

/**
 * Issues keyed by dotted path (`measure.target`), the first issue per field winning. `payload`
 * is what was sent, so a missing field ("required") can be told from a wrong one.
 */
export function fieldIssues(issues: readonly ZodIssue[], payload: unknown): Record<string, FieldIssue> {
  // A Map, not an object literal: a sent key may be `__proto__` or `constructor`, which an
  // object would take for its prototype or an inherited member instead of a field.
  const fields = new Map<string, FieldIssue>();
  const add = (path: string, issue: () => FieldIssue) => {
    if (!fields.has(path)) fields.set(path, issue());
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key].map(String).join('.');
        add(path, () => ({ code: 'unknown_key', message: `"${path}" is not a field of this request` }));
      }
      continue;
    }
    const path = issue.path.length ? issue.path.map(String).join('.') : PAYLOAD_PATH;
    add(path, () => toFieldIssue(issue, valueAt(payload, issue.path)));
  }
  // fromEntries defines own properties, so even `__proto__` becomes a plain field.
  return Object.fromEntries(fields);
}

function toFieldIssue(issue: ZodIssue, sent: unknown): FieldIssue {
  switch (issue.code) {
    case 'invalid_type':
      return sent === undefined || sent === ''
        ? { code: 'required', message: 'This field is required' }
        : { code: 'invalid_type', message: `Expected ${issue.expected}` };
    case 'too_big': {
      const limit = Number(issue.maximum);
      return issue.origin === 'string'
        ? { code: 'too_long', message: `At most ${limit} characters`, limit }
        : { code: 'too_big', message: `At most ${limit}${issue.origin === 'array' ? ' items' : ''}`, limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') {
        return limit <= 1
          ? { code: 'required', message: 'This field is required' }
          : { code: 'too_short', message: `At least ${limit} characters`, limit };
      }
      return { code: 'too_small', message: `At least ${limit}`, limit };
    }
    case 'invalid_format':
      return { code: 'invalid_format', message: issue.message };
    case 'custom': {
      // A check that knows which field issue it is (the text rule) says so in its params.
      const meant = issue.params as Partial<Pick<FieldIssue, 'code' | 'reason'>> | undefined;
      if (!meant?.code) return { code: 'inconsistent', message: issue.message };
      return { code: meant.code, message: issue.message, ...(meant.reason ? { reason: meant.reason } : {}) };
    }
    default:
      return { code: 'invalid_value', message: issue.message };
  }
}

function valueAt(payload: unknown, path: readonly PropertyKey[]): unknown {
  let value = payload;
  for (const key of path) {
    // Only what was sent: an inherited member (`constructor`) is no value of the payload.
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Calling the host the way a hostile or broken client could: payloads serialised by hand, so
 * they may hold what JSON.stringify cannot send (`1e999`, `-0`) and keys such as `__proto__` as
 * real own properties of the JSON object the host parses.
 */

/** JSON text sent verbatim where a value would be (a number token JSON.stringify cannot write). */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `<raw ${this.text}>`;
  }
}

/** An object with `key` as an own, enumerable property, even `__proto__`. */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** JSON text of `value`, writing RawJson as is and every own enumerable key (`__proto__` too). */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : toJsonText(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${toJsonText((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  // Well-formed JSON.stringify escapes lone surrogates, so they arrive as sent.
  return JSON.stringify(value) ?? 'null';
}

export interface InvokeAnswer {
  /** HTTP status of /__local/invoke: 200 when the handler answered, 500 when it threw. */
  status: number;
  /** The handler's answer (`value`) when it answered. */
  value?: unknown;
  /** The host's error body when the handler threw (or the request was refused). */
  error?: unknown;
}

export interface RawInvoke {
  functionKey: string;
  payload: unknown;
  /** undefined: the host's default user; null: anonymous. */
  accountId?: string | null;
  context?: Record<string, unknown>;
}

/** POST /__local/invoke with a hand-serialised body; never throws on the app's answers. */
export async function invokeRaw(baseUrl: string, call: RawInvoke, signal?: AbortSignal): Promise<InvokeAnswer> {
  const body = [
    `"functionKey":${JSON.stringify(call.functionKey)}`,
    `"payload":${toJsonText(call.payload)}`,
    ...(call.accountId !== undefined ? [`"accountId":${JSON.stringify(call.accountId)}`] : []),
    ...(call.context !== undefined ? [`"context":${toJsonText(call.context)}`] : []),
  ];
  const response = await fetch(`${baseUrl}/__local/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: `{${body.join(',')}}`,
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  let parsed: { value?: unknown; error?: unknown } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return { status: response.status, error: text };
  }
  return { status: response.status, ...('value' in parsed ? { value: parsed.value } : {}), ...('error' in parsed ? { error: parsed.error } : {}) };
}

/** A compact, readable rendering of a payload for failure messages (keeps lone surrogates visible). */
export function show(value: unknown, max = 600): string {
  // Invisible and direction-changing characters written as escapes, so a report shows them.
  const text = toJsonText(value).replace(/[\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

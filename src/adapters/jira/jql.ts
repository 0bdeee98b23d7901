/** Building JQL safely: values are quoted, never pasted in raw. */

/** A JQL string literal: double-quoted, with backslashes and quotes escaped. */
export const jqlString = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** `(A-1, B-2)` for `key in` / `parent in`. Keys are validated by the contracts before they get here. */
export const jqlList = (keys: readonly string[]): string => `(${keys.join(', ')})`;

/** Keys per JQL clause: keeps each request body small and within Jira's JQL length limits. */
export const KEYS_PER_QUERY = 500;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

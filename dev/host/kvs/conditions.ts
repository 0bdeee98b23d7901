/**
 * Where/filter conditions as the client sends them (`{ condition, values }`, filters as
 * `{ and | or: [{ property, condition, values }] }`), shared by entity queries and transaction
 * conditions so both judge a stored value the same way.
 */
import { KvsError } from './errors';
import { isRecord } from './validation';

export const WHERE_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;
export const FILTER_CONDITIONS = [
  ...WHERE_CONDITIONS,
  'CONTAINS',
  'NOT_CONTAINS',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
] as const;
export type Condition = (typeof FILTER_CONDITIONS)[number];

export interface Clause {
  condition: Condition;
  values: unknown[];
}
export interface FilterItem extends Clause {
  property: string;
}
export interface Filter {
  op: 'and' | 'or';
  items: FilterItem[];
}

const ARITY: Record<Condition, number> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  EQUAL_TO: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
};

export function parseClause(raw: unknown, allowed: readonly string[], code: 'INVALID_QUERY' | 'INVALID_CONDITION'): Clause {
  if (!isRecord(raw) || typeof raw.condition !== 'string' || !allowed.includes(raw.condition)) {
    throw new KvsError(code, `Condition must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}`);
  }
  const condition = raw.condition as Condition;
  const values = raw.values;
  if (!Array.isArray(values) || values.length !== ARITY[condition]) {
    throw new KvsError(code, `${condition} takes ${ARITY[condition]} value(s); got ${JSON.stringify(values)}`);
  }
  return { condition, values };
}

/** `{ and: [...] }` or `{ or: [...] }`, exactly one, non-empty; properties checked by the caller's rule. */
export function parseFilter(raw: unknown, code: 'INVALID_QUERY' | 'INVALID_CONDITION', knownProperty: (p: string) => boolean): Filter {
  const ops = isRecord(raw) ? (['and', 'or'] as const).filter((op) => raw[op] !== undefined) : [];
  const op = ops[0];
  const list = op && isRecord(raw) ? raw[op] : undefined;
  if (ops.length !== 1 || !op || !Array.isArray(list) || list.length === 0) {
    throw new KvsError(code, 'Filters must be { and: [...] } or { or: [...] } with at least one condition');
  }
  const items = list.map((item): FilterItem => {
    const clause = parseClause(item, FILTER_CONDITIONS, code);
    const property = isRecord(item) ? item.property : undefined;
    if (typeof property !== 'string' || !knownProperty(property)) {
      throw new KvsError(code, `Filter property ${JSON.stringify(property)} is not a declared attribute`);
    }
    return { ...clause, property };
  });
  return { op, items };
}

export function matchesFilter(filter: Filter, value: Record<string, unknown>): boolean {
  const test = (item: FilterItem) => matchesClause(item, value[item.property]);
  return filter.op === 'and' ? filter.items.every(test) : filter.items.some(test);
}

/**
 * A missing attribute (`undefined`) satisfies only the negative conditions (NOT_EXISTS,
 * NOT_EQUAL_TO, NOT_CONTAINS); values of different types never compare as ordered.
 */
export function matchesClause(clause: Clause, actual: unknown): boolean {
  const [a, b] = clause.values;
  switch (clause.condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual !== undefined && sameValue(actual, a);
    case 'NOT_EQUAL_TO':
      return actual === undefined || !sameValue(actual, a);
    case 'CONTAINS':
      return contains(actual, a);
    case 'NOT_CONTAINS':
      return !contains(actual, a);
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof a === 'string' && actual.startsWith(a);
    case 'BETWEEN': {
      const lo = compareValues(actual, a);
      const hi = compareValues(actual, b);
      return lo !== undefined && hi !== undefined && lo >= 0 && hi <= 0;
    }
    case 'GREATER_THAN':
      return (compareValues(actual, a) ?? 0) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return (compareValues(actual, a) ?? -1) >= 0;
    case 'LESS_THAN':
      return (compareValues(actual, a) ?? 0) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return (compareValues(actual, a) ?? 1) <= 0;
  }
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return typeof needle === 'string' && actual.includes(needle);
  if (Array.isArray(actual)) return actual.some((el) => sameValue(el, needle));
  return false;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (typeof x !== 'object' || x === null) return x === y;
  return JSON.stringify(x) === JSON.stringify(y);
}

/**
 * Orders numbers numerically, strings by code point (as the UTF-8 byte order Forge's store uses),
 * booleans false < true. undefined when the two are not of one orderable type.
 */
export function compareValues(x: unknown, y: unknown): number | undefined {
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'string' && typeof y === 'string') return compareStrings(x, y);
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  return undefined;
}

export function compareStrings(x: string, y: string): number {
  if (x === y) return 0;
  // UTF-16 order differs from code point order only around surrogates; compare bytes only then.
  return /[\ud800-\udfff]/.test(x + y) ? Buffer.compare(Buffer.from(x), Buffer.from(y)) : x < y ? -1 : 1;
}

/**
 * Runs a parsed JQL query over the store: every clause's values are resolved once (a
 * `parent in (...)` of 200 keys is one Set), then each issue is matched and the result sorted.
 * Semantics follow Jira's where they surprise people: `!=` and `NOT IN` never match an EMPTY
 * field (`parent != GROW-1` leaves out the epics themselves), `~` is a case-insensitive contains
 * (Jira's is word-based with stemming; close enough for a demo), and a query with no ORDER BY is
 * sorted newest first (`created DESC`), with the issue id breaking ties so paging is stable.
 */
import { jqlField, type JqlContext, type JqlFieldSpec, type JqlValue } from './jql-fields';
import { JqlError, JqlUnknownReferenceError, parseJql, type JqlClause, type JqlNode, type JqlOperand, type JqlQuery } from './jql-parser';
import type { IssueRecord } from './issue-record';

export type { JqlContext } from './jql-fields';

export interface CompiledJql {
  /** False for ORDER BY only / empty queries, which the search endpoints refuse. */
  bounded: boolean;
  matches(issue: IssueRecord): boolean;
  compare(a: IssueRecord, b: IssueRecord): number;
}

const MAX_ORDER_BY_FIELDS = 7;

export function compileJql(input: string | JqlQuery, ctx: JqlContext): CompiledJql {
  const query = typeof input === 'string' ? parseJql(input) : input;
  const matches = query.where ? compileNode(query.where, ctx) : () => true;
  return { bounded: query.where !== undefined, matches, compare: compileOrder(query, ctx) };
}

/** Visible issues matching the query, sorted. The caller checks `bounded` first when it must. */
export function runJql(compiled: CompiledJql, ctx: JqlContext): IssueRecord[] {
  return ctx.store.issues.filter((issue) => ctx.store.canSee(ctx.actor, issue) && compiled.matches(issue)).sort(compiled.compare);
}

function compileNode(node: JqlNode, ctx: JqlContext): (issue: IssueRecord) => boolean {
  switch (node.kind) {
    case 'and': {
      const parts = node.items.map((n) => compileNode(n, ctx));
      return (issue) => parts.every((p) => p(issue));
    }
    case 'or': {
      const parts = node.items.map((n) => compileNode(n, ctx));
      return (issue) => parts.some((p) => p(issue));
    }
    case 'not': {
      const inner = compileNode(node.item, ctx);
      return (issue) => !inner(issue);
    }
    case 'clause':
      return compileClause(node, ctx);
  }
}

function compileClause(clause: JqlClause, ctx: JqlContext): (issue: IssueRecord) => boolean {
  try {
    return compileKnownClause(clause, ctx);
  } catch (error) {
    // Lenient validation: a clause naming what does not exist matches nothing.
    if (ctx.lenient && error instanceof JqlUnknownReferenceError) return () => false;
    throw error;
  }
}

function compileKnownClause(clause: JqlClause, ctx: JqlContext): (issue: IssueRecord) => boolean {
  const spec = jqlField(clause.field);
  const { operator, operand } = clause;
  if (!spec.operators.includes(operator)) {
    throw new JqlError(`The operator '${operator.toUpperCase()}' is not supported by the '${clause.field}' field.`);
  }
  const isEmpty = (issue: IssueRecord) => spec.value(issue, ctx) === undefined;

  if (operator === 'is' || operator === 'is not') {
    if (operand.kind !== 'empty') throw new JqlError(`The operator '${operator.toUpperCase()}' only supports the operands 'EMPTY' and 'NULL' for the field '${clause.field}'.`);
    return operator === 'is' ? isEmpty : (issue) => !isEmpty(issue);
  }

  if (operator === '~' || operator === '!~') {
    if (operand.kind !== 'value') throw new JqlError(`The operator '${operator}' only supports a text value for the field '${clause.field}'.`);
    // Jira's wildcards (`onboard*`) add nothing to a contains match.
    const needle = operand.value.replace(/^[*?]+|[*?]+$/g, '').toLowerCase();
    if (needle.trim() === '') throw new JqlError(`The field '${clause.field}' does not support searching for an empty string.`);
    const contains = (issue: IssueRecord) => (spec.texts?.(issue) ?? []).some((t) => t.toLowerCase().includes(needle));
    return operator === '~' ? contains : (issue) => !isEmpty(issue) && !contains(issue);
  }

  const { values, hasEmpty } = resolveOperand(operand, spec, clause.field, ctx);
  if ((operator === '=' || operator === '!=' || operator.startsWith('<') || operator.startsWith('>')) && operand.kind === 'list') {
    throw new JqlError(`The operator '${operator}' does not support multiple values for the field '${clause.field}'.`);
  }
  const set = new Set(values);
  switch (operator) {
    case '=':
    case 'in':
      return (issue) => {
        const v = spec.value(issue, ctx);
        return v === undefined ? hasEmpty : set.has(v);
      };
    case '!=':
    case 'not in':
      // `!= EMPTY` is "has a value"; otherwise EMPTY never matches a negation, as in Jira.
      return (issue) => {
        const v = spec.value(issue, ctx);
        return v !== undefined && !set.has(v);
      };
    default: {
      if (operand.kind === 'empty') throw new JqlError(`The operator '${operator}' does not support EMPTY for the field '${clause.field}'.`);
      const bound = values[0] as JqlValue;
      const test = RANGE[operator as keyof typeof RANGE];
      return (issue) => {
        const v = spec.value(issue, ctx);
        return v !== undefined && test(v, bound);
      };
    }
  }
}

const RANGE = {
  '<': (a: JqlValue, b: JqlValue) => a < b,
  '<=': (a: JqlValue, b: JqlValue) => a <= b,
  '>': (a: JqlValue, b: JqlValue) => a > b,
  '>=': (a: JqlValue, b: JqlValue) => a >= b,
};

function resolveOperand(operand: JqlOperand, spec: JqlFieldSpec, field: string, ctx: JqlContext): { values: JqlValue[]; hasEmpty: boolean } {
  switch (operand.kind) {
    case 'empty':
      return { values: [], hasEmpty: true };
    case 'value':
      if (!spec.literal) throw new JqlError(`The field '${field}' does not support the value '${operand.value}'.`);
      try {
        return { values: ([] as JqlValue[]).concat(spec.literal(operand.value, ctx, field)), hasEmpty: false };
      } catch (error) {
        // Lenient validation: an unknown value stands for nothing; the list's other values still count.
        if (ctx.lenient && error instanceof JqlUnknownReferenceError) return { values: [], hasEmpty: false };
        throw error;
      }
    case 'function': {
      const fn = spec.functions?.[operand.name.toLowerCase()];
      if (!fn) {
        const known = ['currentuser', 'now', 'startofday', 'endofday'].includes(operand.name.toLowerCase());
        throw new JqlError(known ? `Function '${operand.name}' is not supported by the field '${field}'.` : `Unable to find JQL function '${operand.name}()'.`);
      }
      return { values: [fn(ctx)], hasEmpty: false };
    }
    case 'list': {
      const parts = operand.items.map((item) => resolveOperand(item, spec, field, ctx));
      return { values: parts.flatMap((p) => p.values), hasEmpty: parts.some((p) => p.hasEmpty) };
    }
  }
}

function compileOrder(query: JqlQuery, ctx: JqlContext): (a: IssueRecord, b: IssueRecord) => number {
  if (query.orderBy.length > MAX_ORDER_BY_FIELDS) {
    throw new JqlError(`The ORDER BY clause can contain at most ${MAX_ORDER_BY_FIELDS} fields.`);
  }
  const keys = (query.orderBy.length > 0 ? query.orderBy : [{ field: 'created', direction: 'DESC' as const }]).map((key) => {
    const spec = jqlField(key.field);
    if (!spec.sort) throw new JqlError(`Field '${key.field}' does not support sorting.`);
    return { sort: spec.sort, sign: key.direction === 'DESC' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { sort, sign } of keys) {
      const va = sort(a, ctx);
      const vb = sort(b, ctx);
      if (va === vb) continue;
      // EMPTY sorts last whichever the direction, as in Jira's issue navigator.
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      return (va < vb ? -1 : 1) * sign;
    }
    return Number(a.id) - Number(b.id);
  };
}

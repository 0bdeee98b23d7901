/**
 * `/api/v1/transaction`: `{ set?, delete?, check? }`, all or nothing. Every operation is validated
 * first (400, nothing written), then every condition is judged against the value stored now, inside
 * the same SQLite transaction as the writes; one failing condition answers 409 CONDITION_FAILED
 * (context.failedConditions lists which) and writes nothing.
 *
 * Conditions (entity operations only) on a key with no stored value:
 * - `check` fails: it asserts the key exists and matches;
 * - `set`/`delete` judge the conditions against an empty value, as DynamoDB does, so only
 *   NOT_EXISTS / NOT_EQUAL_TO / NOT_CONTAINS can hold — e.g. `notExists('version')` is
 *   "create only if absent" and `equalTo('version', 3)` is "update only if still at version 3".
 */
import { checkPayload } from './batch';
import { matchesFilter, parseFilter } from './conditions';
import type { Filter } from './conditions';
import { KvsError } from './errors';
import { applySet, nsOf, optionsOf, prepareSet, spaceOf } from './records';
import type { PreparedSet, Space, StoreContext } from './records';
import { isRecord, validateKey } from './validation';

export const MAX_TRANSACTION_OPERATIONS = 25;

type Kind = 'set' | 'delete' | 'check';
interface Operation {
  kind: Kind;
  space: Space;
  key: string;
  conditions?: Filter;
  write?: PreparedSet;
}

export function transact(ctx: StoreContext, body: unknown): void {
  const ops = parseOperations(ctx, body);
  ctx.table.atomically(() => {
    const now = ctx.now();
    const failedConditions = ops
      .filter((op) => op.conditions && !conditionHolds(ctx, op, now))
      .map((op) => ({ operation: op.kind, key: op.key, ...(op.space.kind === 'entity' ? { entityName: op.space.schema.name } : {}) }));
    if (failedConditions.length > 0) {
      throw new KvsError('CONDITION_FAILED', `Transaction cancelled: ${failedConditions.length} condition(s) failed; nothing was written`, {
        failedConditions,
      });
    }
    for (const op of ops) {
      if (op.write) applySet(ctx, op.write);
      else if (op.kind === 'delete') ctx.table.delete(nsOf(op.space), op.key);
    }
  });
}

function conditionHolds(ctx: StoreContext, op: Operation, now: number): boolean {
  const row = ctx.table.get(nsOf(op.space), op.key, now);
  if (!row && op.kind === 'check') return false;
  const value = row && isRecord(row.value) ? row.value : {};
  return op.conditions ? matchesFilter(op.conditions, value) : true;
}

function parseOperations(ctx: StoreContext, body: unknown): Operation[] {
  if (!isRecord(body)) throw new KvsError('BAD_REQUEST', 'A transaction body must be { set?, delete?, check? }');
  const lists = (['set', 'delete', 'check'] as const).map((kind) => {
    const list = body[kind] ?? [];
    if (!Array.isArray(list) || !list.every(isRecord)) throw new KvsError('BAD_REQUEST', `Transaction "${kind}" must be a list of items`);
    return list.map((item) => ({ kind, item }));
  });
  const items = lists.flat();
  if (items.length === 0) throw new KvsError('BAD_REQUEST', 'A transaction needs at least one operation');
  if (items.length > MAX_TRANSACTION_OPERATIONS) {
    throw new KvsError('TOO_MANY_ITEMS', `A transaction holds at most ${MAX_TRANSACTION_OPERATIONS} operations; got ${items.length}`);
  }
  checkPayload(body, 'transaction');
  const seen = new Set<string>();
  return items.map(({ kind, item }) => {
    const op = parseOperation(ctx, kind, item);
    const id = `${nsOf(op.space)}\u0000${op.key}`;
    if (seen.has(id)) throw new KvsError('DUPLICATE_KEY', `Key "${op.key}" appears more than once in one transaction`);
    seen.add(id);
    return op;
  });
}

function parseOperation(ctx: StoreContext, kind: Kind, item: Record<string, unknown>): Operation {
  const space = spaceOf(ctx, item.entityName);
  const key = validateKey(item.key);
  const op: Operation = { kind, space, key };
  if (item.conditions !== undefined && item.conditions !== null) {
    if (space.kind !== 'entity') throw new KvsError('INVALID_CONDITION', `Conditions on "${key}" need an entityName`);
    const attributes = space.schema.attributes;
    op.conditions = parseFilter(item.conditions, 'INVALID_CONDITION', (p) => p in attributes);
  } else if (kind === 'check') {
    throw new KvsError('INVALID_CONDITION', `check on "${key}" needs an entityName and conditions`);
  }
  if (kind === 'set') op.write = prepareSet(space, item, { ttl: optionsOf(item).ttl });
  return op;
}

/**
 * The records a generated payload may point at: symbolic references (`Ref`) that the generator
 * draws and that are resolved against the organisation as it is when the call is made, so a
 * shrunk counterexample still reads "the 2nd key result" whatever ids this run's seed gave it.
 */
import fc from 'fast-check';
import { DEMO_USER_LIST, DEMO_USERS } from '../../../dev/host/demo-users';
import { DEMO_EPIC_KEYS } from '../../../dev/host/demo-jira/seed-issues';
import { SESSION_LOCAL_ID } from '../../../dev/host/seed/demo-site';
import type { TestHost } from '../../support/host';
import { invokeRaw } from './wire';

export type RefKind =
  | 'cycle'
  | 'team'
  | 'objective'
  | 'keyResult'
  | 'initiative'
  | 'candidate'
  | 'objectiveItem'
  | 'keyResultItem'
  | 'sessionItem'
  | 'session'
  | 'settings'
  | 'account'
  | 'epicKey'
  | 'cursor';

export interface PoolRecord {
  id: string;
  version: number;
  /** The key result an initiative hangs on. */
  keyResultId?: string;
}

export type Pool = Record<RefKind, PoolRecord[]>;

/** "The record this payload is about": every focus reference of one payload picks the same index. */
export const FOCUS = 'focus' as const;

/** A reference to a stored record (or its version, or its key result) resolved at call time. */
export class Ref {
  constructor(
    readonly kind: RefKind,
    readonly index: number | typeof FOCUS,
    readonly part: 'id' | 'version' | 'keyResultId' = 'id',
    readonly delta = 0,
  ) {}

  resolve(pool: Pool, focus: number): unknown {
    const records = pool[this.kind];
    const record = records.length ? records[(this.index === FOCUS ? focus : this.index) % records.length] : undefined;
    if (this.part === 'version') return (record?.version ?? 1) + this.delta;
    if (!record) return `unknown-${this.kind}`;
    return this.part === 'keyResultId' ? (record.keyResultId ?? record.id) : record.id;
  }

  [fc.toStringMethod](): string {
    const delta = this.delta ? (this.delta > 0 ? `+${this.delta}` : `${this.delta}`) : '';
    return `ref(${this.kind}#${this.index}.${this.part}${delta})`;
  }
}

export const refArb = (kind: RefKind, part: Ref['part'] = 'id'): fc.Arbitrary<Ref> =>
  fc.tuple(fc.oneof(fc.constant(FOCUS), fc.nat({ max: 40 })), part === 'version' ? fc.constantFrom(0, 0, 0, 1, -1) : fc.constant(0)).map(
    ([index, delta]) => new Ref(kind, index, part, delta),
  );

/** A generated record (`z.record`) whose keys may be Refs: an object once resolved. */
export class Entries {
  constructor(readonly pairs: ReadonlyArray<readonly [unknown, unknown]>) {}

  [fc.toStringMethod](): string {
    return `entries(${this.pairs.map(([k, v]) => `${fc.stringify(k)}: ${fc.stringify(v)}`).join(', ')})`;
  }
}

/** Replaces every Ref in a generated value by what it names now. */
export function resolveRefs(value: unknown, pool: Pool, focus: number): unknown {
  if (value instanceof Ref) return value.resolve(pool, focus);
  if (value instanceof Entries) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value.pairs) {
      Object.defineProperty(out, String(resolveRefs(k, pool, focus)), { value: resolveRefs(v, pool, focus), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, pool, focus));
  // fast-check builds some records without a prototype; recurse into those too.
  const proto = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object)) {
      Object.defineProperty(out, key, {
        value: resolveRefs((value as Record<string, unknown>)[key], pool, focus),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

export const ADMIN = DEMO_USERS.jisoo.accountId;
/** A well-formed account id no demo user has. */
export const UNKNOWN_ACCOUNT = '712020:00000000-0000-4000-8000-00000000dead';
export const DEMO_ACCOUNTS = DEMO_USER_LIST.map((u) => u.accountId);

/** The demo planning page's session macro (dev/host/seed/demo-site.ts). */
export const DEMO_SESSION_PAGE = '131075';
export const demoSessionContext = (config: Record<string, unknown>, pageId = DEMO_SESSION_PAGE, localId = SESSION_LOCAL_ID) => ({
  moduleKey: 'okr-session',
  localId,
  extension: { type: 'macro', content: { id: pageId, type: 'page' }, space: { id: '1', key: 'ACME' }, config },
});

type Envelope = { ok: boolean; data?: any; error?: unknown };

async function read(host: TestHost, functionKey: string, payload: unknown, context?: Record<string, unknown>): Promise<any> {
  const answer = await invokeRaw(host.url, { functionKey, payload, accountId: ADMIN, ...(context ? { context } : {}) });
  const envelope = answer.value as Envelope | undefined;
  return envelope?.ok ? envelope.data : undefined;
}

/**
 * What the organisation holds now, read through the app as its admin: every cycle, team,
 * objective, key result and initiative, the demo session's items, the settings, real cursors.
 */
export async function readPool(host: TestHost, sessionConfig: Record<string, unknown>, cursors: string[] = []): Promise<Pool> {
  const pool: Pool = {
    cycle: [], team: [], objective: [], keyResult: [], initiative: [], candidate: [], objectiveItem: [], keyResultItem: [],
    sessionItem: [], session: [], settings: [], account: DEMO_ACCOUNTS.map((id) => ({ id, version: 1 })),
    epicKey: [...DEMO_EPIC_KEYS, 'GROW-2', 'GROW-999'].map((id) => ({ id, version: 1 })),
    cursor: cursors.map((id) => ({ id, version: 1 })),
  };
  const [cycles, teams, settings] = await Promise.all([read(host, 'listCycles', {}), read(host, 'listTeams', {}), read(host, 'getSettings', {})]);
  pool.cycle = ((cycles ?? []) as PoolRecord[]).map(({ id, version }) => ({ id, version }));
  pool.team = ((teams ?? []) as PoolRecord[]).map(({ id, version }) => ({ id, version }));
  if (settings) pool.settings = [{ id: 'settings', version: settings.version ?? 0 }];
  const trees = await Promise.all(pool.cycle.map((c) => read(host, 'getOkrTree', { cycleId: c.id })));
  for (const tree of trees) {
    for (const objective of tree?.objectives ?? []) {
      pool.objective.push({ id: objective.id, version: objective.version });
      for (const kr of objective.keyResults ?? []) {
        pool.keyResult.push({ id: kr.id, version: kr.version });
        for (const initiative of kr.initiatives ?? []) pool.initiative.push({ id: initiative.id, version: initiative.version, keyResultId: kr.id });
      }
    }
  }
  const session = await read(host, 'getSession', {}, demoSessionContext(sessionConfig));
  if (session?.state === 'ready') {
    pool.session = [{ id: 'session', version: session.session.version }];
    const item = ({ id, version }: PoolRecord) => ({ id, version });
    pool.candidate = session.candidates.map(item);
    pool.objectiveItem = session.objectives.map(item);
    pool.keyResultItem = session.keyResults.map(item);
    pool.sessionItem = [...pool.candidate, ...pool.objectiveItem, ...pool.keyResultItem];
  } else {
    pool.session = [{ id: 'session', version: 0 }];
  }
  return pool;
}

/**
 * The one SQLite table behind every namespace: plain keys (`kvs`), secrets (`secret`) and each
 * entity (`entity:<name>`), so the same key in two namespaces is two rows. Expired rows stay on
 * disk until overwritten or purged but are invisible to every read.
 */
import Database from 'better-sqlite3';

/** One row exactly as stored, for dumps: every namespace, expired rows too, the value's raw JSON. */
export interface RawStoredRow {
  ns: string;
  key: string;
  value: string;
  scalars: string | null;
  createdAt: number;
  updatedAt: number;
  expireAt: number | null;
}

export interface StoredRow {
  key: string;
  value: unknown;
  /** epoch milliseconds */
  createdAt: number;
  updatedAt: number;
  expireAt: number | null;
}

interface RawRow {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

const LIVE = '(expire_at IS NULL OR expire_at > @now)';

export class SqliteTable {
  private readonly db: Database.Database;
  private readonly stmts: Record<'get' | 'put' | 'del' | 'all' | 'page' | 'purge' | 'reset', Database.Statement>;

  private readonly matchStmts = new Map<number, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS kv (
      ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, scalars TEXT,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
      PRIMARY KEY (ns, key)) WITHOUT ROWID`);
    const cols = 'key, value, created_at, updated_at, expire_at';
    this.stmts = {
      get: this.db.prepare(`SELECT ${cols} FROM kv WHERE ns = @ns AND key = @key AND ${LIVE}`),
      put: this.db.prepare(
        `INSERT OR REPLACE INTO kv (ns, key, value, scalars, created_at, updated_at, expire_at)
         VALUES (@ns, @key, @value, @scalars, @createdAt, @updatedAt, @expireAt)`,
      ),
      del: this.db.prepare('DELETE FROM kv WHERE ns = @ns AND key = @key'),
      all: this.db.prepare(`SELECT ${cols} FROM kv WHERE ns = @ns AND ${LIVE} ORDER BY key`),
      // substr/length count characters on both sides, so this is an exact prefix test.
      page: this.db.prepare(
        `SELECT ${cols} FROM kv WHERE ns = @ns AND ${LIVE} AND substr(key, 1, length(@prefix)) = @prefix
         AND key > @after ORDER BY key LIMIT @limit`,
      ),
      purge: this.db.prepare('DELETE FROM kv WHERE expire_at IS NOT NULL AND expire_at <= @now'),
      reset: this.db.prepare('DELETE FROM kv'),
    };
  }

  get(ns: string, key: string, now: number): StoredRow | undefined {
    const raw = this.stmts.get.get({ ns, key, now }) as RawRow | undefined;
    return raw && toRow(raw);
  }

  put(ns: string, row: { key: string; json: string; createdAt: number; updatedAt: number; expireAt: number | null }): void {
    this.stmts.put.run({ ns, key: row.key, value: row.json, scalars: scalarsOf(row.json), createdAt: row.createdAt, updatedAt: row.updatedAt, expireAt: row.expireAt });
  }

  delete(ns: string, key: string): void {
    this.stmts.del.run({ ns, key });
  }

  /** Every live row of a namespace, by key; entity queries index these in memory. */
  all(ns: string, now: number): StoredRow[] {
    return (this.stmts.all.all({ ns, now }) as RawRow[]).map(toRow);
  }

  /**
   * Live rows whose value has top-level `attrs[i]` equal to `values[i]`: narrows an entity query to its
   * partition in SQL so a query does not parse every entity. Attribute names are manifest-checked
   * identifiers; callers still re-check in JS, which stays the authority on equality.
   */
  allMatching(ns: string, now: number, attrs: string[], values: unknown[]): StoredRow[] {
    if (attrs.length === 0) return this.all(ns, now);
    const sql = attrs.map((_, i) => `AND json_extract(scalars, @p${i}) = @v${i}`).join(' ');
    let stmt = this.matchStmts.get(attrs.length);
    if (!stmt) {
      stmt = this.db.prepare(`SELECT key, value, created_at, updated_at, expire_at FROM kv WHERE ns = @ns AND ${LIVE} ${sql} ORDER BY key`);
      this.matchStmts.set(attrs.length, stmt);
    }
    const params: Record<string, unknown> = { ns, now };
    attrs.forEach((attr, i) => {
      const v = values[i];
      params[`p${i}`] = `$."${attr}"`;
      params[`v${i}`] = typeof v === 'boolean' ? Number(v) : v;
    });
    return (stmt.all(params) as RawRow[]).map(toRow);
  }

  /** Live rows whose key starts with `prefix` and sorts after `after` ('' = from the start). */
  page(ns: string, prefix: string, after: string, limit: number, now: number): StoredRow[] {
    return (this.stmts.page.all({ ns, prefix, after, limit, now }) as RawRow[]).map(toRow);
  }

  /** Runs `fn` in one SQLite transaction: everything it writes commits together or not at all. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Every row of every namespace, untouched (expired ones included), by namespace and key. */
  dump(): RawStoredRow[] {
    return this.db
      .prepare('SELECT ns, key, value, scalars, created_at AS createdAt, updated_at AS updatedAt, expire_at AS expireAt FROM kv ORDER BY ns, key')
      .all() as RawStoredRow[];
  }

  purgeExpired(now: number): void {
    this.stmts.purge.run({ now });
  }

  reset(): void {
    this.stmts.reset.run();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * The top-level scalar attributes of an object value, kept beside it so partition matching reads a
 * few bytes per row instead of re-parsing large values (an okr-shard can be tens of KiB).
 */
function scalarsOf(json: string): string | null {
  if (!json.startsWith('{')) return null;
  const value = JSON.parse(json) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const picked = Object.entries(value).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  return JSON.stringify(Object.fromEntries(picked));
}

function toRow(raw: RawRow): StoredRow {
  return {
    key: raw.key,
    value: JSON.parse(raw.value) as unknown,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    expireAt: raw.expire_at,
  };
}

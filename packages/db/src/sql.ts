import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';

/** A row as returned by either driver; callers normalise values with the helpers below. */
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /**
   * Parse and plan the statement once per connection and reuse it (a named prepared statement). For the
   * fixed statements run for every article, whose planning costs PostgreSQL more than running them.
   * The statement's text must not change its result columns as the schema grows (no `SELECT *` of a table).
   */
  prepared?: boolean;
}

/** The one SQL surface all storage logic is written against. */
export interface SqlExecutor {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<R[]>;
}

export interface SqlDriver extends SqlExecutor {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction (READ COMMITTED); commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Connections per process: the store worker is the only heavy writer, the API mostly reads. */
const POOL_SIZE = 10;

/** Statement names by text: the same text always gets the same name, so each connection prepares it once. */
const statementNames = new Map<string, string>();

function pgQuery(sql: string, params: readonly unknown[], options: QueryOptions | undefined): pg.QueryConfig {
  if (!options?.prepared) return { text: sql, values: params as unknown[] };
  let name = statementNames.get(sql);
  if (!name) {
    name = `assay_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values: params as unknown[] };
}

export function createPgDriver(databaseUrl: string): SqlDriver {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async query<R extends Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) {
      const result = await pool.query(pgQuery(sql, params, options));
      return result.rows as R[];
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      // A checked-out client has no listener of the pool's: without this one, a connection dropped mid-transaction
      // (database restart, network cut) emits an unhandled 'error' and kills the process. The query in flight
      // fails too, so the transaction still throws; the client is then discarded, not returned to the pool.
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const tx: SqlExecutor = {
          async query<R extends Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) {
            return (await client.query(pgQuery(sql, params, options))).rows as R[];
          },
        };
        const value = await fn(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

export async function createPgliteDriver(dataDir: string): Promise<SqlDriver> {
  const dir = join(dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  // Before PGlite reads the directory: a second process must refuse, not fork the data (data-dir-lock.ts).
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    // QueryOptions.prepared is left to PGlite: it runs in this process, one statement at a time.
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<R>(sql, params as unknown[])).rows;
    },
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      // PGlite is one connection: its transactions run one at a time, behind its own mutex.
      return db.transaction((tx) =>
        fn({
          async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(sql, params as unknown[])).rows;
          },
        }),
      );
    },
    async close() {
      if (!db.closed) await db.close();
      unlock();
    },
  };
}

// --- value normalisation: pg returns int8 as strings and bytea as Buffer, PGlite differs ----------

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  throw new TypeError(`expected a number, got ${typeof value}`);
}

export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return new Date(value).toISOString();
  throw new TypeError(`expected a timestamp, got ${typeof value}`);
}

export function toJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** SQLSTATEs worth retrying the whole transaction for: serialization failure, deadlock. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01';
}

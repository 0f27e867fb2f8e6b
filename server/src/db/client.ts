import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type DbKind = 'pglite' | 'postgres';
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; repos accept `Db | Tx` so they run inside or outside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

/** Minimal raw access used by the migration runner (multi-statement SQL, own transactions). */
export interface RawSql {
  /** Runs `fn` in one transaction on one connection; `exec` runs multi-statement SQL without parameters. */
  transaction<T>(
    fn: (t: {
      exec(sql: string): Promise<void>;
      query<R>(sql: string, params?: unknown[]): Promise<R[]>;
    }) => Promise<T>,
  ): Promise<T>;
}

export interface Database {
  kind: DbKind;
  db: Db;
  raw: RawSql;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  pgliteDir: string;
}

/** Opens PostgreSQL through `pg` when a URL is given, otherwise embedded PGlite with unaccent and pg_trgm. */
export async function openDatabase(opts: DbOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.pgliteDir);
}

async function openPglite(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { unaccent, pg_trgm } });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const raw: RawSql = {
    transaction: (fn) =>
      client.transaction((t) =>
        fn({
          exec: async (sql) => {
            await t.exec(sql);
          },
          query: async <R>(sql: string, params?: unknown[]) => (await t.query<R>(sql, params)).rows,
        }),
      ),
  };
  return { kind: 'pglite', db, raw, close: () => client.close() };
}

async function openPostgres(url: string): Promise<Database> {
  // Dates come back as ISO strings from our SQL (we cast), bigint ids fit in JS numbers.
  pg.types.setTypeParser(20, (v) => Number(v));
  // JIT off: its compile step (≈ 350 ms) dominated short roll-ups whose row estimates over a recursive CTE run
  // to millions (ADR 0010); every statement here touches at most some thousands of rows by index.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  pool.on('error', () => {
    /* idle client errors are retried by the pool; do not crash */
  });
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const raw: RawSql = {
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn({
          exec: async (sql) => {
            await c.query(sql);
          },
          query: async <R>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as R[],
        });
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    },
  };
  return { kind: 'postgres', db, raw, close: () => pool.end() };
}

/** Rows of a `db.execute(sql\`…\`)` result (both drivers return `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

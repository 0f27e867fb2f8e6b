import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawSql } from './client.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Where the numbered `NNNN_name.sql` files live (beside this module, or copied beside the bundle). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Reads `NNNN_name.sql` files in order; a gap or duplicate number is a programming error. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return files.map((file, i) => {
    const version = Number(file.slice(0, 4));
    if (version !== i + 1)
      throw new Error(`Migration ${file}: expected number ${String(i + 1).padStart(4, '0')}`);
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      version,
      name: file.replace(/\.sql$/, ''),
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    };
  });
}

const LOCK_KEY = 7_420_250_901; // any constant; serialises concurrent runners on PostgreSQL

/**
 * Applies pending migrations, each in its own transaction together with its row in `schema_migrations`.
 * Idempotent: applied versions are skipped; a changed file that was already applied stops start-up.
 * Returns the current version and the names applied by this call.
 */
export async function migrate(
  raw: RawSql,
  migrations = loadMigrations(),
): Promise<{ version: number; applied: string[] }> {
  let version = 0;
  const applied: string[] = [];
  for (const m of migrations) {
    const didApply = await raw.transaction(async (t) => {
      await t.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await t.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      const rows = await t.query<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE version = $1',
        [m.version],
      );
      if (rows[0]) {
        if (rows[0].checksum !== m.checksum)
          throw new Error(`Migration ${m.name} was changed after it was applied (checksum differs)`);
        return false;
      }
      await t.exec(m.sql);
      await t.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        m.checksum,
      ]);
      return true;
    });
    if (didApply) applied.push(m.name);
    version = m.version;
  }
  return { version, applied };
}

/** The highest applied migration version (0 on an empty database). */
export async function currentVersion(raw: RawSql): Promise<number> {
  return raw.transaction(async (t) => {
    const exists = await t.query<{ ok: boolean }>(
      "SELECT to_regclass('schema_migrations') IS NOT NULL AS ok",
    );
    if (!exists[0]?.ok) return 0;
    const rows = await t.query<{ v: number | null }>('SELECT max(version)::int AS v FROM schema_migrations');
    return rows[0]?.v ?? 0;
  });
}

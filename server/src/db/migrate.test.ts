import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPostgres } from '../test/harness.ts';
import { type Database, openDatabase } from './client.ts';
import { currentVersion, loadMigrations, migrate } from './migrate.ts';

/** An empty database of the kind under test: fresh PostgreSQL when DATABASE_URL is set, else PGlite in memory. */
async function emptyDb(): Promise<{ database: Database; done: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const fresh = await freshPostgres(base);
    const database = await openDatabase({ databaseUrl: fresh.url, pgliteDir: '' });
    const done = async () => {
      await database.close();
      await fresh.drop();
    };
    return { database, done };
  }
  const database = await openDatabase({ pgliteDir: 'memory://' });
  return { database, done: () => database.close() };
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const q = <T>(db: Database, text: string, params?: unknown[]) =>
  db.raw.transaction((t) => t.query<T>(text, params));

describe('migrations from an empty database', () => {
  it('applies every numbered file once, records it, and a second run is a no-op', async () => {
    const { database, done } = await emptyDb();
    cleanup = done;
    expect(await currentVersion(database.raw)).toBe(0);
    const all = loadMigrations();
    const first = await migrate(database.raw);
    expect(first.version).toBe(all.length);
    expect(first.applied).toEqual(all.map((m) => m.name));
    const again = await migrate(database.raw);
    expect(again).toEqual({ version: all.length, applied: [] });
    const rows = await q<{ version: number; checksum: string }>(
      database,
      'SELECT version, checksum FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
    expect(rows.map((r) => r.checksum)).toEqual(all.map((m) => m.checksum));
  });

  it('enables unaccent and pg_trgm; the search key drops Vietnamese diacritics', async () => {
    const { database, done } = await emptyDb();
    cleanup = done;
    await migrate(database.raw);
    const ext = await q<{ extname: string }>(
      database,
      "SELECT extname FROM pg_extension WHERE extname IN ('unaccent','pg_trgm') ORDER BY 1",
    );
    expect(ext.map((e) => e.extname)).toEqual(['pg_trgm', 'unaccent']);
    const [row] = await q<{ k: string; s: number }>(
      database,
      "SELECT thidua_search_key('Phường  Đông Hải') AS k, similarity('dong hai', 'dong hai') AS s",
    );
    expect(row?.k).toBe('phuong dong hai');
    expect(Number(row?.s)).toBe(1);
  });

  it('rolls a failing migration back completely and does not record it', async () => {
    const { database, done } = await emptyDb();
    cleanup = done;
    const good = loadMigrations();
    const bad = {
      version: good.length + 1,
      name: `${String(good.length + 1).padStart(4, '0')}_broken`,
      sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
      checksum: 'x',
    };
    await expect(migrate(database.raw, [...good, bad])).rejects.toThrow();
    expect(await currentVersion(database.raw)).toBe(good.length);
    const [t] = await q<{ r: string | null }>(database, "SELECT to_regclass('half_done')::text AS r");
    expect(t?.r).toBeNull();
  });

  it('refuses to start when an applied migration file was edited', async () => {
    const { database, done } = await emptyDb();
    cleanup = done;
    const all = loadMigrations();
    await migrate(database.raw, all);
    const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(database.raw, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it('rejects a gap in the numbering', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mig-'));
    fs.writeFileSync(path.join(dir, '0001_a.sql'), 'SELECT 1;');
    fs.writeFileSync(path.join(dir, '0003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/expected number 0002/);
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('PGlite on disk', () => {
  it('keeps data in THIDUA_DATA_DIR across restarts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pglite-'));
    const a = await openDatabase({ pgliteDir: dir });
    await migrate(a.raw);
    await q(
      a,
      "INSERT INTO org_units (parent_id, path, depth, code, name, kind) VALUES (NULL, '/1/', 0, 'X', 'Đông Hải', 'ward')",
    );
    await a.close();
    const b = await openDatabase({ pgliteDir: dir });
    cleanup = () => b.close();
    expect((await migrate(b.raw)).applied).toEqual([]);
    const rows = await q<{ name: string }>(b, 'SELECT name FROM org_units');
    expect(rows).toEqual([{ name: 'Đông Hải' }]);
  });
});

/**
 * Backup and restore round trip on the database under test (PGlite, or PostgreSQL with DATABASE_URL): the demo
 * installation with its reports and a stored file is backed up, restored into an empty installation, and every
 * table compared row by row; the audit chain still verifies; a restore never overwrites silently and a difference
 * from the manifest is named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../app.ts';
import { verifyChain } from '../audit/audit.service.ts';
import { type Config, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { freshPostgres } from '../test/harness.ts';
import { backup, compareSums, restore, tableSums } from './backup.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));
const pgBase = process.env.DATABASE_URL;
const dbs: { url: string; drop: () => Promise<void> }[] = [];
let source: Config;
let target: Config;

async function installation(name: string): Promise<Config> {
  const pg = pgBase ? await freshPostgres(pgBase) : null;
  if (pg) dbs.push(pg);
  return loadConfig({
    THIDUA_DATA_DIR: path.join(tmp, name),
    DATABASE_URL: pg?.url ?? '',
    THIDUA_SEED_DEMO: 'true',
    THIDUA_SEED_DEMO_REPORTS: 'true',
    LOG_LEVEL: 'silent',
  });
}

beforeAll(async () => {
  source = await installation('source');
  const { database } = await prepareDatabase(source);
  await database.close();
  // A stored file (content-addressed), as evidence and documents are kept.
  const dir = path.join(source.dataDir, 'evidence', 'ab');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'ab12'), 'Biên bản kiểm tra – minh chứng');
  target = await installation('target');
}, 180_000);

afterAll(async () => {
  for (const d of dbs) await d.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every table row by row and every file byte for byte', async () => {
    const out = path.join(tmp, 'backup-1');
    const m = await backup(source, out);
    expect(m.kind).toBe(pgBase ? 'postgres' : 'pglite');
    expect(fs.existsSync(path.join(out, m.database))).toBe(true);
    expect(m.tables.reports?.rows).toBeGreaterThan(50);
    expect(m.tables.audit_log?.rows).toBeGreaterThan(0);
    const stored = (fs.readdirSync(path.join(source.dataDir, 'evidence'), { recursive: true }) as string[])
      .map((f) => path.join(source.dataDir, 'evidence', f))
      .filter((f) => fs.statSync(f).isFile());
    expect(m.files.count).toBe(stored.length);
    expect(m.files.bytes).toBe(stored.reduce((a, f) => a + fs.statSync(f).size, 0));
    expect(Object.keys(m.tables)).toEqual(
      expect.arrayContaining(['document_exports', 'nominations', 'report_values']),
    );

    await restore(target, out);
    expect(compareSums(m.tables, await tableSums(target))).toEqual([]);
    expect(compareSums(await tableSums(source), await tableSums(target))).toEqual([]);
    for (const f of stored)
      expect(fs.readFileSync(f.replace(source.dataDir, target.dataDir)).equals(fs.readFileSync(f))).toBe(
        true,
      );
    expect(fs.readFileSync(path.join(target.dataDir, 'evidence', 'ab', 'ab12'), 'utf8')).toBe(
      'Biên bản kiểm tra – minh chứng',
    );
    const db = await openDatabase({ databaseUrl: target.databaseUrl, pgliteDir: target.pgliteDir });
    try {
      expect((await verifyChain(db.db)).ok).toBe(true);
    } finally {
      await db.close();
    }
  }, 180_000);

  it('refuses to overwrite, and names what differs from the manifest', async () => {
    const out = path.join(tmp, 'backup-1');
    await expect(restore(target, out)).rejects.toThrow(/--force/);
    await expect(backup(source, out)).rejects.toThrow(/thư mục trống/);
    // A manifest that does not match what is restored is reported table by table.
    const bad = path.join(tmp, 'backup-bad');
    fs.cpSync(out, bad, { recursive: true });
    const m = JSON.parse(fs.readFileSync(path.join(bad, 'manifest.json'), 'utf8'));
    m.tables.reports.rows += 1;
    fs.writeFileSync(path.join(bad, 'manifest.json'), JSON.stringify(m));
    await expect(restore(target, bad, { force: true })).rejects.toThrow(/reports: \d+ dòng ≠ \d+ dòng/);
  }, 180_000);

  it.skipIf(!pgBase)(
    'moves an embedded (PGlite) installation to PostgreSQL, every row and file kept',
    async () => {
      const embedded = loadConfig({
        THIDUA_DATA_DIR: path.join(tmp, 'embedded'),
        DATABASE_URL: '',
        THIDUA_SEED_DEMO: 'true',
        THIDUA_SEED_DEMO_REPORTS: 'true',
        LOG_LEVEL: 'silent',
      });
      const { database } = await prepareDatabase(embedded);
      await database.close();
      const out = path.join(tmp, 'backup-embedded');
      const m = await backup(embedded, out);
      expect(m.kind).toBe('pglite');
      const server = await installation('server');
      await restore(server, out);
      expect(compareSums(m.tables, await tableSums(server))).toEqual([]);
      // The moved database works: new rows get new ids, the audit chain still verifies.
      const db = await openDatabase({ databaseUrl: server.databaseUrl, pgliteDir: '' });
      try {
        expect((await verifyChain(db.db)).ok).toBe(true);
        const [max] = (await db.raw.transaction((t) =>
          t.query<{ n: number }>('SELECT max(id)::int AS n FROM org_units'),
        )) as { n: number }[];
        const [next] = await db.raw.transaction((t) =>
          t.query<{ id: number }>(
            "INSERT INTO org_units (code, name, kind, path, depth, parent_id) SELECT 'HP.MOVED', 'Đơn vị thử', 'enterprise', path || '999/', depth + 1, id FROM org_units WHERE id = 1 RETURNING id::int",
          ),
        );
        expect(next?.id).toBeGreaterThan(max?.n ?? 0);
      } finally {
        await db.close();
      }
    },
    180_000,
  );
});

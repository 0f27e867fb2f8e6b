/**
 * Backup and restore of a whole installation: the database (PostgreSQL: `pg_dump` custom format; PGlite: its data
 * directory as a gzipped tarball) and the content-addressed files (evidence, dossiers, exported documents) under
 * `<THIDUA_DATA_DIR>/evidence`. A backup is a directory with `manifest.json`, which records every table's row count
 * and a checksum of its rows; a restore checks the restored database against it and fails loudly on any difference.
 * Stop the server before backing up or restoring PGlite (the embedded database has one user at a time).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';

const run = promisify(execFile);

export interface TableSum {
  rows: number;
  sha256: string;
}
export interface Manifest {
  format: 'thidua-backup/1';
  kind: 'pglite' | 'postgres';
  createdAt: string;
  database: string;
  files: { count: number; bytes: number };
  tables: Record<string, TableSum>;
}

/** Row count and a checksum of every table's rows (in a stable order), from raw SQL so any table is covered. */
export async function tableSums(
  config: Pick<Config, 'databaseUrl' | 'pgliteDir'>,
): Promise<Record<string, TableSum>> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    return await database.raw.transaction(async (t) => {
      const tables = await t.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      // The same text for the same row on PGlite and on a PostgreSQL server whatever their settings.
      await t.exec(
        "SET LOCAL TimeZone TO 'UTC'; SET LOCAL DateStyle TO 'ISO, YMD'; SET LOCAL IntervalStyle TO 'postgres'",
      );
      const out: Record<string, TableSum> = {};
      for (const { name } of tables) {
        const rows = await t.query<{ r: string }>(
          `SELECT x::text AS r FROM "${name}" x ORDER BY x::text COLLATE "C"`,
        );
        const h = createHash('sha256');
        for (const r of rows) h.update(r.r).update('\n');
        out[name] = { rows: rows.length, sha256: h.digest('hex') };
      }
      return out;
    });
  } finally {
    await database.close();
  }
}

function copyTree(from: string, to: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  if (!fs.existsSync(from)) return { count, bytes };
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) {
      const sub = copyTree(a, b);
      count += sub.count;
      bytes += sub.bytes;
    } else if (entry.isFile() && !entry.name.endsWith('.tmp')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(a, b);
      count++;
      bytes += fs.statSync(b).size;
    }
  }
  return { count, bytes };
}

export async function backup(config: Config, outDir: string, now = new Date()): Promise<Manifest> {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length)
    throw new Error(`Thư mục sao lưu ${outDir} đã có dữ liệu: chọn thư mục trống.`);
  fs.mkdirSync(outDir, { recursive: true });
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  const tables = await tableSums(config);
  let database: string;
  if (kind === 'postgres') {
    database = 'database.pgdump';
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--file',
      path.join(outDir, database),
      config.databaseUrl ?? '',
    ]);
  } else {
    if (!fs.existsSync(path.join(config.pgliteDir, 'PG_VERSION')))
      throw new Error(`Không có cơ sở dữ liệu PGlite trong ${config.pgliteDir}.`);
    database = 'database.pglite.tar.gz';
    const client = await PGlite.create(config.pgliteDir, { extensions: { unaccent, pg_trgm } });
    try {
      const blob = await client.dumpDataDir('gzip');
      fs.writeFileSync(path.join(outDir, database), Buffer.from(await blob.arrayBuffer()));
    } finally {
      await client.close();
    }
  }
  const files = copyTree(path.join(config.dataDir, 'evidence'), path.join(outDir, 'files'));
  const manifest: Manifest = {
    format: 'thidua-backup/1',
    kind,
    createdAt: now.toISOString(),
    database,
    files,
    tables,
  };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Differences between two sets of table sums ("reports: 120 rows ≠ 121"), empty when equal. */
export function compareSums(want: Record<string, TableSum>, got: Record<string, TableSum>): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(want), ...Object.keys(got)])) {
    const a = want[name];
    const b = got[name];
    if (!a) out.push(`${name}: bảng thừa sau khi khôi phục`);
    else if (!b) out.push(`${name}: thiếu bảng`);
    else if (a.rows !== b.rows) out.push(`${name}: ${a.rows} dòng ≠ ${b.rows} dòng`);
    else if (a.sha256 !== b.sha256) out.push(`${name}: nội dung khác`);
  }
  return out;
}

/**
 * Restores a backup into the configured database (which must be empty unless `force`), copies the files back and
 * checks every table against the manifest. Throws with the differences when anything does not match.
 */
export async function restore(
  config: Config,
  fromDir: string,
  opts: { force?: boolean } = {},
): Promise<Manifest> {
  const manifest = JSON.parse(fs.readFileSync(path.join(fromDir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== 'thidua-backup/1') throw new Error('Không phải bản sao lưu ThiĐua.');
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.kind === 'pglite' && kind === 'postgres')
    return moveToPostgres(config, fromDir, manifest, opts);
  if (manifest.kind !== kind)
    throw new Error(
      `Bản sao lưu là ${manifest.kind}, nơi khôi phục là ${kind}: khôi phục vào cùng loại cơ sở dữ liệu.`,
    );
  const file = path.join(fromDir, manifest.database);
  if (kind === 'postgres') {
    const url = config.databaseUrl ?? '';
    const existing = await tableCount(config);
    if (existing > 0 && !opts.force)
      throw new Error('Cơ sở dữ liệu đích đã có bảng: thêm --force để ghi đè.');
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--exit-on-error',
      '--dbname',
      url,
      file,
    ]);
  } else {
    if (fs.existsSync(path.join(config.pgliteDir, 'PG_VERSION'))) {
      if (!opts.force) throw new Error(`${config.pgliteDir} đã có cơ sở dữ liệu: thêm --force để ghi đè.`);
      fs.renameSync(config.pgliteDir, `${config.pgliteDir}.before-restore-${Date.now()}`);
    }
    fs.mkdirSync(config.pgliteDir, { recursive: true });
    const blob = new Blob([fs.readFileSync(file)]);
    const client = await PGlite.create(config.pgliteDir, {
      loadDataDir: blob,
      extensions: { unaccent, pg_trgm },
    });
    await client.close();
  }
  copyTree(path.join(fromDir, 'files'), path.join(config.dataDir, 'evidence'));
  const diff = compareSums(manifest.tables, await tableSums(config));
  if (diff.length) throw new Error(`Khôi phục không khớp bản sao lưu: ${diff.join('; ')}`);
  return manifest;
}

async function tableCount(config: Config): Promise<number> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    const [r] = await database.raw.transaction((t) =>
      t.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
    );
    return Number(r?.n ?? 0);
  } finally {
    await database.close();
  }
}

/**
 * The way out of the embedded database for a ward that outgrows it: a PGlite backup is opened in memory and copied
 * table by table into an empty PostgreSQL database that has the same migrations (foreign keys checked at the end by
 * the row comparison, identity sequences moved past the copied ids), in one transaction; then the files are copied
 * and every table is compared with the manifest.
 */
async function moveToPostgres(
  config: Config,
  fromDir: string,
  manifest: Manifest,
  opts: { force?: boolean },
) {
  const { migrate } = await import('../db/migrate.ts');
  if ((await tableCount(config)) > 0 && !opts.force)
    throw new Error('Cơ sở dữ liệu đích đã có bảng: thêm --force để ghi đè.');
  const source = await PGlite.create({
    loadDataDir: new Blob([fs.readFileSync(path.join(fromDir, manifest.database))]),
    extensions: { unaccent, pg_trgm },
  });
  const target = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: '' });
  try {
    await migrate(target.raw);
    const tables = (
      await source.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      )
    ).rows.map((r) => r.name);
    await target.raw.transaction(async (t) => {
      // Rows go in table by table; foreign keys would see half a database in between.
      await t.exec('SET LOCAL session_replication_role = replica');
      await t.exec(`TRUNCATE ${tables.map((n) => `"${n}"`).join(', ')} RESTART IDENTITY CASCADE`);
      for (const name of tables) {
        const rows = (await source.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM "${name}" x`))
          .rows;
        for (let i = 0; i < rows.length; i += 500) {
          const batch = `[${rows
            .slice(i, i + 500)
            .map((r) => r.r)
            .join(',')}]`;
          await t.query(
            `INSERT INTO "${name}" SELECT * FROM json_populate_recordset(NULL::"${name}", $1::json)`,
            [batch],
          );
        }
      }
      const identities = await t.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'",
      );
      for (const c of identities)
        await t.query(
          `SELECT setval(pg_get_serial_sequence('"${c.table_name}"', '${c.column_name}'), coalesce(max("${c.column_name}"), 0) + 1, false) FROM "${c.table_name}"`,
        );
    });
  } finally {
    await source.close();
    await target.close();
  }
  copyTree(path.join(fromDir, 'files'), path.join(config.dataDir, 'evidence'));
  const diff = compareSums(manifest.tables, await tableSums(config));
  if (diff.length) throw new Error(`Chuyển sang PostgreSQL không khớp bản sao lưu: ${diff.join('; ')}`);
  return manifest;
}

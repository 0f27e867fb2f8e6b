/**
 * What the benchmark scripts share: flags, a fresh database (PGlite in a temporary directory, or a fresh
 * PostgreSQL database when DATABASE_URL is set) with the demo seeded, the API on loopback with a signed-in cookie,
 * and percentiles of repeated timings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, prepareDatabase } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { freshPostgres } from '../server/src/test/harness.ts';

const args = process.argv.slice(2);

/** `--name N` as a number, else the default. */
export function flag(name: string, def: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}
export const hasFlag = (name: string) => args.includes(`--${name}`);
/** `--name word` as given, else the default. */
export function textFlag<T extends string | null>(name: string, def: T): string | T {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : def;
}

/** The demo in a fresh database; `env` adds to the environment (e.g. THIDUA_DEMO_CITY_WARDS). */
export async function freshDemo(prefix: string, env: Record<string, string> = {}) {
  const pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
  return openDatabase(pg?.url ?? '', `thidua-bench-${prefix}-`, env, () => pg?.drop());
}

/** An existing database (e.g. one a benchmark kept with --keep): migrated already, nothing seeded again. */
export function openDemo(url: string, env: Record<string, string> = {}) {
  return openDatabase(url, 'thidua-bench-reuse-', env, async () => {});
}

/** Migrates (and on a new database seeds) `url` with its own data directory; `close()` also runs `drop`. */
async function openDatabase(
  url: string,
  dirPrefix: string,
  env: Record<string, string>,
  drop: () => Promise<void> | undefined,
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
  const config = loadConfig({
    ...process.env,
    THIDUA_DATA_DIR: dataDir,
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    THIDUA_REMINDER_INTERVAL_MINUTES: '0',
    ...env,
  });
  const t0 = performance.now();
  const { database, migration } = await prepareDatabase(config);
  return {
    config,
    database,
    migration,
    seconds: (performance.now() - t0) / 1000,
    async close() {
      await database.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the API on a free loopback port and signs `username` in (demo password). */
export async function serveAndSignIn(demo: Awaited<ReturnType<typeof freshDemo>>, username: string) {
  const { app } = await buildApp({
    database: demo.database,
    config: demo.config,
    migration: demo.migration,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password: 'ThiDua@2025' }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { app, base, cookie };
}

/** The p-th percentile (0–100) of some timings. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/** Runs `fn` `warm` times, then `n` timed times; p50 / p95 / p99 in milliseconds. */
export async function measure(fn: () => Promise<void>, n: number, warm = 10) {
  for (let i = 0; i < warm; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    await fn();
    t.push(performance.now() - a);
  }
  return { p50: pct(t, 50), p95: pct(t, 95), p99: pct(t, 99) };
}

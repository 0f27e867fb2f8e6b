/**
 * Test harness: a real database (in-memory PGlite, or a fresh PostgreSQL database per test file when
 * DATABASE_URL is set), migrated and seeded with the Đông Hải demo, and an HTTP client that keeps the
 * session cookie and CSRF token like a browser does.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp, prepareDatabase } from '../app.ts';
import type { LimitOptions } from '../auth/rate-limit.ts';
import { loadConfig } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { App } from '../http/types.ts';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';

/** A clock tests can move forward. */
export class TestClock {
  private t = Date.parse('2025-10-01T02:00:00Z');
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
}

/** Creates an empty PostgreSQL database for one test file and returns its URL and a drop function. */
export async function freshPostgres(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `thidua_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A signed-in (or anonymous) client: cookie jar of one cookie plus the CSRF token. */
export class Agent {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private readonly app: App) {}

  async request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] ??= this.csrf;
    if (body !== undefined && typeof body !== 'string') h['content-type'] = 'application/json';
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: h,
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = c.split(';');
      if (pair?.startsWith('thidua_sid='))
        this.cookie = /thidua_sid=;|Expires=Thu, 01 Jan 1970/i.test(c) ? null : pair;
    }
    const text = res.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body: parsed as T, headers: res.headers };
  }
  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body: unknown = {}) {
    return this.request<T>('POST', url, body);
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = any>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  /** multipart/form-data with text fields first, then one file. */
  async upload<T = any>(
    url: string,
    file: { name: string; content: Buffer; type?: string },
    fields: Record<string, string> = {},
  ): Promise<Res<T>> {
    const boundary = '----thidua-test-upload';
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields))
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method: 'POST', url, headers, payload: Buffer.concat(parts) });
    let body: unknown = res.body;
    try {
      body = JSON.parse(res.body);
    } catch {}
    return { status: res.statusCode, body: body as T, headers: res.headers };
  }

  /** GET returning the raw bytes (downloads). */
  async download(url: string): Promise<{ status: number; body: Buffer; headers: Res['headers'] }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    const res = await this.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.rawPayload, headers: res.headers };
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<Res> {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }
}

export interface TestEnv {
  app: App;
  deps: Deps;
  clock: TestClock;
  /** A new client signed in as a demo account. */
  as(username: string): Promise<Agent>;
  anon(): Agent;
  /** Id of a unit by its code. */
  unit(code: string): Promise<{ id: number; version: number; path: string; parentId: number | null }>;
  /** Raw SQL for assertions. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface TestEnvOptions {
  loginLimits?: LimitOptions;
  seed?: boolean;
  /** Also load the demo reports of September–November 2025 (off by default: tests enter their own). */
  seedReports?: boolean;
  /** Also load the demo city (city indicators, Đông Hải's links, `cityWards` generated wards, portal settings). */
  seedCity?: boolean;
  cityWards?: number;
  /** Read memos (read-memo.ts) in ms; off (0) unless a test is about them. */
  readCacheMs?: number;
  /** Extra routes or hooks added before the app is sealed (e.g. a route that throws). */
  configure?: (app: App) => void;
}

export async function createTestEnv(opts: TestEnvOptions = {}): Promise<TestEnv> {
  const clock = new TestClock();
  const pgBase = process.env.DATABASE_URL;
  const fresh = pgBase ? await freshPostgres(pgBase) : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    THIDUA_DATA_DIR: '/tmp/thidua-test-unused',
    THIDUA_SEED_DEMO: opts.seed === false ? 'false' : 'true',
    // Tests change rows by SQL and expect the next read to see it: no read memos (read-memo.ts).
    THIDUA_READ_CACHE_MS: String(opts.readCacheMs ?? 0),
    THIDUA_SEED_DEMO_REPORTS: opts.seedReports ? 'true' : 'false',
    THIDUA_SEED_DEMO_CITY: opts.seedCity ? 'true' : 'false',
    THIDUA_DEMO_CITY_WARDS: String(opts.cityWards ?? 3),
    ...(fresh ? { DATABASE_URL: fresh.url } : {}),
  });
  config.pgliteDir = 'memory://';
  const { database, migration } = await prepareDatabase(config, clock);
  const { app, deps } = await buildApp({
    config,
    database,
    migration,
    clock,
    logger: false,
    loginLimits: opts.loginLimits,
  });
  opts.configure?.(app);
  await app.ready();
  const sqlq = async <T>(text: string, params?: unknown[]) =>
    database.raw.transaction((t) => t.query<T>(text, params));
  return {
    app,
    deps,
    clock,
    async as(username) {
      const a = new Agent(app);
      const r = await a.login(username);
      if (r.status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(r.body)}`);
      return a;
    },
    anon: () => new Agent(app),
    async unit(code) {
      const rows = await sqlq<{ id: number; version: number; path: string; parent_id: number | null }>(
        'SELECT id::int, version, path, parent_id::int FROM org_units WHERE code = $1',
        [code],
      );
      const r = rows[0];
      if (!r) throw new Error(`no unit ${code}`);
      return { id: Number(r.id), version: r.version, path: r.path, parentId: r.parent_id };
    },
    sql: sqlq,
    async close() {
      await app.close();
      await database.close();
      await fresh?.drop();
    },
  };
}

/**
 * Durability: the real bundle takes a stream of report saves from a unit's reporter and is killed with SIGKILL
 * (kill -9) in the middle of it, several times, on the same data directory (PGlite) or database (PostgreSQL).
 * After each restart every acknowledged save is there (the value is the last acknowledged one, or the one that was
 * in flight when the process died — never older), the report's version agrees, and the audit chain verifies.
 * Shortened form for CI: 3 kills; `THIDUA_DURABILITY_KILLS=20` for the long form.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres } from '../server/src/test/harness.ts';
import { type SpawnedServer, spawnServer } from './support/server.ts';

const KILLS = Number(process.env.THIDUA_DURABILITY_KILLS ?? 3);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-durability-'));
let pg: { url: string; drop: () => Promise<void> } | null = null;
let server: SpawnedServer | null = null;

class Client {
  cookie = '';
  csrf = '';
  constructor(private base: string) {}
  async req(method: string, url: string, body?: unknown) {
    const r = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        origin: this.base,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = r.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  }
  async login(username: string) {
    const r = await this.req('POST', '/api/auth/login', { username, password: 'ThiDua@2025' });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
    this.csrf = r.body.csrfToken;
    return this;
  }
}

beforeAll(async () => {
  pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
});
afterAll(async () => {
  await server?.stop().catch(() => {});
  await pg?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 during acknowledged report saves', () => {
  it(`loses nothing acknowledged across ${KILLS} kills`, async () => {
    const start = () => spawnServer({ dataDir, databaseUrl: pg?.url ?? '' });
    server = await start();
    let reporter = await new Client(server.url).login('reporter');
    const campaigns = (await reporter.req('GET', '/api/campaigns?status=launched')).body.items;
    const campaign = campaigns.find(
      (c: { issuingUnitName: string }) => c.issuingUnitName === 'Phường Đông Hải',
    );
    const grants = (await reporter.req('GET', '/api/auth/me')).body.assignments;
    const unitId = grants[0].unitId;
    const opened = await reporter.req('POST', '/api/reports', {
      campaignId: campaign.id,
      unitId,
      periodId: '2025-12',
    });
    expect([200, 201]).toContain(opened.status);
    const reportId = opened.body.id;
    const row = opened.body.rows.find(
      (r: { indicator: { kind: string; minValue: number | null; maxValue: number | null } }) =>
        (r.indicator.kind === 'sum' || r.indicator.kind === 'count') && r.indicator.maxValue === null,
    );
    const indicatorId = row.indicator.id;

    let version = opened.body.version;
    let seq = 0;
    let acknowledged = 0;
    let totalAcks = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      // A stream of saves; the kill lands at a random moment while one is in flight.
      const stopAt = Date.now() + 400 + Math.floor(Math.random() * 900);
      let inFlight = 0;
      const stream = (async () => {
        for (;;) {
          const n = ++seq;
          inFlight = n;
          const r = await reporter
            .req('PUT', `/api/reports/${reportId}/values`, {
              version,
              values: [{ indicatorId, value: n, comment: `Lần lưu thứ ${n}` }],
            })
            .catch(() => null);
          if (!r) return; // the server died under this request: not acknowledged
          if (r.status !== 200) throw new Error(`save ${n}: ${r.status} ${JSON.stringify(r.body)}`);
          version = r.body.version;
          acknowledged = n;
          totalAcks++;
        }
      })();
      while (Date.now() < stopAt) await new Promise((r) => setTimeout(r, 20));
      await server.kill9();
      await stream;
      server = await start();
      reporter = await new Client(server.url).login('reporter');
      const after = (await reporter.req('GET', `/api/reports/${reportId}`)).body;
      const value = after.rows.find(
        (r: { indicator: { id: number } }) => r.indicator.id === indicatorId,
      ).value;
      // Never older than the last acknowledged save; at most the one that was in flight.
      expect(value, `kill ${kill + 1}`).toBeGreaterThanOrEqual(acknowledged);
      expect(value).toBeLessThanOrEqual(inFlight);
      expect(acknowledged).toBeGreaterThan(0);
      if (value === inFlight && inFlight !== acknowledged) acknowledged = inFlight; // committed but unanswered
      version = after.version;
      expect(
        after.rows.find((r: { indicator: { id: number } }) => r.indicator.id === indicatorId).comment,
      ).toBe(`Lần lưu thứ ${value}`);
    }
    const admin = await new Client(server.url).login('admin');
    const chain = await admin.req('GET', '/api/audit/verify');
    expect(chain.status).toBe(200);
    expect(chain.body.ok).toBe(true);
    console.log(
      `durability (${pg ? 'PostgreSQL' : 'PGlite'}): ${KILLS} kills survived, ${totalAcks} acknowledged saves, 0 lost; audit chain of ${chain.body.checked} rows verifies`,
    );
  }, 300_000);
});

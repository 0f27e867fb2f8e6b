import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Agent, createTestEnv, freshPostgres, type TestEnv } from '../test/harness.ts';
import { auditRowHash, canonicalJson } from './audit.hash.ts';
import { recordAudit, verifyChain } from './audit.service.ts';

let env: TestEnv;
let office: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  for (const code of ['HP.DONGHAI.TDP20', 'HP.DONGHAI.TDP21', 'HP.DONGHAI.TDP22']) {
    const u = await env.unit(code);
    await office.patch(`/api/org-units/${u.id}`, { version: u.version, sortOrder: 100 });
  }
});
afterAll(() => env.close());

/** Runs SQL with the append-only trigger off, as a database superuser tampering with the table would. */
const tamper = (sqlText: string) =>
  env.deps.database.raw.transaction(async (t) => {
    await t.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await t.exec(sqlText);
    await t.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  });

describe('canonical hashing', () => {
  it('sorts keys at every level so jsonb key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'Đông Hải' } })).toBe(
      '{"a":{"c":"Đông Hải","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });
  it('changes when any covered field changes', () => {
    const row = {
      seq: 1,
      atMs: 0,
      actorId: 1,
      actorName: 'a',
      entity: 'org_unit',
      entityId: '1',
      unitId: 1,
      action: 'x',
      before: null,
      after: { n: 1 },
      ip: null,
      prevHash: '0',
    };
    const h = auditRowHash(row);
    expect(auditRowHash({ ...row, after: { n: 2 } })).not.toBe(h);
    expect(auditRowHash({ ...row, prevHash: '1' })).not.toBe(h);
    expect(auditRowHash({ ...row, atMs: 1 })).not.toBe(h);
  });
});

describe('audit trail', () => {
  it('writes one row per change with actor, before and after, linked by hash', async () => {
    const tdp = await env.unit('HP.DONGHAI.TDP12');
    await office.patch(`/api/org-units/${tdp.id}`, {
      version: tdp.version,
      name: 'Tổ dân phố 12 (Lạch Tray)',
    });
    const rows = await env.sql<{ seq: number; actor_name: string; prev_hash: string; hash: string }>(
      'SELECT seq::int, actor_name, prev_hash, hash FROM audit_log ORDER BY seq',
    );
    const last = rows[rows.length - 1];
    expect(last?.actor_name).toBe('Trần Thị Thu Hà (office)');
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  });

  it('writes nothing when the change itself fails (same transaction)', async () => {
    const before = await env.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    await expect(
      env.deps.database.db.transaction(async (tx) => {
        await recordAudit(
          tx,
          env.deps,
          { actor: null, ip: null },
          { entity: 'org_unit', entityId: 1, unitId: 1, action: 'org.update', after: { x: 1 } },
        );
        throw new Error('the change failed after the audit row was written');
      }),
    ).rejects.toThrow();
    expect(await env.sql('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
    expect((await verifyChain(env.deps.database.db)).ok).toBe(true);
  });

  it('lists newest first with filters and a cursor; the office sees only its ward', async () => {
    const page1 = await office.get('/api/audit?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0].seq).toBeGreaterThan(page1.body.items[1].seq);
    const page2 = await office.get(`/api/audit?limit=2&beforeSeq=${page1.body.nextBeforeSeq}`);
    expect(page2.body.items[0].seq).toBeLessThan(page1.body.items[1].seq);
    const updates = await office.get('/api/audit?action=org.update');
    expect(updates.body.items.every((i: { action: string }) => i.action === 'org.update')).toBe(true);
    expect(updates.body.items[0].after.name).toBe('Tổ dân phố 12 (Lạch Tray)');
    // The demo seed row is not tied to a unit: only a city-level admin sees it.
    expect((await office.get('/api/audit?action=system.seed_demo')).body.items).toEqual([]);
    const admin = await env.as('admin');
    expect((await admin.get('/api/audit?action=system.seed_demo')).body.items).toHaveLength(1);
    const day = (await office.get('/api/audit?from=2025-10-01&to=2025-10-01')).body.items;
    expect(day.length).toBeGreaterThan(0);
    expect((await office.get('/api/audit?from=2025-10-02')).body.items).toEqual([]);
    expect((await office.get('/api/audit?from=01/10/2025')).body.error.details[0].path).toBe(
      'querystring.from',
    );
  });

  it('is closed to roles that do not read it', async () => {
    const reporter = await env.as('reporter');
    expect((await reporter.get('/api/audit')).status).toBe(403);
    expect((await reporter.get('/api/audit/verify')).status).toBe(403);
  });

  it('refuses UPDATE and DELETE on audit rows at the database level', async () => {
    await expect(env.sql("UPDATE audit_log SET action = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(env.sql('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('verification passes on an intact chain and finds an edited row', async () => {
    const ok = await office.get('/api/audit/verify');
    expect(ok.body).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(ok.body.checked).toBeGreaterThan(4);
    await tamper(
      `UPDATE audit_log SET after = jsonb_set(after, '{name}', '"Giả mạo"') WHERE action = 'org.update'`,
    );
    const [edited] = await env.sql<{ seq: number }>(
      "SELECT seq::int FROM audit_log WHERE action = 'org.update'",
    );
    const broken = await office.get('/api/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, firstBrokenSeq: edited?.seq });
  });
});

describe('audit verification edge cases', () => {
  it('finds a deleted row in the middle and a deleted last row', async () => {
    const e = await createTestEnv();
    try {
      const a = await e.as('office');
      const tdp = await e.unit('HP.DONGHAI.TDP02');
      for (let v = 0; v < 3; v++)
        await a.patch(`/api/org-units/${tdp.id}`, { version: tdp.version + v, sortOrder: 50 + v });
      expect((await verifyChain(e.deps.database.db)).ok).toBe(true);
      const [{ max } = { max: 0 }] = await e.sql<{ max: number }>(
        'SELECT max(seq)::int AS max FROM audit_log',
      );
      await e.deps.database.raw.transaction(async (t) => {
        await t.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
        await t.exec(`DELETE FROM audit_log WHERE seq = ${max}`);
      });
      const tail = await verifyChain(e.deps.database.db);
      expect(tail).toMatchObject({ ok: false, firstBrokenSeq: max });
      await e.deps.database.raw.transaction((t) => t.exec('DELETE FROM audit_log WHERE seq = 2'));
      expect(await verifyChain(e.deps.database.db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    } finally {
      await e.close();
    }
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and 1 after tampering', async () => {
    const pgBase = process.env.DATABASE_URL;
    const fresh = pgBase ? await freshPostgres(pgBase) : null;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-verify-'));
    const envVars = {
      ...process.env,
      THIDUA_DATA_DIR: dataDir,
      DATABASE_URL: fresh?.url ?? '',
      LOG_LEVEL: 'silent',
    };
    try {
      const config = loadConfig(envVars);
      const { database } = await prepareDatabase(config);
      await database.close();
      const cli = fileURLToPath(new URL('./verify-cli.ts', import.meta.url));
      const run = () =>
        spawnSync(process.execPath, ['--import', 'tsx', cli], { env: envVars, encoding: 'utf8' });
      const good = run();
      // The seed rows: award catalogue, demo tree, campaigns, people, reports, the demo city.
      expect(good.stdout).toMatch(/toàn vẹn: đã kiểm tra 6 bản ghi/);
      expect(good.status).toBe(0);
      const again = await prepareDatabase(config);
      await again.database.raw.transaction(async (t) => {
        await t.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
        await t.exec("UPDATE audit_log SET action = 'edited' WHERE seq = 1");
      });
      await again.database.close();
      const bad = run();
      expect(bad.stderr).toMatch(/bị phá vỡ tại bản ghi số 1/);
      expect(bad.status).toBe(1);
    } finally {
      await fresh?.drop();
    }
  });
});

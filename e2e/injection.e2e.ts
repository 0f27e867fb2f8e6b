/**
 * SQL injection: sqlmap (Debian package) against the running bundle on loopback, signed in as the office, on the
 * main routes whose parameters reach SQL — the searches (accent-insensitive word matching), list filters, the audit
 * filters, path ids, the sign-in body and a report save body. The finding count must be 0.
 * Short form for CI: boolean, error and UNION techniques at level 1. Full form (adds stacked and time-based,
 * level 3, risk 2): THIDUA_SQLMAP_FULL=1 npx vitest run --project e2e e2e/injection.e2e.ts
 * Skipped when sqlmap is not installed (`.ci/run` installs it).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgres } from '../server/src/test/harness.ts';
import { type SpawnedServer, spawnServer } from './support/server.ts';

const run = promisify(execFile);
const HAS_SQLMAP = fs.existsSync('/usr/bin/sqlmap');
const FULL = process.env.THIDUA_SQLMAP_FULL === '1';
let dataDir = '';
let pg: { url: string; drop: () => Promise<void> } | null = null;
let server: SpawnedServer | null = null;
afterAll(async () => {
  await server?.stop().catch(() => {});
  await pg?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('sqlmap', () => {
  it.skipIf(!HAS_SQLMAP)(
    'finds nothing injectable on the main routes',
    async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-sqlmap-'));
      pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
      // The sign-in scan uses the viewer, so the office's session stays valid for the other routes.
      server = await spawnServer({ dataDir, databaseUrl: pg?.url ?? '', env: { LOG_LEVEL: 'error' } });
      const base = server.url;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({ username: 'office', password: 'ThiDua@2025' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
      const h = { cookie, 'x-csrf-token': csrf, origin: base };
      const campaigns = (await (
        await fetch(`${base}/api/campaigns?status=launched`, { headers: h })
      ).json()) as {
        items: { id: number; issuingUnitName: string }[];
      };
      const cid = campaigns.items.find((c) => c.issuingUnitName === 'Phường Đông Hải')?.id;
      const targets: { url: string; data?: string; params?: string }[] = [
        { url: `${base}/api/org-units?q=to+dan+pho`, params: 'q' },
        { url: `${base}/api/users?q=tran`, params: 'q' },
        { url: `${base}/api/campaigns?q=thi+dua&status=launched`, params: 'q,status' },
        { url: `${base}/api/reports?campaignId=${cid}&periodId=2025-10&q=to`, params: 'periodId,q' },
        {
          url: `${base}/api/audit?entity=report&action=report.submit&entityId=5`,
          params: 'entity,action,entityId',
        },
        {
          url: `${base}/api/campaigns/${cid}/documents/ward_report/preview?periodId=2025-10`,
          params: 'periodId',
        },
        { url: `${base}/api/campaigns/${cid}/dashboard?periodId=2025-10`, params: 'periodId' },
        {
          url: `${base}/api/auth/login`,
          data: '{"username":"viewer","password":"ThiDua@2025"}',
          params: 'username',
        },
      ];
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-sqlmap-out-'));
      const findings: string[] = [];
      for (const t of targets) {
        const args = [
          '-u',
          t.url,
          '--batch',
          '--flush-session',
          '--disable-coloring',
          `--output-dir=${out}`,
          `--headers=Cookie: ${cookie}\nX-CSRF-Token: ${csrf}\nOrigin: ${base}`,
          '--dbms=PostgreSQL',
          `--technique=${FULL ? 'BEUST' : 'BEU'}`,
          `--level=${FULL ? 3 : 1}`,
          `--risk=${FULL ? 2 : 1}`,
          '--threads=2',
          '--time-sec=2',
          '--timeout=10',
          '--retries=1',
        ];
        if (t.params) args.push(`-p`, t.params);
        if (t.data)
          args.push(
            `--data=${t.data}`,
            `--headers=Content-Type: application/json\nOrigin: ${base}`,
            // Wrong credentials (401) and the login limiter (429) are answers, not connection failures.
            '--ignore-code=401,429',
          );
        const r = await run('sqlmap', args, { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }).catch(
          (e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? '' }),
        );
        const text = `${r.stdout}\n${r.stderr}`;
        if (
          /is vulnerable|appears to be injectable|sqlmap identified the following injection point/i.test(text)
        )
          findings.push(
            `${t.url}: ${text
              .split('\n')
              .filter((l) => /injectable|vulnerable|Parameter:/.test(l))
              .join(' | ')}`,
          );
        // sqlmap must have actually tested something (a route it could not reach would prove nothing).
        expect(text, t.url).toMatch(/do not appear to be injectable|not injectable|might not be injectable/i);
      }
      fs.rmSync(out, { recursive: true, force: true });
      console.log(
        `sqlmap (${FULL ? 'full' : 'short'} form, ${pg ? 'PostgreSQL' : 'PGlite'}): ${targets.length} routes, findings: ${findings.length}`,
      );
      expect(findings).toEqual([]);
      // The server is still healthy after the scan.
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
    },
    900_000,
  );
});

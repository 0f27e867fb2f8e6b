/**
 * No secret in the logs: the real bundle runs at the most verbose log level with an SMTP password in SMTP_URL; we
 * sign in (right and wrong), change a password, send broken JSON carrying a password, make mail fail, sign out
 * everywhere — then the whole log is scanned for every secret used: passwords, the session cookie, the CSRF token,
 * the SMTP password. Also checks the session cookie's flags and that a new sign-in gets a new session id.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgres } from '../server/src/test/harness.ts';
import { type SpawnedServer, spawnServer } from './support/server.ts';

let dataDir = '';
let pg: { url: string; drop: () => Promise<void> } | null = null;
let server: SpawnedServer | null = null;
afterAll(async () => {
  await server?.stop().catch(() => {});
  await pg?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const SMTP_PASSWORD = 'Smtp-Bi-Mat-7f3a9c';
const NEW_PASSWORD = 'Mat-Khau-Moi-2026!xyz';

describe('secrets stay out of the logs', () => {
  it('logs requests at trace level without passwords, cookies, tokens or the SMTP password', async () => {
    // Fresh each attempt (a retry must not meet the password changed by the first one).
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-secrets-'));
    pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
    server = await spawnServer({
      dataDir,
      databaseUrl: pg?.url ?? '',
      env: {
        LOG_LEVEL: 'trace',
        SMTP_URL: `smtp://thidua:${SMTP_PASSWORD}@127.0.0.1:9/?from=thidua@donghai.gov.vn`,
        THIDUA_REMINDER_INTERVAL_MINUTES: '1',
      },
    });
    const base = server.url;
    const post = (url: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, ...headers },
        body,
      });
    const wrong = await post(
      '/api/auth/login',
      JSON.stringify({ username: 'office', password: 'Sai-Mat-Khau-123' }),
    );
    expect(wrong.status).toBe(401);
    const broken = await post('/api/auth/login', '{"username":"office","password":"ThiDua@2025"');
    expect(broken.status).toBe(400);
    const first = await post(
      '/api/auth/login',
      JSON.stringify({ username: 'viewer', password: 'ThiDua@2025' }),
    );
    const firstCookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const login = await post(
      '/api/auth/login',
      JSON.stringify({ username: 'viewer', password: 'ThiDua@2025' }),
    );
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    // Cookie flags: HttpOnly, SameSite, path; a new sign-in is a new session (no fixation).
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0] ?? '';
    expect(cookie).toMatch(/^thidua_sid=.{20,}/);
    expect(cookie).not.toBe(firstCookie);
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const auth = { cookie, 'x-csrf-token': csrf };
    // No CSRF token: refused.
    const noCsrf = await post(
      '/api/auth/password',
      JSON.stringify({ currentPassword: 'x', newPassword: 'y' }),
      {
        cookie,
      },
    );
    expect(noCsrf.status).toBe(403);
    const changed = await post(
      '/api/auth/password',
      JSON.stringify({ currentPassword: 'ThiDua@2025', newPassword: NEW_PASSWORD }),
      auth,
    );
    expect(changed.status).toBe(200);
    const weak = await post(
      '/api/auth/password',
      JSON.stringify({ currentPassword: NEW_PASSWORD, newPassword: '123' }),
      auth,
    );
    expect(weak.status).toBe(400);
    await fetch(`${base}/api/campaigns`, { headers: { cookie, authorization: `Bearer ${csrf}` } });
    const out = await post('/api/auth/logout-all', '{}', auth);
    expect(out.status).toBe(200);
    // The old cookie no longer works anywhere.
    expect((await fetch(`${base}/api/auth/me`, { headers: { cookie: firstCookie } })).status).toBe(401);
    expect((await fetch(`${base}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 500));
    await server.stop();
    // The demo password is public by design: the start-up banner prints it once for the demo logins.
    const banner = 'Tài khoản mẫu (mật khẩu chung: ThiDua@2025):';
    expect(server.output().split(banner).length).toBe(2);
    const log = server.output().replace(banner, '');
    expect(log.length).toBeGreaterThan(1000); // trace level did log the requests
    for (const secret of [
      'ThiDua@2025',
      'Sai-Mat-Khau-123',
      NEW_PASSWORD,
      SMTP_PASSWORD,
      cookie.split('=')[1] as string,
      firstCookie.split('=')[1] as string,
      csrf,
    ])
      expect(log.includes(secret), `secret found in the log: ${secret.slice(0, 4)}…`).toBe(false);
    console.log(`secrets: ${log.split('\n').length} log lines scanned, 7 secrets, none found`);
  }, 180_000);
});

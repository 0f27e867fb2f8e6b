import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';
import { createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ loginLimits: { perUser: 3, perIp: 50, windowMs: 60_000 } });
});
afterAll(() => env.close());

describe('sign-in', () => {
  it('signs in, sets an HTTP-only SameSite cookie, and returns the user with roles and a CSRF token', async () => {
    const a = env.anon();
    const r = await a.login('office');
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ username: 'office', fullName: 'Trần Thị Thu Hà' });
    expect(r.body.assignments).toEqual([
      expect.objectContaining({ role: 'office', unitName: 'Phường Đông Hải' }),
    ]);
    expect(r.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/thidua_sid=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await a.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('office');
  });

  it('stores only a hash of the session token and an scrypt hash of the password', async () => {
    const a = await env.as('viewer');
    const token = a.cookie?.split('=')[1] ?? '';
    const rows = await env.sql<{ id: string }>('SELECT id FROM sessions');
    expect(rows.some((r) => r.id === token)).toBe(false);
    const [u] = await env.sql<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE username = 'viewer'",
    );
    expect(u?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(u?.password_hash).not.toContain(DEMO_PASSWORD);
  });

  it('gives the same generic error for a wrong password and an unknown user, and audits both', async () => {
    const a = env.anon();
    const wrong = await a.login('chair', 'not-the-password-1');
    const unknown = await a.login('nobody-here', 'whatever-123');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
    const rows = await env.sql<{ after: { username: string; reason: string } }>(
      "SELECT after FROM audit_log WHERE action = 'auth.login_failed' ORDER BY seq",
    );
    expect(rows.map((r) => r.after.reason)).toEqual(expect.arrayContaining(['bad_password', 'unknown_user']));
  });

  it('rate-limits repeated failures for a username (429 with Retry-After), even with the right password', async () => {
    const a = env.anon();
    for (let i = 0; i < 3; i++) expect((await a.login('council', `wrong-pass-${i}x`)).status).toBe(401);
    const blocked = await a.login('council');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('AUTH_RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    env.clock.advance(61_000);
    expect((await a.login('council')).status).toBe(200);
  });

  it('rejects a malformed sign-in body with field paths', async () => {
    const r = await env.anon().post('/api/auth/login', { username: '' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.username', 'body.password']),
    );
  });
});

describe('sessions', () => {
  it('answers 401 AUTH_REQUIRED without a cookie and AUTH_SESSION_EXPIRED after the session ends', async () => {
    expect((await env.anon().get('/api/org-units')).body.error.code).toBe('AUTH_REQUIRED');
    const a = await env.as('viewer');
    expect((await a.get('/api/org-units')).status).toBe(200);
    env.clock.advance(13 * 3600_000); // past the 12-hour maximum
    const r = await a.get('/api/org-units');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('expires an idle session after the idle limit but keeps an active one alive', async () => {
    const a = await env.as('viewer');
    for (let i = 0; i < 3; i++) {
      env.clock.advance(90 * 60_000); // 1.5 h steps, each inside the 2 h idle window
      expect((await a.get('/api/auth/me')).status).toBe(200);
    }
    env.clock.advance(121 * 60_000);
    expect((await a.get('/api/auth/me')).body.error.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('logs out: the cookie no longer works', async () => {
    const a = await env.as('viewer');
    const saved = a.cookie;
    expect((await a.post('/api/auth/logout')).status).toBe(200);
    a.cookie = saved;
    expect((await a.get('/api/auth/me')).status).toBe(401);
  });

  it('logs out everywhere: every session of the user ends', async () => {
    const a = await env.as('chair');
    const b = await env.as('chair');
    expect((await b.post('/api/auth/logout-all')).status).toBe(200);
    expect((await a.get('/api/auth/me')).status).toBe(401);
    expect((await b.get('/api/auth/me')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state change without the token and changes nothing', async () => {
    const a = await env.as('office');
    const ward = await env.unit('HP.DONGHAI');
    const r = await a.request(
      'POST',
      '/api/org-units',
      { parentId: ward.id, code: 'CSRF.X', name: 'X', kind: 'department' },
      { 'x-csrf-token': 'forged' },
    );
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('CSRF_FAILED');
    expect(await env.sql("SELECT 1 FROM org_units WHERE code = 'CSRF.X'")).toEqual([]);
  });

  it('refuses a sign-in posted from another site', async () => {
    const r = await env
      .anon()
      .request(
        'POST',
        '/api/auth/login',
        { username: 'office', password: DEMO_PASSWORD },
        { origin: 'https://evil.example' },
      );
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('CSRF_FAILED');
  });
});

describe('password change', () => {
  it('checks the current password and the policy, then ends the other sessions', async () => {
    const a = await env.as('unithead');
    const other = await env.as('unithead');
    const wrong = await a.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'Tổ-dân-phố-7-2025',
    });
    expect(wrong.body.error.code).toBe('AUTH_WRONG_PASSWORD');
    const weak = await a.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('AUTH_WEAK_PASSWORD');
    expect(weak.body.error.details[0].path).toBe('body.newPassword');
    const ok = await a.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Tổ-dân-phố-7-2025',
    });
    expect(ok.status).toBe(200);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await env.anon().login('unithead')).status).toBe(401);
    expect((await env.anon().login('unithead', 'Tổ-dân-phố-7-2025')).status).toBe(200);
    const [row] = await env.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.password_changed'",
    );
    expect(row?.n).toBe(1);
  });
});

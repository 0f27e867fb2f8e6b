import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let admin: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('admin');
});
afterAll(() => env.close());

const GOOD = 'Hải-Phòng-2025';

describe('users and roles', () => {
  it('admin creates a user with a role; the user must change the password at first sign-in', async () => {
    const tdp9 = await env.unit('HP.DONGHAI.TDP09');
    const r = await admin.post('/api/users', {
      username: 'Tdp9.Reporter',
      fullName: 'Nguyễn  Thị Hoa',
      email: 'hoa@example.vn',
      unitId: tdp9.id,
      password: GOOD,
      roles: [{ role: 'reporter', unitId: tdp9.id }],
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      username: 'tdp9.reporter',
      fullName: 'Nguyễn Thị Hoa',
      unitName: 'Tổ dân phố 9',
      mustChangePassword: true,
    });
    expect(r.body.assignments).toEqual([expect.objectContaining({ role: 'reporter', unitId: tdp9.id })]);
    expect(JSON.stringify(r.body)).not.toMatch(/scrypt|passwordHash|password_hash/i);
    const login = await env.anon().login('tdp9.reporter', GOOD);
    expect(login.body.user.mustChangePassword).toBe(true);
    const audit = await env.sql<{ after: Record<string, unknown> }>(
      "SELECT after FROM audit_log WHERE action = 'user.create'",
    );
    expect(JSON.stringify(audit)).not.toMatch(/scrypt/);
  });

  it('refuses a duplicate username (any case), a weak password, and names the fields', async () => {
    const ward = await env.unit('HP.DONGHAI');
    const dup = await admin.post('/api/users', {
      username: 'OFFICE',
      fullName: 'X',
      unitId: ward.id,
      password: GOOD,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('USER_USERNAME_TAKEN');
    const weak = await admin.post('/api/users', {
      username: 'newbie',
      fullName: 'X',
      unitId: ward.id,
      password: 'newbie123456',
    });
    expect(weak.body.error.code).toBe('AUTH_WEAK_PASSWORD');
    expect(weak.body.error.details[0].path).toBe('body.password');
    expect(await env.sql("SELECT 1 FROM users WHERE username = 'newbie'")).toEqual([]);
  });

  it('only admins manage users: the office gets 403 and the attempt is audited', async () => {
    const office = await env.as('office');
    const ward = await env.unit('HP.DONGHAI');
    const r = await office.post('/api/users', {
      username: 'sneaky',
      fullName: 'X',
      unitId: ward.id,
      password: GOOD,
    });
    expect(r.status).toBe(403);
    expect(await env.sql("SELECT 1 FROM audit_log WHERE action = 'denied:user.create'")).toHaveLength(1);
  });

  it('the office lists the people of its ward only', async () => {
    const office = await env.as('office');
    const list = (await office.get('/api/users')).body.items.map((u: { username: string }) => u.username);
    expect(list).toEqual(expect.arrayContaining(['office', 'chair', 'reporter']));
    expect(list).not.toContain('admin');
    const found = (await office.get(`/api/users?q=${encodeURIComponent('do thi mai')}`)).body.items;
    expect(found.map((u: { fullName: string }) => u.fullName)).toEqual(['Đỗ Thị Mai']);
  });

  it('grants and revokes a role; a ward admin cannot grant outside the ward', async () => {
    const [viewer] = await env.sql<{ id: number }>("SELECT id::int FROM users WHERE username = 'viewer'");
    const tdp7 = await env.unit('HP.DONGHAI.TDP07');
    const granted = await admin.post(`/api/users/${viewer?.id}/roles`, { role: 'reporter', unitId: tdp7.id });
    expect(granted.status).toBe(200);
    const g = granted.body.assignments.find((a: { role: string }) => a.role === 'reporter');
    expect(g).toBeDefined();
    expect(
      (await admin.post(`/api/users/${viewer?.id}/roles`, { role: 'reporter', unitId: tdp7.id })).body.error
        .code,
    ).toBe('USER_ROLE_DUPLICATE');
    const revoked = await admin.delete(`/api/users/${viewer?.id}/roles/${g.id}`);
    expect(revoked.body.assignments.map((a: { role: string }) => a.role)).toEqual(['viewer']);

    const ward = await env.unit('HP.DONGHAI');
    const wardAdmin = await admin.post('/api/users', {
      username: 'wardadmin',
      fullName: 'Quản trị phường',
      unitId: ward.id,
      password: GOOD,
      roles: [{ role: 'admin', unitId: ward.id }],
    });
    expect(wardAdmin.status).toBe(201);
    const wa = env.anon();
    await wa.login('wardadmin', GOOD);
    const haian = await env.unit('HP.HAIAN');
    expect(
      (await wa.post(`/api/users/${viewer?.id}/roles`, { role: 'admin', unitId: haian.id })).status,
    ).toBe(403);
    expect(
      (await wa.post(`/api/users/${viewer?.id}/roles`, { role: 'council', unitId: ward.id })).status,
    ).toBe(200);
  });

  it('locking a user ends their sessions; an admin cannot lock themself', async () => {
    const chair = await env.as('chair');
    const [u] = await env.sql<{ id: number; version: number }>(
      "SELECT id::int, version FROM users WHERE username = 'chair'",
    );
    const r = await admin.patch(`/api/users/${u?.id}`, { version: u?.version, isActive: false });
    expect(r.body.isActive).toBe(false);
    expect((await chair.get('/api/auth/me')).status).toBe(401);
    expect((await env.anon().login('chair')).status).toBe(401);
    const [me] = await env.sql<{ id: number; version: number }>(
      "SELECT id::int, version FROM users WHERE username = 'admin'",
    );
    expect(
      (await admin.patch(`/api/users/${me?.id}`, { version: me?.version, isActive: false })).body.error.code,
    ).toBe('USER_CANNOT_DEACTIVATE_SELF');
  });

  it('resetting a password ends sessions and forces a change', async () => {
    const council = await env.as('council');
    const [u] = await env.sql<{ id: number }>("SELECT id::int FROM users WHERE username = 'council'");
    expect((await admin.post(`/api/users/${u?.id}/password`, { newPassword: 'Tạm-thời-2025' })).status).toBe(
      200,
    );
    expect((await council.get('/api/auth/me')).status).toBe(401);
    const again = await env.anon().login('council', 'Tạm-thời-2025');
    expect(again.body.user.mustChangePassword).toBe(true);
  });
});

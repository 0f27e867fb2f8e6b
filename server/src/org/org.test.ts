import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let admin: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  admin = await env.as('admin');
});
afterAll(() => env.close());

const names = (r: { body: { items: { name: string }[] } }) => r.body.items.map((u) => u.name);

describe('reading the tree', () => {
  it('shows each role its subtree plus the ancestors of its roots', async () => {
    const reporter = await env.as('reporter');
    expect(names(await reporter.get('/api/org-units'))).toEqual([
      'Thành phố Hải Phòng',
      'Phường Đông Hải',
      'Tổ dân phố 7',
    ]);
    const officeUnits = names(await office.get('/api/org-units'));
    expect(officeUnits).toContain('Tổ dân phố 25');
    expect(officeUnits).toContain('Trạm Y tế phường Đông Hải');
    expect(officeUnits).not.toContain('Phường Hải An');
    expect((await admin.get('/api/org-units')).body.items).toHaveLength(45);
  });

  it('searches without accents: "dong hai" finds Đông Hải, "to dan pho 7" finds Tổ dân phố 7 only', async () => {
    expect(names(await office.get('/api/org-units?q=dong%20hai'))).toContain('Phường Đông Hải');
    expect(names(await office.get('/api/org-units?q=to%20dan%20pho%207'))).toEqual(['Tổ dân phố 7']);
    expect(names(await office.get('/api/org-units?q=TRAM%20Y%20TE'))).toEqual(['Trạm Y tế phường Đông Hải']);
    expect(names(await office.get(`/api/org-units?q=${encodeURIComponent('Phòng Kinh tế')}`))).toEqual([
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    ]);
    expect(names(await office.get('/api/org-units?q=%25'))).toEqual([]);
  });

  it('does not leak units outside the subtree through search', async () => {
    // The office of Đông Hải finds its own enterprise named "… Hải An Xanh", never the ward Hải An.
    expect(names(await office.get('/api/org-units?q=hai%20an'))).toEqual([
      'Công ty Cổ phần Thương mại Hải An Xanh',
    ]);
    expect(names(await admin.get('/api/org-units?q=hai%20an'))).toEqual([
      'Phường Hải An',
      'Phòng Văn hóa – Xã hội phường Hải An',
      'Công ty Cổ phần Thương mại Hải An Xanh',
    ]);
  });

  it('refuses to show a unit outside the subtree (403) and audits the attempt', async () => {
    const haian = await env.unit('HP.HAIAN');
    const r = await office.get(`/api/org-units/${haian.id}`);
    expect(r.status).toBe(403);
    const rows = await env.sql(
      "SELECT action, actor_name FROM audit_log WHERE action = 'denied:org.read' AND entity_id = $1",
      [String(haian.id)],
    );
    expect(rows).toEqual([{ action: 'denied:org.read', actor_name: 'Trần Thị Thu Hà (office)' }]);
  });
});

describe('creating and editing units', () => {
  it('creates a unit under a parent with path and depth, and audits it', async () => {
    const ward = await env.unit('HP.DONGHAI');
    const r = await office.post('/api/org-units', {
      parentId: ward.id,
      code: 'hp.donghai.dn04',
      name: '  Công ty TNHH  Biển Xanh ',
      kind: 'enterprise',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      code: 'HP.DONGHAI.DN04',
      name: 'Công ty TNHH Biển Xanh',
      depth: 2,
      parentId: ward.id,
      version: 1,
    });
    expect(r.body.path).toBe(`${ward.path}${r.body.id}/`);
    const audit = await env.sql<{ after: { code: string } }>(
      "SELECT after FROM audit_log WHERE action = 'org.create' AND entity_id = $1",
      [String(r.body.id)],
    );
    expect(audit[0]?.after.code).toBe('HP.DONGHAI.DN04');
  });

  it('refuses duplicate codes, ignoring case, with the field named', async () => {
    const ward = await env.unit('HP.DONGHAI');
    const r = await office.post('/api/org-units', {
      parentId: ward.id,
      code: 'hp.donghai.tdp07',
      name: 'Trùng mã',
      kind: 'residential_group',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('ORG_UNIT_CODE_TAKEN');
    expect(r.body.error.details[0].path).toBe('body.code');
    expect(await env.sql("SELECT 1 FROM org_units WHERE name = 'Trùng mã'")).toEqual([]);
  });

  it('validates input with field paths', async () => {
    const r = await office.post('/api/org-units', {
      parentId: -1,
      code: 'có dấu',
      name: '',
      kind: 'village',
    });
    expect(r.status).toBe(400);
    const paths = r.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.parentId', 'body.code', 'body.name', 'body.kind']));
  });

  it('updates with optimistic locking: a stale version is refused and nothing changes', async () => {
    const tdp = await env.unit('HP.DONGHAI.TDP03');
    const ok = await office.patch(`/api/org-units/${tdp.id}`, {
      version: tdp.version,
      name: 'Tổ dân phố 3 (Cầu Tre)',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(tdp.version + 1);
    const stale = await office.patch(`/api/org-units/${tdp.id}`, { version: tdp.version, name: 'Ghi đè' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT_STALE');
    expect((await env.sql('SELECT name FROM org_units WHERE id = $1', [tdp.id]))[0]).toEqual({
      name: 'Tổ dân phố 3 (Cầu Tre)',
    });
    const audit = await env.sql<{ before: { name: string }; after: { name: string } }>(
      "SELECT before, after FROM audit_log WHERE action = 'org.update' AND entity_id = $1",
      [String(tdp.id)],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ name: 'Tổ dân phố 3' }),
        after: expect.objectContaining({ name: 'Tổ dân phố 3 (Cầu Tre)' }),
      }),
    ]);
  });

  it('refuses changes by roles that only read, and outside the subtree', async () => {
    const reporter = await env.as('reporter');
    const tdp7 = await env.unit('HP.DONGHAI.TDP07');
    expect(
      (await reporter.patch(`/api/org-units/${tdp7.id}`, { version: tdp7.version, name: 'X' })).status,
    ).toBe(403);
    const haian = await env.unit('HP.HAIAN');
    const r = await office.post('/api/org-units', {
      parentId: haian.id,
      code: 'HP.HAIAN.X',
      name: 'X',
      kind: 'department',
    });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('FORBIDDEN');
    expect(await env.sql("SELECT 1 FROM org_units WHERE code = 'HP.HAIAN.X'")).toEqual([]);
    expect(await env.sql("SELECT 1 FROM audit_log WHERE action = 'denied:org.create_child'")).toHaveLength(1);
  });
});

describe('moving units', () => {
  it('moves a unit with its subtree and rewrites descendant paths', async () => {
    const ward = await env.unit('HP.DONGHAI');
    const vhxh = await env.unit('HP.DONGHAI.VHXH');
    const child = await office.post('/api/org-units', {
      parentId: vhxh.id,
      code: 'HP.DONGHAI.VHXH.TV',
      name: 'Thư viện phường',
      kind: 'public_service_unit',
    });
    const grandchild = await office.post('/api/org-units', {
      parentId: child.body.id,
      code: 'HP.DONGHAI.VHXH.TV.1',
      name: 'Phòng đọc thiếu nhi',
      kind: 'public_service_unit',
    });
    const moved = await office.post(`/api/org-units/${child.body.id}/move`, {
      version: child.body.version,
      newParentId: ward.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ parentId: ward.id, depth: 2, path: `${ward.path}${child.body.id}/` });
    const [g] = await env.sql<{ path: string; depth: number }>(
      'SELECT path, depth FROM org_units WHERE id = $1',
      [grandchild.body.id],
    );
    expect(g).toEqual({ path: `${ward.path}${child.body.id}/${grandchild.body.id}/`, depth: 3 });
  });

  it('refuses to move a unit under itself or its own descendant, and changes nothing', async () => {
    const vp = await env.unit('HP.DONGHAI.VP');
    const sub = await office.post('/api/org-units', {
      parentId: vp.id,
      code: 'HP.DONGHAI.VP.1',
      name: 'Bộ phận một cửa',
      kind: 'department',
    });
    for (const target of [vp.id, sub.body.id]) {
      const r = await office.post(`/api/org-units/${vp.id}/move`, {
        version: vp.version,
        newParentId: target,
      });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('ORG_UNIT_MOVE_INTO_OWN_SUBTREE');
    }
    expect(await env.unit('HP.DONGHAI.VP')).toEqual(vp);
  });

  it('refuses to move a unit into another ward the office does not run', async () => {
    const tdp1 = await env.unit('HP.DONGHAI.TDP01');
    const haian = await env.unit('HP.HAIAN');
    expect(
      (await office.post(`/api/org-units/${tdp1.id}/move`, { version: tdp1.version, newParentId: haian.id }))
        .status,
    ).toBe(403);
    expect((await env.unit('HP.DONGHAI.TDP01')).path).toBe(tdp1.path);
  });
});

describe('deactivating and deleting', () => {
  it('deactivates a leaf unit (hidden by default, listed with includeInactive) and reactivates it', async () => {
    const dn = await env.unit('HP.DONGHAI.DN03');
    const off = await office.post(`/api/org-units/${dn.id}/deactivate`, {
      version: dn.version,
      reason: 'Giải thể',
    });
    expect(off.body.isActive).toBe(false);
    expect(names(await office.get('/api/org-units'))).not.toContain('Hợp tác xã Dịch vụ Môi trường Đông Hải');
    expect(names(await office.get('/api/org-units?includeInactive=true'))).toContain(
      'Hợp tác xã Dịch vụ Môi trường Đông Hải',
    );
    const on = await office.post(`/api/org-units/${dn.id}/reactivate`, { version: off.body.version });
    expect(on.body.isActive).toBe(true);
  });

  it('refuses to deactivate a unit with active children', async () => {
    const ward = await env.unit('HP.DONGHAI');
    const r = await admin.post(`/api/org-units/${ward.id}/deactivate`, { version: ward.version });
    expect(r.body.error.code).toBe('ORG_UNIT_HAS_ACTIVE_CHILDREN');
  });

  it('never hard-deletes a unit that has data; deletes one created by mistake', async () => {
    const tdp7 = await env.unit('HP.DONGHAI.TDP07'); // has users and role assignments
    const r = await office.delete(`/api/org-units/${tdp7.id}`);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('ORG_UNIT_HAS_DATA');
    const ward = await env.unit('HP.DONGHAI');
    const oops = await office.post('/api/org-units', {
      parentId: ward.id,
      code: 'HP.DONGHAI.OOPS',
      name: 'Tạo nhầm',
      kind: 'department',
    });
    expect((await office.delete(`/api/org-units/${oops.body.id}`)).status).toBe(204);
    expect(await env.sql("SELECT 1 FROM org_units WHERE code = 'HP.DONGHAI.OOPS'")).toEqual([]);
    expect(
      await env.sql("SELECT 1 FROM audit_log WHERE action = 'org.delete' AND entity_id = $1", [
        String(oops.body.id),
      ]),
    ).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let wardId: number;
let dongHai: any;

const pctIndicator = (code: string, target: number, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Tỷ lệ ${code}`,
  unitOfMeasure: '%',
  kind: 'ratio',
  direction: 'at_least',
  targetValue: target,
  factor: 100,
  ...extra,
});

async function newCampaign(a: Agent, extra: Record<string, unknown> = {}) {
  const r = await a.post('/api/campaigns', {
    issuingUnitId: wardId,
    title: 'Đợt thi đua cao điểm "Ngày hội Đại đoàn kết toàn dân tộc" năm 2025',
    startsOn: '2025-10-01',
    endsOn: '2025-11-30',
    reportDeadline: '2025-11-25',
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  wardId = (await env.unit('HP.DONGHAI')).id;
  const list = await office.get('/api/campaigns?status=launched');
  const id = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  dongHai = (await office.get(`/api/campaigns/${id}`)).body;
});
afterAll(() => env.close());

describe('creating a campaign by hand', () => {
  it('creates a draft, adds three indicators of different kinds, assigns them in bulk and launches it', async () => {
    const c = await newCampaign(office);
    expect(c).toMatchObject({ status: 'draft', version: 1, indicators: [] });
    const sum = await office.post(`/api/campaigns/${c.id}/indicators`, {
      code: 'dh1',
      name: 'Vận động Quỹ Vì người nghèo',
      unitOfMeasure: 'triệu đồng',
      kind: 'sum',
      direction: 'at_least',
      targetValue: 150,
    });
    const count = await office.post(`/api/campaigns/${c.id}/indicators`, {
      code: 'DH2',
      name: 'Số hộ nghèo được hỗ trợ sửa nhà',
      unitOfMeasure: 'hộ',
      kind: 'count',
      direction: 'at_least',
      targetValue: 12,
    });
    const ratio = await office.post(
      `/api/campaigns/${c.id}/indicators`,
      pctIndicator('DH3', 95, {
        name: 'Tỷ lệ hộ tham gia ngày hội',
        numeratorLabel: 'Số hộ tham gia',
        denominatorLabel: 'Tổng số hộ',
      }),
    );
    for (const r of [sum, count, ratio]) expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(sum.body.code).toBe('DH1');
    const tdps = await Promise.all(
      ['HP.DONGHAI.TDP01', 'HP.DONGHAI.TDP02', 'HP.DONGHAI.TDP03'].map((code) => env.unit(code)),
    );
    const assigned = await office.post(`/api/campaigns/${c.id}/assignments`, {
      indicatorIds: [sum.body.id, count.body.id, ratio.body.id],
      unitIds: tdps.map((u) => u.id),
    });
    expect(assigned.body.changed).toBe(9);
    const launched = await office.post(`/api/campaigns/${c.id}/launch`, { version: c.version });
    expect(launched.status).toBe(200);
    expect(launched.body.status).toBe('launched');
    expect(launched.body.indicators.map((i: any) => i.assignedUnitIds.length)).toEqual([3, 3, 3]);
    const versions = await office.get(`/api/campaigns/${c.id}/versions`);
    expect(versions.body.items[0].changes).toEqual([{ field: 'status', before: 'draft', after: 'launched' }]);
  });

  it('refuses to launch a campaign without indicators or a time frame', async () => {
    const c = await newCampaign(office, { startsOn: null, endsOn: null, reportDeadline: null });
    const r = await office.post(`/api/campaigns/${c.id}/launch`, { version: c.version });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CAMPAIGN_NOT_READY');
    expect(r.body.error.details.map((d: any) => d.path)).toEqual(['startsOn', 'endsOn', 'indicators']);
  });

  it('finds campaigns without accents and filters by status and year', async () => {
    const found = await office.get(`/api/campaigns?q=${encodeURIComponent('ngay hoi dai doan ket')}`);
    expect(found.body.items.length).toBeGreaterThan(0);
    expect(found.body.items.every((c: any) => c.title.includes('Ngày hội Đại đoàn kết'))).toBe(true);
    const drafts = await office.get('/api/campaigns?status=draft');
    expect(drafts.body.items.every((c: any) => c.status === 'draft')).toBe(true);
    expect((await office.get('/api/campaigns?year=2024')).body.items).toEqual([]);
  });
});

describe('bad input: clear errors, nothing saved', () => {
  it('refuses a percentage over 100, a negative count, and a band whose low is above its high', async () => {
    const c = await newCampaign(office);
    const over = await office.post(`/api/campaigns/${c.id}/indicators`, pctIndicator('X1', 120));
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({
      code: 'INDICATOR_TARGET_INVALID',
      details: [{ path: 'body.targetValue', message: 'Tỷ lệ phần trăm không được vượt 100 %' }],
    });
    const neg = await office.post(`/api/campaigns/${c.id}/indicators`, {
      code: 'X2',
      name: 'Số hộ',
      unitOfMeasure: 'hộ',
      kind: 'count',
      direction: 'at_least',
      targetValue: -3,
    });
    expect(neg.body.error.details[0].message).toBe('Chỉ tiêu không được âm');
    const band = await office.post(`/api/campaigns/${c.id}/indicators`, {
      code: 'X3',
      name: 'Tỷ số giới tính',
      unitOfMeasure: 'bé trai/100 bé gái',
      kind: 'index',
      direction: 'band',
      targetLow: 112,
      targetHigh: 104,
    });
    expect(band.body.error.details).toEqual([
      { path: 'body.targetLow', message: 'Cận dưới phải nhỏ hơn hoặc bằng cận trên' },
    ]);
    expect(await env.sql('SELECT 1 FROM indicators WHERE campaign_id = $1', [c.id])).toEqual([]);
  });

  it('refuses a child indicator whose parent is in another campaign', async () => {
    const c = await newCampaign(office);
    const ct01 = dongHai.indicators.find((i: any) => i.code === 'CT01');
    const r = await office.post(`/api/campaigns/${c.id}/indicators`, {
      code: 'T1',
      name: 'Thu khác',
      unitOfMeasure: 'triệu đồng',
      kind: 'sum',
      direction: 'at_least',
      targetValue: 1,
      parentIndicatorId: ct01.id,
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('INDICATOR_PARENT_OTHER_CAMPAIGN');
  });

  it('refuses children that must sum within the parent but exceed it', async () => {
    const ct01 = dongHai.indicators.find((i: any) => i.code === 'CT01');
    // 35.832 already under a 36.692 total: one more source of 1.000 would exceed it.
    const r = await office.post(`/api/campaigns/${dongHai.id}/indicators`, {
      code: 'CT01.5',
      name: 'Thu phí, lệ phí khác',
      unitOfMeasure: 'triệu đồng',
      kind: 'sum',
      direction: 'at_least',
      targetValue: 1000,
      parentIndicatorId: ct01.id,
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('INDICATOR_CHILDREN_EXCEED');
    expect(r.body.error.details[0].message).toMatch(/36.832.*vượt.*36.692/);
    // Lowering the parent below its children is refused too.
    const lower = await office.patch(`/api/indicators/${ct01.id}`, {
      version: ct01.version,
      targetValue: 30000,
    });
    expect(lower.body.error.code).toBe('INDICATOR_CHILDREN_EXCEED');
    const [row] = await env.sql<{ target_value: number }>(
      'SELECT target_value FROM indicators WHERE id = $1',
      [ct01.id],
    );
    expect(row?.target_value).toBe(36692);
  });

  it('refuses a cycle of sub-campaigns', async () => {
    const a = await newCampaign(office);
    const b = await newCampaign(office, { parentCampaignId: a.id });
    const r = await office.patch(`/api/campaigns/${a.id}`, { version: a.version, parentCampaignId: b.id });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CAMPAIGN_CYCLE');
    const self = await office.patch(`/api/campaigns/${a.id}`, { version: a.version, parentCampaignId: a.id });
    expect(self.body.error.code).toBe('CAMPAIGN_CYCLE');
  });

  it('refuses any edit of a closed campaign', async () => {
    const c = await newCampaign(office);
    const ind = await office.post(`/api/campaigns/${c.id}/indicators`, pctIndicator('K1', 90));
    const launched = await office.post(`/api/campaigns/${c.id}/launch`, { version: c.version });
    const closed = await office.post(`/api/campaigns/${c.id}/close`, {
      version: launched.body.version,
      reason: 'Hết thời gian',
    });
    expect(closed.body.status).toBe('closed');
    const edit = await office.patch(`/api/campaigns/${c.id}`, {
      version: closed.body.version,
      title: 'Sửa sau khi kết thúc',
    });
    expect(edit.body.error.code).toBe('CAMPAIGN_CLOSED');
    const editInd = await office.patch(`/api/indicators/${ind.body.id}`, {
      version: ind.body.version,
      targetValue: 50,
    });
    expect(editInd.body.error.code).toBe('CAMPAIGN_CLOSED');
    const again = await office.post(`/api/campaigns/${c.id}/launch`, { version: closed.body.version });
    expect(again.body.error.code).toBe('CAMPAIGN_BAD_TRANSITION');
    const [row] = await env.sql<{ title: string }>('SELECT title FROM campaigns WHERE id = $1', [c.id]);
    expect(row?.title).not.toBe('Sửa sau khi kết thúc');
    // Only an admin reopens.
    expect(
      (await office.post(`/api/campaigns/${c.id}/reopen`, { version: closed.body.version })).status,
    ).toBe(403);
    const admin = await env.as('admin');
    expect(
      (
        await admin.post(`/api/campaigns/${c.id}/reopen`, {
          version: closed.body.version,
          reason: 'Bổ sung số liệu',
        })
      ).body.status,
    ).toBe('launched');
  });

  it('refuses dates out of order and units outside the issuing unit', async () => {
    const bad = await office.post('/api/campaigns', {
      issuingUnitId: wardId,
      title: 'Sai ngày',
      startsOn: '2025-12-01',
      endsOn: '2025-01-01',
    });
    expect(bad.body.error).toMatchObject({ code: 'CAMPAIGN_DATES', details: [{ path: 'body.endsOn' }] });
    const c = await newCampaign(office);
    const haian = await env.unit('HP.HAIAN.TDP01');
    const r = await office.post(
      `/api/campaigns/${c.id}/indicators`,
      pctIndicator('U1', 90, { responsibleUnitId: haian.id }),
    );
    expect(r.body.error.code).toBe('INDICATOR_UNIT_OUTSIDE_SCOPE');
    const ind = await office.post(`/api/campaigns/${c.id}/indicators`, pctIndicator('U2', 90));
    const assign = await office.post(`/api/campaigns/${c.id}/assignments`, {
      indicatorIds: [ind.body.id],
      unitIds: [haian.id],
    });
    expect(assign.body.error.code).toBe('INDICATOR_UNIT_OUTSIDE_SCOPE');
  });

  it('refuses a duplicate indicator code in the same campaign', async () => {
    const r = await office.post(`/api/campaigns/${dongHai.id}/indicators`, pctIndicator('ct02', 50));
    expect(r.body.error.code).toBe('INDICATOR_CODE_TAKEN');
  });
});

describe('launched campaigns keep a version history', () => {
  it('records field-level changes with who changed them and why', async () => {
    const ct06 = dongHai.indicators.find((i: any) => i.code === 'CT06');
    const r = await office.patch(`/api/indicators/${ct06.id}`, { version: ct06.version, targetValue: 93 });
    expect(r.body.targetValue, JSON.stringify(r.body)).toBe(93);
    // An indicator edit moves the campaign's version on: the old version is now stale.
    const stale = await office.patch(`/api/campaigns/${dongHai.id}`, {
      version: dongHai.version,
      place: 'X',
    });
    expect(stale.body.error.code).toBe('CONFLICT_STALE');
    const fresh = (await office.get(`/api/campaigns/${dongHai.id}`)).body;
    expect(fresh.version).toBeGreaterThan(dongHai.version);
    const c = await office.patch(`/api/campaigns/${dongHai.id}`, {
      version: fresh.version,
      reportDeadline: '2025-12-08',
      changeNote: 'Theo đề nghị của Ban TĐ-KT TP',
    });
    expect(c.body.reportDeadline).toBe('2025-12-08');
    const v = (await office.get(`/api/campaigns/${dongHai.id}/versions`)).body.items;
    expect(v[0]).toMatchObject({
      note: 'Theo đề nghị của Ban TĐ-KT TP',
      actorName: 'Trần Thị Thu Hà (office)',
      changes: [{ field: 'reportDeadline', before: '2025-12-10', after: '2025-12-08' }],
    });
    expect(v[1].changes).toEqual([{ field: 'indicator CT06.targetValue', before: 92, after: 93 }]);
    const numbers = v.map((x: { version: number }) => x.version);
    expect(new Set(numbers).size).toBe(numbers.length);
    const del = await office.delete(`/api/indicators/${ct06.id}`);
    expect(del.body.error.code).toBe('INDICATOR_DELETE_LAUNCHED');
  });
});

describe('sub-campaigns and roll-up links', () => {
  it('lets a tổ dân phố launch an internal campaign linked to the ward’s indicators with a suitable roll-up rule', async () => {
    const head = await env.as('unithead');
    const tdp7 = await env.unit('HP.DONGHAI.TDP07');
    const sub = await head.post('/api/campaigns', {
      issuingUnitId: tdp7.id,
      parentCampaignId: dongHai.id,
      title: 'Tổ dân phố 7 thi đua xây dựng khu dân cư văn hoá',
      startsOn: '2025-10-01',
      endsOn: '2025-12-31',
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const ct07 = dongHai.indicators.find((i: any) => i.code === 'CT07');
    const ct08 = dongHai.indicators.find((i: any) => i.code === 'CT08');
    const ok = await head.post(
      `/api/campaigns/${sub.body.id}/indicators`,
      pctIndicator('T7.1', 100, {
        name: 'Tỷ lệ hộ dùng nước sạch',
        linkedIndicatorId: ct07.id,
        rollupRule: 'ratio',
      }),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const count = await head.post(`/api/campaigns/${sub.body.id}/indicators`, {
      code: 'T7.2',
      name: 'Số lượt hộ vay vốn',
      unitOfMeasure: 'lượt hộ',
      kind: 'count',
      direction: 'at_least',
      targetValue: 12,
      linkedIndicatorId: ct08.id,
      rollupRule: 'sum',
    });
    expect(count.status).toBe(201);
    const wrongRule = await head.post(
      `/api/campaigns/${sub.body.id}/indicators`,
      pctIndicator('T7.3', 100, { linkedIndicatorId: ct07.id, rollupRule: 'sum' }),
    );
    expect(wrongRule.body.error.code).toBe('INDICATOR_LINK_INVALID');
    const wrongKind = await head.post(`/api/campaigns/${sub.body.id}/indicators`, {
      code: 'T7.4',
      name: 'Số hộ',
      unitOfMeasure: 'hộ',
      kind: 'count',
      direction: 'at_least',
      targetValue: 5,
      linkedIndicatorId: ct07.id,
      rollupRule: 'sum',
    });
    expect(wrongKind.body.error.details[0].message).toMatch(/cùng loại/);
    const parentView = await office.get(`/api/campaigns/${dongHai.id}`);
    expect(parentView.body.subCampaigns).toEqual([
      expect.objectContaining({
        title: 'Tổ dân phố 7 thi đua xây dựng khu dân cư văn hoá',
        issuingUnitName: 'Tổ dân phố 7',
      }),
    ]);
  });

  it('refuses a sub-campaign issued outside the parent campaign’s unit', async () => {
    const admin = await env.as('admin');
    const haian = await env.unit('HP.HAIAN');
    const r = await admin.post('/api/campaigns', {
      issuingUnitId: haian.id,
      parentCampaignId: dongHai.id,
      title: 'Sai cấp',
    });
    expect(r.body.error.code).toBe('CAMPAIGN_PARENT_SCOPE');
  });
});

describe('roles and subtree scope', () => {
  it('lets a reporter of a tổ dân phố read the ward campaign but not change it', async () => {
    const reporter = await env.as('reporter');
    const view = await reporter.get(`/api/campaigns/${dongHai.id}`);
    expect(view.status).toBe(200);
    // Units outside the reporter's own subtree still come with their names.
    const ct01 = view.body.indicators.find((i: any) => i.code === 'CT01');
    expect(view.body.units.find((u: any) => u.id === ct01.responsibleUnitId).name).toBe(
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    );
    expect(view.body.issuingUnitPath).toMatch(/^\/\d+\/\d+\/$/);
    const r = await reporter.patch(`/api/campaigns/${dongHai.id}`, { version: dongHai.version, title: 'X' });
    expect(r.status).toBe(403);
    expect(await env.sql("SELECT 1 FROM audit_log WHERE action = 'denied:campaign.edit'")).toHaveLength(1);
  });

  it('keeps the office of one ward out of another ward’s campaigns', async () => {
    const admin = await env.as('admin');
    const haian = await env.unit('HP.HAIAN');
    const c = await admin.post('/api/campaigns', {
      issuingUnitId: haian.id,
      title: 'Đợt thi đua phường Hải An',
    });
    expect(c.status).toBe(201);
    expect((await office.get(`/api/campaigns/${c.body.id}`)).status).toBe(403);
    expect((await office.get('/api/campaigns')).body.items.map((x: any) => x.id)).not.toContain(c.body.id);
    expect(
      (await office.post('/api/campaigns', { issuingUnitId: haian.id, title: 'Không được' })).status,
    ).toBe(403);
  });

  it('writes an audit row for every change', async () => {
    const rows = await env.sql<{ action: string }>(
      "SELECT DISTINCT action FROM audit_log WHERE entity IN ('campaign', 'indicator') ORDER BY 1",
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'campaign.create',
        'campaign.launch',
        'campaign.close',
        'campaign.reopen',
        'campaign.update',
        'indicator.create',
        'indicator.update',
        'indicator.assign_add',
      ]),
    );
  });
});

/**
 * The public portal over HTTP on the demo city: what is visible without signing in (only published, launched or
 * closed campaigns and only their chosen indicators), the same 404 for everything else, values equal to the
 * signed-in dashboards, the office's settings (versioned, audited, permission-checked), HTTP caching with ETag and
 * the per-address rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let cityId: number;
let dongHaiId: number;

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true, seedCity: true, cityWards: 2 });
  office = await env.as('office');
  const ids = await env.sql<{ code: string; id: number }>(
    "SELECT u.code, c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id WHERE u.code IN ('HP', 'HP.DONGHAI')",
  );
  cityId = Number(ids.find((r) => r.code === 'HP')?.id);
  dongHaiId = Number(ids.find((r) => r.code === 'HP.DONGHAI')?.id);
}, 180_000);
afterAll(() => env.close());

const settings = async (id: number) => (await office.get(`/api/campaigns/${id}/public-settings`)).body;

describe('public reads', () => {
  it('lists the published campaigns to anyone, city and ward', async () => {
    const r = await env.anon().get('/api/public/campaigns');
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toMatch(/public, max-age=30/);
    const list = r.body.campaigns.map((c: any) => [c.id, c.level]);
    expect(list).toContainEqual([cityId, 'city']);
    expect(list).toContainEqual([dongHaiId, 'ward']);
    // Generated wards are not published.
    expect(r.body.campaigns.length).toBe(2);
    expect(r.body.campaigns.find((c: any) => c.id === cityId).reference).toBe('232/KH-UBND');
  });

  it('shows exactly the chosen indicators of a city campaign, with the city dashboard’s figures, per ward', async () => {
    const r = await env.anon().get(`/api/public/campaigns/${cityId}?periodId=2025-10`);
    expect(r.status).toBe(200);
    const cityOffice = await env.as('cityoffice');
    const chosen = (await cityOffice.get(`/api/campaigns/${cityId}/public-settings`)).body
      .indicatorIds as number[];
    expect(chosen.length).toBeGreaterThan(3);
    const codes = await env.sql<{ id: number; code: string }>(
      'SELECT id::int, code FROM indicators WHERE campaign_id = $1',
      [cityId],
    );
    const codeOf = new Map(codes.map((c) => [Number(c.id), c.code]));
    expect(r.body.indicators.map((i: any) => i.code)).toEqual(chosen.map((id) => codeOf.get(id)));
    const dash = (
      await (await env.as('cityoffice')).get(`/api/campaigns/${cityId}/city-dashboard?periodId=2025-10`)
    ).body;
    for (const i of r.body.indicators) {
      const d = dash.indicators.find((x: any) => x.code === i.code);
      expect(i.value).toBe(d.value);
      expect(i.completion).toBe(d.completion);
      expect(i.reported).toBe(d.wardsReported);
    }
    // Đông Hải + 2 generated wards, each with only the public indicators.
    expect(r.body.wards.map((w: any) => w.code)).toContain('HP.DONGHAI');
    expect(r.body.wards.length).toBe(3);
    for (const w of r.body.wards) expect(w.cells.length).toBeLessThanOrEqual(chosen.length);
    // Nothing private leaks: no ids of units, no people, no report states.
    const text = JSON.stringify(r.body);
    expect(text).not.toMatch(/reportId|unitId|username|missingReason/);
  });

  it('a ward campaign shows its totals, equal to its dashboard', async () => {
    const r = await env.anon().get(`/api/public/campaigns/${dongHaiId}?periodId=2025-10`);
    expect(r.status).toBe(200);
    expect(r.body.wards).toEqual([]);
    const dash = (await office.get(`/api/campaigns/${dongHaiId}/dashboard?periodId=2025-10`)).body;
    const ct01 = r.body.indicators.find((i: any) => i.code === 'CT01');
    expect(ct01.value).toBe(dash.indicators.find((i: any) => i.code === 'CT01').value);
    const [raw] = await env.sql<{ s: number }>(
      `SELECT sum(v.value)::float8 AS s FROM reports r JOIN report_values v ON v.report_id = r.id
         JOIN indicators i ON i.id = v.indicator_id
        WHERE r.campaign_id = $1 AND r.period_id = '2025-10' AND r.status IN ('submitted', 'accepted') AND i.code = 'CT01'`,
      [dongHaiId],
    );
    expect(ct01.value).toBeCloseTo(Number(raw?.s), 6);
  });

  it('answers the same 404 for unknown, unpublished and draft campaigns', async () => {
    const anon = env.anon();
    const unknown = await anon.get('/api/public/campaigns/999999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('PUBLIC_NOT_FOUND');
    const [gen] = await env.sql<{ id: number }>(
      'SELECT id::int FROM campaigns WHERE parent_campaign_id = $1 AND id <> $2 ORDER BY id LIMIT 1',
      [cityId, dongHaiId],
    );
    const unpublished = await anon.get(`/api/public/campaigns/${gen?.id}`);
    expect(unpublished.status).toBe(404);
    expect(unpublished.body).toEqual(unknown.body);
    // Published but a draft: still 404.
    const draft = await office.post('/api/campaigns', {
      issuingUnitId: (await env.unit('HP.DONGHAI')).id,
      title: 'Đợt thi đua nháp',
      documentSymbol: 'KH-UBND',
      place: 'Đông Hải',
    });
    expect(draft.status).toBe(201);
    const s = await office.put(`/api/campaigns/${draft.body.id}/public-settings`, {
      isPublic: true,
      indicatorIds: [],
      screenTitle: '',
      version: 0,
    });
    expect(s.status).toBe(200);
    const d = await anon.get(`/api/public/campaigns/${draft.body.id}`);
    expect(d.status).toBe(404);
    expect(d.body).toEqual(unknown.body);
  });
});

describe('settings', () => {
  it('the office publishes and withdraws; versioned, audited; the change shows at once', async () => {
    const before = await settings(dongHaiId);
    expect(before.canEdit).toBe(true);
    const ct01 = before.indicators.find((i: any) => i.code === 'CT01').id;
    const ct18 = before.indicators.find((i: any) => i.code === 'CT18').id;
    const saved = await office.put(`/api/campaigns/${dongHaiId}/public-settings`, {
      isPublic: true,
      indicatorIds: [ct18, ct01, ct18],
      screenTitle: 'Màn hình phường Đông Hải',
      version: before.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ indicatorIds: [ct18, ct01], version: before.version + 1 });
    const page = await env.anon().get(`/api/public/campaigns/${dongHaiId}`);
    expect(page.body.indicators.map((i: any) => i.code)).toEqual(['CT18', 'CT01']);
    expect(page.body.screenTitle).toBe('Màn hình phường Đông Hải');
    const stale = await office.put(`/api/campaigns/${dongHaiId}/public-settings`, {
      isPublic: false,
      indicatorIds: [],
      screenTitle: '',
      version: before.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT_STALE');
    const off = await office.put(`/api/campaigns/${dongHaiId}/public-settings`, {
      isPublic: false,
      indicatorIds: [ct01],
      screenTitle: '',
      version: before.version + 1,
    });
    expect(off.status).toBe(200);
    expect((await env.anon().get(`/api/public/campaigns/${dongHaiId}`)).status).toBe(404);
    const audit = await env.sql<{ before: any; after: any }>(
      "SELECT before, after FROM audit_log WHERE action = 'public_settings.save' AND entity_id = $1 ORDER BY seq",
      [dongHaiId],
    );
    expect(audit.length).toBe(2);
    expect(audit[1]?.after.isPublic).toBe(false);
    expect(audit[1]?.before.isPublic).toBe(true);
    // Back on for the other tests.
    await office.put(`/api/campaigns/${dongHaiId}/public-settings`, {
      isPublic: true,
      indicatorIds: [ct01],
      screenTitle: '',
      version: before.version + 2,
    });
  });

  it('refuses indicators of another campaign, viewers, and the ward office on the city’s settings', async () => {
    const s = await settings(dongHaiId);
    const [other] = await env.sql<{ id: number }>(
      'SELECT id::int FROM indicators WHERE campaign_id = $1 LIMIT 1',
      [cityId],
    );
    const bad = await office.put(`/api/campaigns/${dongHaiId}/public-settings`, {
      isPublic: true,
      indicatorIds: [other?.id],
      screenTitle: '',
      version: s.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('PUBLIC_INDICATOR_UNKNOWN');
    const viewer = await env.as('viewer');
    expect((await viewer.get(`/api/campaigns/${dongHaiId}/public-settings`)).body.canEdit).toBe(false);
    const v = await viewer.put(`/api/campaigns/${dongHaiId}/public-settings`, {
      isPublic: false,
      indicatorIds: [],
      screenTitle: '',
      version: s.version,
    });
    expect(v.status).toBe(403);
    const c = (await office.get(`/api/campaigns/${cityId}/public-settings`)).status;
    expect(c).toBe(403);
    expect((await settings(dongHaiId)).version).toBe(s.version);
  });
});

describe('caching and rate limit', () => {
  it('answers 304 to a matching ETag and a new ETag after the data changes', async () => {
    const anon = env.anon();
    const first = await anon.get(`/api/public/campaigns/${cityId}?periodId=2025-11`);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await anon.request('GET', `/api/public/campaigns/${cityId}?periodId=2025-11`, undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    // The office renames the screen: the answer changes, so does the ETag.
    const cityOffice = await env.as('cityoffice');
    const cur = (await cityOffice.get(`/api/campaigns/${cityId}/public-settings`)).body;
    const saved = await cityOffice.put(`/api/campaigns/${cityId}/public-settings`, {
      isPublic: true,
      indicatorIds: cur.indicatorIds,
      screenTitle: 'Thành phố Hải Phòng thi đua',
      version: cur.version,
    });
    expect(saved.status).toBe(200);
    const after = await anon.request('GET', `/api/public/campaigns/${cityId}?periodId=2025-11`, undefined, {
      'if-none-match': etag,
    });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.body.screenTitle).toBe('Thành phố Hải Phòng thi đua');
  });

  it('limits one address to the configured requests per minute with 429 and Retry-After', async () => {
    const limited = await createTestEnv({ seedCity: true, cityWards: 0 });
    try {
      limited.deps.config.publicRatePerMinute = 5;
      const anon = limited.anon();
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await anon.get('/api/public/campaigns')).status);
      expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const r = await anon.get('/api/public/campaigns');
      expect(r.body.error.code).toBe('RATE_LIMITED');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      limited.clock.advance(61_000);
      expect((await anon.get('/api/public/campaigns')).status).toBe(200);
    } finally {
      await limited.close();
    }
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let reporter: Agent;
let viewer: Agent;
let campaignId: number;
let tdp07: number;
const ind: Record<string, number> = {};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const DAY = 24 * 3600_000;

async function open(a: Agent, periodId: string, unitId = tdp07) {
  return a.post('/api/reports', { campaignId, unitId, periodId });
}
const row = (report: any, code: string) => report.rows.find((r: any) => r.indicator.code === code);

beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  reporter = await env.as('reporter');
  viewer = await env.as('viewer');
  tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  const c = (await office.get(`/api/campaigns/${campaignId}`)).body;
  for (const i of c.indicators) ind[i.code] = i.id;
});
afterAll(() => env.close());

describe('periods and "my reports"', () => {
  it('lists the campaign periods with deadlines', async () => {
    const r = await reporter.get(`/api/campaigns/${campaignId}/periods`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((p: any) => [p.id, p.dueOn])).toEqual([
      ['2025-09', '2025-10-05'],
      ['2025-10', '2025-11-05'],
      ['2025-11', '2025-12-05'],
      ['2025-12', '2025-12-10'],
    ]);
  });

  it('shows the reporter every started period of their unit, not started yet', async () => {
    const r = await reporter.get(`/api/reports/mine?campaignId=${campaignId}`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: any) => [i.unitName, i.periodId, i.status, i.timeliness])).toEqual([
      ['Tổ dân phố 7', '2025-09', 'not_started', 'pending'],
      ['Tổ dân phố 7', '2025-10', 'not_started', 'pending'],
    ]);
    expect(r.body.items[0].indicatorCount).toBe(8);
  });

  it('gives the office the inbox of all 25 tổ dân phố and the other units', async () => {
    const r = await office.get(`/api/reports?campaignId=${campaignId}&periodId=2025-09`);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThanOrEqual(25 + 5);
    expect(r.body.counts.not_started).toBe(r.body.items.length);
    const found = await office.get(`/api/reports?campaignId=${campaignId}&periodId=2025-09&q=to dan pho 7`);
    expect(found.body.items.map((i: any) => i.unitName)).toEqual(['Tổ dân phố 7']);
    // A reporter has no inbox.
    expect((await reporter.get('/api/reports')).body.items).toEqual([]);
  });
});

describe('the report workflow', () => {
  let id: number;
  let version: number;

  it('opens a draft once; opening again returns the same report', async () => {
    const a = await open(reporter, '2025-09');
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await open(reporter, '2025-09');
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    id = a.body.id;
    version = a.body.version;
    expect(a.body).toMatchObject({ status: 'draft', periodLabel: 'Tháng 9/2025', dueOn: '2025-10-05' });
    expect(a.body.rows.map((r: any) => r.indicator.code)).toEqual([
      'CT03',
      'CT06',
      'CT07',
      'CT08',
      'CT18',
      'CT21',
      'CT23',
      'CT24',
    ]);
    // September closes a quarter: quarterly indicators are due, yearly ones are not.
    expect(row(a.body, 'CT03').due).toBe(true);
    expect(row(a.body, 'CT21').due).toBe(false);
    expect(a.body.can).toEqual({ edit: true, submit: true, review: false, reopen: false });
    const audit = await env.sql("SELECT action FROM audit_log WHERE entity = 'report' AND entity_id = $1", [
      String(id),
    ]);
    expect(audit.map((x) => x.action)).toEqual(['report.create']);
  });

  it('refuses periods outside the campaign and units without assignments', async () => {
    const p = await open(reporter, '2026-01');
    expect(p.status).toBe(400);
    expect(p.body.error.code).toBe('REPORT_PERIOD_UNKNOWN');
    const ward = (await env.unit('HP.DONGHAI')).id;
    const office2 = await open(office, '2025-09', ward);
    expect(office2.status).toBe(403);
  });

  it('refuses a numerator above its denominator and saves nothing of the request', async () => {
    const r = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [
        { indicatorId: ind.CT23, value: 5 },
        { indicatorId: ind.CT03, numerator: 39, denominator: 38 },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('REPORT_VALUE_INVALID');
    expect(r.body.error.details).toEqual([
      { path: 'values.1.numerator', message: 'CT03: Tử số (39) không được lớn hơn mẫu số (38)' },
    ]);
    const now = await reporter.get(`/api/reports/${id}`);
    expect(row(now.body, 'CT23').value).toBeNull();
    expect(now.body.version).toBe(version);
  });

  it('refuses wrong types with a field path', async () => {
    const r = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [{ indicatorId: ind.CT23, value: '12' }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details[0].path).toContain('values.0.value');
    const notAssigned = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [{ indicatorId: ind.CT01, value: 1 }],
    });
    expect(notAssigned.status).toBe(400);
    expect(notAssigned.body.error.details[0].path).toBe('values.0.indicatorId');
  });

  it('saves values, computes ratios, and audits old and new values', async () => {
    const r = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [
        { indicatorId: ind.CT03, numerator: 37, denominator: 38 },
        { indicatorId: ind.CT06, numerator: 10, denominator: 11 },
        { indicatorId: ind.CT07, numerator: 250, denominator: 250 },
        { indicatorId: ind.CT08, value: 12 },
        { indicatorId: ind.CT18, numerator: 900, denominator: 1000, isEstimate: true, comment: 'Số ước' },
        { indicatorId: ind.CT23, value: 3 },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.version).toBe(version + 1);
    expect(row(r.body, 'CT03').value).toBeCloseTo(97.368421, 5);
    expect(row(r.body, 'CT18')).toMatchObject({ value: 90, isEstimate: true, comment: 'Số ước' });
    const audit = await env.sql(
      "SELECT before, after FROM audit_log WHERE entity = 'report' AND action = 'report.save' AND entity_id = $1",
      [String(id)],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].before.CT08).toBeNull();
    expect(audit[0].after.CT08).toMatchObject({ value: 12 });
    version = r.body.version;
  });

  it('gives the second of two editors a clear conflict and keeps the first save', async () => {
    const unithead = await env.as('unithead');
    const first = await unithead.put(`/api/reports/${id}/values`, {
      version,
      values: [{ indicatorId: ind.CT23, value: 4 }],
    });
    expect(first.status).toBe(200);
    const second = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [{ indicatorId: ind.CT23, value: 7 }],
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('CONFLICT_STALE');
    const now = await reporter.get(`/api/reports/${id}`);
    expect(row(now.body, 'CT23').value).toBe(4);
    version = now.body.version;
  });

  it('blocks submission while required evidence is missing', async () => {
    const r = await reporter.post(`/api/reports/${id}/submit`, { version });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('REPORT_INCOMPLETE');
    expect(r.body.error.details.map((d: any) => d.path)).toEqual(['rows.CT08.evidence']);
  });

  it('checks evidence files: forged types refused, paths stripped, checksum kept', async () => {
    const forged = await reporter.upload(
      `/api/reports/${id}/evidence`,
      { name: 'bien-ban.pdf', content: PNG },
      {
        indicatorId: String(ind.CT08),
      },
    );
    expect(forged.status).toBe(415);
    expect(forged.body.error.code).toBe('EVIDENCE_TYPE');
    const exe = await reporter.upload(`/api/reports/${id}/evidence`, {
      name: 'virus.exe',
      content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
    });
    expect(exe.status).toBe(415);
    const ok = await reporter.upload(
      `/api/reports/${id}/evidence`,
      { name: '../../etc/Biên bản họp tổ.pdf', content: PDF },
      { indicatorId: String(ind.CT08) },
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({
      fileName: 'Biên bản họp tổ.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    expect(ok.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dl = await office.download(`/api/evidence/${ok.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.body.equals(PDF)).toBe(true);
    expect(String(dl.headers['content-disposition'])).toContain("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n");
    const now = await reporter.get(`/api/reports/${id}`);
    expect(row(now.body, 'CT08').evidence).toHaveLength(1);
    expect(now.body.blockers).toEqual([]);
    version = now.body.version;
  });

  it('submits; the submitted report is locked for the unit', async () => {
    const r = await reporter.post(`/api/reports/${id}/submit`, { version });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'submitted', timeliness: 'on_time', can: { edit: false } });
    version = r.body.version;
    const edit = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [{ indicatorId: ind.CT23, value: 9 }],
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('REPORT_LOCKED');
    const again = await reporter.post(`/api/reports/${id}/submit`, { version });
    expect(again.body.error.code).toBe('REPORT_BAD_TRANSITION');
    // The office hears about it.
    const n = await office.get('/api/notifications');
    expect(n.body.items[0].title).toBe('Báo cáo Tháng 9/2025 của Tổ dân phố 7 đã gửi');
  });

  it('only the office reviews, and a return needs a reason', async () => {
    const self = await reporter.post(`/api/reports/${id}/accept`, { version });
    expect(self.status).toBe(403);
    const v = await viewer.post(`/api/reports/${id}/return`, { version, comment: 'x' });
    expect(v.status).toBe(403);
    const noReason = await office.post(`/api/reports/${id}/return`, { version, comment: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('REPORT_COMMENT_REQUIRED');
    const r = await office.post(`/api/reports/${id}/return`, {
      version,
      comment: 'CT23: số buổi sinh hoạt chưa khớp biên bản',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'returned',
      reviewComment: 'CT23: số buổi sinh hoạt chưa khớp biên bản',
    });
    version = r.body.version;
    const n = await reporter.get('/api/notifications');
    expect(n.body.unread).toBeGreaterThan(0);
    expect(n.body.items[0]).toMatchObject({ kind: 'report.return', link: `/bao-cao/${id}` });
  });

  it('the unit fixes and resubmits; the office accepts and the data is locked', async () => {
    const fix = await reporter.put(`/api/reports/${id}/values`, {
      version,
      values: [{ indicatorId: ind.CT23, value: 5 }],
    });
    expect(fix.status).toBe(200);
    const sub = await reporter.post(`/api/reports/${id}/submit`, { version: fix.body.version });
    expect(sub.status).toBe(200);
    const acc = await office.post(`/api/reports/${id}/accept`, { version: sub.body.version });
    expect(acc.status).toBe(200);
    expect(acc.body).toMatchObject({ status: 'accepted', can: { edit: false, reopen: true } });
    version = acc.body.version;
    const evidenceId = row(acc.body, 'CT08').evidence[0].id;
    const del = await reporter.delete(`/api/evidence/${evidenceId}`);
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe('REPORT_LOCKED');
  });

  it('the office reopens with a reason; the unit can edit again', async () => {
    const none = await office.post(`/api/reports/${id}/reopen`, { version });
    expect(none.body.error.code).toBe('REPORT_COMMENT_REQUIRED');
    const r = await office.post(`/api/reports/${id}/reopen`, {
      version,
      comment: 'Điều chỉnh theo số liệu quý',
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('returned');
    const mine = await reporter.get(`/api/reports/${id}`);
    expect(mine.body.can.edit).toBe(true);
    const actions = await env.sql(
      "SELECT action FROM audit_log WHERE entity = 'report' AND entity_id = $1 AND action NOT LIKE 'denied:%' ORDER BY seq",
      [String(id)],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'report.create',
      'report.save',
      'report.save',
      'report.evidence_add',
      'report.submit',
      'report.return',
      'report.save',
      'report.submit',
      'report.accept',
      'report.reopen',
    ]);
  });

  it('lets viewers read but not write, and refuses strangers', async () => {
    expect((await viewer.get(`/api/reports/${id}`)).status).toBe(200);
    const w = await viewer.put(`/api/reports/${id}/values`, { version: 1, values: [] });
    expect(w.status).toBe(403);
    expect((await env.anon().get(`/api/reports/${id}`)).status).toBe(401);
    expect((await reporter.get('/api/reports/999999')).status).toBe(404);
  });
});

describe('timeliness and outliers', () => {
  it('marks reports late or missing once the deadline passes', async () => {
    // October: draft now, submitted after its deadline of 5/11.
    const oct = await open(reporter, '2025-10');
    expect(oct.status).toBe(201);
    const saved = await reporter.put(`/api/reports/${oct.body.id}/values`, {
      version: oct.body.version,
      values: [
        { indicatorId: ind.CT08, value: 12 },
        // CT23 is cumulative: September said 5, October 2 — flagged, needs a comment.
        { indicatorId: ind.CT23, value: 2 },
      ],
    });
    expect(saved.status).toBe(200);
    expect(row(saved.body, 'CT23').outlier).toBe('Giá trị lũy kế giảm so với kỳ trước (5 → 2)');
    expect(saved.body.blockers.map((b: any) => b.path)).toContain('rows.CT23.comment');
    env.clock.advance(40 * DAY); // 10/11/2025 (sessions expire: sign in again)
    reporter = await env.as('reporter');
    office = await env.as('office');
    const list = await reporter.get(`/api/reports/mine?campaignId=${campaignId}&periodId=2025-10`);
    expect(list.body.items[0]).toMatchObject({ status: 'draft', timeliness: 'missing' });
    const explained = await reporter.put(`/api/reports/${oct.body.id}/values`, {
      version: saved.body.version,
      values: [{ indicatorId: ind.CT23, comment: 'Tháng 9 nhập nhầm số lũy kế' }],
    });
    expect(explained.body.blockers.map((b: any) => b.path)).toEqual(['rows.CT08.evidence']);
    const ev = await reporter.upload(
      `/api/reports/${oct.body.id}/evidence`,
      { name: 'so-lieu.pdf', content: PDF },
      { indicatorId: String(ind.CT08) },
    );
    expect(ev.status).toBe(201);
    const sub = await reporter.post(`/api/reports/${oct.body.id}/submit`, {
      version: explained.body.version,
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    expect(sub.body.timeliness).toBe('late');
    const inbox = await office.get(
      `/api/reports?campaignId=${campaignId}&periodId=2025-10&timeliness=missing`,
    );
    expect(inbox.body.items.length).toBeGreaterThan(20);
    expect(inbox.body.items.some((i: any) => i.unitName === 'Tổ dân phố 7')).toBe(false);
  });
});

describe('the indicator’s own range', () => {
  it('refuses min above max, and a report value outside the range', async () => {
    const c = (await office.get(`/api/campaigns/${campaignId}`)).body;
    const ct23 = c.indicators.find((i: any) => i.code === 'CT23');
    const bad = await office.patch(`/api/indicators/${ct23.id}`, {
      version: ct23.version,
      minValue: 10,
      maxValue: 5,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { path: 'body.maxValue', message: 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất' },
    ]);
    const ok = await office.patch(`/api/indicators/${ct23.id}`, {
      version: ct23.version,
      minValue: 0,
      maxValue: 10,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const nov = await reporter.post('/api/reports', { campaignId, unitId: tdp07, periodId: '2025-11' });
    const r = await reporter.put(`/api/reports/${nov.body.id}/values`, {
      version: nov.body.version,
      values: [{ indicatorId: ind.CT23, value: 11 }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([
      { path: 'values.0.value', message: 'CT23: Giá trị lớn nhất cho phép là 10' },
    ]);
  });
});

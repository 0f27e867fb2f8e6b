/**
 * Dashboards, heatmap, ranking and scorecard over the Đông Hải demo reports, checked against figures computed
 * here from the raw rows (not through the service's code), plus the summary's maintenance, permissions, settings,
 * hand scores, exports and the "no data" cases.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';
import { staleTotals } from './totals.ts';

let env: TestEnv;
let office: Agent;
let reporter: Agent;
let viewer: Agent;
let campaignId: number;
const ind: Record<string, any> = {};

interface Raw {
  unit_id: number;
  code: string;
  status: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The counted (submitted or accepted) values of an indicator at a period, straight from the tables. */
async function counted(code: string, periodId: string): Promise<Raw[]> {
  return env.sql<Raw>(
    `SELECT r.unit_id, u.code, r.status, v.value, v.numerator, v.denominator
       FROM reports r JOIN report_values v ON v.report_id = r.id
       JOIN indicators i ON i.id = v.indicator_id JOIN org_units u ON u.id = r.unit_id
      WHERE r.campaign_id = $1 AND r.period_id = $2 AND i.code = $3
        AND r.status IN ('submitted', 'accepted') AND v.value IS NOT NULL`,
    [campaignId, periodId, code],
  );
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true });
  office = await env.as('office');
  reporter = await env.as('reporter');
  viewer = await env.as('viewer');
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  for (const i of (await office.get(`/api/campaigns/${campaignId}`)).body.indicators) ind[i.code] = i;
}, 120_000);
afterAll(() => env.close());

describe('campaign dashboard against the demo reports', () => {
  it('counts reports by status and timeliness for October', async () => {
    const d = await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`);
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    const units = await env.sql<{ n: number }>(
      `SELECT count(DISTINCT a.unit_id)::int AS n FROM indicator_assignments a JOIN indicators i ON i.id = a.indicator_id
        WHERE i.campaign_id = $1`,
      [campaignId],
    );
    const byStatus = await env.sql<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM reports WHERE campaign_id = $1 AND period_id = '2025-10' GROUP BY status`,
      [campaignId],
    );
    expect(d.body.reports.expected).toBe(units[0]?.n);
    expect(d.body.reports.expected).toBe(31);
    for (const s of byStatus) expect(d.body.reports.byStatus[s.status]).toBe(s.n);
    // The seed: in October one unit's report was returned, every other accepted; every 9th (from the 5th) late.
    expect(d.body.reports.byStatus).toMatchObject({
      accepted: 30,
      returned: 1,
      submitted: 0,
      draft: 0,
      not_started: 0,
    });
    expect(d.body.reports.onTime + d.body.reports.late).toBe(31);
    expect(d.body.notReported.map((u: any) => u.status)).toEqual(['returned']);
    expect(d.body.period).toMatchObject({ id: '2025-10', label: 'Tháng 10/2025', dueOn: '2025-11-05' });
    expect(d.body.previousPeriod.id).toBe('2025-09');
  });

  it('sums revenue, divides summed parts for ratios (never averages percentages)', async () => {
    const d = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    const row = (code: string) => d.indicators.find((i: any) => i.code === code);
    // CT01 revenue (triệu đồng): the economy department's cumulative figure; completion against 36.692.
    const ct01 = await counted('CT01', '2025-10');
    const ct01Sep = await counted('CT01', '2025-09');
    expect(ct01).toHaveLength(1);
    expect(row('CT01')).toMatchObject({
      value: ct01[0]?.value,
      previousValue: ct01Sep[0]?.value,
      isMoney: true,
      unitsReported: 1,
      unitsAssigned: 1,
      trend: 'better',
      completion: round((ct01[0]?.value as number) / 36692),
    });
    expect(row('CT01').value).toBe(17260.1);
    // Its four sources are children, shown with their parent.
    expect(d.indicators.filter((i: any) => i.parentId === ind.CT01.id).map((i: any) => i.code)).toEqual([
      'CT01.1',
      'CT01.2',
      'CT01.3',
      'CT01.4',
    ]);
    // CT03 households sorting waste: Σ numerators / Σ denominators × 100 over the 25 tổ dân phố.
    const ct03 = await counted('CT03', '2025-10');
    const num = ct03.reduce((s, r) => s + (r.numerator as number), 0);
    const den = ct03.reduce((s, r) => s + (r.denominator as number), 0);
    const avg = ct03.reduce((s, r) => s + (r.value as number), 0) / ct03.length;
    expect(row('CT03')).toMatchObject({ numerator: num, denominator: den, unitsReported: ct03.length });
    expect(row('CT03').value).toBeCloseTo((num / den) * 100, 9);
    expect(Math.abs(row('CT03').value - avg)).toBeGreaterThan(1e-6);
    expect(row('CT03').unitsAssigned).toBe(25);
  });

  it('scores against the plan for the period with the default red flag', async () => {
    const d = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    const ct01 = d.indicators.find((i: any) => i.code === 'CT01');
    // The saved CT01 schedule (shaped like last year) gives the plan for October.
    const sched = await env.sql<{ points: { periodId: string; planned: number }[] }>(
      'SELECT points FROM progress_schedules WHERE indicator_id = $1 AND unit_id IS NULL',
      [ind.CT01.id],
    );
    const planned = sched[0]?.points.find((p) => p.periodId === '2025-10')?.planned as number;
    expect(ct01.planned).toBe(planned);
    const c = round(ct01.value / planned);
    expect(ct01.completionVsPlan).toBe(c);
    const expectedScore = c >= 1 ? 10 : c <= 0.5 ? 0 : round((10 * (c - 0.5)) / 0.5, 2);
    expect(ct01.score).toBe(expectedScore);
    // CT01.1 reaches 91,5 % of its plan: 10 × (0,915 − 0,5) / 0,5 = 8,3 points, "at risk".
    const sub = d.indicators.find((i: any) => i.code === 'CT01.1');
    const subPlanned = sub.planned as number;
    expect(sub.completionVsPlan).toBe(round(sub.value / subPlanned));
    expect(sub.score).toBe(round((10 * (round(sub.value / subPlanned) - 0.5)) / 0.5, 2));
    // Status counts cover the top-level indicators only (children are shown, the parent is scored).
    const top = d.indicators.filter((i: any) => i.parentId === null).length;
    const sum = Object.values(d.statusCounts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(top);
    // The campaign score is the weighted mean of the top-level scores (all weights 1 in the demo).
    const scores = d.indicators
      .filter((i: any) => i.parentId === null && i.score !== null)
      .map((i: any) => i.score);
    expect(d.score).toBeCloseTo(scores.reduce((a: number, b: number) => a + b, 0) / scores.length, 2);
  });

  it('filters by a unit subtree and by indicator group', async () => {
    const tdp07 = await env.unit('HP.DONGHAI.TDP07');
    const own = await counted('CT03', '2025-10');
    const mine = own.find((r) => r.code === 'HP.DONGHAI.TDP07');
    const d = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10&unitId=${tdp07.id}`))
      .body;
    expect(d.reports.expected).toBe(1);
    const ct03 = d.indicators.find((i: any) => i.code === 'CT03');
    expect(ct03).toMatchObject({ unitsAssigned: 1, unitsReported: 1, numerator: mine?.numerator });
    expect(ct03.value).toBeCloseTo(mine?.value as number, 6);
    // Revenue is not this unit's indicator.
    expect(d.indicators.find((i: any) => i.code === 'CT01')).toMatchObject({
      noData: 'not_assigned',
      value: null,
    });
    const g = (
      await office.get(
        `/api/campaigns/${campaignId}/dashboard?periodId=2025-10&group=${encodeURIComponent('Kinh tế – ngân sách')}`,
      )
    ).body;
    expect(g.indicators.map((i: any) => i.code)).toEqual(['CT01', 'CT01.1', 'CT01.2', 'CT01.3', 'CT01.4']);
    expect(g.groups).toContain('Giáo dục');
  });

  it('says why a number is missing instead of NaN: a period with no reports', async () => {
    const d = await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-12`);
    expect(d.status).toBe(200);
    expect(d.body.reports.byStatus.not_started).toBe(31);
    expect(d.body.indicators.every((i: any) => i.value === null && i.noData === 'not_reported')).toBe(true);
    expect(d.body.score).toBeNull();
    expect(JSON.stringify(d.body)).not.toMatch(/NaN|Infinity/);
    const bad = await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2024-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('REPORT_PERIOD_UNKNOWN');
    const outside = await env.unit('HP.HAIAN');
    const foreign = await office.get(`/api/campaigns/${campaignId}/dashboard?unitId=${outside.id}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0].path).toBe('querystring.unitId');
  });
});

describe('heatmap, sources and ranking', () => {
  it('gives every assignment a cell with the unit value, plan and score', async () => {
    const h = (await office.get(`/api/campaigns/${campaignId}/heatmap?periodId=2025-11`)).body;
    const n = await env.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM indicator_assignments a JOIN indicators i ON i.id = a.indicator_id WHERE i.campaign_id = $1`,
      [campaignId],
    );
    expect(h.cells).toHaveLength(n[0]?.n as number);
    const tdp07 = await env.unit('HP.DONGHAI.TDP07');
    // November: Tổ dân phố 7's report was returned — its values do not count yet.
    const returned = h.cells.find((c: any) => c.unitId === tdp07.id && c.indicatorId === ind.CT03.id);
    expect(returned).toMatchObject({
      reportStatus: 'returned',
      score: null,
      noData: 'not_counted',
      status: 'no_data',
    });
    // A counted level: CT03 for another unit, scored against 100 %.
    const other = (await counted('CT03', '2025-11'))[0] as Raw;
    const cell = h.cells.find(
      (c: any) => c.unitId === Number(other.unit_id) && c.indicatorId === ind.CT03.id,
    );
    const c = round((other.value as number) / 100);
    expect(cell).toMatchObject({
      planned: 100,
      completion: c,
      score: c >= 1 ? 10 : round((10 * (c - 0.5)) / 0.5, 2),
    });
    // A shared count (CT23: cultural events, 60 over all tổ dân phố) has no unit target until the office sets one.
    const shared = h.cells.find((c: any) => c.indicatorId === ind.CT23.id && c.reportStatus === 'accepted');
    expect(shared).toMatchObject({ score: null, noData: 'no_target' });
    expect(JSON.stringify(h)).not.toMatch(/NaN|Infinity/);
  });

  it('traces a figure to its reports and evidence', async () => {
    const s = (await office.get(`/api/indicators/${ind.CT03.id}/sources?periodId=2025-10`)).body;
    expect(s.rows).toHaveLength(25);
    const ev = await env.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM evidence_files e JOIN reports r ON r.id = e.report_id
        WHERE r.campaign_id = $1 AND r.period_id = '2025-10' AND e.indicator_id = $2 AND e.deleted_at IS NULL`,
      [campaignId, ind.CT03.id],
    );
    expect(s.rows.reduce((a: number, r: any) => a + r.evidence.length, 0)).toBe(ev[0]?.n);
    const withReport = s.rows.filter((r: any) => r.reportId !== null);
    expect(withReport).toHaveLength(25);
    const dash = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    expect(s.value).toBeCloseTo(dash.indicators.find((i: any) => i.code === 'CT03').value, 9);
    const file = s.rows.find((r: any) => r.evidence.length)?.evidence[0];
    if (file) expect((await office.download(`/api/evidence/${file.id}`)).status).toBe(200);
  });

  it('ranks with bands, rules, ties and the computation in words', async () => {
    const r = (
      await office.get(`/api/campaigns/${campaignId}/ranking?periodId=2025-10&kind=residential_group`)
    ).body;
    expect(r.rows).toHaveLength(25);
    expect(r.peerKind).toBe('residential_group');
    const ranked = r.rows.filter((x: any) => x.rank !== null);
    for (const x of ranked) {
      // total = Σ part × weight / Σ weights over the parts with data (weights 70/10/10/10, no hand scores yet).
      const parts = [
        [x.parts.indicators, 70],
        [x.parts.timeliness, 10],
        [x.parts.completeness, 10],
        [x.parts.manual, 10],
      ].filter(([v]) => v !== null) as [number, number][];
      const total = parts.reduce((s, [v, w]) => s + v * w, 0) / parts.reduce((s, [, w]) => s + w, 0);
      expect(x.total).toBeCloseTo(total, 1);
      const band = r.settings.bands.find((b: any) => x.total >= b.min);
      expect(x.band.code).toBe(band.code);
      expect(x.rule).toMatch(/^điểm [\d,]+ ≥ [\d,]+ → /);
      expect(x.explanation.at(-1)).toMatch(/^Tổng: /);
    }
    // Ranks follow totals; equal totals (same timeliness) share a rank and name each other.
    for (let k = 1; k < ranked.length; k++) expect(ranked[k].total).toBeLessThanOrEqual(ranked[k - 1].total);
    const tie = ranked.find((x: any) => x.tiedWith.length > 0);
    if (tie) {
      expect(tie.tieNote).toContain('Đồng hạng với');
      const mate = ranked.find((x: any) => x.unit.name === tie.tiedWith[0]);
      expect(mate.rank).toBe(tie.rank);
    }
  });
});

describe('summary maintained with every report transition', () => {
  it('moves the dashboard when the office returns a report, and stays equal to the raw values', async () => {
    expect(await staleTotals(env.deps.database.db, campaignId)).toEqual([]);
    // A submitted November report holding a cumulative count or sum (a flow adds up over units).
    const found = await env.sql<{ id: number; version: number; code: string; value: number }>(
      `SELECT r.id::int, r.version, i.code, v.value FROM reports r
         JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
        WHERE r.campaign_id = $1 AND r.period_id = '2025-11' AND r.status = 'submitted'
          AND i.kind IN ('sum', 'count') AND v.value IS NOT NULL
        ORDER BY r.id, i.code LIMIT 1`,
      [campaignId],
    );
    const rep = found[0] as { id: number; version: number; code: string; value: number };
    const val = found;
    const code = val[0]?.code as string;
    const before = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-11`)).body;
    const vBefore = before.indicators.find((i: any) => i.code === code).value;
    const ret = await office.post(`/api/reports/${rep.id}/return`, {
      version: rep.version,
      comment: 'Bổ sung minh chứng',
    });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    const after = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-11`)).body;
    const vAfter = after.indicators.find((i: any) => i.code === code).value;
    expect(round((vBefore ?? 0) - (vAfter ?? 0), 6)).toBe(round(val[0]?.value as number, 6));
    expect(after.reports.byStatus.returned).toBe(before.reports.byStatus.returned + 1);
    expect(await staleTotals(env.deps.database.db, campaignId)).toEqual([]);
  });
});

describe('settings and hand scores', () => {
  it('validates, saves with a version, audits and changes the classification', async () => {
    const cur = (await office.get(`/api/campaigns/${campaignId}/evaluation-settings`)).body;
    expect(cur).toMatchObject({ version: 0, isDefault: true });
    const bad = await office.put(`/api/campaigns/${campaignId}/evaluation-settings`, {
      version: 0,
      settings: {
        ...cur.settings,
        bands: [{ code: 'x', label: 'X', min: 5 }],
        redFlag: 1.5,
        keyIndicators: [],
      },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: any) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.settings.bands', 'body.settings.redFlag']));
    const unknown = await office.put(`/api/campaigns/${campaignId}/evaluation-settings`, {
      version: 0,
      settings: { ...cur.settings, keyIndicators: ['CT99'] },
    });
    expect(unknown.status).toBe(400);
    // Everyone above 8 is "xuất sắc" now.
    const bands = [
      { code: 'excellent', label: 'Hoàn thành xuất sắc', min: 8 },
      { code: 'good', label: 'Hoàn thành tốt', min: 6.5 },
      { code: 'not_done', label: 'Không hoàn thành', min: 0 },
    ];
    const ok = await office.put(`/api/campaigns/${campaignId}/evaluation-settings`, {
      version: 0,
      settings: { ...cur.settings, bands, keyIndicators: ['ct01', 'CT03'] },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ version: 1, isDefault: false });
    expect(ok.body.settings.keyIndicators).toEqual(['CT01', 'CT03']);
    const stale = await office.put(`/api/campaigns/${campaignId}/evaluation-settings`, {
      version: 0,
      settings: cur.settings,
    });
    expect(stale.status).toBe(409);
    const audit = await env.sql<{ action: string }>(
      `SELECT action FROM audit_log WHERE action = 'evaluation.settings' AND entity_id = $1`,
      [String(campaignId)],
    );
    expect(audit).toHaveLength(1);
    const r = (await office.get(`/api/campaigns/${campaignId}/ranking?periodId=2025-10`)).body;
    for (const x of r.rows.filter((y: any) => y.total !== null))
      expect(x.band.code).toBe(x.total >= 8 ? 'excellent' : x.total >= 6.5 ? 'good' : 'not_done');
    const d = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    expect(d.indicators.filter((i: any) => i.isKey).map((i: any) => i.code)).toEqual(['CT01', 'CT03']);
  });

  it('requires a reason for a hand score, counts it in the total and audits it', async () => {
    const tdp03 = await env.unit('HP.DONGHAI.TDP03');
    const noReason = await office.put(`/api/campaigns/${campaignId}/manual-scores`, {
      unitId: tdp03.id,
      criterion: 'chap_hanh',
      score: 9,
      reason: '  ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('EVALUATION_REASON_REQUIRED');
    const unknown = await office.put(`/api/campaigns/${campaignId}/manual-scores`, {
      unitId: tdp03.id,
      criterion: 'khong_co',
      score: 9,
      reason: 'x',
    });
    expect(unknown.status).toBe(400);
    const outside = await office.put(`/api/campaigns/${campaignId}/manual-scores`, {
      unitId: (await env.unit('HP.HAIAN')).id,
      criterion: 'chap_hanh',
      score: 9,
      reason: 'x',
    });
    expect(outside.status).toBe(400);
    const before = (await office.get(`/api/campaigns/${campaignId}/ranking?periodId=2025-10`)).body.rows.find(
      (x: any) => x.unit.id === tdp03.id,
    );
    const ok = await office.put(`/api/campaigns/${campaignId}/manual-scores`, {
      unitId: tdp03.id,
      criterion: 'chap_hanh',
      score: 4,
      reason: 'Nộp báo cáo chuyên đề chậm, phải nhắc nhiều lần',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.items).toEqual([
      expect.objectContaining({
        unitId: tdp03.id,
        criterion: 'chap_hanh',
        score: 4,
        updatedBy: 'Trần Thị Thu Hà',
      }),
    ]);
    const after = (await office.get(`/api/campaigns/${campaignId}/ranking?periodId=2025-10`)).body.rows.find(
      (x: any) => x.unit.id === tdp03.id,
    );
    expect(after.parts.manual).toBe(4);
    const p = before.parts;
    const expected = (p.indicators * 70 + p.timeliness * 10 + p.completeness * 10 + 4 * 10) / 100;
    expect(after.total).toBeCloseTo(expected, 1);
    expect(after.manual[0].reason).toBe('Nộp báo cáo chuyên đề chậm, phải nhắc nhiều lần');
    const audit = await env.sql<{ before: unknown; after: any }>(
      `SELECT before, after FROM audit_log WHERE action = 'evaluation.manual_score' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit[0]?.after).toMatchObject({ criterion: 'chap_hanh', score: 4 });
    const removed = await office.put(`/api/campaigns/${campaignId}/manual-scores`, {
      unitId: tdp03.id,
      criterion: 'chap_hanh',
      score: null,
      reason: '',
    });
    expect(removed.body.items).toEqual([]);
  });
});

describe('permissions', () => {
  it('lets readers see the dashboards, the office configure, and a unit only its own scorecard', async () => {
    expect((await viewer.get(`/api/campaigns/${campaignId}/dashboard`)).status).toBe(200);
    expect((await viewer.get(`/api/campaigns/${campaignId}/heatmap`)).status).toBe(200);
    const cur = (await viewer.get(`/api/campaigns/${campaignId}/evaluation-settings`)).body;
    const put = await viewer.put(`/api/campaigns/${campaignId}/evaluation-settings`, {
      version: cur.version,
      settings: cur.settings,
    });
    expect(put.status).toBe(403);
    const dash = await reporter.get(`/api/campaigns/${campaignId}/dashboard`);
    expect(dash.status).toBe(403);
    const denied = await env.sql(`SELECT 1 FROM audit_log WHERE action = 'denied:evaluation.view'`);
    expect(denied.length).toBeGreaterThan(0);
    // The reporter's own scorecard (no unit given = their own unit), and the rank among the 25 tổ dân phố.
    const own = await reporter.get(`/api/campaigns/${campaignId}/scorecard?periodId=2025-10`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.unit.code).toBe('HP.DONGHAI.TDP07');
    expect(own.body.peers).toBe(25);
    // The unit sees the rules it is measured against (the office changed the bands above).
    expect(own.body.settings.bands.map((b: any) => b.min)).toEqual([8, 6.5, 0]);
    const rank = (
      await office.get(`/api/campaigns/${campaignId}/ranking?periodId=2025-10&kind=residential_group`)
    ).body;
    expect(own.body.row.rank).toBe(rank.rows.find((x: any) => x.unit.code === 'HP.DONGHAI.TDP07').rank);
    expect(own.body.indicators.length).toBe(8);
    expect(own.body.indicators[0].history.map((h: any) => h.periodId)).toEqual(['2025-09', '2025-10']);
    const other = await env.unit('HP.DONGHAI.TDP08');
    expect((await reporter.get(`/api/campaigns/${campaignId}/scorecard?unitId=${other.id}`)).status).toBe(
      403,
    );
    // Office users without a unit of their own must name one.
    expect((await viewer.get(`/api/campaigns/${campaignId}/scorecard`)).body.error.code).toBe(
      'EVALUATION_NO_UNIT',
    );
    expect((await office.get(`/api/campaigns/${campaignId}/scorecard?unitId=${other.id}`)).status).toBe(200);
  });
});

describe('exports', () => {
  it('writes the indicator table as XLSX with the dashboard numbers and the ranking as CSV', async () => {
    const x = await office.download(
      `/api/campaigns/${campaignId}/dashboard/export?view=indicators&format=xlsx&periodId=2025-10`,
    );
    expect(x.status).toBe(200);
    expect(x.headers['content-disposition']).toContain('2025-10.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(3).getCell(2).value).toBe('Chỉ tiêu');
    const ct01 = ws?.getRow(4);
    expect(ct01?.getCell(1).value).toBe('CT01');
    expect(ct01?.getCell(6).value).toBe(17260.1);
    const csv = await office.download(
      `/api/campaigns/${campaignId}/dashboard/export?view=ranking&format=csv&periodId=2025-10`,
    );
    const text = csv.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFHạng,Mã đơn vị,Đơn vị,Điểm chỉ tiêu,Đúng hạn,Đầy đủ,Chấm tay,Tổng điểm,Xếp loại,Căn cứ,Đồng hạng',
    );
    expect(text).toContain('HP.DONGHAI.TDP07');
    const nr = await office.download(
      `/api/campaigns/${campaignId}/dashboard/export?view=not_reported&format=csv&periodId=2025-11`,
    );
    expect(nr.body.toString('utf8')).toMatch(/HP\.DONGHAI\.TDP\d\d/);
    const bad = await office.get(`/api/campaigns/${campaignId}/dashboard/export?view=pie&format=xlsx`);
    expect(bad.status).toBe(400);
  });
});

describe('a new campaign with nothing reported yet', () => {
  it('shows "no data" in the right places: no assignments, no reports, no target for the unit', async () => {
    const ward = await env.unit('HP.DONGHAI');
    const c = await office.post('/api/campaigns', {
      issuingUnitId: ward.id,
      title: 'Đợt thi đua cao điểm "Ngày hội Đại đoàn kết toàn dân tộc" năm 2025',
      startsOn: '2025-10-01',
      endsOn: '2025-11-30',
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const id = c.body.id;
    const pct = await office.post(`/api/campaigns/${id}/indicators`, {
      code: 'DK1',
      name: 'Tỷ lệ hộ gia đình tham gia Ngày hội',
      unitOfMeasure: '%',
      kind: 'ratio',
      direction: 'at_least',
      targetValue: 90,
      factor: 100,
      numeratorLabel: 'Số hộ tham gia',
      denominatorLabel: 'Tổng số hộ',
    });
    expect(pct.status, JSON.stringify(pct.body)).toBe(201);
    const count = await office.post(`/api/campaigns/${id}/indicators`, {
      code: 'DK2',
      name: 'Số buổi sinh hoạt văn hóa',
      unitOfMeasure: 'buổi',
      kind: 'count',
      direction: 'at_least',
      targetValue: 12,
    });
    expect(count.status).toBe(201);
    const tdp1 = await env.unit('HP.DONGHAI.TDP01');
    const tdp2 = await env.unit('HP.DONGHAI.TDP02');
    const assign = await office.post(`/api/campaigns/${id}/assignments`, {
      indicatorIds: [count.body.id],
      unitIds: [tdp1.id, tdp2.id],
    });
    expect(assign.status, JSON.stringify(assign.body)).toBe(200);
    const d = await office.get(`/api/campaigns/${id}/dashboard`);
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.reports).toMatchObject({ expected: 2, missing: 0 });
    expect(d.body.reports.byStatus.not_started).toBe(2);
    const row = (code: string) => d.body.indicators.find((i: any) => i.code === code);
    expect(row('DK1')).toMatchObject({ value: null, score: null, completion: null, noData: 'not_assigned' });
    expect(row('DK2')).toMatchObject({ value: null, unitsAssigned: 2, noData: 'not_reported', trend: null });
    expect(d.body.score).toBeNull();
    const h = (await office.get(`/api/campaigns/${id}/heatmap`)).body;
    expect(h.units).toHaveLength(2);
    expect(h.indicators.map((i: any) => i.code)).toEqual(['DK2']);
    expect(h.cells.every((x: any) => x.noData === 'not_reported' && x.score === null)).toBe(true);
    const r = (await office.get(`/api/campaigns/${id}/ranking`)).body;
    expect(r.rows.map((x: any) => [x.rank, x.total, x.band])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    // A unit that is in the tree but has no assignment has no scorecard here.
    const tdp3 = await env.unit('HP.DONGHAI.TDP03');
    const sc = await office.get(`/api/campaigns/${id}/scorecard?unitId=${tdp3.id}`);
    expect(sc.status).toBe(400);
    expect(sc.body.error.code).toBe('REPORT_UNIT_NOT_ASSIGNED');
    for (const body of [d.body, h, r]) expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });
});

describe('response cache', () => {
  it('never hides a change: a unit plan, a unit name, evidence', async () => {
    const url = `/api/campaigns/${campaignId}/heatmap?periodId=2025-10`;
    const first = (await office.get(url)).body;
    expect((await office.get(url)).body).toEqual(first);
    const tdp05 = await env.unit('HP.DONGHAI.TDP05');
    const cell = () => first.cells.find((c: any) => c.unitId === tdp05.id && c.indicatorId === ind.CT23.id);
    expect(cell()).toMatchObject({ planned: null, noData: 'no_target' });
    // The office gives Tổ dân phố 5 its own plan for CT23: the cell is scored at once.
    const saved = await office.put(`/api/indicators/${ind.CT23.id}/schedule`, {
      unitId: tdp05.id,
      method: 'manual',
      baseline: 0,
      target: 4,
      version: 0,
      points: [
        { periodId: '2025-09', planned: 1 },
        { periodId: '2025-10', planned: 2 },
        { periodId: '2025-11', planned: 3 },
        { periodId: '2025-12', planned: 4 },
      ],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const after = (await office.get(url)).body;
    const planned = after.cells.find((c: any) => c.unitId === tdp05.id && c.indicatorId === ind.CT23.id);
    expect(planned.planned).toBe(2);
    expect(planned.score).not.toBeNull();
    // A renamed unit shows its new name.
    const admin = await env.as('admin');
    const renamed = await admin.patch(`/api/org-units/${tdp05.id}`, {
      name: 'Tổ dân phố số 5',
      version: tdp05.version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const named = (await office.get(url)).body;
    expect(named.units.find((u: any) => u.id === tdp05.id).name).toBe('Tổ dân phố số 5');
  });
});

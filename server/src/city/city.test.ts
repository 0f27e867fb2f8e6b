/**
 * City level over HTTP on the demo city (Đông Hải + 3 generated wards): the roll-up of every rule checked against
 * sums computed in SQL from the raw report values, the ward's aggregated report with its two-level approval and
 * the lock it puts on the unit reports, permissions, and a link of the wrong kind refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let city: Agent;
let cityId: number;
let dongHaiId: number;

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true, seedCity: true, cityWards: 3 });
  office = await env.as('office');
  city = await env.as('cityoffice');
  const [c] = await env.sql<{ id: number }>(
    "SELECT c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id WHERE u.code = 'HP'",
  );
  const [d] = await env.sql<{ id: number }>(
    "SELECT c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id WHERE u.code = 'HP.DONGHAI'",
  );
  cityId = Number(c?.id);
  dongHaiId = Number(d?.id);
}, 180_000);
afterAll(() => env.close());

/** Σ of the counted values of the wards' indicators linked to a city indicator, straight from the raw tables. */
async function rawSum(cityCode: string, periodId: string) {
  const rows = await env.sql<{ s: number | null; n: number | null; d: number | null; wards: number }>(
    `SELECT sum(v.value)::float8 AS s, sum(v.numerator)::float8 AS n, sum(v.denominator)::float8 AS d,
            count(DISTINCT r.campaign_id)::int AS wards
       FROM indicators ci
       JOIN indicators wi ON wi.linked_indicator_id = ci.id
       JOIN reports r ON r.campaign_id = wi.campaign_id AND r.period_id = $2 AND r.status IN ('submitted', 'accepted')
       JOIN report_values v ON v.report_id = r.id AND v.indicator_id = wi.id AND v.value IS NOT NULL
       JOIN indicator_assignments a ON a.indicator_id = wi.id AND a.unit_id = r.unit_id
      WHERE ci.campaign_id = $1 AND ci.code = $3`,
    [cityId, periodId, cityCode],
  );
  return rows[0] as { s: number | null; n: number | null; d: number | null; wards: number };
}

describe('city dashboard roll-up', () => {
  it('sums: TP01 (budget revenue) equals Σ of every ward’s accepted and submitted values', async () => {
    const r = await city.get(`/api/campaigns/${cityId}/city-dashboard?periodId=2025-10`);
    expect(r.status).toBe(200);
    const tp01 = r.body.indicators.find((i: any) => i.code === 'TP01');
    const raw = await rawSum('TP01', '2025-10');
    expect(raw.wards).toBeGreaterThanOrEqual(3);
    expect(tp01.rule).toBe('sum');
    expect(tp01.value).toBeCloseTo(raw.s as number, 6);
    expect(tp01.wardsReported).toBe(raw.wards);
    // The city's target is Σ of the wards' targets.
    const [t] = await env.sql<{ t: number }>(
      `SELECT sum(wi.target_value)::float8 AS t FROM indicators ci JOIN indicators wi ON wi.linked_indicator_id = ci.id
        WHERE ci.campaign_id = $1 AND ci.code = 'TP01'`,
      [cityId],
    );
    expect(tp01.target).toBeCloseTo(Number(t?.t), 6);
    // Each ward's cell is that ward's own sum.
    const [ward] = await env.sql<{ unit_id: number; s: number }>(
      `SELECT c.issuing_unit_id::int AS unit_id, sum(v.value)::float8 AS s
         FROM indicators ci JOIN indicators wi ON wi.linked_indicator_id = ci.id
         JOIN campaigns c ON c.id = wi.campaign_id
         JOIN reports r ON r.campaign_id = c.id AND r.period_id = '2025-10' AND r.status IN ('submitted', 'accepted')
         JOIN report_values v ON v.report_id = r.id AND v.indicator_id = wi.id
        WHERE ci.campaign_id = $1 AND ci.code = 'TP01' AND c.id = $2
        GROUP BY c.issuing_unit_id`,
      [cityId, dongHaiId],
    );
    const cell = r.body.cells.find((x: any) => x.indicatorId === tp01.id && x.wardUnitId === ward?.unit_id);
    expect(cell.value).toBeCloseTo(Number(ward?.s), 6);
  });

  it('ratios: TP04 (clean water) is Σ numerators / Σ denominators × 100, not the mean of the wards’ rates', async () => {
    const r = await city.get(`/api/campaigns/${cityId}/city-dashboard?periodId=2025-10`);
    const tp04 = r.body.indicators.find((i: any) => i.code === 'TP04');
    const raw = await rawSum('TP04', '2025-10');
    expect(tp04.rule).toBe('ratio');
    expect(tp04.numerator).toBeCloseTo(raw.n as number, 6);
    expect(tp04.denominator).toBeCloseTo(raw.d as number, 6);
    expect(tp04.value).toBeCloseTo(((raw.n as number) / (raw.d as number)) * 100, 6);
    const wardRates = r.body.cells.filter((x: any) => x.indicatorId === tp04.id && x.value !== null);
    expect(wardRates.length).toBeGreaterThanOrEqual(3);
    const mean = wardRates.reduce((s: number, x: any) => s + x.value, 0) / wardRates.length;
    // The generated wards differ in size, so the weighted and the plain mean part ways.
    expect(Math.abs(mean - tp04.value)).toBeGreaterThan(1e-6);
  });

  it('indices: TP07 (sex ratio at birth) is not added up, each ward keeps its own value', async () => {
    const r = await city.get(`/api/campaigns/${cityId}/city-dashboard?periodId=2025-10`);
    const tp07 = r.body.indicators.find((i: any) => i.code === 'TP07');
    expect(tp07).toMatchObject({ rule: 'none', value: null, noData: 'no_rollup' });
    expect(tp07.ruleText).toMatch(/Không cộng dồn/);
    const cells = r.body.cells.filter((x: any) => x.indicatorId === tp07.id && x.value !== null);
    expect(cells.length).toBeGreaterThanOrEqual(3);
    expect(cells.every((x: any) => x.value > 90 && x.value < 125)).toBe(true);
  });

  it('mixed rules give no city figure; the wards are ranked; who has not reported is listed', async () => {
    // One generated ward says its loans count is not to be added: the city must not add the others alone.
    await env.sql(
      `UPDATE indicators SET rollup_rule = 'none' WHERE id = (
         SELECT wi.id FROM indicators ci JOIN indicators wi ON wi.linked_indicator_id = ci.id
          WHERE ci.campaign_id = $1 AND ci.code = 'TP05' AND wi.campaign_id <> $2 ORDER BY wi.id LIMIT 1)`,
      [cityId, dongHaiId],
    );
    const r = await city.get(`/api/campaigns/${cityId}/city-dashboard?periodId=2025-11`);
    const tp05 = r.body.indicators.find((i: any) => i.code === 'TP05');
    expect(tp05).toMatchObject({ rule: 'mixed', value: null, noData: 'no_rollup' });
    await env.sql(
      `UPDATE indicators SET rollup_rule = 'sum' WHERE linked_indicator_id = (SELECT id FROM indicators WHERE campaign_id = $1 AND code = 'TP05')`,
      [cityId],
    );
    // 1 demo ward without a campaign (Hải An), Đông Hải, 3 generated.
    expect(r.body.wards.length).toBe(5);
    const haiAn = r.body.wards.find((w: any) => w.code === 'HP.HAIAN');
    expect(haiAn).toMatchObject({ campaignId: null, score: null, rank: null });
    expect(r.body.notReported.find((w: any) => w.code === 'HP.HAIAN').reason).toBe('no_campaign');
    // Đông Hải has not sent November.
    expect(r.body.notReported.find((w: any) => w.code === 'HP.DONGHAI').reason).toBe('not_submitted');
    const ranked = r.body.wards.filter((w: any) => w.rank !== null);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].score).toBeLessThanOrEqual(ranked[i - 1].score);
    expect(ranked[0].rank).toBe(1);
    const s = r.body.submissions;
    expect(s.expected).toBe(5);
    expect(s.missing + s.submitted + s.accepted).toBe(5);
  });

  it('is for the city’s readers: the ward office and a unit are refused; a ward campaign is not a city one', async () => {
    expect((await office.get(`/api/campaigns/${cityId}/city-dashboard`)).status).toBe(403);
    expect((await (await env.as('reporter')).get(`/api/campaigns/${cityId}/city-dashboard`)).status).toBe(
      403,
    );
    const ward = await city.get(`/api/campaigns/${dongHaiId}/city-dashboard`);
    expect(ward.status).toBe(400);
    expect(ward.body.error.code).toBe('CITY_CAMPAIGN_REQUIRED');
    const bad = await city.get(`/api/campaigns/${cityId}/city-dashboard?periodId=2031-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('UPWARD_PERIOD_UNKNOWN');
  });
});

describe('aggregated report to the city (two-level approval)', () => {
  const up = (periodId = '2025-11') => `/api/campaigns/${dongHaiId}/upward?periodId=${periodId}`;

  it('shows the seeded history: September and October accepted, with the unit missing in October explained', async () => {
    const r = await office.get(up('2025-10'));
    expect(r.status).toBe(200);
    expect(r.body.submission.status).toBe('accepted');
    expect(r.body.locked).toBe(true);
    expect(r.body.periods.map((p: any) => [p.id, p.status])).toEqual([
      ['2025-09', 'accepted'],
      ['2025-10', 'accepted'],
      ['2025-11', null],
      ['2025-12', null],
    ]);
    const returned = await env.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM reports WHERE campaign_id = $1 AND period_id = '2025-10' AND status <> 'accepted'",
      [dongHaiId],
    );
    expect(r.body.submission.missingUnits.length).toBeGreaterThanOrEqual(Number(returned[0]?.n));
    expect(r.body.submission.missingReason).toBeTruthy();
  });

  it('refuses while unit reports wait for review, then asks for a reason for the missing ones', async () => {
    const s = (await office.get(up())).body;
    expect(s.can.submit).toBe(true);
    expect(s.readiness.pending.length).toBeGreaterThan(0);
    const pending = await office.post(`/api/campaigns/${dongHaiId}/upward`, {
      periodId: '2025-11',
      version: 0,
    });
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe('UPWARD_REVIEWS_PENDING');
    expect(pending.body.error.details.length).toBe(s.readiness.pending.length);
    // The office reviews them (accepts every pending report).
    for (const u of s.readiness.pending) {
      const rep = (await office.get(`/api/reports/${u.reportId}`)).body;
      const a = await office.post(`/api/reports/${u.reportId}/accept`, { version: rep.version });
      expect(a.status).toBe(200);
    }
    const after = (await office.get(up())).body;
    expect(after.readiness.pending).toEqual([]);
    expect(after.readiness.missing.length).toBeGreaterThan(0);
    const noReason = await office.post(`/api/campaigns/${dongHaiId}/upward`, {
      periodId: '2025-11',
      version: 0,
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('UPWARD_UNITS_MISSING');
    const names = noReason.body.error.details.map((d: any) => d.message).join('\n');
    for (const u of after.readiness.missing) expect(names).toContain(u.name);
  });

  it('sends with a reason, snapshots the values and locks the unit reports of the period', async () => {
    const sent = await office.post(`/api/campaigns/${dongHaiId}/upward`, {
      periodId: '2025-11',
      version: 0,
      missingReason: 'Ba tổ dân phố chưa nộp; phường gửi số liệu đã duyệt, bổ sung vào kỳ tháng 12.',
    });
    expect(sent.status).toBe(200);
    expect(sent.body.submission).toMatchObject({ status: 'submitted', version: 1 });
    expect(sent.body.locked).toBe(true);
    expect(sent.body.submission.values).toEqual(sent.body.values);
    const ct01 = sent.body.values.find((v: any) => v.indicatorCode === 'CT01');
    expect(ct01.parentIndicatorCode).toBe('TP01');
    const [audit] = await env.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'upward.submit' AND entity_id = $1",
      [sent.body.submission.id],
    );
    expect(Number(audit?.n)).toBe(1);
    // The unit reports of November are locked: a returned report cannot be saved, an accepted one not reopened.
    const reporter = await env.as('reporter');
    const tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
    const [rep] = await env.sql<{ id: number; version: number; status: string }>(
      "SELECT id::int, version, status FROM reports WHERE campaign_id = $1 AND unit_id = $2 AND period_id = '2025-11'",
      [dongHaiId, tdp07],
    );
    const before = await env.sql('SELECT * FROM report_values WHERE report_id = $1 ORDER BY indicator_id', [
      rep?.id,
    ]);
    const save = await reporter.put(`/api/reports/${rep?.id}/values`, { version: rep?.version, values: [] });
    expect(save.status).toBe(409);
    expect(save.body.error.code).toBe('PERIOD_LOCKED_UPWARD');
    expect(
      await env.sql('SELECT * FROM report_values WHERE report_id = $1 ORDER BY indicator_id', [rep?.id]),
    ).toEqual(before);
    const [acc] = await env.sql<{ id: number; version: number }>(
      "SELECT id::int, version FROM reports WHERE campaign_id = $1 AND period_id = '2025-11' AND status = 'accepted' LIMIT 1",
      [dongHaiId],
    );
    const reopen = await office.post(`/api/reports/${acc?.id}/reopen`, {
      version: acc?.version,
      comment: 'Sửa lại',
    });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('PERIOD_LOCKED_UPWARD');
    // A stale resend changes nothing.
    const stale = await office.post(`/api/campaigns/${dongHaiId}/upward`, {
      periodId: '2025-11',
      version: 0,
      missingReason: 'x',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT_STALE');
  });

  it('only the city accepts or returns; a return needs a reason and unlocks the units', async () => {
    const s = (await office.get(up())).body;
    const id = s.submission.id;
    expect(s.can).toMatchObject({ accept: false, return: false, withdraw: true });
    const own = await office.post(`/api/upward-submissions/${id}/accept`, { version: 1 });
    expect(own.status).toBe(403);
    const cs = (await city.get(up())).body;
    expect(cs.can).toMatchObject({ accept: true, return: true, submit: false, withdraw: false });
    const dash = (await city.get(`/api/campaigns/${cityId}/city-dashboard?periodId=2025-11`)).body;
    expect(dash.wards.find((w: any) => w.code === 'HP.DONGHAI').submission.status).toBe('submitted');
    const acc = await city.post(`/api/upward-submissions/${id}/accept`, { version: 1 });
    expect(acc.status).toBe(200);
    expect(acc.body.submission).toMatchObject({ status: 'accepted', decidedBy: 'Hoàng Thị Lan' });
    // The ward cannot withdraw what the city has accepted.
    const wd = await office.post(`/api/upward-submissions/${id}/withdraw`, { version: 2 });
    expect(wd.status).toBe(409);
    expect(wd.body.error.code).toBe('UPWARD_BAD_TRANSITION');
    const noReason = await city.post(`/api/upward-submissions/${id}/return`, { version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('UPWARD_REASON_REQUIRED');
    const ret = await city.post(`/api/upward-submissions/${id}/return`, {
      version: 2,
      reason: 'Đề nghị bổ sung số liệu ba tổ dân phố còn thiếu.',
    });
    expect(ret.status).toBe(200);
    expect(ret.body).toMatchObject({ locked: false, submission: { status: 'returned' } });
    // Unlocked: the TDP07 reporter can save again.
    const reporter = await env.as('reporter');
    const tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
    const [rep] = await env.sql<{ id: number; version: number; status: string }>(
      "SELECT id::int, version, status FROM reports WHERE campaign_id = $1 AND unit_id = $2 AND period_id = '2025-11'",
      [dongHaiId, tdp07],
    );
    expect(rep?.status).toBe('returned');
    const save = await reporter.put(`/api/reports/${rep?.id}/values`, { version: rep?.version, values: [] });
    expect(save.status).toBe(200);
    const actions = await env.sql<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity = 'upward_submission' AND entity_id = $1 ORDER BY seq",
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual(['upward.submit', 'upward.accept', 'upward.return']);
    // The ward's office was told.
    const [note] = await env.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'office' AND n.kind = 'upward.return'",
    );
    expect(Number(note?.n)).toBe(1);
  });

  it('withdraw before the city decides unlocks; other wards’ people cannot see the report', async () => {
    const s = (await office.get(up())).body;
    expect(s.submission.status).toBe('returned');
    // Nothing waits now, so the office can send again and withdraw.
    const pending = s.readiness.pending;
    for (const u of pending) {
      const rep = (await office.get(`/api/reports/${u.reportId}`)).body;
      await office.post(`/api/reports/${u.reportId}/accept`, { version: rep.version });
    }
    const again = await office.post(`/api/campaigns/${dongHaiId}/upward`, {
      periodId: '2025-11',
      version: s.submission.version,
      missingReason: 'Gửi lại sau khi rà soát.',
    });
    expect(again.status).toBe(200);
    const wd = await office.post(`/api/upward-submissions/${again.body.submission.id}/withdraw`, {
      version: again.body.submission.version,
    });
    expect(wd.status).toBe(200);
    expect(wd.body).toMatchObject({ locked: false, submission: { status: 'withdrawn' } });
    const reporter = await env.as('reporter');
    expect((await reporter.get(up())).status).toBe(403);
    expect(
      (await city.post(`/api/campaigns/${dongHaiId}/upward`, { periodId: '2025-11', version: 3 })).status,
    ).toBe(403);
    const none = await city.get(`/api/campaigns/${cityId}/upward`);
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('UPWARD_NO_PARENT');
  });
});

describe('links', () => {
  it('refuses a ward indicator linked to a city indicator of another kind', async () => {
    const [tp04] = await env.sql<{ id: number }>(
      "SELECT id::int FROM indicators WHERE campaign_id = $1 AND code = 'TP04'",
      [cityId],
    );
    const r = await office.post(`/api/campaigns/${dongHaiId}/indicators`, {
      code: 'CT99',
      name: 'Số hộ dùng nước sạch',
      unitOfMeasure: 'hộ',
      kind: 'count',
      direction: 'at_least',
      targetValue: 100,
      linkedIndicatorId: tp04?.id,
      rollupRule: 'sum',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('INDICATOR_LINK_INVALID');
    expect(JSON.stringify(r.body.error.details)).toMatch(/cùng loại/);
  });
});

describe('a level above the city (the nation over provinces, ADR 0010)', () => {
  it('rolls the wards up through the city: the level above sees Σ of the wards, not the city’s empty summary', async () => {
    // A city indicator summed from the wards, with a ward's November report still under review that feeds it.
    const [sub] = await env.sql<{ id: number; v: number; value: number; code: string }>(
      `SELECT r.id::int, r.version AS v, v.value::float8 AS value, ci.code FROM reports r
         JOIN campaigns c ON c.id = r.campaign_id AND c.parent_campaign_id = $1
         JOIN report_values v ON v.report_id = r.id
         JOIN indicators wi ON wi.id = v.indicator_id AND wi.rollup_rule = 'sum'
         JOIN indicators ci ON ci.id = wi.linked_indicator_id
        WHERE r.period_id = '2025-11' AND r.status = 'submitted' AND v.value > 0
        ORDER BY r.id LIMIT 1`,
      [cityId],
    );
    expect(sub, 'a November report under review feeding a summed city indicator').toBeDefined();
    const code = sub?.code as string;
    const [p] = await env.sql<{ id: number }>(
      `INSERT INTO campaigns (issuing_unit_id, title, status, starts_on, ends_on, report_period_kind, report_due_days)
       SELECT issuing_unit_id, 'Kế hoạch thi đua cấp trên (thử)', status, starts_on, ends_on, report_period_kind,
              report_due_days FROM campaigns WHERE id = $1 RETURNING id::int`,
      [cityId],
    );
    const top = Number(p?.id);
    const [q] = await env.sql<{ id: number }>(
      `INSERT INTO indicators (campaign_id, code, name, unit_of_measure, kind, direction, target_value)
       SELECT $1, 'QG01', name, unit_of_measure, kind, direction, target_value * 10
         FROM indicators WHERE campaign_id = $2 AND code = $3 RETURNING id::int`,
      [top, cityId, code],
    );
    await env.sql(
      `UPDATE indicators SET linked_indicator_id = $1, rollup_rule = 'sum' WHERE campaign_id = $2 AND code = $3`,
      [q?.id, cityId, code],
    );
    await env.sql('UPDATE campaigns SET parent_campaign_id = $1 WHERE id = $2', [top, cityId]);
    try {
      // The city campaign has no reports of its own: nothing in its summary.
      const [own] = await env.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM indicator_totals WHERE campaign_id = $1',
        [cityId],
      );
      expect(own?.n).toBe(0);
      const r = await city.get(`/api/campaigns/${top}/city-dashboard?periodId=2025-10`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const qg01 = r.body.indicators.find((i: any) => i.code === 'QG01');
      const raw = await rawSum(code, '2025-10');
      expect(raw.s).toBeGreaterThan(0);
      expect(qg01.rule).toBe('sum');
      expect(qg01.value).toBeCloseTo(raw.s as number, 6);
      const cell = r.body.cells.find((x: any) => x.indicatorId === qg01.id);
      expect(cell.value).toBeCloseTo(raw.s as number, 6);
      // A ward's report leaving the count moves the level above at once (its fingerprint reads the grandchildren's
      // summaries): the city office returns a November report still under review.
      const nov = await city.get(`/api/campaigns/${top}/city-dashboard?periodId=2025-11`);
      const before = nov.body.indicators.find((i: any) => i.code === 'QG01').value as number;
      expect(before).toBeCloseTo((await rawSum(code, '2025-11')).s as number, 6);
      const returned = await city.post(`/api/reports/${sub?.id}/return`, {
        version: sub?.v,
        comment: 'Đề nghị bổ sung minh chứng',
      });
      expect(returned.status, JSON.stringify(returned.body)).toBe(200);
      const after = await city.get(`/api/campaigns/${top}/city-dashboard?periodId=2025-11`);
      const v2 = after.body.indicators.find((i: any) => i.code === 'QG01').value as number;
      expect(v2).toBeCloseTo(before - (sub?.value as number), 6);
    } finally {
      await env.sql('UPDATE campaigns SET parent_campaign_id = NULL WHERE id = $1', [cityId]);
      await env.sql(
        `UPDATE indicators SET linked_indicator_id = NULL, rollup_rule = 'none' WHERE campaign_id = $1 AND code = $2`,
        [cityId, code],
      );
    }
  });
});

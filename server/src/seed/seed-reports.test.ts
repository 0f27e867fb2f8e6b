import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../test/harness.ts';
import { seedDemoReportsIfMissing } from './seed-reports.ts';

let env: TestEnv;
let campaignId: number;

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true });
  env.clock.advance(420 * 24 * 3600_000); // late 2026: every demo deadline has passed
  const office = await env.as('office');
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
});
afterAll(() => env.close());

describe('the demo reports', () => {
  it('covers September to November with a realistic mix, and December left to enter', async () => {
    const office = await env.as('office');
    const nov = await office.get(`/api/reports?campaignId=${campaignId}&periodId=2025-11`);
    const units = nov.body.items.length;
    expect(units).toBe(31); // 25 tổ dân phố, 3 schools, the health station, Văn hoá – Xã hội, Kinh tế
    expect(nov.body.counts).toMatchObject({ returned: 3, draft: 2, not_started: 3 });
    expect(nov.body.counts.accepted).toBeGreaterThan(15);
    expect(nov.body.counts.submitted).toBeGreaterThan(3);
    expect(nov.body.counts.late).toBeGreaterThanOrEqual(2);
    expect(nov.body.counts.missing).toBe(5); // 3 never opened + 2 drafts past the deadline
    const oct = await office.get(`/api/reports?campaignId=${campaignId}&periodId=2025-10`);
    expect(oct.body.counts.late).toBeGreaterThan(0);
    expect(oct.body.counts.not_started ?? 0).toBe(0);
    const dec = await office.get(`/api/reports?campaignId=${campaignId}&periodId=2025-12`);
    expect(dec.body.counts.not_started).toBe(units);
  });

  it('gives the demo reporter a returned November report with the office’s reason', async () => {
    const reporter = await env.as('reporter');
    const mine = await reporter.get(`/api/reports/mine?campaignId=${campaignId}`);
    expect(mine.body.items.map((i: any) => [i.periodId, i.status])).toEqual([
      ['2025-11', 'returned'],
      ['2025-12', 'not_started'],
      ['2025-09', 'accepted'],
      ['2025-10', 'accepted'],
    ]);
    expect(mine.body.items[0].reviewComment).toMatch(/đề nghị/);
  });

  it('holds only values that pass the entry checks, cumulative counts that never fall, and the evidence required', async () => {
    const bad = await env.sql(`
      SELECT count(*)::int AS n FROM report_values v JOIN indicators i ON i.id = v.indicator_id
       WHERE (i.kind = 'ratio' AND (v.numerator > v.denominator OR v.denominator <= 0))
          OR (i.kind = 'count' AND v.value <> round(v.value))`);
    expect(bad[0].n).toBe(0);
    const falling = await env.sql(`
      SELECT count(*)::int AS n FROM report_values a
        JOIN reports ra ON ra.id = a.report_id
        JOIN reports rb ON rb.unit_id = ra.unit_id AND rb.campaign_id = ra.campaign_id AND rb.period_id > ra.period_id
        JOIN report_values b ON b.report_id = rb.id AND b.indicator_id = a.indicator_id
        JOIN indicators i ON i.id = a.indicator_id
       WHERE i.kind IN ('sum', 'count') AND b.value < a.value`);
    expect(falling[0].n).toBe(0);
    const noEvidence = await env.sql(`
      SELECT count(*)::int AS n FROM report_values v JOIN indicators i ON i.id = v.indicator_id
       WHERE i.evidence_required AND v.value IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.report_id = v.report_id AND e.indicator_id = v.indicator_id)`);
    expect(noEvidence[0].n).toBe(0);
  });

  it('serves the demo evidence with a valid checksum', async () => {
    const office = await env.as('office');
    const e = (await env.sql('SELECT id::int FROM evidence_files ORDER BY id LIMIT 1'))[0];
    const dl = await office.download(`/api/evidence/${e.id}`);
    expect(dl.status).toBe(200);
    expect(dl.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('has a saved CT01 schedule shaped like last year, with actuals beside it', async () => {
    const office = await env.as('office');
    const c = (await office.get(`/api/campaigns/${campaignId}`)).body;
    const ct01 = c.indicators.find((i: any) => i.code === 'CT01');
    const s = await office.get(`/api/indicators/${ct01.id}/schedule`);
    expect(s.body).toMatchObject({ saved: true, method: 'shaped' });
    expect(s.body.points.at(-1).planned).toBe(ct01.targetValue);
    expect(s.body.points.slice(0, 3).every((p: any) => p.actual !== null)).toBe(true);
  });

  it('is loaded once', async () => {
    expect(await seedDemoReportsIfMissing(env.deps)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let reporter: Agent;
let campaignId: number;
let tdp07: number;
const ind: Record<string, any> = {};

beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  reporter = await env.as('reporter');
  tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  const c = (await office.get(`/api/campaigns/${campaignId}`)).body;
  for (const i of c.indicators) ind[i.code] = i;
});
afterAll(() => env.close());

describe('progress schedules', () => {
  it('proposes a linear schedule from baseline to target for the whole indicator', async () => {
    const r = await office.get(`/api/indicators/${ind.CT23.id}/schedule`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ saved: false, version: 0, method: 'linear', target: 60 });
    expect(r.body.points.map((p: any) => [p.periodId, p.planned])).toEqual([
      ['2025-09', 15],
      ['2025-10', 30],
      ['2025-11', 45],
      ['2025-12', 60],
    ]);
  });

  it('gives a shared indicator no plan for one unit until the office sets one', async () => {
    const r = await office.get(`/api/indicators/${ind.CT23.id}/schedule?unitId=${tdp07}`);
    expect(r.body).toMatchObject({ saved: false, unitName: 'Tổ dân phố 7' });
    expect(r.body.points.every((p: any) => p.planned === null)).toBe(true);
    // A level (a ratio) applies to every unit alike: each tổ dân phố aims at the ward's 100 %.
    const level = await office.get(`/api/indicators/${ind.CT03.id}/schedule?unitId=${tdp07}`);
    expect(level.body.points.map((p: any) => p.planned)).toEqual([100, 100, 100, 100]);
    const other = await office.get(`/api/indicators/${ind.CT01.id}/schedule?unitId=${tdp07}`);
    expect(other.status).toBe(400);
  });

  it('generates stepped and shaped schedules without saving them', async () => {
    const stepped = await office.post(`/api/indicators/${ind.CT23.id}/schedule/generate`, {
      unitId: tdp07,
      method: 'stepped',
      baseline: 0,
      target: 4,
      every: 2,
    });
    expect(stepped.status, JSON.stringify(stepped.body)).toBe(200);
    expect(stepped.body.points.map((p: any) => p.planned)).toEqual([0, 2, 2, 4]);
    const shaped = await office.post(`/api/indicators/${ind.CT23.id}/schedule/generate`, {
      unitId: tdp07,
      method: 'shaped',
      baseline: 0,
      target: 8,
      lastYear: [1, 1, 2, 4],
    });
    expect(shaped.body.points.map((p: any) => p.planned)).toEqual([1, 2, 4, 8]);
    expect(shaped.body.fellBackToLinear).toBe(false);
    const none = await office.post(`/api/indicators/${ind.CT23.id}/schedule/generate`, {
      unitId: tdp07,
      method: 'shaped',
      target: 8,
      lastYear: [],
    });
    expect(none.body).toMatchObject({ fellBackToLinear: true, method: 'linear' });
    expect((await office.get(`/api/indicators/${ind.CT23.id}/schedule?unitId=${tdp07}`)).body.saved).toBe(
      false,
    );
  });

  it('saves an edited schedule, refuses a falling cumulative plan and stale versions, and audits it', async () => {
    const points = [
      { periodId: '2025-09', planned: 1 },
      { periodId: '2025-10', planned: 2 },
      { periodId: '2025-11', planned: 3 },
      { periodId: '2025-12', planned: 4 },
    ];
    const bad = await office.put(`/api/indicators/${ind.CT23.id}/schedule`, {
      unitId: tdp07,
      method: 'manual',
      baseline: 0,
      target: 4,
      points: [...points.slice(0, 2), { periodId: '2025-11', planned: 1 }, points[3]],
      version: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('SCHEDULE_INVALID');
    expect(bad.body.error.details[0].path).toBe('body.points.2.planned');
    const unknown = await office.put(`/api/indicators/${ind.CT23.id}/schedule`, {
      unitId: tdp07,
      method: 'manual',
      baseline: 0,
      target: 4,
      points: [{ periodId: '2027-01', planned: 1 }],
      version: 0,
    });
    expect(unknown.body.error.details[0].path).toBe('body.points.0.periodId');
    const ok = await office.put(`/api/indicators/${ind.CT23.id}/schedule`, {
      unitId: tdp07,
      method: 'manual',
      baseline: 0,
      target: 4,
      points,
      version: 0,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ saved: true, version: 1, target: 4 });
    expect(ok.body.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const stale = await office.put(`/api/indicators/${ind.CT23.id}/schedule`, {
      unitId: tdp07,
      method: 'manual',
      baseline: 0,
      target: 5,
      points,
      version: 0,
    });
    expect(stale.status).toBe(409);
    const denied = await reporter.put(`/api/indicators/${ind.CT23.id}/schedule`, {
      unitId: tdp07,
      method: 'manual',
      baseline: 0,
      target: 4,
      points,
      version: 1,
    });
    expect(denied.status).toBe(403);
    const audit = await env.sql("SELECT after FROM audit_log WHERE action = 'schedule.save'");
    expect(audit).toHaveLength(1);
    expect(audit[0].after.points[3]).toEqual({
      periodId: '2025-12',
      planned: 4,
      plannedLow: null,
      plannedHigh: null,
    });
  });

  it('puts the unit’s reported values beside the plan, with status, projection and pace', async () => {
    const opened = await reporter.post('/api/reports', { campaignId, unitId: tdp07, periodId: '2025-09' });
    const values = opened.body.rows
      .filter((r: any) => r.due)
      .map((r: any) =>
        r.indicator.kind === 'ratio'
          ? { indicatorId: r.indicator.id, numerator: 9, denominator: 10 }
          : { indicatorId: r.indicator.id, value: r.indicator.code === 'CT23' ? 1 : 20 },
      );
    const saved = await reporter.put(`/api/reports/${opened.body.id}/values`, {
      version: opened.body.version,
      values,
    });
    // The report row carries this unit's planned value and status.
    const ct23 = saved.body.rows.find((r: any) => r.indicator.code === 'CT23');
    expect(ct23).toMatchObject({ planned: 1, value: 1, status: 'on_track' });
    // Drafts do not count as actuals yet.
    let s = await office.get(`/api/indicators/${ind.CT23.id}/schedule?unitId=${tdp07}`);
    expect(s.body.points[0].actual).toBeNull();
    await reporter.upload(
      `/api/reports/${opened.body.id}/evidence`,
      { name: 'a.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
      { indicatorId: String(ind.CT08.id) },
    );
    const sub = await reporter.post(`/api/reports/${opened.body.id}/submit`, { version: saved.body.version });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    s = await office.get(`/api/indicators/${ind.CT23.id}/schedule?unitId=${tdp07}`);
    expect(s.body.points[0]).toMatchObject({ actual: 1, planned: 1, status: 'on_track' });
    expect(s.body.projection).toBe(4); // 1 after a quarter of the campaign → 4
    expect(s.body.paceNeeded).toBe(1); // 3 more over 3 periods
    expect(s.body.remainingPeriods).toBe(3);
    // The whole ward: only one of 25 units has reported, so the ward total is not known yet.
    const whole = await office.get(`/api/indicators/${ind.CT23.id}/schedule`);
    expect(whole.body.points[0].actual).toBeNull();
    const matrix = await office.get(`/api/campaigns/${campaignId}/progress?periodId=2025-09`);
    expect(matrix.status).toBe(200);
    const cell = matrix.body.cells.find((c: any) => c.indicatorId === ind.CT23.id && c.unitId === tdp07);
    expect(cell).toMatchObject({ actual: 1, status: 'on_track', reportStatus: 'submitted' });
    const other = matrix.body.cells.find((c: any) => c.indicatorId === ind.CT23.id && c.unitId !== tdp07);
    expect(other).toMatchObject({ status: 'no_data', reportStatus: 'not_started' });
  });

  it('shows at_most and band indicators as a ceiling or a band', async () => {
    const band = Object.values(ind).find((i: any) => i.direction === 'band') as any;
    const r = await office.get(`/api/indicators/${band.id}/schedule`);
    expect(r.status).toBe(200);
    expect(r.body.points[0]).toMatchObject({
      planned: null,
      plannedLow: band.targetLow,
      plannedHigh: band.targetHigh,
    });
  });
});

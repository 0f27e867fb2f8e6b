/**
 * A unit's people see their own unit's figures, not their neighbours': the progress matrix gives a tổ dân phố's
 * reporter only its own cells (the office gets every unit's), and an advanced example cannot be attached to another
 * ward's campaign.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let office: Agent;
let campaignId: number;

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true });
  office = await env.as('office');
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
}, 120_000);
afterAll(() => env.close());

describe('unit scope', () => {
  it("gives a unit's reporter its own progress cells only", async () => {
    const tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
    const all = (await office.get(`/api/campaigns/${campaignId}/progress?periodId=2025-10`)).body.cells;
    expect(new Set(all.map((c: any) => c.unitId)).size).toBeGreaterThan(20);
    const mine = (
      await (await env.as('reporter')).get(`/api/campaigns/${campaignId}/progress?periodId=2025-10`)
    ).body.cells;
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((c: any) => c.unitId))).toEqual(new Set([tdp07]));
    expect(mine).toEqual(all.filter((c: any) => c.unitId === tdp07));
  });

  it("refuses an example tied to another ward's campaign", async () => {
    const reporter = await env.as('reporter');
    const tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
    const admin = await env.as('admin');
    const haian = await admin.post('/api/campaigns', {
      issuingUnitId: (await env.unit('HP.HAIAN')).id,
      title: 'Đợt thi đua của phường Hải An',
    });
    expect(haian.status, JSON.stringify(haian.body)).toBe(201);
    const body = {
      unitId: tdp07,
      title: 'Ngõ sáng',
      field: 'Đô thị',
      description: 'Lắp đèn ngõ.',
      replicatedUnitIds: [],
    };
    const r = await reporter.post('/api/examples', { ...body, campaignId: haian.body.id });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('body.campaignId');
    expect((await reporter.post('/api/examples', { ...body, campaignId })).status).toBe(201);
  });
});

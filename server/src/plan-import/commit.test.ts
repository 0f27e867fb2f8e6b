/**
 * "No manual edit needed": the Đông Hải plan, read from .txt and from a generated .docx, commits as a draft
 * campaign exactly as extracted — every indicator passes the same rules as one typed by hand.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { campaignValues, indicatorValues, type PlanImportResult } from '@thidua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';
import { importPlanFile } from './import-plan.ts';
import { docx } from './test-documents.ts';

const TEXT = fs.readFileSync(
  fileURLToPath(new URL('../../../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url)),
  'utf8',
);

let env: TestEnv;
let office: Agent;
let wardId: number;
beforeAll(async () => {
  env = await createTestEnv();
  office = await env.as('office');
  wardId = (await env.unit('HP.DONGHAI')).id;
});
afterAll(() => env.close());

async function commit(result: PlanImportResult) {
  return office.post('/api/campaigns/import', {
    campaign: { ...campaignValues(result.draft.campaign), issuingUnitId: wardId },
    indicators: indicatorValues(result.draft.indicators),
  });
}

describe('committing an imported plan without edits', () => {
  it('from the .txt: a draft with all 29 indicators; maintain and band targets carry flagged defaults', async () => {
    const result = await importPlanFile(Buffer.from(TEXT, 'utf8'), 'ke-hoach.txt');
    const r = await commit(result);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.indicators).toHaveLength(29);
    const by = (code: string) => r.body.indicators.find((i: { code: string }) => i.code === code);
    expect(by('CT13')).toMatchObject({ direction: 'maintain', targetValue: 96, tolerance: 0 });
    expect(by('CT16')).toMatchObject({ direction: 'band', targetLow: 103, targetHigh: 109.2 });
    const draft16 = result.draft.indicators.find((i) => i.code === 'CT16');
    expect(draft16?.targetLow).toMatchObject({ value: 103, flagged: true });
    expect(result.draft.indicators.find((i) => i.code === 'CT13')?.tolerance).toMatchObject({
      value: 0,
      flagged: true,
    });
  });

  it('from a .docx: the same title as from the .txt, and it commits too', async () => {
    const fromTxt = await importPlanFile(Buffer.from(TEXT, 'utf8'), 'ke-hoach.txt');
    const fromDocx = await importPlanFile(docx(TEXT), 'ke-hoach.docx');
    expect(fromDocx.draft.campaign.title?.value).toBe(fromTxt.draft.campaign.title?.value);
    expect(fromDocx.draft.campaign.title?.value).toMatch(
      /Đại hội Đại biểu Đảng bộ thành phố lần thứ I \(2025-2030\)$/,
    );
    const r = await commit(fromDocx);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.indicators).toHaveLength(29);
  });
});

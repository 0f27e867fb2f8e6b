/**
 * The ward's report to the city, generated from the demo reports: the DOCX is opened and its indicator table is
 * checked against the dashboard's numbers (Vietnamese format), the unit results against the ranking.
 */
import { formatNumber } from '@thidua/shared';
import JSZip from 'jszip';
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

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};
async function docText(buf: Buffer) {
  const xml = (await (await JSZip.loadAsync(buf)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e))
    .join('\n');
}

describe("the ward's report to the city", () => {
  it('carries the dashboard numbers, the unit results and the signer, in the official layout', async () => {
    const r = await office.download(`/api/campaigns/${campaignId}/reports/ward.docx?periodId=2025-10`);
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toContain('.docx');
    expect(decodeURIComponent(String(r.headers['x-thidua-warnings']))).toContain('Chưa có số văn bản');
    const text = (await docText(r.body)).normalize('NFC');
    const dash = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    for (const code of ['CT01', 'CT03', 'CT24']) {
      const i = dash.indicators.find((x: any) => x.code === code);
      expect(text).toContain(`${i.code}. ${i.name}`);
      expect(text).toContain(formatNumber(i.value, 2));
    }
    expect(text).toContain('17.260,1');
    const rank = (await office.get(`/api/campaigns/${campaignId}/ranking?periodId=2025-10`)).body;
    expect(text).toContain(rank.rows[0].unit.name);
    for (const s of [
      'BÁO CÁO',
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI',
      'Số:      /BC-UBND',
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA',
      'III. CÔNG TÁC KHEN THƯỞNG',
      'Nguyễn Trọng Khiêm',
      'Nơi nhận:',
    ])
      expect(text).toContain(s);
    // A unit's reporter cannot pull the ward's report.
    expect(
      (await (await env.as('reporter')).download(`/api/campaigns/${campaignId}/reports/ward.docx`)).status,
    ).toBe(403);
  });
});

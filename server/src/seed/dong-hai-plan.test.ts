import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../test/harness.ts';

/** The plan as one line of text: the source document breaks lines in mid-sentence. */
const PLAN = fs
  .readFileSync(
    fileURLToPath(new URL('../../../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url)),
    'utf8',
  )
  .normalize('NFC')
  .replace(/\s+/g, ' ');

/** code → [target, unit of measure, direction, kind] as read from the plan by a person. */
const EXPECTED: Record<string, [number | null, string, string, string]> = {
  CT01: [36692, 'triệu đồng', 'at_least', 'sum'],
  'CT01.1': [11232, 'triệu đồng', 'at_least', 'sum'],
  'CT01.2': [9100, 'triệu đồng', 'at_least', 'sum'],
  'CT01.3': [8500, 'triệu đồng', 'at_least', 'sum'],
  'CT01.4': [7000, 'triệu đồng', 'at_least', 'sum'],
  CT02: [100, '%', 'at_least', 'ratio'],
  CT03: [100, '%', 'at_least', 'ratio'],
  CT04: [100, '%', 'at_least', 'ratio'],
  CT05: [100, '%', 'at_least', 'ratio'],
  CT06: [92, '%', 'at_least', 'ratio'],
  CT07: [100, '%', 'at_least', 'ratio'],
  CT08: [294, 'lượt hộ', 'at_least', 'count'],
  CT09: [18.2, '%', 'at_least', 'ratio'],
  CT10: [100, '%', 'at_least', 'ratio'],
  CT11: [100, '%', 'at_least', 'ratio'],
  CT12: [100, '%', 'at_least', 'ratio'],
  CT13: [96, '%', 'maintain', 'ratio'],
  CT14: [0.83, '%', 'maintain', 'ratio'],
  CT15: [12.15, '‰', 'maintain', 'rate_per_mille'],
  CT16: [109.2, 'bé trai/100 bé gái', 'band', 'index'],
  CT17A: [4.8, '%', 'at_most', 'ratio'],
  CT17B: [8.4, '%', 'at_most', 'ratio'],
  CT18: [96.4, '%', 'at_least', 'ratio'],
  CT19: [55.5, '%', 'at_least', 'ratio'],
  CT20: [25, 'tổ dân phố', 'at_least', 'count'],
  CT21: [95.7, '%', 'at_least', 'ratio'],
  CT22: [19, 'tổ dân phố', 'at_least', 'count'],
  CT23: [60, 'buổi', 'at_least', 'count'],
  CT24: [37.5, '%', 'at_least', 'ratio'],
};

let env: TestEnv;
let campaign: any;
beforeAll(async () => {
  env = await createTestEnv();
  const office = await env.as('office');
  const list = await office.get('/api/campaigns?q=dong%20hai');
  const id = list.body.items.find(
    (c: { issuingUnitName: string }) => c.issuingUnitName === 'Phường Đông Hải',
  ).id;
  campaign = (await office.get(`/api/campaigns/${id}`)).body;
});
afterAll(() => env.close());

describe('the Đông Hải plan as a live campaign', () => {
  it('has the plan’s header, time frame, deadline, parent, recipients and signer', () => {
    expect(campaign).toMatchObject({
      status: 'launched',
      documentNumber: null,
      documentSymbol: 'KH-UBND',
      place: 'Đông Hải',
      issuedOn: '2025-09',
      endsOn: '2025-12-31',
      reportDeadline: '2025-12-10',
      issuingUnitName: 'Phường Đông Hải',
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Trọng Khiêm' },
    });
    expect(campaign.title).toMatch(
      /^Phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế-xã hội/,
    );
    expect(campaign.parentCampaignTitle).toMatch(/thành phố Hải Phòng sau hợp nhất/);
    expect(campaign.legalBases[0]).toMatch(/^Kế hoạch số 232\/KH-UBND ngày 09\/9\/2025/);
    expect(campaign.recipients).toHaveLength(10);
    expect(campaign.recipients[0]).toBe('Sở Nội vụ;');
    expect(campaign.recipients[9]).toBe('Lưu VT, VH-XH.');
    for (const r of campaign.recipients) expect(PLAN).toContain(r.replace(/[;.]$/, ''));
  });

  it('has tasks 4.1–4.6 citing resolutions 57, 59, 66, 68, directives 41 and 46, and the named movements', () => {
    expect(campaign.tasks.map((t: { code: string }) => t.code)).toEqual([
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
    ]);
    const refs = campaign.tasks
      .flatMap((t: { citations: { ref: string }[] }) => t.citations.map((c) => c.ref))
      .filter(Boolean);
    expect(refs).toEqual(['57-NQ/TW', '59-NQ/TW', '66-NQ/TW', '68-NQ/TW', '41-CT/TW', '46-CT/TU']);
    const movements = campaign.tasks[3].citations.map((c: { title: string }) => c.title);
    expect(movements).toContain('Vì người nghèo - không để ai bị bỏ lại phía sau');
    expect(movements).toContain('Bình dân học vụ số');
    for (const t of campaign.tasks) expect(PLAN).toContain(t.text.slice(0, 60));
  });

  it('has every indicator of the plan with its value, unit, direction and kind', () => {
    const got = Object.fromEntries(
      campaign.indicators.map((i: any) => [i.code, [i.targetValue, i.unitOfMeasure, i.direction, i.kind]]),
    );
    expect(got).toEqual(EXPECTED);
  });

  it('quotes each indicator’s own wording from the plan, and that wording holds the target value', () => {
    for (const i of campaign.indicators) {
      const quote = i.sourceText.replace(/\s*…$/, '');
      expect(PLAN, i.code).toContain(quote);
      if (i.code === 'CT17B') continue; // shares its line with CT17A; value checked below
      const shown = [
        String(i.targetValue).replace('.', ','),
        i.targetValue.toLocaleString('de-DE'),
        String(i.targetValue),
      ];
      expect(
        shown.some((s) => quote.includes(s)),
        `${i.code}: ${quote}`,
      ).toBe(true);
    }
    expect(campaign.indicators.find((i: any) => i.code === 'CT17B').sourceText).toContain('cân nặng: 8.4%');
  });

  it('keeps the four main revenue sources under the total, as a subset (35.832 ≤ 36.692)', () => {
    const total = campaign.indicators.find((i: any) => i.code === 'CT01');
    const kids = campaign.indicators.filter((i: any) => i.parentIndicatorId === total.id);
    expect(kids.map((k: any) => k.code)).toEqual(['CT01.1', 'CT01.2', 'CT01.3', 'CT01.4']);
    expect(total.childrenRule).toBe('must_not_exceed');
    expect(kids.reduce((s: number, k: any) => s + k.targetValue, 0)).toBe(35832);
  });

  it('models ratios with numerator, denominator and factor; the sex ratio as a band; maintain with a tolerance', () => {
    const by = (code: string) => campaign.indicators.find((i: any) => i.code === code);
    expect(by('CT07')).toMatchObject({
      factor: 100,
      numeratorLabel: expect.stringContaining('nước sạch'),
      denominatorLabel: 'Tổng số hộ',
    });
    expect(by('CT15')).toMatchObject({ factor: 1000, tolerance: 0.5 });
    expect(by('CT16')).toMatchObject({ targetLow: 103, targetHigh: 109.2 });
    expect(by('CT13')).toMatchObject({ tolerance: 1 });
    expect(by('CT17A').name).toMatch(/thấp còi/);
    expect(by('CT17B').name).toMatch(/nhẹ cân/);
  });

  it('assigns indicators to sensible units: households to the 25 tổ dân phố, teachers to the schools', async () => {
    const units = await env.sql<{ id: number; code: string }>('SELECT id::int, code FROM org_units');
    const code = new Map(units.map((u) => [Number(u.id), u.code]));
    const by = (c: string) => campaign.indicators.find((i: any) => i.code === c);
    expect(by('CT03').assignedUnitIds).toHaveLength(25);
    expect(by('CT10').assignedUnitIds.map((id: number) => code.get(id))).toEqual([
      'HP.DONGHAI.MN',
      'HP.DONGHAI.TH',
      'HP.DONGHAI.THCS',
    ]);
    expect(code.get(by('CT01').responsibleUnitId)).toBe('HP.DONGHAI.KT');
    expect(code.get(by('CT16').responsibleUnitId)).toBe('HP.DONGHAI.TYT');
    for (const i of campaign.indicators) expect(i.assignedUnitIds.length, i.code).toBeGreaterThan(0);
  });
});

/**
 * The Đông Hải plan, imported from its text file, must give exactly what the seed enters by hand
 * (server/src/seed/dong-hai-plan.ts): every indicator's value, unit, kind and direction, and the plan's parts.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PlanImportResult, searchKey } from '@thidua/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { DONG_HAI_INDICATORS, DONG_HAI_PLAN, DONG_HAI_TASKS } from '../seed/dong-hai-plan.ts';
import { importPlanFile } from './import-plan.ts';

const FILE = fileURLToPath(
  new URL('../../../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url),
);
const original = fs.readFileSync(FILE, 'utf8');
let result: PlanImportResult;
beforeAll(async () => {
  result = await importPlanFile(fs.readFileSync(FILE), 'ke-hoach-thi-dua-dong-hai-2025.txt');
});

describe('Đông Hải plan: indicators', () => {
  it('finds all 29 indicators, in the seed order and with the seed codes', () => {
    expect(result.draft.indicators).toHaveLength(29);
    expect(DONG_HAI_INDICATORS).toHaveLength(29);
    expect(result.draft.indicators.map((i) => i.code)).toEqual(DONG_HAI_INDICATORS.map((i) => i.code));
  });

  it.each(DONG_HAI_INDICATORS.map((s, k) => [s.code, s, k] as const))(
    '%s: value, unit, kind, direction',
    (_c, seed, k) => {
      const got = result.draft.indicators[k];
      expect(got).toBeDefined();
      if (!got) return;
      expect(got.targetValue.value).toBe(seed.target);
      expect(got.unitOfMeasure.value).toBe(seed.unit);
      expect(got.kind.value).toBe(seed.kind);
      expect(got.direction.value).toBe(seed.direction);
      if (seed.factor !== undefined) expect(got.factor.value).toBe(seed.factor);
      expect(got.parentCode).toBe(seed.parent ?? null);
      if (seed.childrenRule) expect(got.childrenRule.value).toBe(seed.childrenRule);
      // Names: the plan's wording, repaired ("Tỷ kệ" → "Tỷ lệ") — equal ignoring case and tone-mark placement.
      expect(searchKey(got.name.value)).toBe(searchKey(seed.name));
    },
  );

  it('proposes the natural lower bound of the sex ratio band (103), flagged, and says the plan gives only the top', () => {
    const ct16 = result.draft.indicators.find((i) => i.code === 'CT16');
    expect([ct16?.targetHigh.value, ct16?.targetLow.value]).toEqual([109.2, 103]);
    expect(ct16?.targetLow.flagged).toBe(true);
    expect(result.draft.issues.some((x) => x.indicator === 'CT16' && x.code === 'BAND_BOUND_MISSING')).toBe(
      true,
    );
  });

  it('flags what a person must check: mixed number styles, the missing unit, the typo, assumed directions', () => {
    const has = (code: string, indicator: string) =>
      result.draft.issues.some((x) => x.code === code && x.indicator === indicator);
    for (const c of ['CT01', 'CT01.1', 'CT01.2', 'CT01.3', 'CT01.4'])
      expect(has('NUMBER_AMBIGUOUS', c), c).toBe(true);
    expect(has('UNIT_INFERRED', 'CT01.2')).toBe(true);
    expect(has('UNIT_INFERRED', 'CT15')).toBe(true);
    expect(has('TYPO_FIXED', 'CT19')).toBe(true);
    expect(has('DIRECTION_ASSUMED', 'CT14')).toBe(true);
    expect(has('DIRECTION_ASSUMED', 'CT15')).toBe(true);
    expect(result.draft.indicators.find((i) => i.code === 'CT01.2')?.unitOfMeasure.flagged).toBe(true);
    // Dot decimals are read as decimals and not flagged.
    for (const c of ['CT09', 'CT14', 'CT16', 'CT18']) expect(has('NUMBER_AMBIGUOUS', c), c).toBe(false);
  });

  it('points every value at its characters in the original file', () => {
    for (const i of result.draft.indicators) {
      const s = i.targetValue.span;
      const written = original.slice(s.start, s.end);
      expect(written, i.code).toMatch(/^\d+(?:[.,]\d+)*$/);
      expect(original.split('\n')[s.line - 1]).toContain(written);
    }
    const ct01 = result.draft.indicators[0];
    expect(original.slice(ct01?.targetValue.span.start, ct01?.targetValue.span.end)).toBe('36.692');
    expect(ct01?.targetValue.span.line).toBe(133);
  });
});

describe('Đông Hải plan: the document', () => {
  const c = () => result.draft.campaign;

  it('reads the header: issuer, blank number, symbol, place, date without a day, type and title', () => {
    expect(c().issuingBody?.value).toBe('ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI');
    expect(c().documentNumber?.value).toBeNull();
    expect(c().documentSymbol?.value).toBe(DONG_HAI_PLAN.documentSymbol);
    expect(c().place?.value).toBe(DONG_HAI_PLAN.place);
    expect(c().issuedOn?.value).toBe(DONG_HAI_PLAN.issuedOn);
    expect(c().documentType?.value).toBe('KH');
    expect(c().title?.value).toBe(DONG_HAI_PLAN.title);
    expect(c().title?.span.line).toBe(24);
  });

  it('reads the legal basis, section texts, time frame and deadline', () => {
    expect(c().legalBases.map((b) => b.value)).toEqual(DONG_HAI_PLAN.legalBases);
    expect(c().purpose?.value).toBe(DONG_HAI_PLAN.purpose);
    expect(c().requirements?.value).toBe(DONG_HAI_PLAN.requirements);
    expect(c().content?.value).toBe(DONG_HAI_PLAN.content);
    expect(c().generalGoal?.value).toBe(DONG_HAI_PLAN.generalGoal);
    expect(c().rewardsText?.value).toBe(DONG_HAI_PLAN.rewardsText);
    expect(c().organisationText?.value).toBe(DONG_HAI_PLAN.organisationText);
    expect(c().startsOn?.value).toBe(DONG_HAI_PLAN.startsOn);
    expect(c().startsOn?.flagged).toBe(true);
    expect(c().endsOn?.value).toBe(DONG_HAI_PLAN.endsOn);
    expect(c().reportDeadline?.value).toBe(DONG_HAI_PLAN.reportDeadline);
  });

  it('reads recipients and signer', () => {
    expect(c().recipients.map((r) => r.value)).toEqual(DONG_HAI_PLAN.recipients);
    expect(
      c().signer && Object.fromEntries(Object.entries(c().signer ?? {}).map(([k, v]) => [k, v.value])),
    ).toEqual(DONG_HAI_PLAN.signer);
  });

  it('reads the tasks with their resolutions, directives and movements', () => {
    const tasks = c().tasks;
    expect(tasks.map((t) => t.code.value)).toEqual(DONG_HAI_TASKS.map((t) => t.code));
    tasks.forEach((t, k) => {
      const seed = DONG_HAI_TASKS[k];
      if (!seed) return;
      expect(searchKey(t.text.value).startsWith(searchKey(seed.text.slice(0, 60))), seed.code).toBe(true);
      expect(
        t.citations.map((x) => [x.value.kind, x.value.ref]),
        seed.code,
      ).toEqual(seed.citations.map((x) => [x.kind, x.ref]));
      t.citations.forEach((x, n) => {
        const want = seed.citations[n]?.title ?? '';
        // The seed edits movement titles (brackets, a garbled tail); the start must agree.
        expect(searchKey(x.value.title).startsWith(searchKey(want.slice(0, 30))), want).toBe(true);
      });
    });
    expect(tasks[1]?.citations[2]?.value.title).toBe(DONG_HAI_TASKS[1]?.citations[2]?.title);
  });

  it('notices the heading numbered VI where IV was meant', () => {
    const issue = result.draft.issues.find((x) => x.code === 'HEADING_OUT_OF_ORDER');
    expect(issue?.message).toContain('IV');
    expect(issue?.span?.line).toBe(283);
  });
});

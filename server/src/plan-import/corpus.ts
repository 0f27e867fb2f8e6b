/**
 * The plan-import test corpus (server/fixtures/plans): each NAME.txt comes with NAME.expected.json holding
 * what a person reads from it. Scoring is shared by the corpus test and bench/plan-import/accuracy.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanImportResult, searchKey } from '@thidua/shared';
import { importPlanFile } from './import-plan.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/plans/', import.meta.url));

export interface ExpectedIndicator {
  name: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit: string;
  kind: string;
  direction: string;
  /** Name of the parent indicator for a sub-item. */
  parent?: string;
}

export const HEADER_FIELDS = [
  'documentType',
  'documentNumber',
  'documentSymbol',
  'issuingBody',
  'place',
  'issuedOn',
  'title',
  'startsOn',
  'endsOn',
  'reportDeadline',
  'signerName',
  'recipients',
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface Expected {
  description: string;
  /** Written after the parser and not tuned on: its figures are reported, not pinned. */
  heldOut?: boolean;
  header: Partial<Record<HeaderField, string | number | null>>;
  indicators: ExpectedIndicator[];
}

export interface Fixture {
  name: string;
  file: string;
  expected: Expected;
}

/** Every fixture of the corpus, by file name. */
export function loadCorpus(dir = CORPUS_DIR): Fixture[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|docx|pdf)$/.test(f))
    .sort()
    .map((f) => {
      const base = f.replace(/\.(txt|docx|pdf)$/, '');
      const expected = JSON.parse(
        fs.readFileSync(path.join(dir, `${base}.expected.json`), 'utf8'),
      ) as Expected;
      return { name: base, file: path.join(dir, f), expected };
    });
}

export async function runFixture(f: Fixture): Promise<PlanImportResult> {
  return importPlanFile(fs.readFileSync(f.file), path.basename(f.file));
}

export interface IndicatorScore {
  /** Extracted indicators whose value(s), unit and direction match an expected one (one to one). */
  correct: number;
  extracted: number;
  expected: number;
  /** Of the correct ones, how many also have the expected kind and a close name. */
  kindAndName: number;
  missed: ExpectedIndicator[];
  wrong: string[];
}

const same = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null
    ? (b ?? null) === null
    : b !== null && b !== undefined && Math.abs((a as number) - b) < 1e-9;

/** Names are close when one's accent-free words contain the other's, or they share 80 % of words. */
export function closeNames(a: string, b: string): boolean {
  const x = searchKey(a);
  const y = searchKey(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const wx = new Set(x.split(' '));
  const wy = y.split(' ');
  return wy.filter((w) => wx.has(w)).length / Math.max(wx.size, wy.length) >= 0.8;
}

/** Scores the indicators of a draft against the expected list. */
export function scoreIndicators(result: PlanImportResult, expected: ExpectedIndicator[]): IndicatorScore {
  const left = [...expected];
  let correct = 0;
  let kindAndName = 0;
  const wrong: string[] = [];
  for (const d of result.draft.indicators) {
    const k = left.findIndex(
      (e) =>
        same(e.value, d.targetValue.value) &&
        same(e.low, d.targetLow.value) &&
        (e.high === undefined || same(e.high, d.targetHigh.value)) &&
        e.unit === d.unitOfMeasure.value &&
        e.direction === d.direction.value,
    );
    if (k < 0) {
      wrong.push(
        `${d.code} ${d.name.value} = ${d.targetValue.value ?? `${d.targetLow.value}–${d.targetHigh.value}`} ${d.unitOfMeasure.value} ${d.direction.value}`,
      );
      continue;
    }
    const e = left.splice(k, 1)[0] as ExpectedIndicator;
    correct++;
    if (e.kind === d.kind.value && closeNames(e.name, d.name.value)) kindAndName++;
  }
  return {
    correct,
    extracted: result.draft.indicators.length,
    expected: expected.length,
    kindAndName,
    missed: left,
    wrong,
  };
}

/** The header value the draft gives for a field, in the expected file's terms. */
export function headerValue(result: PlanImportResult, f: HeaderField): string | number | null | undefined {
  const c = result.draft.campaign;
  if (f === 'signerName') return c.signer?.name.value || undefined;
  if (f === 'recipients') return c.recipients.length || undefined;
  return (c[f] as { value: string | number | null } | undefined)?.value;
}

export interface HeaderScore {
  correct: number;
  extracted: number;
  expected: number;
  wrong: string[];
}

/** Header fields: extracted = non-empty in the draft; correct = equal to the expected value. */
export function scoreHeader(result: PlanImportResult, expected: Expected['header']): HeaderScore {
  const s: HeaderScore = { correct: 0, extracted: 0, expected: 0, wrong: [] };
  for (const f of HEADER_FIELDS) {
    const want = expected[f];
    const got = headerValue(result, f);
    const present = got !== undefined && got !== '';
    if (want !== undefined) s.expected++;
    if (present) s.extracted++;
    if (present && want !== undefined && got === want) s.correct++;
    else if (present || want !== undefined)
      s.wrong.push(`${f}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  return s;
}

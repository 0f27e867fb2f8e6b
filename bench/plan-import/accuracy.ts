/**
 * Plan-import accuracy: `npx tsx bench/plan-import/accuracy.ts`.
 * For each fixture of server/fixtures/plans and for the Đông Hải plan (against the seed), prints indicator
 * precision and recall (an extracted indicator is correct when its value(s), unit and direction match an
 * expected one, one to one), how many of the correct ones also have the right kind and a close name, and
 * header-field precision and recall. Totals are micro-averaged, tuned and held-out fixtures apart.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanImportResult } from '@thidua/shared';
import {
  type ExpectedIndicator,
  type HeaderScore,
  type IndicatorScore,
  loadCorpus,
  runFixture,
  scoreHeader,
  scoreIndicators,
} from '../../server/src/plan-import/corpus.ts';
import { importPlanFile } from '../../server/src/plan-import/import-plan.ts';
import { DONG_HAI_INDICATORS, DONG_HAI_PLAN } from '../../server/src/seed/dong-hai-plan.ts';

interface Row {
  name: string;
  group: 'tuned' | 'held out' | 'real plan';
  ind: IndicatorScore;
  hdr: HeaderScore;
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const verbose = process.argv.includes('--verbose');

async function dongHai(): Promise<Row> {
  const file = fileURLToPath(new URL('../../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url));
  const r: PlanImportResult = await importPlanFile(
    fs.readFileSync(file),
    'ke-hoach-thi-dua-dong-hai-2025.txt',
  );
  const expected: ExpectedIndicator[] = DONG_HAI_INDICATORS.map((i) => ({
    name: i.name,
    value: i.target,
    low: i.low ?? null,
    unit: i.unit,
    kind: i.kind,
    direction: i.direction,
  }));
  const header = {
    documentType: 'KH',
    issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI',
    documentNumber: DONG_HAI_PLAN.documentNumber,
    documentSymbol: DONG_HAI_PLAN.documentSymbol,
    place: DONG_HAI_PLAN.place,
    issuedOn: DONG_HAI_PLAN.issuedOn,
    title: DONG_HAI_PLAN.title,
    startsOn: DONG_HAI_PLAN.startsOn,
    endsOn: DONG_HAI_PLAN.endsOn,
    reportDeadline: DONG_HAI_PLAN.reportDeadline,
    signerName: DONG_HAI_PLAN.signer.name,
    recipients: DONG_HAI_PLAN.recipients.length,
  };
  return {
    name: 'Đông Hải plan vs seed',
    group: 'real plan',
    ind: scoreIndicators(r, expected),
    hdr: scoreHeader(r, header),
  };
}

function line(
  name: string,
  ind: Omit<IndicatorScore, 'missed' | 'wrong'>,
  hdr: Omit<HeaderScore, 'wrong'>,
): string {
  return [
    name.padEnd(32),
    `${String(ind.correct).padStart(3)}/${String(ind.extracted).padStart(3)}/${String(ind.expected).padStart(3)}`,
    pct(ind.correct, ind.extracted),
    pct(ind.correct, ind.expected),
    pct(ind.kindAndName, ind.correct),
    '  ',
    `${String(hdr.correct).padStart(3)}/${String(hdr.extracted).padStart(3)}/${String(hdr.expected).padStart(3)}`,
    pct(hdr.correct, hdr.extracted),
    pct(hdr.correct, hdr.expected),
  ].join(' ');
}

function total(rows: Row[]) {
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    ind: {
      correct: sum((r) => r.ind.correct),
      extracted: sum((r) => r.ind.extracted),
      expected: sum((r) => r.ind.expected),
      kindAndName: sum((r) => r.ind.kindAndName),
    },
    hdr: {
      correct: sum((r) => r.hdr.correct),
      extracted: sum((r) => r.hdr.extracted),
      expected: sum((r) => r.hdr.expected),
    },
  };
}

const rows: Row[] = [];
for (const f of loadCorpus()) {
  const r = await runFixture(f);
  rows.push({
    name: f.name,
    group: f.expected.heldOut ? 'held out' : 'tuned',
    ind: scoreIndicators(r, f.expected.indicators),
    hdr: scoreHeader(r, f.expected.header),
  });
}
rows.push(await dongHai());

console.log(
  `${'file'.padEnd(32)} ${'ok/got/want'.padStart(11)}  prec. recall kind+name    ${'ok/got/want'.padStart(11)}  prec. recall`,
);
console.log(
  `${''.padEnd(32)} ${'— indicators —'.padStart(28)}                 ${'— header fields —'.padStart(24)}`,
);
for (const r of rows) {
  console.log(line(`${r.name}${r.group === 'held out' ? ' *' : ''}`, r.ind, r.hdr));
  if (verbose)
    for (const w of [...r.ind.wrong, ...r.ind.missed.map((m) => `missed ${m.name}`), ...r.hdr.wrong])
      console.log(`    ${w}`);
}
console.log('-'.repeat(110));
for (const [label, group] of [
  ['TOTAL tuned fixtures', 'tuned'],
  ['TOTAL held-out fixtures (*)', 'held out'],
  ['TOTAL Đông Hải plan', 'real plan'],
] as const) {
  const t = total(rows.filter((r) => r.group === group));
  console.log(line(label, t.ind, t.hdr));
}
const all = total(rows);
console.log(line('TOTAL all', all.ind, all.hdr));
console.log('\n* held out: written after the parser and not tuned on. Run with --verbose for the misses.');

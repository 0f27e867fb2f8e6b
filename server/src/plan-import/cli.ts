/**
 * `npm run import-plan -- FILE [--summary]`: prints the draft of a plan file as JSON (or, with --summary, one
 * line per indicator and issue). A file that cannot be read exits with code 1 and the Vietnamese message.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanImportResult } from '@thidua/shared';
import { PlanImportError } from './errors.ts';
import { importPlanFile } from './import-plan.ts';

function summary(r: PlanImportResult): string {
  const c = r.draft.campaign;
  const lines = [
    `${c.documentType?.value ?? '?'} ${c.documentNumber?.value ?? '…'}/${c.documentSymbol?.value ?? ''} — ${c.title?.value ?? '(không có tiêu đề)'}`,
    ...r.draft.indicators.map(
      (i) =>
        `${i.code.padEnd(8)} ${i.name.value} | ${i.targetValue.value ?? `${i.targetLow.value}–${i.targetHigh.value}`} ${i.unitOfMeasure.value} | ${i.kind.value} ${i.direction.value}`,
    ),
    ...r.draft.issues.map((x) => `! ${x.severity} ${x.code} (dòng ${x.span?.line ?? '-'}): ${x.message}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('Cách dùng: npm run import-plan -- TỆP [--summary]\n');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (e) {
    process.stderr.write(`Không mở được tệp "${file}": ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const result = await importPlanFile(bytes, path.basename(file));
    process.stdout.write(
      `${argv.includes('--summary') ? summary(result) : JSON.stringify(result, null, 2)}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof PlanImportError) {
      process.stderr.write(`${e.message} [${e.code}]\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));

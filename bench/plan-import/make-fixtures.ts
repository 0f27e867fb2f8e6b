/**
 * Regenerates the corpus files that are not plain UTF-8 from their UTF-8 sources in
 * server/fixtures/plans/sources: `npx tsx bench/plan-import/make-fixtures.ts`.
 *   09-… → Windows-1258 .txt, 10-… → NFD UTF-8 .txt, 17-… → .docx, 18-… → .pdf with a text layer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cp1258, docx, pdfWithText } from '../../server/src/plan-import/test-documents.ts';

const dir = fileURLToPath(new URL('../../server/fixtures/plans/', import.meta.url));
const source = (name: string) => fs.readFileSync(path.join(dir, 'sources', name), 'utf8').trimEnd();
const outputs: [string, Buffer | string][] = [
  ['09-xa-ke-hoach-cp1258.txt', cp1258(`${source('09-xa-ke-hoach-cp1258.txt')}\n`)],
  ['10-hoi-phu-nu-nfd.txt', `${source('10-hoi-phu-nu-nfd.txt')}\n`.normalize('NFD')],
  ['17-van-hoa-the-thao.docx', docx(source('17-van-hoa-the-thao.txt'))],
  ['18-bao-cao-so-ket.pdf', pdfWithText(source('18-bao-cao-so-ket.txt'))],
];
for (const [name, bytes] of outputs) {
  fs.writeFileSync(path.join(dir, name), bytes);
  console.log(`wrote ${name}`);
}

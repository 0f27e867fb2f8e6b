/**
 * Reads the text layer of a PDF (pdf.js through unpdf). Text items are put back into lines by their
 * baseline; a wide horizontal gap becomes three spaces so the two columns of an official header stay apart.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { PlanImportError } from './errors.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** Lines of one page: items grouped by baseline (top to bottom), left to right within a line. */
function pageLines(items: Item[]): string[] {
  const rows: { y: number; items: Item[] }[] = [];
  for (const it of items.filter((i) => i.str.length > 0)) {
    const tolerance = Math.max(2, it.fontSize * 0.4);
    const row = rows.find((r) => Math.abs(r.y - it.y) <= tolerance);
    if (row) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    const sorted = r.items.sort((a, b) => a.x - b.x);
    let line = '';
    let end: number | null = null;
    for (const it of sorted) {
      if (end !== null) {
        const gap = it.x - end;
        const space = it.fontSize * 0.25;
        if (gap > it.fontSize * 3) line += '   ';
        else if (gap > space && !line.endsWith(' ') && !it.str.startsWith(' ')) line += ' ';
      }
      line += it.str;
      end = it.x + it.width;
    }
    return line.trimEnd();
  });
}

/** The text of a PDF; a PDF with no text layer (a scan) is PLAN_IMPORT_NO_TEXT_LAYER. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  let pages: Item[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = (await extractTextItems(pdf)).items as Item[][];
    } finally {
      await pdf.destroy();
    }
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException')
      throw new PlanImportError('PLAN_IMPORT_ENCRYPTED', undefined, { cause: e });
    throw new PlanImportError('PLAN_IMPORT_CORRUPT', undefined, { cause: e });
  }
  const text = pages
    .map(pageLines)
    .map((lines) => lines.join('\n'))
    .join('\n');
  // A scan may carry a few stray characters (a page number); fewer than 20 letters is no text layer.
  if ((text.match(/\p{L}/gu)?.length ?? 0) < 20) throw new PlanImportError('PLAN_IMPORT_NO_TEXT_LAYER');
  return `${text}\n`;
}

/**
 * CSV for the data exchange (RFC 4180). Written as UTF-8 with a byte-order mark, "," between cells, CRLF line
 * ends. Read with or without the mark, with "," or ";" between cells (Excel with a Vietnamese locale writes ";"),
 * CRLF or LF line ends, quoted cells that may hold separators, quotes ("") and line breaks. Pure functions.
 */
import { AppError } from '../http/errors.ts';

/** One record and the file line it starts on (the header is line 1), for row-numbered errors. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const malformed = (line: number | null, message: string) =>
  new AppError('EXCHANGE_CSV_MALFORMED', [{ path: line === null ? 'body' : `line.${line}`, message }]);

/** Bytes → text: the BOM is dropped; bytes that are not UTF-8 (a Windows-1258 file, say) are refused. */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw malformed(null, 'Tệp không phải mã UTF-8. Trong Excel hãy lưu dạng "CSV UTF-8 (Comma delimited)".');
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Splits the text into records; fully empty records (blank lines, ";;;;" rows) are skipped. */
export function parseCsv(text: string, sep: ',' | ';'): CsvRecord[] {
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) out.push({ line: start, cells });
    cells = [];
    cell = '';
    afterQuote = false;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === sep) {
      cells.push(cell);
      cell = '';
      afterQuote = false;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
      continue;
    }
    if (afterQuote) {
      if (ch === ' ' || ch === '\t') {
        i++;
        continue;
      }
      throw malformed(line, `Dòng ${line}: có ký tự sau dấu ngoặc kép đóng ô`);
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      i++;
      continue;
    }
    cell += ch;
    i++;
  }
  if (quoted) throw malformed(start, `Dòng ${start}: dấu ngoặc kép mở mà không đóng`);
  if (cell !== '' || cells.length) endRecord();
  return out;
}

/** Reads the header with "," and with ";" and keeps the separator whose cells are all known column names. */
export function detectSeparator(text: string, known: readonly string[]): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const score = (sep: ',' | ';') => {
    const names = firstLine.split(sep).map(normaliseHeader);
    return {
      all: names.every((n) => known.includes(n)),
      hits: names.filter((n) => known.includes(n)).length,
    };
  };
  const comma = score(',');
  const semi = score(';');
  if (comma.all !== semi.all) return comma.all ? ',' : ';';
  return semi.hits > comma.hits ? ';' : ',';
}

export const normaliseHeader = (s: string) =>
  s
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

// A cell that Excel would run as a formula gets a leading apostrophe (OWASP "CSV injection"); import drops it.
const FORMULA = /^'*[=+\-@\t\r]/;
export const guardText = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
export const unguardText = (s: string) => (/^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function cellOf(s: string): string {
  return /[",;\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of text cells → the file's bytes (BOM, comma, CRLF). */
export function writeCsv(rows: readonly (readonly string[])[]): Buffer {
  const body = rows.map((r) => r.map(cellOf).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}

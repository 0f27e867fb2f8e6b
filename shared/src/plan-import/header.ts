/**
 * The document header and title, read from physical lines (the two-column header of Nghị định 30 often
 * arrives flattened, with the issuing body, national motto, number and date interleaved):
 * issuing body, "Số: …/KH-UBND", "Đông Hải, ngày … tháng 9 năm 2025", the document type and the title.
 */

import { cleanDisplay } from './clean.ts';
import { field, type IssueSink } from './draft-fields.ts';
import { fold, isAllCaps } from './fold.ts';
import { detectMarker, isHeading, type Layout } from './paragraphs.ts';
import type { DraftCampaign, PlanDocumentType } from './schema.ts';
import type { SourceText } from './source.ts';

const TYPES: [RegExp, PlanDocumentType][] = [
  [/^KẾ HOẠCH\b/u, 'KH'],
  [/^BÁO CÁO\b/u, 'BC'],
  [/^QUYẾT ĐỊNH\b/u, 'QĐ'],
  [/^TỜ TRÌNH\b/u, 'TTr'],
  [/^THÔNG BÁO\b/u, 'TB'],
  [/^CHƯƠNG TRÌNH\b/u, 'CTr'],
  [/^HƯỚNG DẪN\b/u, 'HD'],
  [/^BIÊN BẢN\b/u, 'BB'],
];

const NUMBER_RE =
  /Số\s*[:.]?\s*(\d*)\s*(?:\/\s*\d{4}\s*)?\/\s*([\p{Lu}][\p{L}\d&.]*(?:\s*-\s*[\p{L}\d&.]+)*)/u;
/** Party and youth-union style: "Số: 14-KH/ĐTN". */
const PARTY_NUMBER_RE = /Số\s*[:.]?\s*(\d+)\s*-\s*([\p{Lu}]+\/[\p{Lu}\d&.-]*[\p{Lu}\d])/u;
const DATE_RE =
  /(?:([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,4})\s*,\s*)?ngày\s*(\d{1,2})?[\s.…]*tháng\s*(\d{1,2})?[\s.…]*năm\s*(\d{4})/u;
/** Quốc hiệu and tiêu ngữ, matched on the folded line ("HÒA" and "HOÀ" alike). */
const MOTTO = [
  /cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam/,
  /doc\s+lap\s*[-–]\s*tu\s+do\s*[-–]\s*hanh\s+phuc/,
];
const TITLE_STOP =
  /^(Căn cứ|Thực hiện|Theo|Để|Nhằm|Triển khai|Thi hành|Trên cơ sở|Xét|Qua|Kính gửi|Năm \d{4},)/u;
const SKIP_CELLS = /^(DỰ THẢO|MẬT|KHẨN|HỎA TỐC|HOẢ TỐC)$/u;
/** First words of a header line that continue the line above ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐÔNG HẢI"). */
const PLACE_LEVEL = /^(THÀNH PHỐ|TỈNH|PHƯỜNG|XÃ|QUẬN|HUYỆN|THỊ TRẤN|THỊ XÃ|TP\.?|ĐẶC KHU)(?!\p{L})/u;

export interface HeaderResult {
  campaign: Partial<DraftCampaign>;
  /** 1-based line of the document type, or null. */
  typeLine: number | null;
  /** 1-based line where the body (after the title) starts. */
  bodyStart: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads the header and title from the first lines. */
export function readHeader(src: SourceText, layout: Layout, issues: IssueSink): HeaderResult {
  const lines = src.lines;
  const limit = Math.min(lines.length, 80);
  let typeLine: number | null = null;
  let type: PlanDocumentType | null = null;
  let typeLen = 0;
  for (let k = 0; k < limit && typeLine === null; k++) {
    const t = (lines[k] as { text: string }).text.trim();
    for (const [re, code] of TYPES) {
      const m = re.exec(t);
      if (m && isAllCaps(m[0])) {
        typeLine = k + 1;
        type = code;
        typeLen = m[0].length;
        break;
      }
    }
  }
  const c: Partial<DraftCampaign> = {};
  const headerEnd = typeLine ?? Math.min(lines.length, 20) + 1;
  const bodyCells: { text: string; start: number; line: number }[] = [];
  for (let n = 1; n < headerEnd; n++) {
    const line = lines[n - 1];
    if (!line) continue;
    let text = line.text;
    const blank = (from: number, len: number) => {
      text = text.slice(0, from) + ' '.repeat(len) + text.slice(from + len);
    };
    const num = NUMBER_RE.exec(text) ?? PARTY_NUMBER_RE.exec(text);
    if (num && !c.documentSymbol) {
      const symStart = line.start + num.index + num[0].length - (num[2] ?? '').length;
      const symbol = (num[2] ?? '').replace(/\s+/g, '');
      c.documentSymbol = field(symbol, src.span(symStart, symStart + (num[2] ?? '').length), 0.95);
      const numSpan = src.span(line.start + num.index, line.start + num.index + num[0].length);
      if (num[1]) c.documentNumber = field(Number(num[1]), numSpan, 0.95);
      else {
        c.documentNumber = field<number | null>(null, numSpan, 0.9, { flagged: false });
        issues.add('DOCUMENT_NUMBER_BLANK', 'info', 'Số văn bản để trống (chưa vào số).', numSpan, {
          field: 'documentNumber',
        });
      }
      blank(num.index, num[0].length);
    }
    const date = DATE_RE.exec(text);
    if (date && !c.issuedOn) {
      const span = src.span(line.start + date.index, line.start + date.index + date[0].length);
      if (date[1]) {
        const placeAt = line.start + date.index;
        c.place = field(date[1].trim(), src.span(placeAt, placeAt + date[1].trim().length), 0.9);
      }
      const [, , day, month, year] = date;
      if (month) {
        const iso = day
          ? `${year}-${pad(Number(month))}-${pad(Number(day))}`
          : `${year}-${pad(Number(month))}`;
        c.issuedOn = field<string | null>(iso, span, day ? 0.95 : 0.9, { flagged: !day });
        if (!day)
          issues.add('DATE_DAY_MISSING', 'info', 'Ngày ban hành để trống ngày; chỉ có tháng và năm.', span, {
            field: 'issuedOn',
          });
      } else {
        c.issuedOn = field<string | null>(null, span, 0.5, { flagged: true });
        issues.add('DATE_MISSING', 'warning', 'Ngày ban hành không có tháng.', span, { field: 'issuedOn' });
      }
      blank(date.index, date[0].length);
    }
    for (const re of MOTTO) {
      const m = re.exec(fold(text));
      if (m) blank(m.index, m[0].length);
    }
    // What is left are the issuing body's cells: split on wide gaps (flattened columns).
    let offset = 0;
    for (const cell of text.split(/(\s{3,}|\t)/)) {
      const trimmed = cell.trim();
      if (trimmed && isAllCaps(trimmed) && !/^[-_=*.]+$/.test(trimmed) && !SKIP_CELLS.test(trimmed))
        bodyCells.push({ text: trimmed, start: line.start + offset + cell.indexOf(trimmed), line: n });
      offset += cell.length;
    }
  }
  readIssuer(src, bodyCells, c);

  if (typeLine !== null && type) {
    const t = lines[typeLine - 1] as { start: number; text: string };
    const lead = t.text.length - t.text.trimStart().length;
    c.documentType = field(type, src.span(t.start + lead, t.start + lead + typeLen), 0.95);
    const symbolType = c.documentSymbol?.value.split(/[-/]/)[0];
    if (symbolType && fold(symbolType) !== fold(type))
      issues.add(
        'DOCUMENT_TYPE_MISMATCH',
        'warning',
        `Ký hiệu "${c.documentSymbol?.value}" không khớp loại văn bản "${t.text.trim()}".`,
        c.documentSymbol?.span ?? null,
        { field: 'documentSymbol' },
      );
  }
  const bodyStart = typeLine === null ? headerEnd : readTitle(src, typeLine, typeLen, layout, c, issues);
  return { campaign: c, typeLine, bodyStart };
}

/** "ỦY BAN NHÂN DÂN" + "PHƯỜNG ĐÔNG HẢI" is one body; "UBND PHƯỜNG X" over "TRƯỜNG THCS Y" is superior + issuer. */
function readIssuer(
  src: SourceText,
  cells: { text: string; start: number; line: number }[],
  c: Partial<DraftCampaign>,
): void {
  if (cells.length === 0) return;
  const groups: (typeof cells)[] = [];
  for (const cell of cells) {
    const last = groups[groups.length - 1];
    if (
      last &&
      PLACE_LEVEL.test(cell.text) &&
      !PLACE_LEVEL.test((last[last.length - 1] as { text: string }).text)
    )
      last.push(cell);
    else groups.push([cell]);
  }
  const toField = (g: typeof cells) => {
    const first = g[0] as (typeof cells)[number];
    const last = g[g.length - 1] as (typeof cells)[number];
    return field(g.map((x) => x.text).join(' '), src.span(first.start, last.start + last.text.length), 0.85);
  };
  c.issuingBody = toField(groups[groups.length - 1] as typeof cells);
  if (groups.length > 1) c.superiorBody = toField(groups.slice(0, -1).flat());
}

/** Reads the title after the type line; returns the line where the body starts. */
function readTitle(
  src: SourceText,
  typeLine: number,
  typeLen: number,
  layout: Layout,
  c: Partial<DraftCampaign>,
  issues: IssueSink,
): number {
  const lines = src.lines;
  const parts: { start: number; end: number }[] = [];
  const typeRow = lines[typeLine - 1] as { start: number; text: string };
  const lead = typeRow.text.length - typeRow.text.trimStart().length;
  const sameLine = typeRow.text
    .trim()
    .slice(typeLen)
    .replace(/^[\s:–-]+/, '');
  if (sameLine) {
    const at = typeRow.start + typeRow.text.indexOf(sameLine, lead + typeLen);
    parts.push({ start: at, end: at + sameLine.trimEnd().length });
  }
  let n = typeLine + 1;
  let capped = false;
  for (; n <= lines.length; n++) {
    const line = lines[n - 1] as { start: number; text: string };
    const t = line.text.trim();
    if (!t) continue;
    if (/^[-_=*.~]{3,}$/.test(t)) {
      if (parts.length) {
        n++;
        break;
      }
      continue;
    }
    if (/^\(.*\)$/.test(t) && parts.length) continue; // "(Kèm theo …)" under a title
    const found = detectMarker(t);
    if (parts.length && (TITLE_STOP.test(t) || (found && isHeading(found.marker)))) break;
    if (parts.length && layout === 'paragraphs' && !/^\p{Ll}/u.test(t)) break;
    if (parts.length >= 6) {
      capped = true;
      break;
    }
    const l = line.text.length - line.text.trimStart().length;
    parts.push({ start: line.start + l, end: line.start + l + t.length });
  }
  if (parts.length === 0) return n;
  const first = parts[0] as { start: number };
  const last = parts[parts.length - 1] as { end: number };
  const raw = parts.map((p) => src.text.slice(p.start, p.end)).join(' ');
  const { text, fixes } = cleanDisplay(raw);
  const span = src.span(first.start, last.end);
  c.title = field(
    text,
    span,
    capped ? 0.5 : 0.9,
    fixes.length ? { flagged: true, note: fixNote(fixes) } : {},
  );
  if (capped)
    issues.add('TITLE_UNCERTAIN', 'warning', 'Không rõ tiêu đề kết thúc ở đâu; hãy kiểm tra tiêu đề.', span, {
      field: 'title',
    });
  return n;
}

/** A note listing repaired misspellings. */
export function fixNote(fixes: { from: string; to: string }[]): string {
  return `Đã sửa lỗi chính tả: ${fixes.map((f) => `"${f.from}" → "${f.to}"`).join(', ')}.`;
}

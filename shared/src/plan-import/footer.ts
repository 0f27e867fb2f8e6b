/**
 * The end of the document: "Nơi nhận:" with its list, and the signature block ("TM. ỦY BAN NHÂN DÂN" /
 * "CHỦ TỊCH" / name). In a flattened two-column layout the two interleave on the same lines, separated by wide
 * gaps, so lines are split into cells first.
 */
import { field, type IssueSink } from './draft-fields.ts';
import { isAllCaps } from './fold.ts';
import type { DraftCampaign, DraftSigner } from './schema.ts';
import type { SourceText } from './source.ts';

const RECIPIENTS = /^Nơi\s+nhận\s*:?\s*/iu;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u;
const SIGNER_TITLES =
  /^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|HIỆU TRƯỞNG|TRƯỞNG TRẠM|TRẠM TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|BÍ THƯ|TRƯỞNG KHU|TỔNG GIÁM ĐỐC|THỦ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG KHOA|CHI HỘI TRƯỞNG|TRƯỞNG THÔN|TRƯỞNG CÔNG AN(?: [\p{Lu} ]+)?|CHỈ HUY TRƯỞNG)(?!\p{L})/u;
const NOT_NAME = /^\(|đã ký|ký tên|ghi rõ|đóng dấu|\d|[;:]/iu;

/** First line of the footer (recipients or signature), searching from `from` (1-based). */
export function footerStart(src: SourceText, from: number): number {
  for (let n = from; n <= src.lines.length; n++) {
    const t = (src.lines[n - 1] as { text: string }).text.trim();
    if (RECIPIENTS.test(t) || AUTHORITY.test(t)) return n;
    if (SIGNER_TITLES.test(t) && isAllCaps(t) && t.length < 40 && laterName(src, n)) return n;
  }
  return src.lines.length + 1;
}

function laterName(src: SourceText, n: number): boolean {
  return src.lines.slice(n, n + 12).some((l) => isPersonName(l.text.trim()));
}

/** "Nguyễn Trọng Khiêm", "NGUYỄN VĂN AN": 2–6 capitalised words, no digits or punctuation. */
export function isPersonName(t: string): boolean {
  if (!t || NOT_NAME.test(t) || SIGNER_TITLES.test(t) || AUTHORITY.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}[\p{Ll}]*$|^\p{Lu}+$/u.test(w));
}

interface Cell {
  text: string;
  start: number;
}

/** Reads recipients and signer from the footer lines [from, end]. */
export function readFooter(
  src: SourceText,
  from: number,
  issues: IssueSink,
): Pick<DraftCampaign, 'recipients' | 'signer'> {
  const cells: Cell[] = [];
  for (const line of src.lines.slice(from - 1)) {
    let offset = 0;
    for (const part of line.text.split(/(\s{3,}|\t)/)) {
      const t = part.trim();
      if (t) cells.push({ text: t, start: line.start + offset + part.indexOf(t) });
      offset += part.length;
    }
  }
  const recipients: DraftCampaign['recipients'] = [];
  let inList = false;
  const signerCells: Cell[] = [];
  for (const cell of cells) {
    let t = cell.text;
    let start = cell.start;
    const head = RECIPIENTS.exec(t);
    if (head) {
      inList = true;
      t = t.slice(head[0].length);
      start += head[0].length;
      if (!t) continue;
    }
    const isSigner = AUTHORITY.test(t) || (isAllCaps(t) && SIGNER_TITLES.test(t)) || isPersonName(t);
    const item = /^[-–+•]\s*/.exec(t);
    if (inList && item && !isSigner) {
      const body = t.slice(item[0].length);
      const at = start + item[0].length;
      recipients.push(field(body, src.span(at, at + body.length), 0.9));
    } else if (inList && !isSigner && recipients.length && /^\p{Ll}/u.test(t)) {
      // A recipient wrapped onto the next line.
      const prev = recipients[recipients.length - 1] as (typeof recipients)[number];
      prev.value = `${prev.value} ${t}`;
      prev.span = { ...prev.span, end: src.span(start, start + t.length).end };
    } else signerCells.push({ text: t, start });
  }
  const signer = readSigner(src, signerCells);
  if (!signer) issues.add('SIGNER_MISSING', 'info', 'Không tìm thấy người ký.', null, { field: 'signer' });
  return signer ? { recipients, signer } : { recipients };
}

function readSigner(src: SourceText, cells: Cell[]): DraftSigner | undefined {
  const spanOf = (c: Cell) => src.span(c.start, c.start + c.text.length);
  const authorityAt = cells.findIndex((c) => AUTHORITY.test(c.text));
  const titleAt = cells.findIndex(
    (c, k) => k > authorityAt && isAllCaps(c.text) && SIGNER_TITLES.test(c.text) && !AUTHORITY.test(c.text),
  );
  const nameCells = cells.filter((c) => isPersonName(c.text));
  const name = nameCells[nameCells.length - 1];
  if (authorityAt < 0 && titleAt < 0) return undefined;
  const authority = cells[authorityAt];
  const title = cells[titleAt];
  const anchor = (authority ?? title) as Cell;
  const empty = { ...spanOf(anchor), end: spanOf(anchor).start };
  return {
    authority: authority
      ? field(authority.text, spanOf(authority), 0.9)
      : field('', empty, 0.6, { flagged: false }),
    title: title ? field(title.text, spanOf(title), 0.9) : field('', empty, 0.5),
    name: name ? field(name.text, spanOf(name), 0.85) : field('', empty, 0.4),
  };
}

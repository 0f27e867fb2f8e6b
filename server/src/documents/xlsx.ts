/**
 * An official document as an Excel workbook (pure renderer: view-model in, Buffer out). The first sheet
 * "Văn bản" reads like the paper: header block with the issuing body and Quốc hiệu – Tiêu ngữ, number, place and date
 * in italics, type and subject, the body with its tables, "Nơi nhận" and the signer; A4 portrait, margins of the
 * Nghị định 30 layout, Times New Roman, page numbers from page 2. Each table also gets a sheet of its own (frozen
 * header, filter) so it can be sorted and summed; numbers are written as numbers, not text.
 */
import { type DocBlock, type DocCell, numberLine, placeDate } from '@thidua/shared';
import ExcelJS from 'exceljs';
import { LAYOUT, missingParts, type OfficialDoc, xmlSafe } from './official.ts';

const FONT = LAYOUT.font;
const INCH_PER_MM = 1 / 25.4;
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
/** Excel column width unit ≈ one "0" at 11 pt ≈ 1,9 mm; twips → that unit. */
const twipsToChars = (tw: number) => Math.max(4, Math.round((tw / 56.7 / 1.9) * 10) / 10);

type Table = Extract<DocBlock, { kind: 'table' }>;

function numFmt(c: { text: string; value: number | null }): string {
  const decimals = /,(\d+)/.exec(c.text)?.[1]?.length ?? 0;
  const base = decimals ? `#,##0.${'0'.repeat(Math.min(decimals, 4))}` : '#,##0';
  return c.text.trim().endsWith('%') ? `${base}" %"` : base;
}

function setCell(cell: ExcelJS.Cell, c: DocCell, align: 'left' | 'center' | 'right', bold = false) {
  if (typeof c !== 'string' && c.value !== null && Number.isFinite(c.value)) {
    cell.value = c.value;
    cell.numFmt = numFmt(c);
    if (/\(ước\)/.test(c.text)) cell.note = 'Số ước thực hiện';
  } else cell.value = xmlSafe(typeof c === 'string' ? c : c.text);
  cell.font = { name: FONT, size: 12, bold };
  cell.alignment = { vertical: 'middle', horizontal: align, wrapText: true };
  cell.border = BORDER;
}

/** Rough row height for wrapped text in a merged range of `chars` characters' width. */
const heightFor = (text: string, chars: number, pt = 13) =>
  Math.max(
    1,
    text.split('\n').reduce((n, l) => n + Math.ceil((l.length * 1.05) / Math.max(10, chars)), 0),
  ) *
  (pt + 5);

function pageSetup(ws: ExcelJS.Worksheet, landscape = false) {
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: {
      top: 20 * INCH_PER_MM,
      bottom: 20 * INCH_PER_MM,
      left: 30 * INCH_PER_MM,
      right: 15 * INCH_PER_MM,
      header: 10 * INCH_PER_MM,
      footer: 10 * INCH_PER_MM,
    },
    horizontalCentered: true,
  };
  ws.headerFooter = {
    differentFirst: true,
    firstHeader: '',
    oddHeader: `&C&"${FONT}"&13&P`,
  };
}

function tableSheet(wb: ExcelJS.Workbook, t: Table, n: number) {
  const name = `Bảng ${n}${t.title ? ` – ${t.title}` : ''}`
    .replace(/[\\/*?:[\]]/g, ' ')
    .slice(0, 31)
    .trim();
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  pageSetup(ws, t.header.length > 6);
  const widths = t.widths ?? t.header.map(() => 1500);
  ws.columns = t.header.map((_, i) => ({ width: twipsToChars((widths[i] ?? 1500) * 1.3) }));
  const head = ws.addRow(t.header.map((h) => xmlSafe(h)));
  head.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  for (const r of t.rows) {
    const row = ws.addRow([]);
    r.forEach((c, i) => {
      setCell(row.getCell(i + 1), c, t.align?.[i] ?? 'center');
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.header.length } };
}

export async function renderOfficialXlsx(v: OfficialDoc): Promise<{ xlsx: Buffer; warnings: string[] }> {
  const warnings = missingParts(v);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThiĐua';
  wb.title = xmlSafe(`${v.type} ${v.subject}`).slice(0, 250);
  const ws = wb.addWorksheet('Văn bản');
  const allBlocks = [...v.blocks, ...(v.annex?.blocks ?? [])];
  const tables = allBlocks.filter((b): b is Table => b.kind === 'table');
  // The grid follows the table with the most columns; narrower tables stretch their last column.
  const widest = tables.reduce<Table | undefined>(
    (w, t) => (!w || t.header.length > w.header.length ? t : w),
    undefined,
  );
  const textWidth = LAYOUT.pageWidth - LAYOUT.margins.left - LAYOUT.margins.right;
  const gridTw =
    widest?.widths && widest.widths.length === widest.header.length
      ? widest.widths
      : (() => {
          const n = Math.max(6, widest?.header.length ?? 6);
          return Array.from({ length: n }, () => Math.floor(textWidth / n));
        })();
  const N = gridTw.length;
  ws.columns = gridTw.map((tw) => ({ width: twipsToChars(tw) }));
  const totalChars = gridTw.reduce((a, tw) => a + twipsToChars(tw), 0);
  pageSetup(ws);
  const split = Math.max(1, Math.round(N * 0.4));

  const line = (
    text: string,
    o: {
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      size?: number;
      align?: 'left' | 'center' | 'justify';
    },
    from = 1,
    to = N,
    row?: ExcelJS.Row,
  ) => {
    const r = row ?? ws.addRow([]);
    if (to > from) ws.mergeCells(r.number, from, r.number, to);
    const cell = r.getCell(from);
    cell.value = xmlSafe(text);
    cell.font = { name: FONT, size: o.size ?? 14, bold: o.bold, italic: o.italic, underline: o.underline };
    cell.alignment = { horizontal: o.align ?? 'center', vertical: 'top', wrapText: true };
    return r;
  };

  // Header block: two columns side by side.
  const left = [
    ...(v.parentBody ? [{ text: v.parentBody.toLocaleUpperCase('vi'), bold: false }] : []),
    { text: v.issuer.toLocaleUpperCase('vi'), bold: true },
    { text: numberLine(v.number, v.symbol), bold: false },
  ];
  const right = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, underline: false, italic: false },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, underline: true, italic: false },
    { text: placeDate(v.place, v.date), bold: false, underline: false, italic: true },
  ];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const r = ws.addRow([]);
    const l = left[i];
    const rt = right[i];
    if (l) line(l.text, { bold: l.bold, size: 13 }, 1, split, r);
    if (rt)
      line(rt.text, { bold: rt.bold, underline: rt.underline, italic: rt.italic, size: 13 }, split + 1, N, r);
  }
  ws.addRow([]);
  line(v.type.toLocaleUpperCase('vi'), { bold: true });
  const subj = line(v.subject, { bold: true });
  subj.height = heightFor(v.subject, totalChars, 14);
  for (const p of v.preamble ?? []) line(p.toLocaleUpperCase('vi'), { bold: true });
  ws.addRow([]);

  const paragraph = (text: string, o: { bold?: boolean; italic?: boolean } = {}) => {
    const r = line(`    ${text}`, { ...o, align: 'justify' });
    r.height = heightFor(text, totalChars);
  };
  const tableRows = (t: Table) => {
    if (t.title) line(t.title, { bold: true, size: 13 });
    const spans = (k: number) =>
      Array.from({ length: k }, (_, i) => [i + 1, i === k - 1 ? N : i + 1] as const).slice(0, N);
    const write = (cells: DocCell[], header: boolean) => {
      const r = ws.addRow([]);
      const sp = spans(cells.length);
      cells.forEach((c, i) => {
        const [from, to] = sp[i] ?? [N, N];
        if (to > from) ws.mergeCells(r.number, from, r.number, to);
        setCell(r.getCell(from), c, header ? 'center' : (t.align?.[i] ?? 'center'), header);
        for (let col = from + 1; col <= to; col++) r.getCell(col).border = BORDER;
      });
      const longest = Math.max(
        ...cells.map((c, i) => {
          const [from, to] = sp[i] ?? [N, N];
          const chars = gridTw.slice(from - 1, to).reduce((a, tw) => a + twipsToChars(tw), 0);
          return heightFor(typeof c === 'string' ? c : c.text, chars * 1.15, 12);
        }),
      );
      r.height = Math.max(18, longest);
    };
    write(t.header, true);
    for (const row of t.rows) write(row, false);
  };
  const blocks = (bs: DocBlock[]) => {
    for (const b of bs) {
      if (b.kind === 'heading') line(b.text, { bold: true, align: 'left' });
      else if (b.kind === 'paragraph') paragraph(b.text, { italic: b.italic });
      else if (b.kind === 'narrative') {
        for (const t of b.text.split(/\n+/).filter((x) => x.trim())) paragraph(t.trim());
      } else tableRows(b);
    }
  };
  blocks(v.blocks);
  ws.addRow([]);

  // Closing: "Nơi nhận" on the left, the signer on the right.
  const recips = ['Nơi nhận:', ...v.recipients.map((r) => `- ${r};`), '- Lưu: VT.'];
  const signer = [
    ...(v.signer.authority ? [v.signer.authority.toLocaleUpperCase('vi')] : []),
    v.signer.title.toLocaleUpperCase('vi'),
    '',
    '',
    '',
    v.signer.name ?? '',
  ];
  for (let i = 0; i < Math.max(recips.length, signer.length); i++) {
    const r = ws.addRow([]);
    const rc = recips[i];
    if (rc !== undefined)
      line(rc, { size: i === 0 ? 12 : 11, bold: i === 0, italic: i === 0, align: 'left' }, 1, split, r);
    const sg = signer[i];
    if (sg !== undefined) line(sg, { bold: true, size: 14 }, split + 1, N, r);
  }
  if (v.annex) {
    ws.addRow([]).addPageBreak();
    line(v.annex.title.toLocaleUpperCase('vi'), { bold: true });
    if (v.annex.subtitle) line(v.annex.subtitle, { italic: true });
    blocks(v.annex.blocks);
  }
  tables.forEach((t, i) => {
    tableSheet(wb, t, i + 1);
  });
  const out = await wb.xlsx.writeBuffer();
  return { xlsx: Buffer.from(out as ArrayBuffer), warnings };
}

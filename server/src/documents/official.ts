/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP, as DOCX: a pure renderer (view-model in,
 * Buffer out). A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the header block with
 * the issuing body (bold capitals, a short rule under it) and the Quốc hiệu – Tiêu ngữ; number and symbol ("Số:
 * 05/KH-UBND", a leading zero under 10); place and date in italics; type and subject; the body (14 pt, justified,
 * first-line indent 1,27 cm, 6 pt after); "Nơi nhận" with its list ending "- Lưu: VT, …"; the signer block; page
 * numbers centred in the top margin from page 2.
 */
import { type DocBlock, type DocCell, numberLine, type OfficialDocOut, placeDate } from '@thidua/shared';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const MM = 56.7; // twips per millimetre
export const LAYOUT = {
  pageWidth: 11906,
  pageHeight: 16838,
  margins: {
    top: Math.round(20 * MM),
    bottom: Math.round(20 * MM),
    left: Math.round(30 * MM),
    right: Math.round(15 * MM),
  },
  font: 'Times New Roman',
};

export type Block = DocBlock;
export type OfficialDoc = OfficialDocOut;

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF) are dropped; text is NFC. */
export function xmlSafe(text: string): string {
  return (
    text
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; dropping them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

export const cellText = (c: DocCell): string => (typeof c === 'string' ? c : c.text);

/** Column widths in twips for a table: as given (scaled to the text width) or equal. */
export function tableWidths(b: { header: string[]; widths?: number[] }, width: number): number[] {
  const given = b.widths && b.widths.length === b.header.length ? b.widths : b.header.map(() => 1);
  const sum = given.reduce((a, x) => a + x, 0) || 1;
  return given.map((w) => Math.floor((w / sum) * width));
}

/** What is missing from a document for signing (it still renders, with blanks). */
export function missingParts(v: OfficialDoc): string[] {
  const warnings: string[] = [];
  if (!v.signer.name) warnings.push('Chưa có người ký: khối chữ ký để trống.');
  if (v.number === null) warnings.push('Chưa có số văn bản: để trống số.');
  if (!v.date) warnings.push('Chưa có ngày ban hành: để trống ngày.');
  return warnings;
}

const size = (pt: number) => pt * 2;
const run = (text: string, o: { pt?: number; bold?: boolean; italics?: boolean; underline?: boolean } = {}) =>
  new TextRun({
    text: xmlSafe(text),
    font: LAYOUT.font,
    size: size(o.pt ?? 14),
    bold: o.bold,
    italics: o.italics,
    underline: o.underline ? {} : undefined,
  });
const centered = (children: TextRun[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function headerBlock(v: OfficialDoc): Table {
  const width = LAYOUT.pageWidth - LAYOUT.margins.left - LAYOUT.margins.right;
  const left = Math.round(width * 0.38);
  const cell = (children: Paragraph[], w: number) =>
    new TableCell({
      children,
      width: { size: w, type: WidthType.DXA },
      borders: noBorders,
      margins: { left: 40, right: 40 },
    });
  const issuerLines = [
    ...(v.parentBody ? [centered([run(v.parentBody.toLocaleUpperCase('vi'), { pt: 13 })])] : []),
    centered([run(v.issuer.toLocaleUpperCase('vi'), { pt: 13, bold: true })]),
    centered([run('_______', { pt: 13 })], 120),
    centered([run(numberLine(v.number, v.symbol), { pt: 13 })]),
  ];
  const motto = [
    centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { pt: 12, bold: true })]),
    centered([run('Độc lập - Tự do - Hạnh phúc', { pt: 14, bold: true, underline: true })], 120),
    centered([run(placeDate(v.place, v.date), { pt: 14, italics: true })]),
  ];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(issuerLines, left), cell(motto, width - left)] })],
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function body(blocks: Block[]): (Paragraph | Table)[] {
  const width = LAYOUT.pageWidth - LAYOUT.margins.left - LAYOUT.margins.right;
  const para = (text: string, italics?: boolean) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 720 },
      spacing: { after: 120, line: 312 },
      children: [run(text, { italics })],
    });
  return blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.kind === 'heading')
      return [
        new Paragraph({
          spacing: { before: 120, after: 120 },
          indent: { firstLine: 720 },
          alignment: AlignmentType.JUSTIFIED,
          keepNext: true,
          children: [run(b.text, { bold: true })],
        }),
      ];
    if (b.kind === 'paragraph') return [para(b.text, b.italic)];
    if (b.kind === 'narrative')
      return b.text
        .split(/\n+/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t) => para(t));
    const widths = tableWidths(b, width);
    const cellOf = (c: DocCell, i: number, bold = false) =>
      new TableCell({
        width: { size: widths[i] ?? 1000, type: WidthType.DXA },
        margins: { left: 60, right: 60 },
        children: [
          new Paragraph({
            alignment: bold ? AlignmentType.CENTER : ALIGN[b.align?.[i] ?? 'center'],
            children: [run(cellText(c), { pt: 12, bold })],
          }),
        ],
      });
    return [
      ...(b.title
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { before: 120, after: 60 },
              keepNext: true,
              children: [run(b.title, { pt: 13, bold: true })],
            }),
          ]
        : []),
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: b.header.map((h, i) => cellOf(h, i, true)),
          }),
          ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cellOf(c, i)) })),
        ],
      }),
      // Air between the table and the text after it.
      new Paragraph({ spacing: { after: 120 }, children: [] }),
    ];
  });
}

function closing(v: OfficialDoc): Table {
  const width = LAYOUT.pageWidth - LAYOUT.margins.left - LAYOUT.margins.right;
  const left = Math.round(width * 0.5);
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', { pt: 12, bold: true, italics: true })] }),
    ...v.recipients.map((r) => new Paragraph({ children: [run(`- ${r};`, { pt: 11 })] })),
    new Paragraph({ children: [run('- Lưu: VT.', { pt: 11 })] }),
  ];
  const signer = [
    ...(v.signer.authority
      ? [centered([run(v.signer.authority.toLocaleUpperCase('vi'), { bold: true })])]
      : []),
    centered([run(v.signer.title.toLocaleUpperCase('vi'), { bold: true })], 1400),
    centered([run(v.signer.name ?? '', { bold: true })]),
  ];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: recipients,
            width: { size: left, type: WidthType.DXA },
            borders: noBorders,
          }),
          new TableCell({
            children: signer,
            width: { size: width - left, type: WidthType.DXA },
            borders: noBorders,
          }),
        ],
      }),
    ],
  });
}

/** Renders the document; warnings name what is missing (no signer, no number) without failing. */
export async function renderOfficialDocx(v: OfficialDoc): Promise<{ docx: Buffer; warnings: string[] }> {
  const warnings = missingParts(v);
  const page = {
    size: { width: LAYOUT.pageWidth, height: LAYOUT.pageHeight },
    margin: { ...LAYOUT.margins, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
  };
  const pageNumbers = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: LAYOUT.font, size: size(13) })],
      }),
    ],
  });
  const annex = v.annex
    ? [
        {
          properties: { page },
          headers: { default: pageNumbers },
          footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
          children: [
            centered([run(v.annex.title.toLocaleUpperCase('vi'), { bold: true })]),
            ...(v.annex.subtitle ? [centered([run(v.annex.subtitle, { italics: true })], 240)] : []),
            ...body(v.annex.blocks),
          ],
        },
      ]
    : [];
  const doc = new Document({
    creator: 'ThiĐua',
    title: xmlSafe(`${v.type} ${v.subject}`).slice(0, 250),
    styles: { default: { document: { run: { font: LAYOUT.font, size: size(14) } } } },
    sections: [
      {
        properties: { titlePage: true, page },
        headers: {
          // Page numbers centred in the top margin from page 2; the first page has none.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: pageNumbers,
        },
        footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerBlock(v),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centered([run(v.type.toLocaleUpperCase('vi'), { bold: true })]),
          centered([run(v.subject, { bold: true })], v.preamble?.length ? 120 : 240),
          ...(v.preamble ?? []).map((line, i, all) =>
            centered([run(line.toLocaleUpperCase('vi'), { bold: true })], i === all.length - 1 ? 240 : 0),
          ),
          ...body(v.blocks),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          closing(v),
        ],
      },
      ...annex,
    ],
  });
  return { docx: await Packer.toBuffer(doc), warnings };
}

/**
 * An official document as PDF. When LibreOffice is installed (`soffice`; `THIDUA_SOFFICE` names another path,
 * `THIDUA_SOFFICE=off` disables it) the DOCX itself is converted, so the PDF is the Word layout exactly. Otherwise
 * the same view-model is drawn directly with pdfkit in the Nghị định 30 layout (A4, margins 20/20/30/15 mm, DejaVu
 * Serif — shipped as an npm package — for every Vietnamese glyph), page numbers from page 2.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { type DocBlock, numberLine, placeDate } from '@thidua/shared';
import PDFDocument from 'pdfkit';
import { cellText, MM, type OfficialDoc, tableWidths, xmlSafe } from './official.ts';

const require = createRequire(import.meta.url);

export type PdfEngine = 'libreoffice' | 'pdfkit';

/** The LibreOffice binary to convert with, or null. */
export function sofficePath(): string | null {
  const env = process.env.THIDUA_SOFFICE;
  if (env === 'off') return null;
  const candidates = env
    ? [env]
    : ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

// One conversion at a time per process: LibreOffice locks its profile, and two at once only compete for 2 cores.
let queue: Promise<unknown> = Promise.resolve();
let seq = 0;

/** Converts a DOCX (or XLSX) to PDF with LibreOffice headless; throws with LibreOffice's message on failure. */
export function convertWithLibreOffice(
  input: Buffer,
  ext: 'docx' | 'xlsx',
  timeoutMs = 120_000,
): Promise<Buffer> {
  const soffice = sofficePath();
  if (!soffice) return Promise.reject(new Error('LibreOffice không có trên máy chủ'));
  const job = queue.then(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-pdf-'));
    const profile = path.join(os.tmpdir(), `thidua-lo-profile-${process.pid}`);
    try {
      const file = path.join(dir, `van-ban-${++seq}.${ext}`);
      await fs.writeFile(file, input);
      await new Promise<void>((resolve, reject) => {
        execFile(
          soffice,
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--norestore',
            '--nologo',
            '--nodefault',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            file,
          ],
          { timeout: timeoutMs, env: { ...process.env, HOME: os.tmpdir() } },
          (err, _stdout, stderr) => (err ? reject(new Error(`${err.message} ${stderr}`.trim())) : resolve()),
        );
      });
      const out = file.replace(/\.(docx|xlsx)$/, '.pdf');
      const pdf = await fs.readFile(out).catch(() => null);
      if (pdf?.subarray(0, 5).toString() !== '%PDF-') throw new Error('LibreOffice không tạo được PDF');
      return pdf;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * DejaVu Serif (an npm package, so every machine has it). Liberation Serif would match Times New Roman's metrics,
 * but pdfkit writes no usable ToUnicode entry for its precomposed Vietnamese glyphs (Ư, Ờ… extract as NUL), so
 * text copied out of the PDF would lose its diacritics; the formats test pins this.
 */
function serifFonts() {
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return {
    regular: path.join(dir, 'DejaVuSerif.ttf'),
    bold: path.join(dir, 'DejaVuSerif-Bold.ttf'),
    italic: path.join(dir, 'DejaVuSerif-Italic.ttf'),
    boldItalic: path.join(dir, 'DejaVuSerif-BoldItalic.ttf'),
  };
}

const PT = MM / 20; // twips per point is 20; MM twips per mm → points per mm = MM / 20

/** Draws the document with pdfkit (no LibreOffice needed). */
export function renderOfficialPdf(v: OfficialDoc): Promise<Buffer> {
  const f = serifFonts();
  const margins = { top: 20 * PT, bottom: 20 * PT, left: 30 * PT, right: 15 * PT };
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    info: { Title: xmlSafe(`${v.type} ${v.subject}`).slice(0, 250), Creator: 'ThiĐua' },
  });
  doc.registerFont('r', f.regular);
  doc.registerFont('b', f.bold);
  doc.registerFont('i', f.italic);
  doc.registerFont('bi', f.boldItalic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const X = margins.left;
  const W = doc.page.width - margins.left - margins.right;
  const bottom = () => doc.page.height - margins.bottom;
  const font = (o: { bold?: boolean; italic?: boolean }) =>
    o.bold && o.italic ? 'bi' : o.bold ? 'b' : o.italic ? 'i' : 'r';
  const text = (
    s: string,
    o: {
      x?: number;
      y?: number;
      width?: number;
      size?: number;
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      align?: 'left' | 'center' | 'right' | 'justify';
      indent?: number;
      gap?: number;
    } = {},
  ) => {
    doc.font(font(o)).fontSize(o.size ?? 14);
    doc.text(xmlSafe(s), o.x ?? X, o.y ?? doc.y, {
      width: o.width ?? W,
      align: o.align ?? 'left',
      underline: o.underline,
      indent: o.indent,
      paragraphGap: o.gap ?? 0,
      lineGap: 1.5,
    });
  };

  // Header block: issuing body left (40 %), Quốc hiệu – Tiêu ngữ right.
  const leftW = W * 0.38;
  const top = doc.y;
  if (v.parentBody) text(v.parentBody.toLocaleUpperCase('vi'), { width: leftW, size: 13, align: 'center' });
  text(v.issuer.toLocaleUpperCase('vi'), { x: X, width: leftW, size: 13, bold: true, align: 'center' });
  const ruleY = doc.y + 2;
  doc
    .moveTo(X + leftW / 2 - 30, ruleY)
    .lineTo(X + leftW / 2 + 30, ruleY)
    .lineWidth(0.6)
    .stroke();
  text(numberLine(v.number, v.symbol), { x: X, y: ruleY + 8, width: leftW, size: 13, align: 'center' });
  const leftEnd = doc.y;
  text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {
    x: X + leftW,
    y: top,
    width: W - leftW,
    size: 12,
    bold: true,
    align: 'center',
  });
  text('Độc lập - Tự do - Hạnh phúc', {
    x: X + leftW,
    width: W - leftW,
    size: 14,
    bold: true,
    align: 'center',
  });
  const mottoRule = doc.y + 2;
  doc
    .moveTo(X + leftW + (W - leftW) / 2 - 80, mottoRule)
    .lineTo(X + leftW + (W - leftW) / 2 + 80, mottoRule)
    .stroke();
  text(placeDate(v.place, v.date), {
    x: X + leftW,
    y: mottoRule + 8,
    width: W - leftW,
    italic: true,
    align: 'center',
  });
  doc.y = Math.max(leftEnd, doc.y) + 18;

  text(v.type.toLocaleUpperCase('vi'), { bold: true, align: 'center' });
  text(v.subject, { bold: true, align: 'center', gap: 4 });
  for (const p of v.preamble ?? []) text(p.toLocaleUpperCase('vi'), { bold: true, align: 'center' });
  doc.y += 10;

  const para = (s: string, italic = false) => text(s, { align: 'justify', indent: 36, italic, gap: 6 });
  const table = (b: Extract<DocBlock, { kind: 'table' }>) => {
    if (b.title) text(b.title, { bold: true, size: 13, align: 'center', gap: 3 });
    const widths = tableWidths(b, W * 20).map((tw) => tw / 20);
    const pad = 3;
    const rowHeight = (cells: string[], bold: boolean) =>
      Math.max(
        ...cells.map((c, i) => {
          doc.font(bold ? 'b' : 'r').fontSize(11);
          return (
            doc.heightOfString(xmlSafe(c) || ' ', { width: (widths[i] ?? 40) - 2 * pad, lineGap: 1 }) +
            2 * pad
          );
        }),
      );
    const drawRow = (cells: string[], bold: boolean) => {
      const h = rowHeight(cells, bold);
      if (doc.y + h > bottom()) {
        doc.addPage();
        if (!bold) drawRow(b.header, true);
      }
      const y = doc.y;
      let x = X;
      cells.forEach((c, i) => {
        const w = widths[i] ?? 40;
        doc.rect(x, y, w, h).lineWidth(0.5).stroke();
        doc.font(bold ? 'b' : 'r').fontSize(11);
        doc.text(xmlSafe(c), x + pad, y + pad, {
          width: w - 2 * pad,
          align: bold ? 'center' : (b.align?.[i] ?? 'center'),
          lineGap: 1,
        });
        x += w;
      });
      doc.x = X;
      doc.y = y + h;
    };
    drawRow(b.header, true);
    for (const r of b.rows) drawRow(r.map(cellText), false);
    doc.y += 8;
  };
  const blocks = (bs: DocBlock[]) => {
    for (const b of bs) {
      if (b.kind === 'heading') {
        if (doc.y + 60 > bottom()) doc.addPage();
        text(b.text, { bold: true, indent: 36, align: 'left', gap: 6 });
      } else if (b.kind === 'paragraph') para(b.text, b.italic);
      else if (b.kind === 'narrative')
        for (const t of b.text.split(/\n+/).filter((x) => x.trim())) para(t.trim());
      else table(b);
    }
  };
  blocks(v.blocks);

  // "Nơi nhận" left, signer right; kept together on one page.
  if (doc.y + 150 > bottom()) doc.addPage();
  doc.y += 10;
  const closeTop = doc.y;
  const half = W / 2;
  text('Nơi nhận:', { x: X, width: half, size: 12, bold: true, italic: true });
  for (const r of v.recipients) text(`- ${r};`, { x: X, width: half, size: 11 });
  text('- Lưu: VT.', { x: X, width: half, size: 11 });
  const recipEnd = doc.y;
  doc.y = closeTop;
  if (v.signer.authority)
    text(v.signer.authority.toLocaleUpperCase('vi'), {
      x: X + half,
      width: half,
      bold: true,
      align: 'center',
    });
  text(v.signer.title.toLocaleUpperCase('vi'), { x: X + half, width: half, bold: true, align: 'center' });
  doc.y += 70;
  text(v.signer.name ?? '', { x: X + half, width: half, bold: true, align: 'center' });
  doc.y = Math.max(recipEnd, doc.y);

  if (v.annex) {
    doc.addPage();
    text(v.annex.title.toLocaleUpperCase('vi'), { bold: true, align: 'center' });
    if (v.annex.subtitle) text(v.annex.subtitle, { italic: true, align: 'center', gap: 8 });
    blocks(v.annex.blocks);
  }

  // Page numbers centred in the top margin from page 2.
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('r').fontSize(13);
    doc.text(String(i + 1), X, 10 * PT, { width: W, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

/** The PDF of a document: LibreOffice from the DOCX when available, else drawn directly. */
export async function officialPdf(
  v: OfficialDoc,
  docx: () => Promise<Buffer>,
): Promise<{ pdf: Buffer; engine: PdfEngine }> {
  if (sofficePath())
    return { pdf: await convertWithLibreOffice(await docx(), 'docx'), engine: 'libreoffice' };
  return { pdf: await renderOfficialPdf(v), engine: 'pdfkit' };
}

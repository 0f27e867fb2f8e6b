/**
 * The Giấy khen as a PDF (A4 landscape): the issuing body and Quốc hiệu – Tiêu ngữ, the award, the recipient, the
 * achievement, the decision it rests on, place and date, and the signer. A pure renderer (view-model in, Buffer
 * out) with an embedded Unicode serif (DejaVu Serif, shipped as an npm package) so every Vietnamese diacritic
 * survives on any machine.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = {
  regular: path.join(FONT_DIR, 'DejaVuSerif.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'),
};

export interface CertificateView {
  /** "UỶ BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI" */
  issuer: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI" */
  grantor: string;
  /** "GIẤY KHEN" */
  title: string;
  recipient: string;
  /** The person's position and unit, or the collective's parent unit. */
  recipientDetail: string;
  achievement: string;
  /** "Quyết định số 15/QĐ-UBND ngày 20/12/2025" */
  decisionRef: string;
  /** "Đông Hải, ngày 20 tháng 12 năm 2025" */
  placeDate: string;
  signerTitle: string;
  signerName: string;
  /** "Số: 15/QĐ-UBND – Sổ vàng: 3" */
  registry: string;
}

/** One Giấy khen per page (a decision's whole list in one file). */
export function renderCertificates(views: CertificateView[]): Promise<Buffer> {
  const first = views[0];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    autoFirstPage: false,
    margins: { top: 50, bottom: 40, left: 70, right: 60 },
    info: {
      Title: views.length === 1 && first ? `${first.title} – ${first.recipient}` : 'Giấy khen',
      Author: first?.issuer ?? '',
      Creator: 'ThiĐua',
    },
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.registerFont('italic', FONT.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const v of views) {
    doc.addPage();
    drawCertificate(doc, v);
  }
  if (!views.length) doc.addPage();
  doc.end();
  return done;
}

export const renderCertificate = (v: CertificateView) => renderCertificates([v]);

function drawCertificate(doc: PDFKit.PDFDocument, v: CertificateView): void {
  const W = doc.page.width;
  const H = doc.page.height;
  // A double frame.
  doc
    .lineWidth(3)
    .strokeColor('#b8860b')
    .rect(24, 24, W - 48, H - 48)
    .stroke();
  doc
    .lineWidth(1)
    .rect(32, 32, W - 64, H - 64)
    .stroke();
  const left = 70;
  const colW = (W - left - 60) / 2;
  // Header: issuing body (left) and Quốc hiệu – Tiêu ngữ (right).
  doc.fillColor('#000').font('bold').fontSize(12).text(v.issuer, left, 56, { width: colW, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + colW, 56, { width: colW, align: 'center' });
  doc
    .font('bold')
    .fontSize(13)
    .text('Độc lập – Tự do – Hạnh phúc', left + colW, 74, { width: colW, align: 'center' });
  // A short rule under the issuing body, as under the motto (Nghị định 30/2020).
  const first = left + colW / 2;
  doc
    .lineWidth(0.8)
    .strokeColor('#000')
    .moveTo(first - 40, 82)
    .lineTo(first + 40, 82)
    .stroke();
  const mid = left + colW + colW / 2;
  doc
    .lineWidth(0.8)
    .strokeColor('#000')
    .moveTo(mid - 85, 93)
    .lineTo(mid + 85, 93)
    .stroke();
  // Title, grantor, recipient.
  doc
    .font('bold')
    .fontSize(16)
    .text(v.grantor, left, 130, { width: W - left - 60, align: 'center' });
  doc
    .font('bold')
    .fontSize(40)
    .fillColor('#b22222')
    .text(v.title, left, 160, { width: W - left - 60, align: 'center' });
  doc
    .fillColor('#000')
    .font('regular')
    .fontSize(15)
    .text('Tặng', left, 225, { width: W - left - 60, align: 'center' });
  doc
    .font('bold')
    .fontSize(24)
    .fillColor('#0b3d91')
    .text(v.recipient, left, 248, { width: W - left - 60, align: 'center' });
  doc
    .fillColor('#000')
    .font('italic')
    .fontSize(14)
    .text(v.recipientDetail, { width: W - left - 60, align: 'center' });
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(14)
    .text(`Đã có thành tích: ${v.achievement}`, left + 40, doc.y, {
      width: W - left - 140,
      align: 'center',
    });
  // Footer: decision reference (left), place, date and signer (right).
  const footY = H - 175;
  doc
    .font('italic')
    .fontSize(11)
    .text(v.decisionRef, left, footY + 40, { width: colW - 20 });
  doc
    .font('regular')
    .fontSize(11)
    .text(v.registry, left, footY + 58, { width: colW - 20 });
  doc
    .font('italic')
    .fontSize(13)
    .text(v.placeDate, left + colW, footY, { width: colW, align: 'center' });
  doc
    .font('bold')
    .fontSize(13)
    .text(v.signerTitle, left + colW, footY + 20, { width: colW, align: 'center' });
  doc
    .font('bold')
    .fontSize(14)
    .text(v.signerName, left + colW, footY + 100, { width: colW, align: 'center' });
}

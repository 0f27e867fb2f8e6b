/**
 * The same official document as XLSX and PDF: the workbook opens with the A4 page set-up, the Nghị định 30 margins,
 * Times New Roman, the header block and numbers stored as numbers; the PDF (drawn directly, and converted from the
 * DOCX by LibreOffice when installed) is A4 and its extracted text keeps every Vietnamese diacritic. Text with
 * control characters, XML specials and NFD accents still gives valid files.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { decisionView } from './decision.ts';
import { type OfficialDoc, renderOfficialDocx, xmlSafe } from './official.ts';
import { convertWithLibreOffice, renderOfficialPdf, sofficePath } from './pdf.ts';
import { renderOfficialXlsx } from './xlsx.ts';

const DOC: OfficialDoc = {
  issuer: 'Ủy ban nhân dân phường Đông Hải',
  number: 12,
  symbol: 'BC-UBND',
  place: 'Đông Hải',
  date: '2025-12-08',
  type: 'Báo cáo',
  subject: 'Kết quả thực hiện Kế hoạch số 05/KH-UBND đến tháng 11/2025',
  blocks: [
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA' },
    { kind: 'paragraph', text: 'Số đơn vị phải báo cáo: 31; đã được duyệt: 26.' },
    {
      kind: 'table',
      title: 'Kết quả thực hiện các chỉ tiêu',
      header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu đợt', 'Thực hiện', 'Tỷ lệ hoàn thành'],
      align: ['center', 'left', 'center', 'right', 'right', 'right'],
      rows: [
        [
          '1',
          'CT01. Thu ngân sách nhà nước trên địa bàn',
          'triệu đồng',
          { text: '36.692', value: 36692 },
          { text: '26.151,1 (ước)', value: 26151.1 },
          { text: '71,27 %', value: 71.27 },
        ],
        [
          '2',
          'CT18. Tỷ lệ người dân tham gia bảo hiểm y tế',
          '%',
          { text: '96,4 %', value: 96.4 },
          'Không có dữ liệu',
          { text: '—', value: null },
        ],
      ],
    },
    {
      kind: 'narrative',
      key: 'highlights',
      label: 'Kết quả nổi bật',
      text: 'Thu ngân sách đạt khá.\nCác tổ dân phố thi đua sôi nổi.',
    },
  ],
  recipients: ['UBND thành phố (để b/c)'],
  signer: { authority: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Trọng Khiêm' },
  annex: {
    title: 'Danh sách kèm theo',
    blocks: [{ kind: 'table', header: ['STT', 'Họ và tên'], rows: [['1', 'Phạm Thị Hường']] }],
  },
};

const MUST_SURVIVE = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Đông Hải, ngày 08 tháng 12 năm 2025',
  'Số: 12/BC-UBND',
  'Thu ngân sách nhà nước trên địa bàn',
  'Tỷ lệ người dân tham gia bảo hiểm y tế',
  'Các tổ dân phố thi đua sôi nổi.',
  'Nguyễn Trọng Khiêm',
  'Phạm Thị Hường',
];

async function pdfText(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  const { text } = await extractText(doc, { mergePages: true });
  const page = await doc.getPage(1);
  const [, , w, h] = page.view;
  return { text: text.normalize('NFC').replace(/\s+/g, ' '), pages: doc.numPages, size: [w, h] as number[] };
}

describe('official document as XLSX', () => {
  it('lays out the paper in A4 with the decree margins and keeps numbers as numbers', async () => {
    const { xlsx, warnings } = await renderOfficialXlsx(DOC);
    expect(warnings).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Văn bản');
    if (!ws) throw new Error('no sheet');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
    const mm = (inch: number | undefined) => (inch ?? 0) * 25.4;
    expect(mm(ws.pageSetup.margins?.left)).toBeCloseTo(30, 0);
    expect(mm(ws.pageSetup.margins?.right)).toBeCloseTo(15, 0);
    expect(mm(ws.pageSetup.margins?.top)).toBeCloseTo(20, 0);
    expect(mm(ws.pageSetup.margins?.bottom)).toBeCloseTo(20, 0);
    expect(ws.headerFooter.differentFirst).toBe(true);
    expect(ws.headerFooter.oddHeader).toContain('&P');
    const values: string[] = [];
    ws.eachRow((r) => {
      r.eachCell((c) => {
        values.push(String(c.value ?? ''));
      });
    });
    const all = values.join('\n');
    for (const s of ['ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI', ...MUST_SURVIVE]) expect(all).toContain(s);
    expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
    // The indicator table also has a sheet of its own, numbers as numbers with a Vietnamese-looking format.
    const t = wb.worksheets.find((w) => w.name.startsWith('Bảng 1'));
    if (!t) throw new Error('no table sheet');
    expect(t.getRow(1).getCell(2).value).toBe('Chỉ tiêu');
    expect(t.getRow(2).getCell(4).value).toBe(36692);
    expect(t.getRow(2).getCell(5).value).toBe(26151.1);
    expect(t.getRow(2).getCell(5).note).toBeTruthy(); // "ước" flagged on the cell
    expect(t.getRow(2).getCell(6).numFmt).toContain('%');
    expect(t.getRow(3).getCell(5).value).toBe('Không có dữ liệu');
    expect(t.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('official document as PDF', () => {
  it('drawn directly: A4, page numbers from page 2, Vietnamese text intact', async () => {
    const pdf = await renderOfficialPdf(DOC);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages, size } = await pdfText(pdf);
    expect(pages).toBe(2); // the list "kèm theo" starts a page
    expect(size[0]).toBeCloseTo(595.28, 0);
    expect(size[1]).toBeCloseTo(841.89, 0);
    for (const s of MUST_SURVIVE) expect(text).toContain(s);
    expect(text).toContain('26.151,1 (ước)');
  });

  it.skipIf(!sofficePath())(
    'converted by LibreOffice from the DOCX: A4 and the same Vietnamese text',
    async () => {
      const { docx } = await renderOfficialDocx(DOC);
      const pdf = await convertWithLibreOffice(docx, 'docx');
      const { text, size } = await pdfText(pdf);
      expect(size[0]).toBeCloseTo(595.3, 0);
      expect(size[1]).toBeCloseTo(841.9, 0);
      for (const s of MUST_SURVIVE) expect(text).toContain(s);
    },
    120_000,
  );
});

describe('hostile text', () => {
  const nasty = `Tổ\u0001 dân phố <b>"7"</b> & 'Ông' \uD800 ${'Đ'.normalize('NFD')}ông Hải ${'e\u0301'} 😀`;
  it('drops what XML forbids, composes accents, keeps the rest', () => {
    expect(xmlSafe(nasty)).toBe(`Tổ dân phố <b>"7"</b> & 'Ông'  Đông Hải é 😀`);
  });

  it('gives valid DOCX, XLSX and PDF', async () => {
    const doc: OfficialDoc = {
      ...DOC,
      subject: nasty,
      blocks: [
        { kind: 'table', header: ['Tên'], rows: [[nasty]] },
        { kind: 'paragraph', text: nasty },
      ],
    };
    const { docx } = await renderOfficialDocx(doc);
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml.includes('\u0001') || xml.includes('\uD800')).toBe(false);
    expect(xml).toContain('&lt;b&gt;&quot;7&quot;&lt;/b&gt; &amp;');
    const { xlsx } = await renderOfficialXlsx(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(String(wb.getWorksheet('Bảng 1')?.getRow(2).getCell(1).value)).toContain('<b>"7"</b> &');
    const { text } = await pdfText(await renderOfficialPdf(doc));
    expect(text).toContain('dân phố <b>"7"</b> &');
  });
});

describe('a decision listing 500 nominees with very long names', () => {
  const long = 'Trường Trung học cơ sở Đông Hải – Chi đoàn thanh niên khu dân cư số 7 '.repeat(4).trim();
  const { doc, warnings } = decisionView(
    {
      id: 1,
      campaignId: 1,
      kind: 'decision',
      number: 15,
      symbol: 'QĐ-UBND',
      reference: '15/QĐ-UBND',
      signedOn: '2025-12-20',
      signerName: '',
      items: Array.from({ length: 500 }, (_, k) => ({
        nominationId: k + 1,
        subject: k % 5 === 0 ? ('collective' as const) : ('individual' as const),
        name: k % 5 === 0 ? `${long} ${k}` : `Nguyễn Thị Phương Thảo ${k}`,
        unitName: long,
        awardName: 'Giấy khen của Chủ tịch UBND phường',
        cashMultiplier: 0.3,
      })),
    },
    {
      title: 'Phát động Đợt thi đua năm 2025',
      place: 'Đông Hải',
      issuingUnitName: 'Phường Đông Hải',
      documentNumber: 5,
      documentSymbol: 'KH-UBND',
      issuedOn: '2025-08-26',
    },
  );

  it('splits collectives and individuals in the annex and says the signer is missing', async () => {
    const tables = (doc.annex?.blocks ?? []).filter((b) => b.kind === 'table');
    expect(tables.map((t) => (t.kind === 'table' ? [t.title, t.rows.length] : null))).toEqual([
      ['I. TẬP THỂ (100)', 100],
      ['II. CÁ NHÂN (400)', 400],
    ]);
    expect(doc.signer.name).toBeNull();
    const { docx, warnings: w } = await renderOfficialDocx(doc);
    expect(w).toContain('Chưa có người ký: khối chữ ký để trống.');
    expect(warnings).toEqual([]);
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBeGreaterThan(500);
    expect(xml).toContain('Điều 1. Tặng Giấy khen của Chủ tịch UBND phường cho 100 tập thể và 400 cá nhân');
  });

  it('still gives a workbook with every row and a PDF with every name', async () => {
    const { xlsx } = await renderOfficialXlsx(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.worksheets.find((w) => w.name.includes('CÁ NHÂN'))?.rowCount).toBe(401);
    const { text, pages } = await pdfText(await renderOfficialPdf(doc));
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain('Nguyễn Thị Phương Thảo 499');
    expect(text).toContain('DANH SÁCH KHEN THƯỞNG');
  });
});

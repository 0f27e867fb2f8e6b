/**
 * The official-document renderer: opens the DOCX it writes and checks the Nghị định 30 layout (page size,
 * margins, font, header block, number, date, type, recipients, signer, page numbers from page 2) and that
 * Vietnamese text, special characters and long names survive.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LAYOUT, type OfficialDoc, renderOfficialDocx } from './official.ts';

const PLAN: OfficialDoc = {
  issuer: 'Ủy ban nhân dân phường Đông Hải',
  number: 5,
  symbol: 'KH-UBND',
  place: 'Đông Hải',
  date: '2026-01-05',
  type: 'Kế hoạch',
  subject: 'Phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025',
  blocks: [
    { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    {
      kind: 'paragraph',
      text: 'Thu ngân sách nhà nước trên địa bàn đạt 36.692 triệu đồng; tỷ lệ tham gia BHXH đạt 55,5 %.',
    },
    {
      kind: 'table',
      header: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'],
      rows: [['Thu ngân sách (triệu đồng)', '36.692', '26.151,1 (ước)', '71,3 %']],
    },
  ],
  recipients: ['UBND thành phố (để b/c)', 'Các phòng, ban, đơn vị', 'Tổ dân phố 1–25 <"&>'],
  signer: { authority: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Trọng Khiêm' },
};

async function open(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { zip, document: await xml('word/document.xml'), files: Object.keys(zip.files) };
}
const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};
/** The text runs of a WordprocessingML part, with XML entities decoded (special characters must survive). */
const text = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e))
    .join('');

describe('official document (Nghị định 30/2020)', () => {
  it('writes A4 with the margins, font, header block, title page and page numbers from page 2', async () => {
    const { docx, warnings } = await renderOfficialDocx(PLAN);
    expect(warnings).toEqual([]);
    const { document, files } = await open(docx);
    const pg = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(document);
    expect([Number(pg?.[1]), Number(pg?.[2])]).toEqual([LAYOUT.pageWidth, LAYOUT.pageHeight]);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? '';
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)?.[1]) / 56.7;
    expect(attr('top')).toBeCloseTo(20, 0);
    expect(attr('bottom')).toBeCloseTo(20, 0);
    expect(attr('left')).toBeCloseTo(30, 0);
    expect(attr('right')).toBeCloseTo(15, 0);
    expect(document).toContain('<w:titlePg/>');
    expect(document).toContain('w:ascii="Times New Roman"');
    const t = text(document).normalize('NFC');
    for (const s of [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/KH-UBND',
      'Đông Hải, ngày 05 tháng 01 năm 2026',
      'KẾ HOẠCH',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Trọng Khiêm',
      '26.151,1 (ước)',
      'Tổ dân phố 1–25 <"&>;',
    ])
      expect(t).toContain(s);
    // Page numbers: a PAGE field in the default header; the first page's header is empty.
    const headers = files.filter((f) => /^word\/header\d+\.xml$/.test(f));
    expect(headers.length).toBe(2);
    const bodies = await Promise.all(
      headers.map(async (h) => (await JSZip.loadAsync(docx)).file(h)?.async('string')),
    );
    expect(bodies.filter((b) => b?.includes('PAGE'))).toHaveLength(1);
  });

  it('stays valid and says what is missing: no signer, no number, 500 rows, a very long name', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      `${i + 1}`,
      `Nguyễn Thị Phương Thảo Hoàng Lê Minh Khôi ${'Trường Trung học cơ sở Đông Hải '.repeat(4)}`,
      'Giấy khen',
    ]);
    const { docx, warnings } = await renderOfficialDocx({
      ...PLAN,
      number: null,
      date: null,
      signer: { authority: null, title: 'Chủ tịch', name: null },
      blocks: [
        { kind: 'table', header: ['STT', 'Họ và tên, đơn vị', 'Hình thức'], rows, widths: [700, 6000, 2655] },
      ],
    });
    expect(warnings).toEqual([
      'Chưa có người ký: khối chữ ký để trống.',
      'Chưa có số văn bản: để trống số.',
      'Chưa có ngày ban hành: để trống ngày.',
    ]);
    const { document } = await open(docx);
    expect((document.match(/<w:tr>/g) ?? []).length).toBeGreaterThan(500);
    expect(text(document)).toContain('Số:      /KH-UBND');
    expect(text(document)).toContain('Đông Hải, ngày     tháng     năm');
  });
});

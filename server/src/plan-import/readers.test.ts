/** Readers: each format to text, and each bad file to its stable code and Vietnamese message. */
import { describe, expect, it } from 'vitest';
import { PLAN_IMPORT_ERRORS, PLAN_IMPORT_MAX_BYTES, type PlanImportErrorCode } from './errors.ts';
import { importPlanFile } from './import-plan.ts';
import { readPlanFile } from './read-file.ts';
import { cp1258, docx, encryptedPdf, pdfWithText, scannedPdf, zip } from './test-documents.ts';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'PHƯỜNG ĐÔNG HẢI',
  'Số: 15/KH-UBND',
  'Đông Hải, ngày 05 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Phát động phong trào thi đua năm 2025',
  'I. CHỈ TIÊU THI ĐUA',
  '- Tỷ lệ hộ nghèo giảm còn 1,5%;',
  '- Số buổi tuyên truyền pháp luật: 24 buổi;',
  '- Thu ngân sách đạt 12.500 triệu đồng.',
].join('\n');

/** What every format must give for PLAN. */
async function expectPlan(bytes: Uint8Array, name: string) {
  const r = await importPlanFile(bytes, name);
  expect(r.draft.campaign.documentNumber?.value).toBe(15);
  expect(r.draft.campaign.issuedOn?.value).toBe('2025-03-05');
  expect(r.draft.campaign.title?.value).toBe('Phát động phong trào thi đua năm 2025');
  expect(
    r.draft.indicators.map((i) => [
      i.name.value,
      i.targetValue.value,
      i.unitOfMeasure.value,
      i.direction.value,
    ]),
  ).toEqual([
    ['Tỷ lệ hộ nghèo', 1.5, '%', 'at_most'],
    ['Số buổi tuyên truyền pháp luật', 24, 'buổi', 'at_least'],
    ['Thu ngân sách', 12500, 'triệu đồng', 'at_least'],
  ]);
  return r;
}

async function expectCode(bytes: Uint8Array, name: string | null, code: PlanImportErrorCode) {
  const err = await importPlanFile(bytes, name).then(
    () => null,
    (e: unknown) => e as { code?: string; message?: string },
  );
  expect(err?.code).toBe(code);
  expect(err?.message).toBe(PLAN_IMPORT_ERRORS[code].message);
}

describe('readers', () => {
  it('reads UTF-8 text, with and without a BOM', async () => {
    expect((await expectPlan(Buffer.from(PLAN, 'utf8'), 'kh.txt')).source.encoding).toBe('utf-8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, 'utf8')]);
    const r = await expectPlan(bom, 'kh.txt');
    expect(r.source.encoding).toBe('utf-8-bom');
    expect(r.source.text.startsWith('ỦY')).toBe(true);
  });

  it('reads Windows-1258 text', async () => {
    const r = await expectPlan(cp1258(PLAN), 'kh-cp1258.txt');
    expect(r.source.encoding).toBe('windows-1258');
  });

  it('reads NFD text, and spans point into the NFD original', async () => {
    const nfd = PLAN.normalize('NFD');
    const r = await expectPlan(Buffer.from(nfd, 'utf8'), 'kh-nfd.txt');
    const name = r.draft.indicators[0]?.name.span;
    expect(r.source.text.slice(name?.start, name?.end).normalize('NFC')).toBe('Tỷ lệ hộ nghèo');
  });

  it('reads a .docx', async () => {
    const r = await expectPlan(docx(PLAN), 'kh.docx');
    expect(r.source.format).toBe('docx');
    // One Word paragraph per physical line of the plan: detected as lines, so broken sentences are re-joined.
    expect(r.draft.layout).toBe('lines');
  });

  it('reads a PDF with a text layer', async () => {
    const r = await expectPlan(pdfWithText(PLAN), 'kh.pdf');
    expect(r.source.format).toBe('pdf');
  });

  it('tells the format from the bytes, not the name', async () => {
    expect((await readPlanFile(docx(PLAN), 'ke-hoach')).format).toBe('docx');
    expect((await readPlanFile(pdfWithText(PLAN), 'ke-hoach.bin')).format).toBe('pdf');
  });
});

describe('bad files', () => {
  it('an empty or blank file is PLAN_IMPORT_EMPTY', async () => {
    await expectCode(Buffer.alloc(0), 'kh.txt', 'PLAN_IMPORT_EMPTY');
    await expectCode(Buffer.from(' \n\r\n\t '), 'kh.txt', 'PLAN_IMPORT_EMPTY');
    await expectCode(docx(''), 'kh.docx', 'PLAN_IMPORT_EMPTY');
  });

  it('text that is neither a plan nor a report is PLAN_IMPORT_NOT_A_PLAN', async () => {
    const letter = 'Kính gửi anh Nam,\nHôm nay trời đẹp, cả nhà đi chơi công viên.\nThân mến.';
    await expectCode(Buffer.from(letter), 'thu.txt', 'PLAN_IMPORT_NOT_A_PLAN');
  });

  it('a file over the limit is PLAN_IMPORT_TOO_LARGE, before it is read', async () => {
    await expectCode(Buffer.alloc(50 * 1024 * 1024, 0x41), 'kh.txt', 'PLAN_IMPORT_TOO_LARGE');
    expect(PLAN_IMPORT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it('a damaged .docx or .pdf is PLAN_IMPORT_CORRUPT', async () => {
    const truncated = docx(PLAN).subarray(0, 200);
    await expectCode(truncated, 'kh.docx', 'PLAN_IMPORT_CORRUPT');
    await expectCode(zip({ 'hello.txt': 'không phải Word' }), 'kh.docx', 'PLAN_IMPORT_CORRUPT');
    await expectCode(Buffer.from(PLAN), 'kh.docx', 'PLAN_IMPORT_CORRUPT');
    await expectCode(Buffer.from('%PDF-1.4\nrác'), 'kh.pdf', 'PLAN_IMPORT_CORRUPT');
  });

  it('a password-protected PDF or Word file is PLAN_IMPORT_ENCRYPTED', async () => {
    await expectCode(encryptedPdf(), 'kh.pdf', 'PLAN_IMPORT_ENCRYPTED');
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    await expectCode(ole, 'kh.docx', 'PLAN_IMPORT_ENCRYPTED');
  });

  it('a scanned PDF without text is PLAN_IMPORT_NO_TEXT_LAYER', async () => {
    await expectCode(scannedPdf(), 'scan.pdf', 'PLAN_IMPORT_NO_TEXT_LAYER');
  });

  it('other formats are PLAN_IMPORT_UNSUPPORTED_TYPE; an old .doc gets its own advice', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expectCode(png, 'anh.png', 'PLAN_IMPORT_UNSUPPORTED_TYPE');
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const err = await importPlanFile(ole, 'kh.doc').catch((e) => e);
    expect(err.code).toBe('PLAN_IMPORT_UNSUPPORTED_TYPE');
    expect(err.message).toContain('.docx');
  });
});

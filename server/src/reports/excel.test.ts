import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';

let env: TestEnv;
let reporter: Agent;
let report: any;

const rowOf = (ws: ExcelJS.Worksheet, code: string) => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === code) return ws.getRow(r);
  throw new Error(`no row ${code}`);
};

async function template(): Promise<ExcelJS.Workbook> {
  const dl = await reporter.download(`/api/reports/${report.id}/template.xlsx`);
  expect(dl.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(dl.body as unknown as ArrayBuffer);
  return wb;
}
const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const upload = (content: Buffer, mode = 'preview', name = 'bao-cao.xlsx') =>
  reporter.upload(`/api/reports/${report.id}/import?mode=${mode}`, { name, content });
const current = async () => (await reporter.get(`/api/reports/${report.id}`)).body;
const value = (r: any, code: string) => r.rows.find((x: any) => x.indicator.code === code);

beforeAll(async () => {
  env = await createTestEnv();
  const office = await env.as('office');
  reporter = await env.as('reporter');
  const list = await office.get('/api/campaigns?status=launched');
  const campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  const unitId = (await env.unit('HP.DONGHAI.TDP07')).id;
  report = (await reporter.post('/api/reports', { campaignId, unitId, periodId: '2025-09' })).body;
});
afterAll(() => env.close());

describe('the Excel template', () => {
  it('is a protected sheet with the unit’s indicators, input cells unlocked and validated, and a hidden identity', async () => {
    const wb = await template();
    const ws = wb.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    expect(String(ws.getCell('A3').value)).toBe('Đơn vị: Tổ dân phố 7');
    expect((ws as any).sheetProtection?.sheet).toBe(true);
    const ct08 = rowOf(ws, 'CT08');
    expect(ct08.getCell(3).value).toContain('hộ'); // name keeps its diacritics
    expect(ct08.getCell(7).protection?.locked).toBe(false); // Giá trị: input
    expect(ct08.getCell(3).protection?.locked).not.toBe(false); // name: locked
    expect(ct08.getCell(7).dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
    const ct03 = rowOf(ws, 'CT03'); // a ratio: numerator and denominator are the inputs
    expect(ct03.getCell(8).protection?.locked).toBe(false);
    expect(ct03.getCell(7).protection?.locked).not.toBe(false);
    expect(ct03.getCell(10).dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    const meta = wb.getWorksheet('_thidua') as ExcelJS.Worksheet;
    expect(meta.state).toBe('veryHidden');
    expect(meta.getRow(2).values).toEqual([undefined, 'reportId', report.id]);
  });
});

describe('uploading it back', () => {
  it('previews without saving, then imports everything when every row is valid', async () => {
    const wb = await template();
    const ws = wb.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    rowOf(ws, 'CT08').getCell(7).value = 15;
    rowOf(ws, 'CT23').getCell(7).value = '4'; // text holding a plain number is fine
    const ct03 = rowOf(ws, 'CT03');
    ct03.getCell(8).value = 37;
    ct03.getCell(9).value = 38;
    ct03.getCell(10).value = 'Có';
    ct03.getCell(11).value = 'Số liệu ước đến 30/9';
    const file = await bytes(wb);
    const preview = await upload(file);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ mode: 'preview', saved: false, savedRows: 0 });
    expect(preview.body.rows.every((r: any) => r.ok)).toBe(true);
    expect(value(await current(), 'CT08').value).toBeNull();
    const all = await upload(file, 'all');
    // Three rows changed; the five left blank say what the report already holds.
    expect(all.body).toMatchObject({ saved: true, savedRows: 3 });
    expect(all.body.notes).toContain('5 dòng không thay đổi so với số liệu hiện có.');
    const now = await current();
    expect(value(now, 'CT08').value).toBe(15);
    expect(value(now, 'CT23').value).toBe(4);
    expect(value(now, 'CT03')).toMatchObject({
      numerator: 37,
      denominator: 38,
      isEstimate: true,
      comment: 'Số liệu ước đến 30/9',
    });
    const audit = await env.sql(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.import_excel'",
    );
    expect(audit[0].n).toBe(1);
  });

  it('lists every bad row and imports nothing in "all" mode; "valid_only" imports the rest', async () => {
    const before = await current();
    const wb = await template();
    const ws = wb.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    rowOf(ws, 'CT08').getCell(7).value = 'mười hai'; // text in a number cell
    rowOf(ws, 'CT23').getCell(7).value = '1.234'; // ambiguous: 1234 or 1,234
    const ct03 = rowOf(ws, 'CT03');
    ct03.getCell(8).value = 40;
    ct03.getCell(9).value = 38; // numerator > denominator
    const ct06 = rowOf(ws, 'CT06');
    ct06.getCell(8).value = { formula: '5+5', result: 10 }; // a formula with a result: used, with a warning
    ct06.getCell(9).value = 11;
    const ct07 = rowOf(ws, 'CT07');
    ct07.getCell(8).value = 200;
    ct07.getCell(9).value = 250;
    ws.mergeCells(`H${ct07.number}:I${ct07.number}`); // merged input cells
    wb.addWorksheet('Ghi chép riêng').getCell('A1').value = 'nháp';
    const file = await bytes(wb);
    const all = await upload(file, 'all');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ saved: false, savedRows: 0 });
    const errors = Object.fromEntries(all.body.rows.map((r: any) => [r.code, r.errors]));
    expect(errors.CT08[0]).toMatch(/chứa chữ "mười hai", không phải số/);
    expect(errors.CT23[0]).toMatch(/"1\.234" có thể hiểu là/);
    expect(errors.CT03).toEqual(['Tử số (40) không được lớn hơn mẫu số (38)']);
    expect(errors.CT07[0]).toMatch(/vùng gộp ô/);
    expect(errors.CT06).toEqual([]);
    expect(all.body.rows.find((r: any) => r.code === 'CT06').warnings[0]).toMatch(
      /công thức; dùng kết quả 10/,
    );
    expect(all.body.notes.join(' ')).toContain('Bỏ qua 1 trang tính khác: "Ghi chép riêng"');
    expect(all.body.notes.join(' ')).toContain('Không nhập gì: 4 dòng có lỗi');
    const unchanged = await current();
    expect(unchanged.version).toBe(before.version);
    expect(value(unchanged, 'CT08').value).toBe(15);

    const some = await upload(file, 'valid_only');
    expect(some.body).toMatchObject({ saved: true, savedRows: 1 }); // CT06; the other valid rows are unchanged
    const after = await current();
    expect(value(after, 'CT06')).toMatchObject({ numerator: 10, denominator: 11 });
    expect(value(after, 'CT08').value).toBe(15); // the bad row kept its value
  });

  it('reads a file whose columns were moved, by their headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Giá trị', 'Ghi chú', 'Mã chỉ tiêu']);
    ws.addRow([21, 'tháng 9', 'CT23']);
    const r = await upload(await bytes(wb), 'all');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.notes.join(' ')).toContain('đổi chỗ');
    expect(r.body.savedRows).toBe(1);
    expect(value(await current(), 'CT23')).toMatchObject({ value: 21, comment: 'tháng 9' });
  });

  it('refuses files that are not the template of this report', async () => {
    const notXlsx = await upload(Buffer.from('PK\u0003\u0004 not really a zip'), 'preview');
    expect(notXlsx.status).toBe(415);
    expect(notXlsx.body.error.code).toBe('EXCEL_NOT_XLSX');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Trang 1').getCell('A1').value = 'Danh sách hộ';
    const wrong = await upload(await bytes(empty));
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('EXCEL_WRONG_TEMPLATE');
    const other = await template();
    (other.getWorksheet('_thidua') as ExcelJS.Worksheet).getCell('B2').value = report.id + 1000;
    const mismatch = await upload(await bytes(other));
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.code).toBe('EXCEL_WRONG_REPORT');
  });

  it('refuses an import into a submitted report', async () => {
    const wb = await template();
    const r = await current();
    // Fill what submission needs, then submit.
    const ev = await reporter.upload(
      `/api/reports/${report.id}/evidence`,
      { name: 'x.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
      { indicatorId: String(value(r, 'CT08').indicator.id) },
    );
    expect(ev.status).toBe(201);
    const fill = await reporter.put(`/api/reports/${report.id}/values`, {
      version: r.version,
      values: [value(r, 'CT06'), value(r, 'CT07'), value(r, 'CT18')].map((x: any) => ({
        indicatorId: x.indicator.id,
        numerator: 1,
        denominator: 2,
      })),
    });
    const sub = await reporter.post(`/api/reports/${report.id}/submit`, { version: fill.body.version });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    const locked = await upload(await bytes(wb), 'all');
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('REPORT_LOCKED');
  });
});

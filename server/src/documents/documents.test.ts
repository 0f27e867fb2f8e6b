/**
 * Official documents over HTTP on the Đông Hải demo: the catalogue by role, previews whose numbers are the
 * dashboard's, narrative edits (versioned, audited, refused to those who may not), export jobs for DOCX / XLSX /
 * PDF with progress, the file kept with its data version, stale data detected, a crash mid-job recovered, and the
 * ward report's tables checked against the database.
 */
import { formatNumber } from '@thidua/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type TestEnv } from '../test/harness.ts';
import { runnerOf } from './exports.ts';
import { docxRuns, exportAndWait } from './test-support.ts';

let env: TestEnv;
let office: Agent;
let campaignId: number;
let tdp07: number;

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true });
  office = await env.as('office');
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  tdp07 = (await env.unit('HP.DONGHAI.TDP07')).id;
}, 120_000);
afterAll(() => env.close());

const base = () => `/api/campaigns/${campaignId}/documents`;

describe('catalogue', () => {
  it('offers the office every document, says why some cannot be made yet, and a unit only its own', async () => {
    const cat = (await office.get(base())).body;
    expect(cat.kinds.map((k: any) => k.kind)).toEqual([
      'plan',
      'unit_report',
      'ward_report',
      'minutes',
      'decision',
      'proposal',
      'certificates',
    ]);
    const minutes = cat.kinds.find((k: any) => k.kind === 'minutes');
    expect(minutes).toMatchObject({ available: false, unavailableReason: 'Chưa có phiên họp Hội đồng.' });
    expect(cat.options.periodId.map((p: any) => p.value)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(cat.options.unitId.length).toBeGreaterThan(25);
    // The default period is the latest one with a submitted or accepted report.
    const [latest] = await env.sql<{ p: string }>(
      "SELECT max(period_id) AS p FROM reports WHERE campaign_id = $1 AND status IN ('submitted', 'accepted')",
      [campaignId],
    );
    expect(cat.defaults.periodId).toBe(latest?.p);

    const head = await env.as('unithead');
    const mine = (await head.get(base())).body;
    expect(mine.kinds.map((k: any) => k.kind)).toEqual(['plan', 'unit_report']);
    expect(mine.options.unitId).toEqual([{ value: tdp07, label: 'Tổ dân phố 7' }]);
    expect(mine.defaults.unitId).toBe(tdp07);
    expect(mine.options.decisionId).toEqual([]);
  });
});

describe('preview', () => {
  it("the ward report's table is the dashboard's, and its data version is stable", async () => {
    const p = (await office.get(`${base()}/ward_report/preview?periodId=2025-10`)).body;
    expect(p.title).toBe('Báo cáo kết quả gửi thành phố – Tháng 10/2025');
    const table = p.doc.blocks.find((b: any) => b.kind === 'table');
    const dash = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    for (const ind of dash.indicators) {
      const row = table.rows.find((r: any) => r[1] === `${ind.code}. ${ind.name}`);
      expect(row, ind.code).toBeTruthy();
      if (ind.value === null) expect(row[4]).toBe('Không có dữ liệu');
      else expect(row[4].value).toBe(ind.value);
      expect(row[3].value).toBe(ind.target);
    }
    expect(p.narrative.map((n: any) => n.key)).toEqual(['highlights', 'limitations', 'direction']);
    expect(p.narrativeVersion).toBe(0);
    expect(p.warnings).toEqual(['Chưa có số văn bản: để trống số để văn thư điền.']);
    expect(p.can).toEqual({ editNarrative: true, export: true });
    const again = (await office.get(`${base()}/ward_report/preview?periodId=2025-10`)).body;
    expect(again.dataVersion).toBe(p.dataVersion);
    const nov = (await office.get(`${base()}/ward_report/preview?periodId=2025-11`)).body;
    expect(nov.dataVersion).not.toBe(p.dataVersion);
    // A period with no accepted report yet still makes a document, and says so.
    const dec = (await office.get(`${base()}/ward_report/preview?periodId=2025-12`)).body;
    expect(dec.warnings).toContain(
      'Chưa có báo cáo nào của tháng 12/2025 được duyệt: bảng chỉ tiêu chưa có số liệu.',
    );
    const decTable = dec.doc.blocks.find((b: any) => b.kind === 'table');
    expect(decTable.rows.every((r: any) => r[4] === 'Không có dữ liệu')).toBe(true);
  });

  it('asks for what is missing and refuses what does not fit', async () => {
    const none = await office.get(`${base()}/ward_report/preview`);
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('DOCUMENT_PARAM_REQUIRED');
    expect((await office.get(`${base()}/nonsense/preview`)).status).toBe(400);
    const wrongPeriod = await office.get(`${base()}/unit_report/preview?periodId=2031-01&unitId=${tdp07}`);
    expect(wrongPeriod.status).toBe(400);
    const fmt = await office.post(`/api/campaigns/${campaignId}/document-exports`, {
      kind: 'certificates',
      format: 'docx',
      params: { decisionId: 1 },
    });
    expect(fmt.status).toBe(400);
    expect(fmt.body.error.code).toBe('DOCUMENT_FORMAT_UNSUPPORTED');
    // Another unit's report is not TDP07's head's to read.
    const head = await env.as('unithead');
    const other = (await env.unit('HP.DONGHAI.TDP08')).id;
    expect((await head.get(`${base()}/unit_report/preview?periodId=2025-10&unitId=${other}`)).status).toBe(
      403,
    );
    expect((await head.get(`${base()}/ward_report/preview?periodId=2025-10`)).status).toBe(403);
  });

  it('regenerates the plan from the campaign record', async () => {
    const p = (await office.get(`${base()}/plan/preview`)).body;
    const c = (await office.get(`/api/campaigns/${campaignId}`)).body;
    expect(p.doc).toMatchObject({
      type: 'Kế hoạch',
      subject: c.title,
      number: c.documentNumber,
      symbol: 'KH-UBND',
    });
    const table = p.doc.blocks.find((b: any) => b.kind === 'table');
    expect(table.rows).toHaveLength(c.indicators.length);
    const ct01 = c.indicators.find((i: any) => i.code === 'CT01');
    expect(table.rows.find((r: any) => r[1] === 'CT01')[4]).toEqual({
      text: '36.692',
      value: ct01.targetValue,
    });
    const headings = p.doc.blocks.filter((b: any) => b.kind === 'heading').map((b: any) => b.text);
    expect(headings).toEqual(
      expect.arrayContaining(['I. MỤC ĐÍCH, YÊU CẦU', 'III. THỜI GIAN THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN']),
    );
    expect(p.narrative).toEqual([]);
    expect(p.can.editNarrative).toBe(false);
  });
});

describe('narrative edits', () => {
  it('are saved with a version, audited, restored on request, and refused when stale or unknown', async () => {
    const url = `${base()}/ward_report/narrative`;
    const params = { periodId: '2025-10' };
    const text = 'Thu ngân sách đạt khá; nhiều tổ dân phố về đích sớm.\nPhong trào "Ngõ sáng" lan rộng.';
    const saved = await office.put(url, { params, version: 0, sections: { highlights: text } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.narrativeVersion).toBe(1);
    const part = saved.body.narrative.find((n: any) => n.key === 'highlights');
    expect(part).toMatchObject({ text, edited: true });
    expect(part.generated).not.toBe(text);
    // The numbers did not change, so neither did the data version.
    const before = (await office.get(`${base()}/ward_report/preview?periodId=2025-10`)).body;
    expect(saved.body.dataVersion).toBe(before.dataVersion);

    const stale = await office.put(url, { params, version: 0, sections: { highlights: 'x' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT_STALE');
    const unknown = await office.put(url, { params, version: 1, sections: { totals: '1' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('DOCUMENT_UNKNOWN_SECTION');

    const audit = await env.sql<{ before: any; after: any }>(
      "SELECT before, after FROM audit_log WHERE action = 'document.narrative.save' ORDER BY seq",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before.sections).toEqual({});
    expect(audit[0]?.after.sections.highlights).toBe(text);

    // Viewers read but do not write; a unit head is refused and the refusal is logged.
    const viewer = await env.as('viewer');
    const vp = (await viewer.get(`${base()}/ward_report/preview?periodId=2025-10`)).body;
    expect(vp.can.editNarrative).toBe(false);
    expect(vp.narrative.find((n: any) => n.key === 'highlights').text).toBe(text);
    expect((await viewer.put(url, { params, version: 1, sections: { highlights: 'y' } })).status).toBe(403);
    const denied = await env.sql(
      "SELECT actor_name FROM audit_log WHERE action = 'denied:document.narrative.save'",
    );
    expect(denied.map((d: any) => d.actor_name)).toEqual([expect.stringContaining('(viewer)')]);

    const restored = await office.put(url, { params, version: 1, sections: { highlights: null } });
    expect(restored.body.narrative.find((n: any) => n.key === 'highlights')).toMatchObject({ edited: false });
    expect(restored.body.narrativeVersion).toBe(2);
    // Put the edit back for the export below.
    await office.put(url, { params, version: 2, sections: { highlights: text } });
  });
});

describe('export jobs', () => {
  let wordJob: any;

  it('make the ward report as DOCX with progress; the file holds the database numbers and the edited text', async () => {
    const { created, job, file, progress } = await exportAndWait(office, campaignId, {
      kind: 'ward_report',
      format: 'docx',
      params: { periodId: '2025-10' },
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({
      status: 'queued',
      progress: 0,
      kind: 'ward_report',
      format: 'docx',
    });
    expect(job).toMatchObject({
      status: 'done',
      progress: 100,
      fileName: 'bao-cao-ket-qua-thang-10-2025.docx',
    });
    expect(progress?.at(-1)).toBe(100);
    expect(job.createdBy).toBe('Trần Thị Thu Hà');
    expect(job.narrativeVersion).toBe(3);
    expect(job.warnings).toContain('Chưa có số văn bản: để trống số để văn thư điền.');
    expect(file?.status).toBe(200);
    expect(file?.headers['content-type']).toContain('wordprocessingml');
    expect(job.sizeBytes).toBe(file?.body.length);
    wordJob = job;
    const zip = await JSZip.loadAsync(file?.body as Buffer);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    const t = docxRuns(xml);
    // CT01 (a sum) straight from the database: accepted values of October.
    const [ct01] = await env.sql<{ v: number }>(
      `SELECT sum(v.value)::float8 AS v FROM report_values v JOIN reports r ON r.id = v.report_id
        JOIN indicators i ON i.id = v.indicator_id
       WHERE r.campaign_id = $1 AND r.period_id = '2025-10' AND r.status = 'accepted' AND i.code = 'CT01'`,
      [campaignId],
    );
    expect(t).toContain(formatNumber(Number(ct01?.v), 2));
    expect(t).toContain('Phong trào "Ngõ sáng" lan rộng.');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Nơi nhận:',
    ])
      expect(t).toContain(s);
    const audit = await env.sql<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity = 'document_export' AND entity_id = $1 ORDER BY seq",
      [String(job.id)],
    );
    expect(audit.map((a) => a.action)).toEqual(['document.export.create', 'document.export.done']);
  });

  it('make XLSX with numbers as numbers, equal to the dashboard', async () => {
    const { job, file } = await exportAndWait(office, campaignId, {
      kind: 'ward_report',
      format: 'xlsx',
      params: { periodId: '2025-10' },
    });
    expect(job.status).toBe('done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file?.body as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Văn bản')?.pageSetup.paperSize).toBe(9);
    const sheet = wb.worksheets.find((w) => w.name.includes('Kết quả thực hiện'));
    if (!sheet) throw new Error(`no indicator sheet in ${wb.worksheets.map((w) => w.name)}`);
    const dash = (await office.get(`/api/campaigns/${campaignId}/dashboard?periodId=2025-10`)).body;
    let checked = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const ind = dash.indicators.find((i: any) => `${i.code}. ${i.name}` === row.getCell(2).value);
      expect(ind, String(row.getCell(2).value)).toBeTruthy();
      if (ind.value !== null) {
        expect(row.getCell(5).value).toBe(ind.value);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('make PDF whose text keeps its diacritics', async () => {
    const { job, file } = await exportAndWait(office, campaignId, {
      kind: 'ward_report',
      format: 'pdf',
      params: { periodId: '2025-10' },
    });
    expect(job.status, JSON.stringify(job.error)).toBe('done');
    expect(file?.body.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(file?.body as Buffer), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA',
      'Nguyễn Trọng Khiêm',
    ])
      expect(flat).toContain(s);
    expect(pdf.numPages).toBeGreaterThan(1);
  });

  it('keep the data version they used; a change in the data shows as a new version', async () => {
    // Return one accepted October report: the numbers change, the old file keeps its version.
    const [acc] = await env.sql<{ id: number; version: number }>(
      "SELECT id::int, version FROM reports WHERE campaign_id = $1 AND period_id = '2025-10' AND status = 'accepted' ORDER BY id LIMIT 1",
      [campaignId],
    );
    const back = await office.post(`/api/reports/${acc?.id}/reopen`, {
      version: acc?.version,
      comment: 'Sửa số liệu CT01',
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const now = (await office.get(`${base()}/ward_report/preview?periodId=2025-10`)).body;
    expect(now.dataVersion).not.toBe(wordJob.dataVersion);
    const kept = (await office.get(`/api/document-exports/${wordJob.id}`)).body;
    expect(kept.dataVersion).toBe(wordJob.dataVersion);
    const list = (await office.get(`/api/campaigns/${campaignId}/document-exports`)).body.items;
    expect(list.map((e: any) => e.format)).toEqual(['pdf', 'xlsx', 'docx']);
  });

  it("a unit head makes their unit's report and sees only their unit's exports", async () => {
    const head = await env.as('unithead');
    const { job, file } = await exportAndWait(head, campaignId, {
      kind: 'unit_report',
      format: 'docx',
      params: { unitId: tdp07, periodId: '2025-10' },
    });
    expect(job.status).toBe('done');
    const t = docxRuns(
      (await (await JSZip.loadAsync(file?.body as Buffer)).file('word/document.xml')?.async('string')) ?? '',
    );
    expect(t).toContain('TỔ DÂN PHỐ 7');
    expect(t).toContain('Số:      /BC-TDP07');
    expect(t).toContain('Kết quả thực hiện phong trào thi đua tháng 10/2025');
    const mine = (await head.get(`/api/campaigns/${campaignId}/document-exports`)).body.items;
    expect(mine.map((e: any) => e.id)).toEqual([job.id]);
    expect((await head.get(`/api/document-exports/${wordJob.id}`)).status).toBe(403);
    expect((await head.download(`/api/document-exports/${wordJob.id}/file`)).status).toBe(403);
    // The office sees the unit's export too.
    expect((await office.get(`/api/document-exports/${job.id}`)).status).toBe(200);
  });

  it('refuses the file before it is made, and takes up a job a crash left running', async () => {
    await env.sql(
      "UPDATE document_exports SET status = 'running', progress = 30, sha256 = NULL WHERE id = $1",
      [wordJob.id],
    );
    const early = await office.download(`/api/document-exports/${wordJob.id}/file`);
    expect(early.status).toBe(409);
    expect(JSON.parse(early.body.toString()).error.code).toBe('DOCUMENT_NOT_READY');
    const runner = runnerOf(env.deps);
    await runner.resume();
    await runner.idle();
    const again = (await office.get(`/api/document-exports/${wordJob.id}`)).body;
    expect(again).toMatchObject({ status: 'done', progress: 100, dataVersion: wordJob.dataVersion });
    expect((await office.download(`/api/document-exports/${wordJob.id}/file`)).status).toBe(200);
    // After three attempts it gives up with a reason instead of looping.
    await env.sql("UPDATE document_exports SET status = 'running', attempts = 3 WHERE id = $1", [wordJob.id]);
    await runner.resume();
    const failed = (await office.get(`/api/document-exports/${wordJob.id}`)).body;
    expect(failed.status).toBe('failed');
    expect(failed.error.message).toContain('nhiều lần thử');
  });
});

/**
 * Official documents in Chromium: the office opens the Đông Hải campaign's "Văn bản" page from the campaign page,
 * picks the ward's report to the city and reads it on its A4 sheet (issuer, the indicator table with the dashboard's
 * number); rewrites a narrative part, finds it again after a reload, meets a stale save and restores the generated
 * text; exports Word and PDF, follows the progress until the download arrives (a real zip, a real PDF) and finds
 * both in "Các lần xuất", marked "Số liệu đã thay đổi" once a report of the period is reopened. A unit head gets
 * the report of their own unit (none of the office's documents), and a phone shows the page without sideways
 * scrolling.
 */
import fs from 'node:fs';
import {
  type Dashboard,
  type DocumentCatalogue,
  type DocumentExport,
  type DocumentPreview,
  formatNumber,
} from '@thidua/shared';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let head: Page | undefined;
let phone: Page | undefined;
let campaignId = 0;
let catalogue: DocumentCatalogue;
let periodId = '';

const PASSWORD = 'ThiDua@2025';
const WARD = 'Báo cáo kết quả gửi thành phố';
const waitFor = <T>(fn: () => T | Promise<T>, timeout = 20_000) => expect.poll(fn, { timeout });

/** The API as the signed-in user of the page (the browser context shares its cookies). */
async function apiGet<T>(p: Page, url: string): Promise<T> {
  const res = await p.context().request.get(`${server.url}/api${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

const wardPreview = () =>
  apiGet<DocumentPreview>(
    page,
    `/campaigns/${campaignId}/documents/ward_report/preview?periodId=${periodId}`,
  );

async function snap(p: Page, name: string, fullPage = true) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** A screenshot of the window with `target` at its top (a closer look than a full page). */
async function shotAt(
  p: Page,
  target: ReturnType<Page['locator']>,
  name: string,
  block: 'start' | 'center' | 'end' = 'start',
) {
  await target.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
  await p.screenshot({ path: shot(name), animations: 'disabled' });
}

async function signIn(p: Page, username: string) {
  await p.goto(`${server.url}/`);
  // A retried step may find the session still open.
  const login = p.getByLabel('Tên đăng nhập');
  await login
    .or(p.getByRole('button', { name: /^Thông báo/ }))
    .first()
    .waitFor();
  if (!(await login.isVisible())) return;
  await login.fill(username);
  await p.getByLabel('Mật khẩu').fill(PASSWORD);
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
  await waitFor(() => p.getByRole('button', { name: /^Thông báo/ }).isVisible()).toBe(true);
}

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    locale: 'vi-VN',
    viewport,
    acceptDownloads: true,
  });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  return p;
}

/** The bytes of a download. */
async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  expect(file, 'the download was saved').toBeTruthy();
  return fs.readFileSync(file!);
}

/**
 * Presses an export button and follows its job on screen: the progress card appears, reaches "done" and the file
 * downloads by itself. Returns the job (from the history) and the file.
 */
async function exportAs(
  p: Page,
  label: string,
): Promise<{ job: DocumentExport; bytes: Buffer; name: string }> {
  const before = await apiGet<{ items: DocumentExport[] }>(p, `/campaigns/${campaignId}/document-exports`);
  const download = p.waitForEvent('download', { timeout: 90_000 });
  await p.getByRole('button', { name: `Xuất ${label}` }).click();
  const card = p.getByTestId('export-job').first();
  await card.waitFor();
  // The card names the format while it works and when it is done; its progress bar ends at 100 %.
  await waitFor(() => card.textContent()).toContain(label);
  const file = await download;
  await waitFor(() => card.getAttribute('data-status'), 60_000).toBe('done');
  await waitFor(() => card.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  const after = await apiGet<{ items: DocumentExport[] }>(p, `/campaigns/${campaignId}/document-exports`);
  const job = after.items.find((e) => !before.items.some((b) => b.id === e.id));
  expect(job, 'a new export in the list').toBeTruthy();
  expect(job!.status).toBe('done');
  expect(job!.progress).toBe(100);
  return { job: job!, bytes: await bytesOf(file), name: file.suggestedFilename() };
}

/** The history row of one export. */
const historyRow = (p: Page, id: number) => p.locator(`tr[data-export-id="${id}"]`);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await newPage({ width: 1440, height: 900 });
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await page?.screenshot({ path: shot(`failed-documents-${name}`), fullPage: true }).catch(() => {});
  await head?.screenshot({ path: shot(`failed-documents-${name}-head`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-documents-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('official documents in Chromium', () => {
  it('the office opens the ward report from the campaign page and sees the dashboard’s numbers', async () => {
    await signIn(page, 'office');
    const list = await apiGet<{ items: { id: number; title: string }[] }>(page, '/campaigns');
    const dongHai = list.items.find((c) => /của phường Đông Hải/.test(c.title));
    expect(dongHai, 'the Đông Hải campaign').toBeTruthy();
    campaignId = dongHai!.id;
    catalogue = await apiGet<DocumentCatalogue>(page, `/campaigns/${campaignId}/documents`);
    expect(catalogue.kinds.find((k) => k.kind === 'ward_report')?.available).toBe(true);

    await page.goto(`${server.url}/dot-thi-dua/${campaignId}`);
    await page.getByRole('button', { name: /Văn bản$/ }).click();
    await page.waitForURL(new RegExp(`/dot-thi-dua/${campaignId}/van-ban`));
    // Every kind the API offers is in the list, the unavailable ones greyed out with their reason.
    const kinds = page.getByRole('navigation', { name: 'Loại văn bản' }).locator('button');
    await waitFor(() => kinds.count()).toBe(catalogue.kinds.length);
    for (const k of catalogue.kinds.filter((x) => !x.available)) {
      const b = page.locator(`button[data-kind="${k.kind}"]`);
      expect(await b.isDisabled(), k.kind).toBe(true);
      expect(await b.textContent()).toContain(k.unavailableReason ?? '');
    }

    await page.locator('button[data-kind="ward_report"]').click();
    await page.waitForURL(/loai=ward_report/);
    await waitFor(() => page.getByTestId('doc-paper').isVisible()).toBe(true);
    // The period the dashboard looks at (the latest one due, with reports) is picked like a person would.
    const dash = await apiGet<Dashboard>(page, `/campaigns/${campaignId}/dashboard`);
    periodId = dash.period.id;
    const option = catalogue.options.periodId.find((o) => o.value === periodId);
    expect(option, 'the dashboard period among the options').toBeTruthy();
    if (catalogue.defaults.periodId === periodId)
      // The screen opens on the latest period with reports, which is the dashboard's.
      await waitFor(() =>
        page
          .locator('.ant-select-content, .ant-select-selection-item')
          .getByText(option!.label, { exact: true })
          .count(),
      ).toBeGreaterThan(0);
    else
      await choose(page, 'Kỳ báo cáo', option!.label, async () =>
        page.url().includes(`periodId=${periodId}`),
      );
    const preview = await wardPreview();
    expect(preview.doc).not.toBeNull();
    const doc = preview.doc!;
    await waitFor(() => page.getByTestId('doc-title').textContent()).toBe(preview.title);
    expect(preview.title).toContain(WARD);
    const paper = page.getByTestId('doc-paper');
    await waitFor(() => paper.getByTestId('doc-issuer').textContent()).toBe(
      doc.issuer.toLocaleUpperCase('vi'),
    );
    const numberLine = (await paper.getByTestId('doc-number').textContent()) ?? '';
    expect(numberLine).toMatch(doc.number === null ? /^Số:\s+\/BC-UBND$/ : /^Số: \d{2,}\/BC-UBND$/);
    const placeDate = (await paper.getByTestId('doc-place-date').textContent()) ?? '';
    expect(placeDate).toMatch(/^.+, ngày (\d{2} tháng \d{2} năm \d{4}|\s+tháng\s+năm)$/);
    await waitFor(() => textVisible(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true)).toBe(true);
    await waitFor(() => textVisible(page, 'Độc lập - Tự do - Hạnh phúc', true)).toBe(true);

    // The indicator table holds the dashboard's figure for the same period, written the Vietnamese way.
    const ind =
      dash.indicators.find((i) => i.code === 'CT01' && i.value !== null) ??
      dash.indicators.find((i) => i.value !== null);
    expect(ind, 'an indicator with a value').toBeTruthy();
    const figure = formatNumber(ind!.value!, 2);
    const table = paper.getByRole('table', { name: 'Kết quả thực hiện các chỉ tiêu' });
    const row = table.locator('tr', { hasText: `${ind!.code}. ${ind!.name}` }).first();
    await waitFor(() => row.textContent()).toContain(figure);
    // Numbers sit on the right of their cells.
    const cell = row.locator('td', { hasText: figure }).first();
    expect(await cell.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
    // The warnings the API gives are listed above the sheet.
    for (const w of preview.warnings) await waitFor(() => textVisible(page, w, true)).toBe(true);
    await waitFor(() => textVisible(page, /Số liệu lấy từ hệ thống, không sửa trong văn bản/)).toBe(true);
    const body = (await page.locator('main').last().textContent()) ?? '';
    expect(body).not.toMatch(/NaN|Infinity|undefined|\bnull\b/);
    await snap(page, 'documents-ward-report');
    await shotAt(page, paper, 'documents-ward-sheet-top');
    await shotAt(page, paper.locator('.doc-closing'), 'documents-ward-sheet-closing', 'end');
  });

  it('rewrites a narrative part; it stays after a reload and can be restored', async () => {
    const preview = await wardPreview();
    expect(preview.can.editNarrative).toBe(true);
    const part = preview.narrative[0];
    expect(part, 'a narrative part').toBeTruthy();
    const text = `Văn phòng bổ sung nhận định: phong trào được các tổ dân phố hưởng ứng sôi nổi (${Date.now() % 1000}).`;

    await page.getByRole('button', { name: `Sửa đoạn: ${part!.label}` }).click();
    const editor = page.getByRole('textbox', { name: part!.label });
    await editor.waitFor();
    await editor.fill(text);
    await shotAt(
      page,
      page.locator(`[data-narrative="${part!.key}"]`),
      'documents-narrative-editing',
      'center',
    );
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const block = page.locator(`[data-narrative="${part!.key}"]`);
    await waitFor(() => block.textContent()).toContain(text);
    await waitFor(() => block.getByText('Đã sửa', { exact: true }).isVisible()).toBe(true);
    await shotAt(page, block, 'documents-narrative-saved', 'center');

    await page.reload();
    await waitFor(() => page.locator(`[data-narrative="${part!.key}"]`).textContent()).toContain(text);
    const saved = await wardPreview();
    const savedPart = saved.narrative.find((n) => n.key === part!.key)!;
    expect(savedPart.edited).toBe(true);
    expect(savedPart.text).toBe(text);
    expect(saved.narrativeVersion).toBeGreaterThan(preview.narrativeVersion);
    // Figures did not move with the text.
    expect(saved.dataVersion).toBe(preview.dataVersion);

    // Someone else saves first: the stale save is refused with a clear message and the page reloads the text.
    const other = `${text} Bản sửa của người khác.`;
    await page.getByRole('button', { name: `Sửa đoạn: ${part!.label}` }).click();
    await page.getByRole('textbox', { name: part!.label }).fill(`${text} Bản của tôi.`);
    const res = await page
      .context()
      .request.put(`${server.url}/api/campaigns/${campaignId}/documents/ward_report/narrative`, {
        data: { params: saved.params, version: saved.narrativeVersion, sections: { [part!.key]: other } },
        headers: { 'x-csrf-token': await csrf(page) },
      });
    expect(res.status()).toBe(200);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await waitFor(() => textVisible(page, /Văn bản vừa được người khác sửa trước bạn/)).toBe(true);
    await page.getByRole('button', { name: 'Hủy', exact: true }).click();
    await waitFor(() => page.locator(`[data-narrative="${part!.key}"]`).textContent()).toContain(
      'Bản sửa của người khác.',
    );

    // "Khôi phục nội dung tự động" goes back to the generated text.
    await page.getByRole('button', { name: `Sửa đoạn: ${part!.label}` }).click();
    await page.getByRole('button', { name: 'Khôi phục nội dung tự động' }).click();
    await page.getByRole('button', { name: 'Có', exact: true }).click();
    await waitFor(async () => (await wardPreview()).narrative.find((n) => n.key === part!.key)?.edited).toBe(
      false,
    );
    await waitFor(() =>
      page.locator(`[data-narrative="${part!.key}"]`).getByText('Đã sửa', { exact: true }).count(),
    ).toBe(0);

    // Keep an edit for the exports below.
    await page.getByRole('button', { name: `Sửa đoạn: ${part!.label}` }).click();
    await page.getByRole('textbox', { name: part!.label }).fill(text);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await waitFor(() => page.locator(`[data-narrative="${part!.key}"]`).textContent()).toContain(text);
  });

  it('exports Word: progress to done, the file downloads, and it is in the history', async () => {
    const preview = await wardPreview();
    const { job, bytes, name } = await exportAs(page, 'Word (.docx)');
    expect(name).toMatch(/\.docx$/);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(job.kind).toBe('ward_report');
    expect(job.format).toBe('docx');
    expect(job.dataVersion).toBe(preview.dataVersion);
    await snap(page, 'documents-export-word', false);

    const row = historyRow(page, job.id);
    await waitFor(() => row.getAttribute('data-status')).toBe('done');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(job.title);
    expect(text).toContain('Word (.docx)');
    expect(text).toContain('Đã xong');
    expect(text).toContain(job.dataVersion.slice(0, 8));
    expect(text).toContain(`${formatNumber(job.sizeBytes! / 1024, 1)} KB`);
    // The figures have not changed since: no "Số liệu đã thay đổi".
    expect(await row.getByTestId('data-changed').count()).toBe(0);
    expect(await row.getByRole('link', { name: `Tải về ${job.fileName}` }).getAttribute('href')).toBe(
      `/api/document-exports/${job.id}/file`,
    );
  });

  it('exports PDF the same way', async () => {
    const { job, bytes, name } = await exportAs(page, 'PDF');
    expect(name).toMatch(/\.pdf$/);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(job.format).toBe('pdf');
    await waitFor(() => historyRow(page, job.id).getAttribute('data-status')).toBe('done');
    await waitFor(() => page.locator('tr[data-export-id]').count()).toBeGreaterThanOrEqual(2);
    await page.getByText('Các lần xuất', { exact: true }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('documents-history'), animations: 'disabled' });
    await snap(page, 'documents-after-exports');
  });

  it('marks the exports whose figures changed since', async () => {
    const before = await wardPreview();
    const exports = await apiGet<{ items: DocumentExport[] }>(
      page,
      `/campaigns/${campaignId}/document-exports`,
    );
    const ours = exports.items.filter((e) => e.kind === 'ward_report' && e.params.periodId === periodId);
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const e of ours) expect(await historyRow(page, e.id).getByTestId('data-changed').count()).toBe(0);

    // The office reopens an accepted report of the period (not the unit head's unit): the figures move.
    const inbox = await apiGet<{ items: { reportId: number | null; unitCode: string }[] }>(
      page,
      `/reports?campaignId=${campaignId}&periodId=${periodId}&status=accepted`,
    );
    const accepted = inbox.items.find((r) => r.reportId !== null && !r.unitCode.endsWith('TDP07'));
    expect(accepted, 'an accepted report').toBeTruthy();
    const report = await apiGet<{ version: number }>(page, `/reports/${accepted!.reportId}`);
    const res = await page.context().request.post(`${server.url}/api/reports/${accepted!.reportId}/reopen`, {
      data: { version: report.version, comment: 'Kiểm tra lại số liệu trước khi gửi thành phố.' },
      headers: { 'x-csrf-token': await csrf(page) },
    });
    expect(res.status()).toBe(200);
    const after = await wardPreview();
    expect(after.dataVersion).not.toBe(before.dataVersion);

    await page.reload();
    await waitFor(() => page.getByTestId('doc-paper').isVisible()).toBe(true);
    for (const e of ours)
      await waitFor(() => historyRow(page, e.id).getByTestId('data-changed').count()).toBe(1);
    await waitFor(() => historyRow(page, ours[0]!.id).textContent()).toContain('Số liệu đã thay đổi');
    await shotAt(
      page,
      page.getByText('Các lần xuất', { exact: true }).first(),
      'documents-history-changed',
      'center',
    );
  });

  it('a unit head gets their unit’s report and none of the office’s documents, and it works', async () => {
    head = await newPage({ width: 1280, height: 900 });
    await signIn(head, 'unithead');
    const cat = await apiGet<DocumentCatalogue>(head, `/campaigns/${campaignId}/documents`);
    // The unit's report; none of the office's documents (the ward's report, council, decisions). The plan may be
    // listed too: a unit head reads the campaign.
    const offered = cat.kinds.map((k) => k.kind);
    expect(offered).toContain('unit_report');
    for (const k of ['ward_report', 'minutes', 'decision', 'proposal', 'certificates'] as const)
      expect(offered, k).not.toContain(k);
    expect(cat.options.unitId).toHaveLength(1);
    const unit = cat.options.unitId.find((u) => u.value === cat.defaults.unitId) ?? cat.options.unitId[0];
    expect(unit, 'their unit').toBeTruthy();

    await head.goto(`${server.url}/dot-thi-dua/${campaignId}/van-ban`);
    const kinds = head.getByRole('navigation', { name: 'Loại văn bản' }).locator('button');
    await waitFor(() => kinds.count()).toBe(cat.kinds.length);
    await head.locator('button[data-kind="unit_report"]').click();
    await head.waitForURL(/loai=unit_report/);
    const title = head.getByTestId('doc-title');
    await waitFor(() => title.textContent()).toContain(unit!.label);
    const preview = await apiGet<DocumentPreview>(
      head,
      `/campaigns/${campaignId}/documents/unit_report/preview?unitId=${unit!.value}&periodId=${cat.defaults.periodId ?? ''}`,
    );
    await waitFor(() => title.textContent()).toBe(preview.title);
    await waitFor(() => head!.getByTestId('doc-issuer').textContent()).toBe(
      preview.doc!.issuer.toLocaleUpperCase('vi'),
    );
    await snap(head, 'documents-unit-head');
    const { bytes } = await exportAs(head, 'Word (.docx)');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('fits a phone: the kinds in a select, the sheet as wide as the screen', async () => {
    phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, 'office');
    await phone.goto(`${server.url}/dot-thi-dua/${campaignId}/van-ban?loai=ward_report&periodId=${periodId}`);
    await waitFor(() => phone!.getByTestId('doc-paper').isVisible()).toBe(true);
    await waitFor(() => phone!.getByRole('combobox', { name: 'Loại văn bản' }).isVisible()).toBe(true);
    expect(await phone.getByRole('navigation', { name: 'Loại văn bản' }).count()).toBe(0);
    const widths = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    const paper = await phone.getByTestId('doc-paper').boundingBox();
    expect(paper!.width).toBeLessThanOrEqual(390);
    await snap(phone, 'documents-phone', false);
    await shotAt(phone, phone.getByTestId('doc-paper'), 'documents-phone-sheet');
    await shotAt(
      phone,
      phone.getByRole('table', { name: 'Kết quả thực hiện các chỉ tiêu' }),
      'documents-phone-table',
    );
    await phone.screenshot({ path: shot('documents-phone-full'), fullPage: true, animations: 'disabled' });
  });
});

/** The session's CSRF token (from GET /api/auth/me), for a write made beside the page. */
async function csrf(p: Page): Promise<string> {
  const me = await apiGet<{ csrfToken: string }>(p, '/auth/me');
  return me.csrfToken;
}

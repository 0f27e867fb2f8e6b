/**
 * The standing office's inbox, notification bell and progress schedule (đường găng) in Chromium, on the demo
 * reports of September–November 2025 (Tổ dân phố 7: September and October accepted, November returned). Tổ dân
 * phố 7 first sends its December report through the API, with an estimate ("ước"), so December has one report
 * waiting for review and the office has a fresh notification.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

const PASSWORD = 'ThiDua@2025';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let server: RunningServer;
let browser: Browser;
let page: Page;
let campaignId = 0;
let ct08 = 0;
let decemberReportId = 0;
let tdp7 = 0;

type Call = (method: string, path: string, body?: unknown) => Promise<any>;

/** Signs in through the API; returns a caller that sends the session cookie, Origin and CSRF token. */
async function apiSession(username: string): Promise<Call> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const form = body instanceof FormData;
    const r = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        cookie,
        origin: server.url,
        'x-csrf-token': me.csrfToken,
        ...(body !== undefined && !form ? { 'content-type': 'application/json' } : {}),
      },
      body: form ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.status === 204 ? null : r.json();
  };
}

/**
 * Tổ dân phố 7 opens a period, fills every row due (CT08 and CT23 cumulative `hh`, ratios 95/100), attaches the
 * evidence the rows need, and submits.
 */
async function submitPeriod(reporter: Call, unitId: number, periodId: string, hh: number, estimate = false) {
  let r = await reporter('POST', '/reports', { campaignId, unitId, periodId });
  const comment = 'Theo sổ theo dõi của tổ';
  const values = r.rows
    .filter((x: any) => x.due || ['CT08', 'CT23'].includes(x.indicator.code))
    .map((x: any) => {
      const i = x.indicator;
      if (i.code === 'CT08') return { indicatorId: i.id, value: hh, isEstimate: estimate, comment };
      if (i.code === 'CT23') return { indicatorId: i.id, value: hh, comment };
      if (i.kind === 'ratio') return { indicatorId: i.id, numerator: 95, denominator: 100, comment };
      return { indicatorId: i.id, value: 1, comment };
    });
  ct08 = r.rows.find((x: any) => x.indicator.code === 'CT08').indicator.id;
  r = await reporter('PUT', `/reports/${r.id}/values`, { version: r.version, values });
  for (const row of r.rows) {
    if (!row.indicator.evidenceRequired || (row.value === null && row.numerator === null)) continue;
    if (row.evidence.length > 0) continue;
    const form = new FormData();
    form.append('indicatorId', String(row.indicator.id));
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'minh-chung.png');
    await reporter('POST', `/reports/${r.id}/evidence`, form);
  }
  r = await reporter('GET', `/reports/${r.id}`);
  if (r.blockers.length > 0) throw new Error(`${periodId}: ${JSON.stringify(r.blockers)}`);
  return reporter('POST', `/reports/${r.id}/submit`, { version: r.version });
}

beforeAll(async () => {
  server = await startServer();
  const office = await apiSession('office');
  const reporter = await apiSession('reporter');
  const campaigns = await office('GET', '/campaigns');
  campaignId = campaigns.items.find((c: any) => /phường Đông Hải/.test(c.title)).id;
  const mine = await reporter('GET', '/reports/mine');
  tdp7 = mine.items.find((x: any) => x.campaignId === campaignId).unitId;
  decemberReportId = (await submitPeriod(reporter, tdp7, '2025-12', 10, true)).id;

  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 850 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
}, 240_000);
// A failed step leaves a picture of the page behind (e2e/screenshots/fail-….png).
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await page?.screenshot({ path: shot(`fail-${ctx.task.name.slice(0, 24).replace(/[^a-z0-9]+/gi, '-')}`) });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const visible = (text: string | RegExp, exact = false) => textVisible(page, text, exact);
/** Polls longer than Vitest's one second: the schedule screen loads its chart code on first use. */
const waitFor = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

/** The progress chart (a figure named after the indicator), drawn once its SVG has lines in it. */
const chart = (p: Page) => p.getByRole('figure', { name: /^Biểu đồ tiến độ của chỉ tiêu/ });
const chartDrawn = async (p: Page) => (await chart(p).locator('svg path').count()) > 3;

async function snap(p: Page, name: string, fullPage = true) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

async function signIn(p: Page) {
  await p.goto(`${server.url}/`);
  await p.getByLabel('Tên đăng nhập').fill('office');
  await p.getByLabel('Mật khẩu').fill(PASSWORD);
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
  await waitFor(() => p.getByRole('button', { name: /^Thông báo/ }).isVisible()).toBe(true);
}

describe('office inbox, bell and progress schedule in Chromium', () => {
  it('opens the inbox on the Đông Hải campaign and its last period, with counts', async () => {
    await signIn(page);
    await page.getByRole('menuitem', { name: /Tiếp nhận báo cáo/ }).click();
    await page.waitForURL(/\/tiep-nhan-bao-cao/);
    await waitFor(() => visible(/năm 2025 của phường Đông Hải/)).toBe(true);
    await waitFor(() => visible('Tháng 12/2025 · hạn 10/12/2025', true)).toBe(true);
    // December: Tổ dân phố 7 waits for review (sent late), 30 other units have not reported.
    const waiting = page.getByRole('button', { name: /Chờ duyệt/ });
    await waitFor(() => waiting.textContent()).toMatch(/^1\s*Chờ duyệt/);
    await waitFor(() => page.getByRole('button', { name: /^30\s*Chưa nộp/ }).isVisible()).toBe(true);
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await waitFor(() => first.textContent()).toMatch(/Tổ dân phố 7.*Đã gửi, chờ duyệt.*Trễ hạn/);
    await snap(page, 'o01-inbox');
  });

  it('shows who has not reported in one click', async () => {
    await page.getByRole('button', { name: 'Ai chưa nộp? (30)' }).click();
    await page.waitForURL(/han=missing/);
    await waitFor(() => visible('30 đơn vị', true)).toBe(true);
    expect(await page.locator('.ant-table-tbody').getByText('Tổ dân phố 7', { exact: true }).count()).toBe(0);
    await waitFor(() => page.getByText('Chưa nộp', { exact: true }).first().isVisible()).toBe(true);
    await snap(page, 'o02-inbox-missing');
  });

  it('shows November under review first, Tổ dân phố 7 returned with the comment, and opens its report', async () => {
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await choose(page, 'Kỳ báo cáo', 'Tháng 11/2025 · hạn 05/12/2025', async () =>
      /ky=2025-11/.test(page.url()),
    );
    // November's counts (the demo has returned reports then; December has none).
    await waitFor(() => page.getByRole('button', { name: /Bị trả lại/ }).textContent()).toMatch(/^[1-9]/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await waitFor(() => rows.first().textContent()).toMatch(/Đã gửi, chờ duyệt/);
    await snap(page, 'o03-inbox-november', false);
    await page.getByLabel('Tìm đơn vị').fill('to dan pho 7');
    await waitFor(() => visible('1 đơn vị', true)).toBe(true);
    await waitFor(() => rows.first().textContent()).toMatch(/Tổ dân phố 7.*Bị trả lại.*[Đđ]ề nghị/);
    await page.getByRole('cell', { name: /Tổ dân phố 7/ }).click();
    await page.waitForURL(/\/bao-cao\/\d+$/);
  });

  it('shows unread notifications in the bell; opening one marks it read and follows its link', async () => {
    await page.goto(`${server.url}/tiep-nhan-bao-cao`);
    const bell = page.getByRole('button', { name: /^Thông báo/ });
    await waitFor(() => bell.getAttribute('aria-label')).toMatch(/^Thông báo: \d+ chưa đọc$/);
    const unread = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
    await bell.click();
    const item = page.getByRole('button', { name: /Báo cáo Tháng 12\/2025 của Tổ dân phố 7 đã gửi/ });
    await waitFor(() => item.isVisible()).toBe(true);
    await waitFor(() => visible('Đánh dấu đã đọc tất cả', true)).toBe(true);
    await snap(page, 'o04-bell', false);
    await item.click();
    await page.waitForURL(new RegExp(`/bao-cao/${decemberReportId}$`));
    await waitFor(() => bell.getAttribute('aria-label')).toBe(
      unread > 1 ? `Thông báo: ${unread - 1} chưa đọc` : 'Thông báo',
    );
    await bell.click();
    await page.getByRole('button', { name: 'Đánh dấu đã đọc tất cả' }).click();
    await waitFor(() => bell.getAttribute('aria-label')).toBe('Thông báo');
    await page.keyboard.press('Escape');
  });

  it('opens the progress schedule from the campaign and generates, saves and keeps a stepped schedule', async () => {
    await page.goto(`${server.url}/dot-thi-dua/${campaignId}`);
    await page.getByRole('button', { name: 'Tiến độ (đường găng)' }).click();
    await page.waitForURL(/\/tien-do/);
    await waitFor(() => visible('Tiến độ thực hiện (đường găng)', true)).toBe(true);
    // CT01 comes first: its demo schedule is saved, shaped like last year's revenue.
    await waitFor(() => visible(/Cách lập lịch: Theo dáng năm trước/)).toBe(true);
    await waitFor(() => visible(/^Cần thêm [\d.,]+ triệu đồng mỗi kỳ còn lại/)).toBe(true);
    await waitFor(() => chartDrawn(page)).toBe(true);
    await snap(page, 'o05-schedule-ct01');
    const indicator = page.getByLabel('Chỉ tiêu', { exact: true });
    await indicator.click();
    await indicator.fill('ct08');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`chi-tieu=${ct08}`));
    await waitFor(() => visible('Số lượt hộ được vay vốn tạo việc làm')).toBe(true);
    // The whole indicator has no saved schedule: a linear proposal towards 294.
    await waitFor(() => visible(/đang hiển thị đề xuất chia đều theo kỳ/)).toBe(true);
    await waitFor(() => visible('294 lượt hộ', true)).toBe(true);
    // Tổ dân phố 7: its own values (November returned so not counted, December an estimate).
    const scope = page.getByLabel('Phạm vi');
    await scope.click();
    await scope.fill('to dan pho 7');
    await page.keyboard.press('Enter');
    await page.waitForURL(/don-vi=\d+/);
    await waitFor(() => page.getByRole('cell', { name: /Ước/ }).first().isVisible()).toBe(true);
    await waitFor(() => visible('Thực hiện đến Tháng 12/2025', true)).toBe(true);
    await snap(page, 'o06-schedule-unit');

    await choose(page, 'Cách lập lịch', 'Theo bậc (quý)', () =>
      page.getByLabel('Tăng sau mỗi (kỳ)').isVisible(),
    );
    await waitFor(() => page.getByLabel('Tăng sau mỗi (kỳ)').inputValue()).toBe('3');
    await page.getByLabel('Giá trị đích').fill('12');
    await page.getByRole('button', { name: 'Tạo lịch' }).click();
    await waitFor(() => visible(/Đã tạo lịch xem trước/)).toBe(true);
    const cell = (period: string) => page.getByLabel(`Kế hoạch (luỹ kế) – ${period}`);
    await waitFor(() => cell('Tháng 11/2025').inputValue()).toBe('6');
    expect(await cell('Tháng 10/2025').inputValue()).toBe('0');
    expect(await cell('Tháng 12/2025').inputValue()).toBe('12');
    await page.getByRole('button', { name: /Lưu$/ }).click();
    await waitFor(() => visible('Đã lưu lịch tiến độ.', true)).toBe(true);

    await page.reload();
    await waitFor(() => visible(/Cách lập lịch: Theo bậc \(quý\)/)).toBe(true);
    await waitFor(() => cell('Tháng 11/2025').inputValue()).toBe('6');
    expect(await visible(/đang hiển thị đề xuất chia đều/)).toBe(false);
    await snap(page, 'o07-schedule-saved');
  });

  it('puts the server’s objection on the period it is about', async () => {
    const cell = page.getByLabel('Kế hoạch (luỹ kế) – Tháng 10/2025');
    await cell.fill('8');
    await cell.press('Tab');
    await page.getByRole('button', { name: /Lưu$/ }).click();
    await waitFor(() => visible(/^Lịch tiến độ chưa hợp lệ, chưa được lưu/)).toBe(true);
    const objection = page.getByRole('cell', { name: /không được giảm so với kỳ trước/ });
    await waitFor(() => objection.isVisible()).toBe(true);
    expect(await objection.getByLabel('Kế hoạch (luỹ kế) – Tháng 11/2025').count()).toBe(1);
    await page.getByText(/^Lịch tiến độ chưa hợp lệ/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('o08-schedule-invalid'), animations: 'disabled' });
  });

  it('says clearly when someone else saved first, and saves over it on request', async () => {
    const cell = page.getByLabel('Kế hoạch (luỹ kế) – Tháng 10/2025');
    await cell.fill('4');
    await cell.press('Tab');
    await waitFor(() => visible('Chưa lưu', true)).toBe(true);
    // Someone else saves the whole-indicator schedule meanwhile.
    const office = await apiSession('office');
    const unitId = Number(new URL(page.url()).searchParams.get('don-vi'));
    const current = await office('GET', `/indicators/${ct08}/schedule?unitId=${unitId}`);
    await office('PUT', `/indicators/${ct08}/schedule`, {
      unitId,
      method: 'linear',
      baseline: 0,
      target: 12,
      version: current.version,
      points: current.points.map((p: any, i: number) => ({ periodId: p.periodId, planned: 3 * (i + 1) })),
    });
    await page.getByRole('button', { name: /Lưu$/ }).click();
    await waitFor(() => visible(/vừa được người khác lưu/)).toBe(true);
    await page.getByText(/vừa được người khác lưu/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('o09-schedule-conflict'), animations: 'disabled' });
    await page.getByRole('button', { name: 'Lưu đè bằng bản của tôi' }).click();
    await waitFor(() => visible('Đã lưu lịch tiến độ.', true)).toBe(true);
    await page.reload();
    await waitFor(() => cell.inputValue()).toBe('4');
    await waitFor(() => visible(/Cách lập lịch: Nhập tay/)).toBe(true);
  });

  it('fits a phone: inbox and schedule at 390×844', async () => {
    const phone = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    p.setDefaultTimeout(20_000);
    await signIn(p);
    await p.goto(`${server.url}/tiep-nhan-bao-cao`);
    await waitFor(() => p.getByText('Tổ dân phố 7', { exact: true }).first().isVisible()).toBe(true);
    await waitFor(() => p.getByRole('button', { name: /^Thông báo/ }).isVisible()).toBe(true);
    await snap(p, 'o10-phone-inbox', false);
    await p.goto(`${server.url}/dot-thi-dua/${campaignId}/tien-do?chi-tieu=${ct08}&don-vi=${tdp7}`);
    await waitFor(() => p.getByText('Biểu đồ tiến độ', { exact: true }).isVisible()).toBe(true);
    await waitFor(() => chartDrawn(p)).toBe(true);
    await snap(p, 'o11-phone-schedule', false);
    await chart(p).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await p.screenshot({ path: shot('o12-phone-chart'), animations: 'disabled' });
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.close();
  });
});

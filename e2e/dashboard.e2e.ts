/**
 * Campaign dashboard in Chromium: the office opens the dashboard of the Đông Hải campaign from the campaign page;
 * the overview shows the API's numbers written the Vietnamese way; changing the period and the indicator group
 * changes what is shown; CT01's value opens the drawer of its sources, whose report link leads to the report; the
 * đường găng tab draws the chosen indicator's line; the Excel export is a real xlsx; a phone shows it all without
 * sideways scrolling.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Dashboard, formatNumber, type IndicatorSources } from '@thidua/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let phone: Page | undefined;
let campaignId = 0;
let overview: Dashboard;

const waitFor = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const visible = (text: string | RegExp, exact = false) => textVisible(page, text, exact);

/** The API as the signed-in user of the page (the browser context shares its cookies). */
async function apiGet<T>(p: Page, url: string): Promise<T> {
  const res = await p.context().request.get(`${server.url}/api${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

const dashboardOf = (q = '') => apiGet<Dashboard>(page, `/campaigns/${campaignId}/dashboard${q}`);

async function snap(p: Page, name: string, fullPage = true) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

async function signIn(p: Page) {
  await p.goto(`${server.url}/`);
  // A retried step may find the session still open.
  const login = p.getByLabel('Tên đăng nhập');
  await login
    .or(p.getByRole('button', { name: /^Thông báo/ }))
    .first()
    .waitFor();
  if (!(await login.isVisible())) return;
  await p.getByLabel('Tên đăng nhập').fill('office');
  await p.getByLabel('Mật khẩu').fill('ThiDua@2025');
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
  await waitFor(() => p.getByRole('button', { name: /^Thông báo/ }).isVisible()).toBe(true);
}

/** The text of a count tile (data-testid="reports-accepted" …). */
const tile = (p: Page, id: string) => p.getByTestId(id).first().textContent();
/** The indicator table's row of one code (desktop). */
const row = (code: string) => page.locator(`tr[data-code="${code}"]`);

/** 26151.1 → "26.151,1": the dashboard's own rounding (two decimals at most). */
const vn = (v: number) => formatNumber(Math.round(v * 100) / 100, 3);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await page?.screenshot({ path: shot(`failed-dashboard-${name}`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-dashboard-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('campaign dashboard in Chromium (office of Phường Đông Hải)', () => {
  it('opens the dashboard from the campaign page and shows the API’s numbers', async () => {
    await signIn(page);
    const list = await apiGet<{ items: { id: number; title: string }[] }>(page, '/campaigns');
    const dongHai = list.items.find((c) => /của phường Đông Hải/.test(c.title));
    expect(dongHai, 'the Đông Hải campaign').toBeTruthy();
    campaignId = dongHai!.id;

    await page.goto(`${server.url}/dot-thi-dua/${campaignId}`);
    await page.getByRole('button', { name: 'Bảng điều khiển' }).click();
    await page.waitForURL(new RegExp(`/dot-thi-dua/${campaignId}/bang-dieu-khien`));
    await waitFor(() => visible('Tình hình báo cáo kỳ', false)).toBe(true);

    overview = await dashboardOf();
    const r = overview.reports;
    await waitFor(() => visible(`Tình hình báo cáo kỳ ${overview.period.label}`, true)).toBe(true);
    await waitFor(() => tile(page, 'reports-expected')).toBe(formatNumber(r.expected));
    await waitFor(() => tile(page, 'reports-accepted')).toBe(formatNumber(r.byStatus.accepted ?? 0));
    expect(await tile(page, 'reports-not_started')).toBe(formatNumber(r.byStatus.not_started ?? 0));
    expect(await tile(page, 'reports-missing')).toBe(formatNumber(r.missing));
    expect(await tile(page, 'status-at_risk')).toBe(formatNumber(overview.statusCounts.at_risk ?? 0));
    expect(overview.score).not.toBeNull();
    expect(await page.getByTestId('campaign-score').textContent()).toBe(formatNumber(overview.score!, 2));

    // CT01, the budget revenue in triệu đồng: thousands with dots, decimals with a comma.
    const ct01 = overview.indicators.find((i) => i.code === 'CT01');
    expect(ct01?.value).toBeTypeOf('number');
    const ct01Text = vn(ct01!.value!);
    expect(ct01Text).toMatch(/^\d{1,3}(\.\d{3})+(,\d+)?$/);
    await waitFor(() =>
      row('CT01')
        .getByRole('button', { name: /Xem nguồn số liệu của CT01/ })
        .textContent(),
    ).toBe(ct01Text);
    expect(await row('CT01').textContent()).toContain(vn(ct01!.target!));
    // The key indicator's gauge and the money chart say the same.
    await waitFor(() => page.getByTestId('gauge-CT01').textContent()).toContain(ct01Text);
    await waitFor(() => visible(/CT01 · Thu ngân sách nhà nước trên địa bàn:/)).toBe(true);
    // Who has not reported, as many as the API says.
    await waitFor(() => visible(`Đơn vị chưa báo cáo (${overview.notReported.length})`, true)).toBe(true);
    // Nothing unreadable anywhere.
    const body = (await page.locator('main').last().textContent()) ?? '';
    expect(body).not.toMatch(/NaN|Infinity|undefined|null/);
    await snap(page, 'dashboard-overview');
  });

  it('changes the period and the counts follow', async () => {
    const previous = overview.previousPeriod;
    expect(previous, 'a previous period').toBeTruthy();
    const other = await dashboardOf(`?periodId=${previous!.id}`);
    // The seeded months differ (November has missing and returned reports), so the screen must change.
    expect(other.reports.byStatus).not.toEqual(overview.reports.byStatus);
    const option = overview.periods.find((p) => p.id === previous!.id)!;
    const [y, m, d] = option.dueOn.split('-');
    await choose(page, 'Kỳ báo cáo', `${option.label} (hạn ${d}/${m}/${y})`, async () =>
      page.url().includes(`periodId=${previous!.id}`),
    );
    await waitFor(() => visible(`Tình hình báo cáo kỳ ${previous!.label}`, true)).toBe(true);
    await waitFor(() => tile(page, 'reports-accepted')).toBe(
      formatNumber(other.reports.byStatus.accepted ?? 0),
    );
    expect(await tile(page, 'reports-not_started')).toBe(
      formatNumber(other.reports.byStatus.not_started ?? 0),
    );
    expect(await tile(page, 'reports-missing')).toBe(formatNumber(other.reports.missing));
    const ct01 = other.indicators.find((i) => i.code === 'CT01')!;
    await waitFor(() =>
      row('CT01')
        .getByRole('button', { name: /Xem nguồn số liệu của CT01/ })
        .textContent(),
    ).toBe(vn(ct01.value!));
    // Back to the server's choice.
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await waitFor(() => visible(`Tình hình báo cáo kỳ ${overview.period.label}`, true)).toBe(true);
  });

  it('filters one indicator group', async () => {
    const group = overview.groups.find(
      (g) => g !== overview.indicators.find((i) => i.code === 'CT01')?.group,
    );
    expect(group, 'a group without CT01').toBeTruthy();
    const filtered = await dashboardOf(`?group=${encodeURIComponent(group!)}`);
    expect(filtered.indicators.length).toBeGreaterThan(0);
    expect(filtered.indicators.length).toBeLessThan(overview.indicators.length);
    await choose(page, 'Nhóm chỉ tiêu', group!, async () => page.url().includes('group='));
    await waitFor(() => page.locator('tr[data-code]').count()).toBe(filtered.indicators.length);
    expect(await row('CT01').count()).toBe(0);
    for (const i of filtered.indicators) expect(await row(i.code).count(), i.code).toBe(1);
    expect(await tile(page, 'status-achieved')).toBe(formatNumber(filtered.statusCounts.achieved ?? 0));
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await waitFor(() => page.locator('tr[data-code]').count()).toBe(overview.indicators.length);
  });

  it('opens CT01’s sources and follows the report link', async () => {
    const ct01 = overview.indicators.find((i) => i.code === 'CT01')!;
    const sources = await apiGet<IndicatorSources>(
      page,
      `/indicators/${ct01.id}/sources?periodId=${overview.period.id}`,
    );
    const withReport = sources.rows.find((s) => s.reportId !== null);
    expect(withReport, 'a unit with a report').toBeTruthy();

    await row('CT01')
      .getByRole('button', { name: /Xem nguồn số liệu của CT01/ })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Nguồn số liệu: CT01' });
    await drawer.waitFor();
    await waitFor(() => drawer.getByTestId('sources-total').textContent()).toBe(
      `${vn(sources.value!)} triệu đồng`,
    );
    await waitFor(() => drawer.getByText(withReport!.unit.name, { exact: true }).isVisible()).toBe(true);
    if (withReport!.value !== null)
      expect(await drawer.textContent()).toContain(`${vn(withReport!.value)} triệu đồng`);
    for (const f of withReport!.evidence)
      expect(await drawer.locator(`a[href="/api/evidence/${f.id}"]`).count()).toBe(1);
    await snap(page, 'dashboard-sources', false);

    await drawer.getByRole('link', { name: `Mở báo cáo: ${withReport!.unit.name}` }).click();
    await page.waitForURL(new RegExp(`/bao-cao/${withReport!.reportId}$`));
    // The report itself (its header), not the drawer that is still on screen while the page loads.
    await waitFor(() => visible(`Báo cáo ${overview.period.label}`, true)).toBe(true);
    await waitFor(() => page.getByRole('dialog', { name: 'Nguồn số liệu: CT01' }).count()).toBe(0);
    await waitFor(() => visible(withReport!.unit.name)).toBe(true);
    await page.goBack();
    await page.waitForURL(/bang-dieu-khien/);
  });

  it('draws the đường găng of an indicator picked without accents', async () => {
    await page.getByRole('tab', { name: 'Đường găng' }).click();
    await page.waitForURL(/tab=duong-gang/);
    const figure = page.getByRole('figure', { name: /^Biểu đồ tiến độ của chỉ tiêu/ });
    await waitFor(async () => (await figure.locator('svg path').count()) > 3).toBe(true);

    const pick = overview.indicators.find((i) => i.code === 'CT01.1')!;
    const select = page.getByLabel('Chỉ tiêu', { exact: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      await select.click();
      await select.fill('thu ngoai quoc doanh');
      const item = page.locator('.ant-select-item-option').filter({ hasText: 'CT01.1' });
      await item.first().waitFor({ state: 'visible' });
      await item.first().click();
      if (page.url().includes(`chi-tieu=${pick.id}`)) break;
    }
    await page.waitForURL(new RegExp(`chi-tieu=${pick.id}`));
    await waitFor(() => visible(`Biểu đồ tiến độ`, true)).toBe(true);
    await waitFor(() =>
      page.getByRole('figure', { name: `Biểu đồ tiến độ của chỉ tiêu ${pick.name}` }).isVisible(),
    ).toBe(true);
    await waitFor(() => visible('Lịch tiến độ theo kỳ', true)).toBe(true);
    await snap(page, 'dashboard-schedule');

    await page.getByRole('button', { name: 'Mở trang lập tiến độ' }).click();
    await page.waitForURL(new RegExp(`/dot-thi-dua/${campaignId}/tien-do\\?chi-tieu=${pick.id}`));
    await page.goBack();
    await page.waitForURL(/tab=duong-gang/);
  });

  it('downloads the indicator table as an Excel file', async () => {
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    const button = page.getByRole('link', { name: 'Tải Excel: Bảng chỉ tiêu' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-dash-')), 'export.xlsx');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    // An xlsx is a zip: "PK" and the workbook inside.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
  });

  it('fits a phone without sideways scrolling', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    phone = await context.newPage();
    phone.setDefaultTimeout(15_000);
    await signIn(phone);
    await phone.goto(`${server.url}/dot-thi-dua/${campaignId}/bang-dieu-khien`);
    await waitFor(() => tile(phone!, 'reports-accepted')).toBe(
      formatNumber(overview.reports.byStatus.accepted ?? 0),
    );
    await waitFor(() => phone!.locator('li[data-code="CT01"]').isVisible()).toBe(true);
    const widths = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    // The page is long: the top as the phone shows it, then the indicator list.
    await snap(phone, 'dashboard-phone', false);
    await phone.locator('li[data-code="CT01"]').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: shot('dashboard-phone-indicators'), animations: 'disabled' });
  });
});

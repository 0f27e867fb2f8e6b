/**
 * The city level in Chromium against the real bundle. The Đông Hải office opens "Báo cáo lên cấp trên" from its
 * campaign for 11/2025: reports awaiting review block the submission (listed, with links); once reviewed, the
 * units without an accepted report are listed and sending without a reason is refused (by the form and by the
 * API, 422 with the units), with a reason it goes up and the period locks. The city office opens "Tổng hợp các
 * phường" from the city plan: the tiles and Đông Hải's heatmap cell equal the API's figures; it accepts Đông Hải,
 * the ward then reads "Cấp trên đã tiếp nhận", and the Tổ dân phố 7 reporter's save for that period is refused
 * with the lock. Desktop and phone screenshots of the city dashboard, and of the upward page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CityDashboard, formatNumber, type Report, type UpwardState } from '@thidua/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, startServer, textVisible } from './support/server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = path.join(ROOT, '.tmp/shots');
const PASSWORD = 'ThiDua@2025';
const WARD_CAMPAIGN = 2;
const CITY_CAMPAIGN = 1;
const PERIOD = '2025-11';
const WARD = 'Phường Đông Hải';
const REASON = 'Tổ dân phố 7 và Trường Tiểu học chưa hoàn thiện số liệu, sẽ bổ sung trong kỳ tháng 12.';

let server: RunningServer;
let browser: Browser;
let office: Page;
let city: Page;
let cityUser = 'cityoffice';
let reporterReportId: number | null = null;

const waitFor = <T>(fn: () => T | Promise<T>, timeout = 20_000) => expect.poll(fn, { timeout });

function shotPath(name: string): string {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}

async function snap(p: Page, name: string, fullPage = true) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: shotPath(name), fullPage, animations: 'disabled' });
}

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ locale: 'vi-VN', viewport });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  return p;
}

async function signIn(p: Page, username: string) {
  await p.goto(`${server.url}/`);
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

/** The API as the signed-in user of the page (the browser context shares its cookies). */
async function apiGet<T>(p: Page, url: string): Promise<T> {
  const res = await p.context().request.get(`${server.url}/api${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

async function apiPost(p: Page, url: string, body: unknown) {
  const me = (await apiGet<{ csrfToken: string }>(p, '/auth/me')).csrfToken;
  const res = await p.context().request.post(`${server.url}/api${url}`, {
    data: body,
    headers: { 'x-csrf-token': me, origin: server.url },
  });
  return { status: res.status(), body: (await res.json().catch(() => null)) as Record<string, unknown> };
}

const upward = (p: Page) => apiGet<UpwardState>(p, `/campaigns/${WARD_CAMPAIGN}/upward?periodId=${PERIOD}`);

/** How the heatmap writes a plain (non-%) value: two decimals at most, Vietnamese separators. */
const plain = (v: number) => formatNumber(Math.round(v * 100) / 100, 3);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  office = await newPage({ width: 1366, height: 900 });
  city = await newPage({ width: 1366, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('city level: the ward sends its aggregated report, the city rolls up and accepts', () => {
  it('the ward office is blocked by reports awaiting review, then must give a reason for missing units', async () => {
    await signIn(office, 'office');
    await office.goto(`${server.url}/dot-thi-dua/${WARD_CAMPAIGN}`);
    await office.getByRole('button', { name: 'Báo cáo lên cấp trên' }).click();
    await office.waitForURL(new RegExp(`/dot-thi-dua/${WARD_CAMPAIGN}/bao-cao-cap-tren`));
    await waitFor(() => textVisible(office, 'Báo cáo tổng hợp gửi cấp trên')).toBe(true);
    // The page opens on the latest period with figures: November 2025 (also when asked for by the address).
    expect((await apiGet<UpwardState>(office, `/campaigns/${WARD_CAMPAIGN}/upward`)).period.id).toBe(PERIOD);
    await office.goto(`${server.url}/dot-thi-dua/${WARD_CAMPAIGN}/bao-cao-cap-tren?periodId=${PERIOD}`);
    await waitFor(() => textVisible(office, 'Báo cáo tổng hợp gửi cấp trên')).toBe(true);

    const before = await upward(office);
    expect(before.submission).toBeNull();
    expect(before.can.submit).toBe(true);
    // Reports awaiting the ward's review block: listed with links to them, and the button is disabled.
    if (before.readiness.pending.length > 0) {
      const pending = office.getByTestId('pending-units');
      await waitFor(() => pending.locator('li').count()).toBe(before.readiness.pending.length);
      const first = before.readiness.pending[0]!;
      expect(
        await pending.getByRole('link', { name: `Mở báo cáo: ${first.name}` }).getAttribute('href'),
      ).toBe(`/bao-cao/${first.reportId}`);
      expect(await office.getByRole('button', { name: 'Gửi lên thành phố' }).isDisabled()).toBe(true);
      await snap(office, 'city-upward-blocked');
      // The office reviews them (accepts each), as it would from the review inbox.
      for (const u of before.readiness.pending) {
        const r = await apiGet<Report>(office, `/reports/${u.reportId}`);
        const res = await apiPost(office, `/reports/${u.reportId}/accept`, { version: r.version });
        expect(res.status, `accept report ${u.reportId}`).toBe(200);
      }
      await office.reload();
    }

    const ready = await upward(office);
    expect(ready.readiness.pending).toHaveLength(0);
    expect(ready.readiness.missing.length).toBeGreaterThan(0);
    reporterReportId = ready.readiness.missing.find((u) => u.name === 'Tổ dân phố 7')?.reportId ?? null;
    const missing = office.getByTestId('missing-units');
    await waitFor(() => missing.locator('li').count()).toBe(ready.readiness.missing.length);
    for (const u of ready.readiness.missing) expect(await missing.textContent()).toContain(u.name);
    await waitFor(() =>
      textVisible(office, `${ready.readiness.missing.length} đơn vị chưa có báo cáo được duyệt.`),
    ).toBe(true);

    // The linked values to send: each ward indicator appears with the city indicator it feeds.
    const values = office.getByTestId('upward-values');
    for (const v of ready.values) {
      const row = values.locator(`[data-code="${v.indicatorCode}"]`);
      expect(await row.textContent()).toContain(`→ ${v.parentIndicatorCode}`);
    }

    // Without a reason: the form refuses, and so does the API (422 with the units).
    await office.getByRole('button', { name: 'Gửi lên thành phố' }).click();
    await waitFor(() =>
      textVisible(office, 'Còn đơn vị chưa có báo cáo được duyệt: vui lòng nêu lý do trước khi gửi'),
    ).toBe(true);
    expect((await upward(office)).submission).toBeNull();
    const refused = await apiPost(office, `/campaigns/${WARD_CAMPAIGN}/upward`, {
      periodId: PERIOD,
      version: 0,
    });
    expect(refused.status).toBe(422);
    const err = refused.body.error as { code: string; details: { message: string }[] };
    expect(err.code).toBe('UPWARD_UNITS_MISSING');
    expect(err.details.map((d) => d.message).join(' ')).toContain(ready.readiness.missing[0]!.name);

    await office.getByLabel('Lý do còn đơn vị chưa có báo cáo được duyệt').fill(REASON);
    await office.getByRole('button', { name: 'Gửi lên thành phố' }).click();
    await waitFor(async () => (await upward(office)).submission?.status).toBe('submitted');
    await waitFor(() => office.getByTestId('upward-status').textContent()).toBe('Đã gửi, chờ tiếp nhận');
    await waitFor(() => office.getByTestId('upward-locked').isVisible()).toBe(true);
    await waitFor(() => textVisible(office, REASON)).toBe(true);
    const sent = await upward(office);
    expect(sent.locked).toBe(true);
    expect(sent.submission?.missingReason).toBe(REASON);
    expect(sent.can.withdraw).toBe(true);
    await waitFor(() => office.getByRole('button', { name: 'Rút lại' }).isVisible()).toBe(true);
    await snap(office, 'city-upward-submitted');
  });

  it('the city office sees the roll-up, Đông Hải’s figures as the API gives them, and accepts Đông Hải', async () => {
    const probe = await newPage({ width: 1366, height: 900 });
    await probe.goto(`${server.url}/`);
    const res = await probe.context().request.post(`${server.url}/api/auth/login`, {
      data: { username: 'cityoffice', password: PASSWORD },
      headers: { origin: server.url },
    });
    if (res.status() !== 200) cityUser = 'admin';
    await probe.context().close();

    await signIn(city, cityUser);
    await city.goto(`${server.url}/dot-thi-dua/${CITY_CAMPAIGN}`);
    await city.getByRole('button', { name: 'Tổng hợp các phường' }).click();
    await city.waitForURL(new RegExp(`/dot-thi-dua/${CITY_CAMPAIGN}/thanh-pho`));
    await waitFor(() => textVisible(city, 'Chỉ tiêu của thành phố')).toBe(true);
    // The dashboard opens on the latest period with figures; pick October, then come back to November.
    await choose(city, 'Kỳ báo cáo', 'Tháng 10/2025 (hạn 05/11/2025)', async () =>
      city.url().includes('periodId=2025-10'),
    );
    await choose(city, 'Kỳ báo cáo', 'Tháng 11/2025 (hạn 05/12/2025)', async () =>
      city.url().includes(`periodId=${PERIOD}`),
    );
    const d = await apiGet<CityDashboard>(
      city,
      `/campaigns/${CITY_CAMPAIGN}/city-dashboard?periodId=${PERIOD}`,
    );
    expect(d.canDecide).toBe(true);

    // Tiles equal the API's counts (once the chosen period's answer is on screen).
    const tiles = city.getByTestId('city-tiles');
    await waitFor(() => tiles.textContent()).toBe(
      [
        [d.submissions.expected, 'Phường phải báo cáo'],
        [d.submissions.submitted, 'Đã gửi, chờ tiếp nhận'],
        [d.submissions.accepted, 'Đã tiếp nhận'],
        [d.submissions.returned, 'Bị trả lại'],
        [d.submissions.missing, 'Chưa gửi'],
      ]
        .map(([n, label]) => `${formatNumber(n as number)}${label}`)
        .join(''),
    );

    // Đông Hải's cell for a summed indicator shows the API's value.
    const ward = d.wards.find((w) => w.name === WARD)!;
    expect(ward.submission?.status).toBe('submitted');
    const ind = d.indicators.find(
      (i) =>
        i.rule === 'sum' &&
        d.cells.some((c) => c.indicatorId === i.id && c.wardUnitId === ward.unitId && c.value !== null),
    )!;
    const cell = d.cells.find((c) => c.indicatorId === ind.id && c.wardUnitId === ward.unitId)!;
    const onScreen = city.locator(
      `[data-testid="city-heatmap"] [data-ward-id="${ward.unitId}"][data-indicator-id="${ind.id}"]`,
    );
    await waitFor(() => onScreen.getByTestId('cell-value').textContent()).toBe(plain(cell.value!));
    expect(Number(await onScreen.getAttribute('data-value'))).toBe(cell.value);
    expect(await onScreen.getAttribute('aria-label')).toContain(`${ind.code} · ${ind.name}`);
    // Hovering shows value, target and completion (colour is not the only cue).
    await onScreen.hover();
    const tip = city.locator('.ant-tooltip').filter({ hasText: `${ind.code} · ${ind.name}` });
    await waitFor(() => tip.isVisible()).toBe(true);
    const tipText = (await tip.textContent()) ?? '';
    expect(tipText).toContain('Thực hiện:');
    if (cell.completion !== null) expect(tipText).toContain('Hoàn thành:');
    await city.mouse.move(0, 0);
    // The city row for that indicator shows the rolled-up value with its unit.
    const row = city.locator(`#city-indicators [data-code="${ind.code}"]`);
    expect(await row.getByTestId('city-value').textContent()).toBe(
      `${plain(ind.value!)} ${ind.unitOfMeasure}`.trim(),
    );
    // An index is not added up, and says so.
    const index = d.indicators.find((i) => i.rule === 'none');
    if (index)
      expect(await city.locator(`#city-indicators [data-code="${index.code}"]`).textContent()).toContain(
        'Không cộng dồn',
      );
    // Ties read "đồng hạng với …".
    const tied = d.wards.find((w) => w.tiedWith.length > 0);
    if (tied)
      expect(await city.locator(`#city-ranking [data-ward-id="${tied.unitId}"]`).textContent()).toContain(
        `Đồng hạng với ${tied.tiedWith.join(', ')}`,
      );
    // Drill-down: the ward's own dashboard and its aggregated report for the period.
    const links = city.locator(`#city-ranking [data-ward-id="${ward.unitId}"]`);
    expect(await links.getByRole('link', { name: 'Bảng điều khiển' }).getAttribute('href')).toBe(
      `/dot-thi-dua/${WARD_CAMPAIGN}/bang-dieu-khien?periodId=${PERIOD}`,
    );
    expect(await links.getByRole('link', { name: 'Báo cáo tổng hợp' }).getAttribute('href')).toBe(
      `/dot-thi-dua/${WARD_CAMPAIGN}/bao-cao-cap-tren?periodId=${PERIOD}`,
    );
    await snap(city, 'city-dashboard-desktop');

    // Returning needs a reason (tried on Đông Hải, then cancelled).
    await city.getByRole('button', { name: `Trả lại: ${WARD}` }).click();
    const back = city.getByRole('dialog', { name: `Trả lại báo cáo tổng hợp của ${WARD}` });
    await back.getByRole('button', { name: 'Trả lại' }).click();
    await waitFor(() => back.getByText('Vui lòng nhập lý do trả lại').isVisible()).toBe(true);
    await back.getByRole('button', { name: /Hủy|Huỷ|Cancel/ }).click();
    await waitFor(() => back.isVisible()).toBe(false);

    await city.getByRole('button', { name: `Tiếp nhận: ${WARD}` }).click();
    const dialog = city.getByRole('dialog', { name: `Tiếp nhận báo cáo tổng hợp của ${WARD}?` });
    await dialog.getByRole('button', { name: 'Tiếp nhận' }).click();
    await waitFor(async () => (await upward(city)).submission?.status).toBe('accepted');
    await waitFor(() =>
      city
        .locator(`#city-ranking [data-ward-id="${ward.unitId}"]`)
        .getByTestId('ward-submission')
        .textContent(),
    ).toContain('Cấp trên đã tiếp nhận');
    await waitFor(() => city.getByRole('button', { name: `Tiếp nhận: ${WARD}` }).count()).toBe(0);
  });

  it('the ward reads "Cấp trên đã tiếp nhận" and the period stays locked for its units', async () => {
    await office.goto(`${server.url}/dot-thi-dua/${WARD_CAMPAIGN}/bao-cao-cap-tren?periodId=${PERIOD}`);
    await waitFor(() => office.getByTestId('upward-status').textContent()).toBe('Cấp trên đã tiếp nhận');
    await waitFor(() => textVisible(office, 'đã được thành phố tiếp nhận')).toBe(true);
    expect(await office.getByRole('button', { name: 'Rút lại' }).count()).toBe(0);
    await snap(office, 'city-upward-accepted');

    // The reporter of Tổ dân phố 7 (its report for the period was returned, so editable) cannot save.
    expect(reporterReportId).not.toBeNull();
    const reporter = await newPage({ width: 1366, height: 900 });
    await signIn(reporter, 'reporter');
    const report = await apiGet<Report>(reporter, `/reports/${reporterReportId}`);
    const put = await reporter.context().request.put(`${server.url}/api/reports/${reporterReportId}/values`, {
      data: { version: report.version, values: [] },
      headers: {
        'x-csrf-token': (await apiGet<{ csrfToken: string }>(reporter, '/auth/me')).csrfToken,
        origin: server.url,
      },
    });
    expect(put.status()).toBe(409);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('PERIOD_LOCKED_UPWARD');

    // And on the report page: saving shows the lock.
    await reporter.goto(`${server.url}/bao-cao/${reporterReportId}`);
    const row =
      report.rows.find((r) => r.due && r.indicator.kind !== 'ratio') ?? report.rows.find((r) => r.due);
    if (row) {
      const input = reporter.locator(
        row.indicator.kind === 'ratio'
          ? `#report-entry-${row.indicator.id}-numerator`
          : `#report-entry-${row.indicator.id}-value`,
      );
      await input.fill('77');
      await reporter.getByRole('button', { name: 'Lưu nháp' }).click();
      await waitFor(() => textVisible(reporter, 'đã gửi lên cấp trên')).toBe(true);
      await snap(reporter, 'city-reporter-locked', false);
    }
    await reporter.context().close();
  });

  it('on a phone the city dashboard stacks, and the heatmap scrolls sideways with the ward column fixed', async () => {
    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, cityUser);
    await phone.goto(`${server.url}/dot-thi-dua/${CITY_CAMPAIGN}/thanh-pho?periodId=${PERIOD}`);
    await waitFor(() => phone.getByTestId('ward-card').count()).toBeGreaterThan(0);
    // No sideways scrolling of the page itself.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const heat = phone.getByTestId('city-heatmap');
    const [sw, cw] = await heat.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(sw).toBeGreaterThan(cw);
    const firstTh = heat.locator('tbody th').first();
    const x0 = (await firstTh.boundingBox())!.x;
    await heat.evaluate((el) => {
      el.scrollLeft = 300;
    });
    await waitFor(async () => (await firstTh.boundingBox())!.x).toBe(x0);
    await snap(phone, 'city-dashboard-phone');
    await heat.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: shotPath('city-dashboard-phone-heatmap'), animations: 'disabled' });

    const upwardPhone = await newPage({ width: 390, height: 844 });
    await signIn(upwardPhone, 'office');
    await upwardPhone.goto(`${server.url}/dot-thi-dua/${WARD_CAMPAIGN}/bao-cao-cap-tren?periodId=${PERIOD}`);
    await waitFor(() => upwardPhone.getByTestId('upward-status').isVisible()).toBe(true);
    expect(await upwardPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(upwardPhone, 'city-upward-phone');
    await phone.context().close();
    await upwardPhone.context().close();
  });
});

/**
 * Periodic report journey in Chromium: the reporter of Tổ dân phố 7 opens a period of the Đông Hải campaign that
 * has no report yet, enters the values (keyboard only), saves, attaches evidence and submits; the office returns
 * it with a comment; the reporter sees the comment, fixes a value and resubmits; the office accepts. Every step is
 * checked on screen and the values through the API. The same screens are then looked at on a phone (390 × 844).
 */
import type { Report, ReportList, ReportListItem, ReportRow } from '@thidua/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let reporter: Page;
let office: Page;
let phone: Page | undefined;
let reportId = 0;
let periodLabel = '';

const RETURN_COMMENT =
  'Chỉ tiêu CT08: số lượt hộ vay vốn chưa khớp sổ theo dõi của Ngân hàng CSXH, đề nghị rà soát.';

/** A tiny but real PDF (the server checks the content against the extension). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** Polls longer than Vitest's 1 s default: a screen's first visit loads its code and data. */
const poll: typeof expect.poll = (fn, opts) =>
  expect.poll(fn, { timeout: 10_000, ...(typeof opts === 'number' ? { timeout: opts } : opts) });

async function newPage(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function signIn(page: Page, username: string, name: string) {
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ThiDua@2025');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  await expect
    .poll(() =>
      page
        .getByRole('button', { name: new RegExp(name) })
        .first()
        .isVisible()
        .catch(() => false),
    )
    .toBe(true)
    .catch(async (e) => {
      await page.screenshot({ path: shot(`debug-signin-${name}`) });
      throw e;
    });
}

/** The API as the signed-in user of this page (the browser context shares its cookies). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.context().request.get(`${server.url}/api${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** A screenshot from the top of the page, animations settled. */
async function snap(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** The report's status tag in the page header. */
const headerHas = (page: Page, text: string) =>
  page
    .locator('.report-header')
    .getByText(text, { exact: true })
    .first()
    .isVisible()
    .catch(() => false);

const valueIds = (r: ReportRow) =>
  r.indicator.kind === 'ratio'
    ? [`#report-entry-${r.indicator.id}-numerator`, `#report-entry-${r.indicator.id}-denominator`]
    : [`#report-entry-${r.indicator.id}-value`];

/** Plausible values for a row: ratios 45/60 of the households, counts and sums a small number. */
const valuesFor = (r: ReportRow, n: number) =>
  r.indicator.kind === 'ratio' ? ['45', '60'] : [String(10 + n)];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  reporter = (await newPage(1366, 900)).page;
  office = (await newPage(1366, 900)).page;
});
afterEach(async (ctx) => {
  // A failed step leaves a picture of both screens behind, to see what was there instead.
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await reporter?.screenshot({ path: shot(`failed-${name}-reporter`), fullPage: true }).catch(() => {});
  await office?.screenshot({ path: shot(`failed-${name}-office`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('periodic report journey (Tổ dân phố 7 → Phòng Văn hóa – Xã hội)', () => {
  it('lists the reporter’s periods, what is due first, and opens one not started yet', async () => {
    await signIn(reporter, 'reporter', 'Đỗ Thị Mai');
    await reporter.getByRole('menuitem', { name: /Báo cáo của tôi/ }).click();
    await reporter.waitForURL(/\/bao-cao$/);
    await poll(() => textVisible(reporter, /^Cần thực hiện \(\d+\)$/)).toBe(true);

    const mine = await apiGet<ReportList>(reporter, '/reports/mine');
    const dongHai = (r: ReportListItem) =>
      /phường Đông Hải/.test(r.campaignTitle) && r.unitName === 'Tổ dân phố 7';
    const target =
      mine.items.find((r) => dongHai(r) && r.periodId === '2025-12' && r.status === 'not_started') ??
      mine.items.find((r) => dongHai(r) && r.status === 'not_started');
    expect(target, 'a not-started period of the Đông Hải campaign').toBeTruthy();
    periodLabel = target!.periodLabel;
    // Due dates read the Vietnamese way.
    const [y, m, d] = target!.dueOn.split('-');
    await poll(() => textVisible(reporter, `${d}/${m}/${y}`, true)).toBe(true);
    await snap(reporter, 'r01-my-reports');

    await reporter.getByRole('button', { name: `Bắt đầu nhập: ${periodLabel} – Tổ dân phố 7` }).click();
    await reporter.waitForURL(/\/bao-cao\/\d+$/);
    reportId = Number(new URL(reporter.url()).pathname.split('/').pop());
    await poll(() => textVisible(reporter, `Báo cáo ${periodLabel}`, true)).toBe(true);
    await poll(() => headerHas(reporter, 'Đang nhập')).toBe(true);
    await poll(() => textVisible(reporter, /điểm cần hoàn thành trước khi gửi báo cáo/)).toBe(true);
    await snap(reporter, 'r02-report-empty');
  });

  it('enters every due value from the keyboard and saves with Ctrl+S', async () => {
    const report = await apiGet<Report>(reporter, `/reports/${reportId}`);
    const due = report.rows.filter((r) => r.due);
    expect(due.length).toBeGreaterThan(0);
    const ids = due.flatMap(valueIds);
    const typed = due.flatMap((r, n) => valuesFor(r, n));

    // Type into the first input, then Enter moves to the next value input each time.
    await reporter.locator(ids[0]!).click();
    for (let k = 0; k < ids.length; k++) {
      await expect
        .poll(() => reporter.evaluate(() => document.activeElement?.id ?? ''))
        .toBe(ids[k]!.slice(1));
      await reporter.keyboard.type(typed[k]!);
      await reporter.keyboard.press('Enter');
    }
    // A ratio shows its computed percentage as soon as both parts are there: 45 / 60 → 75 %.
    if (due.some((r) => r.indicator.kind === 'ratio'))
      await poll(() => textVisible(reporter, '75 %', true)).toBe(true);
    await poll(() => textVisible(reporter, `Có ${due.length} chỉ tiêu chưa lưu`, true)).toBe(true);

    await reporter.keyboard.press('Control+s');
    await poll(() => textVisible(reporter, `Đã lưu ${due.length} chỉ tiêu.`, true)).toBe(true);
    await poll(() => textVisible(reporter, /^Đã lưu lúc /)).toBe(true);

    const saved = await apiGet<Report>(reporter, `/reports/${reportId}`);
    for (const [n, r] of due.entries()) {
      const row = saved.rows.find((x) => x.indicator.id === r.indicator.id)!;
      if (r.indicator.kind === 'ratio') expect([row.numerator, row.denominator]).toEqual([45, 60]);
      else expect(row.value).toBe(10 + n);
    }
    await snap(reporter, 'r03-values-saved');
  });

  it('attaches the evidence still required and comments unusual values, then submits', async () => {
    let report = await apiGet<Report>(reporter, `/reports/${reportId}`);
    const target = (path: string) => {
      const m = /^rows\.(.+)\.(\w+)$/.exec(path);
      return { row: report.rows.find((r) => r.indicator.code === m?.[1]), field: m?.[2] };
    };
    // Unusual values against the unit's previous periods need a comment: the row says why, the field is marked.
    const comments = report.blockers.filter((b) => target(b.path).field === 'comment');
    for (const b of comments) {
      const { row } = target(b.path);
      await poll(() => textVisible(reporter, /Số liệu khác thường: /)).toBe(true);
      await reporter
        .locator(`#report-entry-${row!.indicator.id}-comment`)
        .fill('Số liệu đã đối chiếu với sổ theo dõi.');
    }
    if (comments.length > 0) {
      await snap(reporter, 'r03b-outliers', false);
      await reporter.keyboard.press('Control+s');
      await poll(() => textVisible(reporter, `Đã lưu ${comments.length} chỉ tiêu.`, true)).toBe(true);
    }
    for (const b of report.blockers) {
      const { row, field } = target(b.path);
      if (!row || field !== 'evidence') continue;
      // The blocker's link takes the keyboard to the row's upload button.
      await reporter.getByRole('button', { name: b.message }).click();
      const button = reporter.locator(`#report-entry-${row.indicator.id}-evidence`);
      await poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
      const chooser = reporter.waitForEvent('filechooser');
      await button.click();
      await (await chooser).setFiles({
        name: `bien-ban-${row.indicator.code}.pdf`,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await poll(() => textVisible(reporter, `bien-ban-${row.indicator.code}.pdf`, true)).toBe(true);
    }
    report = await apiGet<Report>(reporter, `/reports/${reportId}`);
    expect(report.blockers).toEqual([]);
    await poll(() => textVisible(reporter, /điểm cần hoàn thành trước khi gửi/)).toBe(false);
    await snap(reporter, 'r04-ready-to-submit');

    await reporter.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const dialog = reporter.getByRole('dialog', { name: 'Gửi báo cáo?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await poll(() => textVisible(reporter, 'Đã gửi báo cáo.', true)).toBe(true);
    await poll(() => headerHas(reporter, 'Đã gửi, chờ duyệt')).toBe(true);
    // Read-only now: no inputs left, no save button.
    expect(await reporter.locator('[data-entry-value]').count()).toBe(0);
    expect(await reporter.getByRole('button', { name: 'Lưu nháp' }).count()).toBe(0);
    await snap(reporter, 'r05-submitted');
  });

  it('the office returns the report with a comment', async () => {
    await signIn(office, 'office', 'Trần Thị Thu Hà');
    // Through the office's inbox (its own screen) when it lists the report; by its address otherwise.
    await office.getByRole('menuitem', { name: /Tiếp nhận báo cáo/ }).click();
    await office.waitForURL(/\/tiep-nhan-bao-cao/);
    const link = office.locator(`a[href="/bao-cao/${reportId}"]`).first();
    const listed = await poll(() => link.isVisible().catch(() => false))
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (listed) {
      await snap(office, 'r06a-office-inbox', false);
      await link.click();
    } else await office.goto(`${server.url}/bao-cao/${reportId}`);
    await office.waitForURL(new RegExp(`/bao-cao/${reportId}$`));
    await poll(() => headerHas(office, 'Đã gửi, chờ duyệt')).toBe(true);
    await poll(() => textVisible(office, /Đơn vị đã gửi báo cáo/)).toBe(true);
    expect(await office.locator('[data-entry-value]').count()).toBe(0);
    await snap(office, 'r06-office-review');

    await office.getByRole('button', { name: 'Trả lại' }).click();
    const dialog = office.getByRole('dialog', { name: 'Trả lại báo cáo cho đơn vị?' });
    await dialog.waitFor();
    // The reason is required: nothing is sent without it.
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await poll(() => dialog.getByText('Nhập lý do', { exact: true }).isVisible()).toBe(true);
    await dialog.getByLabel('Lý do trả lại').fill(RETURN_COMMENT);
    await snap(office, 'r07-return-dialog', false);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await poll(() => textVisible(office, 'Đã trả lại báo cáo.', true)).toBe(true);
    await poll(() => headerHas(office, 'Bị trả lại')).toBe(true);
    expect(await office.getByRole('button', { name: 'Duyệt' }).count()).toBe(0);
  });

  it('the reporter sees the comment, fixes a value and resubmits', async () => {
    await reporter.getByRole('link', { name: 'Báo cáo của tôi' }).first().click();
    await reporter.waitForURL(/\/bao-cao$/);
    await poll(() => textVisible(reporter, `Phòng trả lại: ${RETURN_COMMENT}`)).toBe(true);
    await snap(reporter, 'r08-returned-in-list');

    await reporter.getByRole('button', { name: `Sửa và gửi lại: ${periodLabel} – Tổ dân phố 7` }).click();
    await reporter.waitForURL(new RegExp(`/bao-cao/${reportId}$`));
    await poll(() => headerHas(reporter, 'Bị trả lại')).toBe(true);
    await poll(() => reporter.getByTestId('review-comment').textContent()).toBe(RETURN_COMMENT);

    const report = await apiGet<Report>(reporter, `/reports/${reportId}`);
    const fix =
      report.rows.find((r) => r.due && r.indicator.kind !== 'ratio') ?? report.rows.find((r) => r.due)!;
    const input = reporter.locator(valueIds(fix)[0]!);
    await input.fill('1234');
    await reporter
      .locator(`#report-entry-${fix.indicator.id}-comment`)
      .fill('Đã rà soát lại theo sổ theo dõi.');
    await reporter.getByRole('button', { name: 'Lưu nháp' }).click();
    await poll(() => textVisible(reporter, 'Đã lưu 1 chỉ tiêu.', true)).toBe(true);
    // Thousands separator the Vietnamese way once the input is left.
    await poll(() => input.inputValue()).toBe('1.234');
    await snap(reporter, 'r09-fixed');

    await reporter.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const dialog = reporter.getByRole('dialog', { name: 'Gửi báo cáo?' });
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await poll(() => headerHas(reporter, 'Đã gửi, chờ duyệt')).toBe(true);

    const after = await apiGet<Report>(reporter, `/reports/${reportId}`);
    const row = after.rows.find((r) => r.indicator.id === fix.indicator.id)!;
    expect(fix.indicator.kind === 'ratio' ? row.numerator : row.value).toBe(1234);
    expect(row.comment).toBe('Đã rà soát lại theo sổ theo dõi.');
    expect(after.status).toBe('submitted');
  });

  it('the office accepts; the values are locked and kept', async () => {
    await office.reload();
    await poll(() => headerHas(office, 'Đã gửi, chờ duyệt')).toBe(true);
    await office.getByRole('button', { name: 'Duyệt' }).click();
    const dialog = office.getByRole('dialog', { name: 'Duyệt báo cáo?' });
    await dialog.waitFor();
    await dialog.getByLabel('Nhận xét (không bắt buộc)').fill('Số liệu đầy đủ.');
    await dialog.getByRole('button', { name: 'Duyệt' }).click();
    await poll(() => textVisible(office, 'Đã duyệt báo cáo.', true)).toBe(true);
    await poll(() => headerHas(office, 'Đã duyệt')).toBe(true);
    await poll(() => office.getByRole('button', { name: 'Mở lại' }).isVisible()).toBe(true);
    await snap(office, 'r10-accepted');

    const r = await apiGet<Report>(office, `/reports/${reportId}`);
    expect(r.status).toBe('accepted');
    expect(r.can.edit).toBe(false);
    expect(r.rows.some((x) => x.value === 1234 || x.numerator === 1234)).toBe(true);

    await reporter.reload();
    await poll(() => headerHas(reporter, 'Đã duyệt')).toBe(true);
    expect(await reporter.locator('[data-entry-value]').count()).toBe(0);
  });

  it('works on a phone: the list and the report as cards', async () => {
    const { context, page } = await newPage(390, 844);
    phone = page;
    await signIn(page, 'reporter', 'Đỗ Thị Mai');
    await page.goto(`${server.url}/bao-cao`);
    const start = page
      .getByRole('button', { name: /^(Bắt đầu nhập|Tiếp tục nhập|Sửa và gửi lại): / })
      .first();
    await poll(() => start.isVisible()).toBe(true);
    expect(await page.locator('table').count()).toBe(0);
    await snap(page, 'r11-phone-my-reports', false);

    // Another period, still to do: opened and typed into on the phone.
    await page
      .getByRole('button', { name: /^(Bắt đầu nhập|Tiếp tục nhập|Sửa và gửi lại): / })
      .first()
      .click();
    await page.waitForURL(/\/bao-cao\/\d+$/);
    await poll(() => page.locator('.report-card').count()).toBeGreaterThan(0);
    expect(await page.locator('table').count()).toBe(0);
    // The first card's value input(s): a ratio has two (12 / 20 → 60 %).
    const inputs = page.locator('.report-card').first().locator('[data-entry-value]');
    const n = await inputs.count();
    for (let k = 0; k < n; k++) await inputs.nth(k).fill(k === 0 ? '12' : '20');
    await poll(() => textVisible(page, 'Có 1 chỉ tiêu chưa lưu', true)).toBe(true);
    // Nothing sticks out sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, 'r12-phone-report', false);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await poll(() => textVisible(page, 'Đã lưu 1 chỉ tiêu.', true)).toBe(true);

    await page.goto(`${server.url}/bao-cao/${reportId}`);
    await poll(() => headerHas(page, 'Đã duyệt')).toBe(true);
    await snap(page, 'r13-phone-accepted', false);
    await context.close();
  });
});

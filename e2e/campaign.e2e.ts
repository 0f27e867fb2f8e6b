import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;

const NEW_TITLE = 'Đợt thi đua chào mừng kỷ niệm ngày thành lập phường năm 2026';

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 850 } });
  page = await context.newPage();
  // Fail fast with a clear locator in the log rather than at the test's own timeout.
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const visible = (text: string | RegExp, exact = false) => textVisible(page, text, exact);

/** A screenshot of the whole page from its top (sticky header and menu stay in place), animations settled. */
async function snap(name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** Types a day into an Ant Design date picker (dd/mm/yyyy) and confirms it. */
async function fillDay(label: string, day: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

/** Opens "Thêm chỉ tiêu", fills the common fields, picks the kind; the caller sets the target and saves. */
async function startIndicator(name: string, kind: RegExp, unit: string) {
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).first().click();
  const drawer = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
  await drawer.waitFor();
  await drawer.getByRole('radio', { name: kind }).check();
  await drawer.getByLabel('Tên chỉ tiêu').fill(name);
  await drawer.getByLabel('Đơn vị tính').fill(unit);
  return drawer;
}

describe('campaign journey in Chromium (office of Phường Đông Hải)', () => {
  it('lists the campaigns and finds the Đông Hải plan without accents', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Tên đăng nhập').fill('office');
    await page.getByLabel('Mật khẩu').fill('ThiDua@2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => visible('Trần Thị Thu Hà')).toBe(true);

    await page.getByRole('menuitem', { name: /Đợt thi đua/ }).click();
    await page.waitForURL(/\/dot-thi-dua$/);
    await expect.poll(() => visible(/năm 2025 của phường Đông Hải/)).toBe(true);
    await expect.poll(() => visible('232/KH-UBND', true)).toBe(true);
    await page.getByLabel('Tìm đợt thi đua').fill('phuong dong hai');
    await expect.poll(() => visible('232/KH-UBND', true)).toBe(false);
    await expect.poll(() => visible(/năm 2025 của phường Đông Hải/)).toBe(true);
    await snap('c01-campaign-list');
  });

  it('opens the Đông Hải campaign and shows its indicators the Vietnamese way', async () => {
    await page.getByRole('link', { name: /năm 2025 của phường Đông Hải/ }).click();
    await page.waitForURL(/\/dot-thi-dua\/\d+/);
    await page.getByRole('tab', { name: /Chỉ tiêu \(29\)/ }).click();
    await expect.poll(() => visible('Thu ngân sách nhà nước trên địa bàn')).toBe(true);
    const ct01 = page.getByRole('row', { name: /CT01 Thu ngân sách nhà nước trên địa bàn/ });
    await expect.poll(() => ct01.getByText('36.692', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => ct01.getByText('triệu đồng', { exact: true }).isVisible()).toBe(true);
    // CT01.1–CT01.4 sit under CT01; ratios read "18,2 %".
    await expect.poll(() => visible('CT01.4', true)).toBe(true);
    await expect.poll(() => visible('18,2 %', true)).toBe(true);
    await snap('c02-dong-hai-indicators', false);
  });

  it('creates a campaign by hand', async () => {
    await page.getByRole('link', { name: 'Danh sách đợt thi đua' }).click();
    await page.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    await page.waitForURL(/\/dot-thi-dua\/moi$/);
    await page.getByLabel('Tên đợt thi đua').fill(NEW_TITLE);
    await fillDay('Ngày bắt đầu', '01/01/2026');
    await fillDay('Ngày kết thúc', '31/12/2026');
    await snap('c03-create-form');
    await page.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    await page.waitForURL(/\/dot-thi-dua\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { name: NEW_TITLE }).isVisible()).toBe(true);
    await expect.poll(() => visible('Dự thảo', true)).toBe(true);
    await expect.poll(() => visible('01/01/2026 – 31/12/2026', true)).toBe(true);
  });

  it('adds a sum, a count and a ratio, refusing 120 % before anything is sent', async () => {
    await page.getByRole('tab', { name: /Chỉ tiêu \(0\)/ }).click();

    let drawer = await startIndicator('Thu ngân sách trên địa bàn', /^Tổng/, 'triệu đồng');
    await drawer.getByLabel('Giá trị chỉ tiêu').fill('40000');
    await drawer.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect.poll(() => visible('Đã thêm chỉ tiêu CT01.')).toBe(true);
    await expect.poll(() => visible('40.000', true)).toBe(true);

    drawer = await startIndicator('Số hộ được vay vốn tạo việc làm', /^Số lượng/, 'hộ');
    await drawer.getByLabel('Giá trị chỉ tiêu').fill('120');
    await drawer.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect.poll(() => visible('Đã thêm chỉ tiêu CT02.')).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: /Chỉ tiêu \(2\)/ }).isVisible()).toBe(true);

    drawer = await startIndicator('Tỷ lệ hộ dân sử dụng nước sạch', /^Tỷ lệ/, '%');
    await drawer.getByLabel('Giá trị chỉ tiêu').fill('120');
    const tooHigh = drawer.getByText('Tỷ lệ phần trăm không được vượt 100 %');
    await expect.poll(() => tooHigh.isVisible()).toBe(true);
    await drawer.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect.poll(() => tooHigh.isVisible()).toBe(true);
    await snap('c04-ratio-over-100', false);
    // Still two indicators: nothing was sent.
    expect(await page.getByRole('tab', { name: /Chỉ tiêu \(2\)/ }).isVisible()).toBe(true);
    expect(await drawer.isVisible()).toBe(true);

    await drawer.getByLabel('Giá trị chỉ tiêu').fill('98,5');
    await expect.poll(() => tooHigh.isVisible()).toBe(false);
    await drawer.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect.poll(() => visible('Đã thêm chỉ tiêu CT03.')).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: /Chỉ tiêu \(3\)/ }).isVisible()).toBe(true);
    await expect.poll(() => visible('98,5 %', true)).toBe(true);
    await snap('c05-three-indicators');
  });

  it('assigns the three indicators to several tổ dân phố at once', async () => {
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    for (const code of ['CT01', 'CT02', 'CT03'])
      await page
        .getByRole('row', { name: new RegExp(`${code} `) })
        .getByRole('checkbox')
        .check();
    for (const n of [1, 2, 3, 4])
      await page.getByRole('treeitem', { name: `Tổ dân phố ${n}`, exact: true }).click();
    await expect.poll(() => visible('Đã chọn 3 chỉ tiêu × 4 đơn vị = 12 lượt giao')).toBe(true);
    await page.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
    await expect.poll(() => visible('Đã giao thêm 12 lượt chỉ tiêu.')).toBe(true);
    await expect.poll(() => page.getByText('4 đơn vị', { exact: true }).count()).toBe(3);
    await snap('c06-assigned');
  });

  it('launches the campaign', async () => {
    await page.getByRole('button', { name: 'Phát động' }).click();
    const dialog = page.getByRole('dialog', { name: 'Phát động đợt thi đua?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Phát động' }).click();
    await expect.poll(() => visible('Đã phát động đợt thi đua.')).toBe(true);
    await expect.poll(() => visible('Đã phát động', true)).toBe(true);
    expect(await page.getByRole('button', { name: 'Kết thúc' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'Trạng thái', exact: true }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: 'Dự thảo', exact: true }).isVisible()).toBe(true);
    await snap('c07-launched');
  });
});

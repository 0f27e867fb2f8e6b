/**
 * Plan import in Chromium: the office uploads the Đông Hải plan as a Word file, reviews the draft beside the
 * text (29 indicators, flagged values in orange), fixes what the rules refuse, and creates the draft campaign.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx } from '../server/src/plan-import/test-documents.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

const PLAN_TEXT = fileURLToPath(new URL('../docs/plans/ke-hoach-thi-dua-dong-hai-2025.txt', import.meta.url));

let server: RunningServer;
let browser: Browser;
let page: Page;
let tmpDir: string;
let planFile: string;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-plan-'));
  planFile = path.join(tmpDir, 'ke-hoach-thi-dua-dong-hai-2025.docx');
  fs.writeFileSync(planFile, docx(fs.readFileSync(PLAN_TEXT, 'utf8')));
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

const visible = (text: string | RegExp, exact = false) => textVisible(page, text, exact);

async function snap(name: string, fullPage = false) {
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** Types a number into a review input (Vietnamese style) and leaves the field. */
async function fillNumber(label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Tab');
}

describe('plan import in Chromium (office of Phường Đông Hải)', () => {
  it('uploads the Đông Hải plan and shows the draft beside the text', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Tên đăng nhập').fill('office');
    await page.getByLabel('Mật khẩu').fill('ThiDua@2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => visible('Trần Thị Thu Hà')).toBe(true);

    await page.getByRole('menuitem', { name: /Đợt thi đua/ }).click();
    await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();
    await page.waitForURL(/\/dot-thi-dua\/nhap$/);
    await expect.poll(() => visible('Kéo thả tệp kế hoạch vào đây hoặc bấm để chọn tệp')).toBe(true);
    await snap('p01-upload');

    await page.locator('input[type="file"]').setInputFiles(planFile);
    await page.getByText('Chỉ tiêu (29)', { exact: true }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(29);
    await expect.poll(() => page.getByLabel('Mã CT24', { exact: true }).inputValue()).toBe('CT24');
    // The revenue figure reads "36.692" (thousands dot), with "36,692" offered as the other reading.
    await expect.poll(() => page.getByLabel('Giá trị CT01', { exact: true }).inputValue()).toBe('36.692');
    await expect.poll(() => visible('Nhận diện được 29 chỉ tiêu')).toBe(true);
    await expect.poll(() => page.locator('mark.pi-mark-flagged').count()).toBeGreaterThan(3);
    await snap('p02-review');
  });

  it('fixes one flagged value and creates the draft campaign', async () => {
    // Clicking the orange "7.000" in the text selects CT01.4's value on the right.
    await page
      .locator('mark.pi-mark-flagged', { hasText: /^7\.000$/ })
      .first()
      .click();
    const ct014 = page.getByLabel('Giá trị CT01.4', { exact: true });
    await expect.poll(() => ct014.evaluate((el) => el === document.activeElement)).toBe(true);
    // Try the other reading, then choose the intended one: 7.000 triệu đồng.
    await page.getByRole('button', { name: 'Giá trị CT01.4: chọn 7', exact: true }).click();
    await expect.poll(() => ct014.inputValue()).toBe('7');
    await page.getByRole('button', { name: 'Giá trị CT01.4: chọn 7.000', exact: true }).click();
    await expect.poll(() => ct014.inputValue()).toBe('7.000');
    await snap('p03-flagged-choice');

    // The plan gives no margin for "duy trì" targets: the draft proposes ± 0, flagged; the reviewer allows 1 point.
    const tolerance = page.getByLabel('Biên độ CT13', { exact: true });
    await expect.poll(() => tolerance.inputValue()).toBe('0');
    await fillNumber('Biên độ CT13', '1');
    await expect.poll(() => tolerance.inputValue()).toBe('1');
    // The sex-ratio band comes with the natural lower bound 103, flagged for review.
    await expect.poll(() => page.getByLabel('Cận dưới CT16', { exact: true }).inputValue()).toBe('103');
    await snap('p04-defaults');

    // A duplicate code is refused by the server (all or nothing); its error lands on that row's code.
    const lastCode = page.locator('#pi-indicators-28-code');
    await lastCode.fill('CT23');
    await page.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    const codeCell = page.locator('td', { has: lastCode });
    await expect.poll(() => codeCell.getByRole('alert').isVisible()).toBe(true);
    await expect.poll(() => codeCell.getByRole('alert').textContent()).toMatch(/CT23/);
    await snap('p05-server-error');
    await lastCode.fill('CT24');
    await expect.poll(() => codeCell.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    await page.waitForURL(/\/dot-thi-dua\/\d+$/);
    await expect.poll(() => visible('Dự thảo', true)).toBe(true);
    await expect.poll(() => visible(/năm 2025 của phường Đông Hải/)).toBe(true);
    await page.getByRole('tab', { name: /Chỉ tiêu \(29\)/ }).click();
    const ct01 = page.getByRole('row', { name: /CT01 Thu ngân sách nhà nước trên địa bàn/ });
    await expect.poll(() => ct01.getByText('36.692', { exact: true }).isVisible()).toBe(true);
    await snap('p06-created');
  });
});

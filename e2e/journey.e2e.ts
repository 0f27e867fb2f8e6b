import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type RunningServer, shot, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 850 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(p: Page, username: string, password = 'ThiDua@2025') {
  await p.goto(`${server.url}/`);
  await p.getByLabel('Tên đăng nhập').fill(username);
  await p.getByLabel('Mật khẩu').fill(password);
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('office journey in Chromium', () => {
  it('sends an anonymous visitor to the sign-in page and shows a generic error for a wrong password', async () => {
    await page.goto(`${server.url}/don-vi`);
    await page.waitForURL(/\/dang-nhap/);
    await page.getByLabel('Tên đăng nhập').fill('office');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').isVisible()).toBe(true);
    await page.screenshot({ path: shot('01-sign-in-error'), fullPage: true });
  });

  it('signs in as the office and shows the user in the header', async () => {
    await signIn(page, 'office');
    await expect.poll(() => page.getByText('Trần Thị Thu Hà').first().isVisible()).toBe(true);
    await page.screenshot({ path: shot('02-home'), fullPage: true });
  });

  it('opens the org tree and finds "Tổ dân phố 7" by typing "to dan pho 7"', async () => {
    await page.getByRole('menuitem', { name: /Đơn vị/ }).click();
    await page.waitForURL(/\/don-vi/);
    await expect.poll(() => page.getByText('Phường Đông Hải').first().isVisible()).toBe(true);
    await page.screenshot({ path: shot('03-org-tree'), fullPage: true });
    await page.getByLabel('Tìm đơn vị').fill('to dan pho 7');
    await expect
      .poll(() => page.getByText('Tổ dân phố 7', { exact: true }).first().isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await page.getByText('Tổ dân phố 17', { exact: true }).count()).toBe(0);
    await page.screenshot({ path: shot('04-org-search'), fullPage: true });
  });

  it('signs out and lands on the sign-in page; protected pages stay closed', async () => {
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.waitForURL(/\/dang-nhap/);
    await expect.poll(() => page.getByRole('button', { name: 'Đăng nhập' }).isVisible()).toBe(true);
    await page.screenshot({ path: shot('05-signed-out'), fullPage: true });
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await page.goto(`${server.url}/nguoi-dung`);
    await page.waitForURL(/\/dang-nhap/);
  });

  it('returns to the sign-in page, saying why, when the session ends elsewhere', async () => {
    await signIn(page, 'office');
    await expect.poll(() => page.getByText('Trần Thị Thu Hà').first().isVisible()).toBe(true);
    // End every session of this user from a second browser (another device).
    const other = await browser.newContext();
    const p2 = await other.newPage();
    await signIn(p2, 'office');
    await expect.poll(() => p2.getByText('Trần Thị Thu Hà').first().isVisible()).toBe(true);
    const status = await p2.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      const r = await fetch('/api/auth/logout-all', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: '{}',
      });
      return r.status;
    });
    expect(status).toBe(200);
    await other.close();
    // The audit screen has not been loaded in this session, so it must ask the server, which answers 401.
    await page.getByRole('menuitem', { name: /Nhật ký/ }).click();
    await page.waitForURL(/\/dang-nhap/, { timeout: 15_000 });
    await expect
      .poll(() =>
        page
          .getByText(/Phiên làm việc đã hết hạn/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.screenshot({ path: shot('06-session-ended'), fullPage: true });
  });
});

/**
 * XSS: hostile text entered as a unit name, a person's full name and a report comment is shown as text, never run,
 * on the screens that display it (units, users, reports, dashboard, documents preview) and in the generated Word
 * file; every HTML response carries the strict Content-Security-Policy.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type RunningServer, shot, startServer } from './support/server.ts';

const PAYLOAD = `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>"'&`;
let server: RunningServer;
let browser: Browser;
let page: Page;

async function api(p: Page, method: string, url: string, body?: unknown) {
  return p.evaluate(
    async ({ method, url, body }) => {
      const me = await fetch('/api/auth/me');
      const csrf = ((await me.json()) as { csrfToken?: string }).csrfToken ?? '';
      const r = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    { method, url, body },
  );
}

async function signIn(p: Page, username: string) {
  await p.context().clearCookies();
  await p.goto(`${server.url}/`);
  await p.getByLabel('Tên đăng nhập').fill(username);
  await p.getByLabel('Mật khẩu').fill('ThiDua@2025');
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
  await p.getByRole('button', { name: /^Thông báo/ }).waitFor();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (
    await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } })
  ).newPage();
  page.setDefaultTimeout(20_000);
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('hostile text', () => {
  it('is shown as text everywhere and never runs', async () => {
    const suffix = String(Date.now() % 100000); // a retry must not collide with the first attempt's rows
    const html = await fetch(`${server.url}/`);
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html.headers.get('content-security-policy')).toContain("object-src 'none'");

    await signIn(page, 'admin');
    const ward = (await api(page, 'GET', '/api/org-units?q=dong+hai')).body.items.find(
      (u: { code: string }) => u.code === 'HP.DONGHAI',
    );
    const unit = await api(page, 'POST', '/api/org-units', {
      parentId: ward.id,
      code: `HP.DONGHAI.XSS${suffix}`,
      name: `Tổ ${PAYLOAD}`,
      kind: 'residential_group',
    });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const user = await api(page, 'POST', '/api/users', {
      username: `xss.user${suffix}`,
      fullName: `Nguyễn ${PAYLOAD}`,
      unitId: ward.id,
      password: 'Mat-Khau-Tam-2026!',
      roles: [{ role: 'viewer', unitId: ward.id }],
    });
    expect(user.status, JSON.stringify(user.body)).toBe(201);

    // A report comment from the unit's reporter.
    await signIn(page, 'reporter');
    const campaigns = (await api(page, 'GET', '/api/campaigns?status=launched')).body.items;
    const cid = campaigns.find(
      (c: { issuingUnitName: string }) => c.issuingUnitName === 'Phường Đông Hải',
    ).id;
    const me = (await api(page, 'GET', '/api/auth/me')).body;
    const opened = await api(page, 'POST', '/api/reports', {
      campaignId: cid,
      unitId: me.assignments[0].unitId,
      periodId: '2025-12',
    });
    expect([200, 201], JSON.stringify(opened.body).slice(0, 300)).toContain(opened.status);
    const row = opened.body.rows.find(
      (r: { indicator: { kind: string; maxValue: number | null } }) =>
        (r.indicator.kind === 'sum' || r.indicator.kind === 'count') && r.indicator.maxValue === null,
    );
    const saved = await api(page, 'PUT', `/api/reports/${opened.body.id}/values`, {
      version: opened.body.version,
      values: [{ indicatorId: row.indicator.id, value: 1, comment: PAYLOAD }],
    });
    expect(saved.status).toBe(200);
    await page.goto(`${server.url}/bao-cao/${opened.body.id}`);
    await page.getByText('onerror', { exact: false }).first().waitFor();
    await page.screenshot({ path: shot('xss-report') });

    await signIn(page, 'admin');
    for (const [url, name] of [
      ['/don-vi', 'xss-units'],
      ['/nguoi-dung', 'xss-users'],
      [
        `/dot-thi-dua/${cid}/van-ban?loai=unit_report&unitId=${me.assignments[0].unitId}&periodId=2025-12`,
        'xss-documents',
      ],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: shot(name) });
    }
    // The payload is on screen as text (documents preview: the comment in the unit report's table).
    await page.getByTestId('doc-paper').getByText('onerror', { exact: false }).first().waitFor();
    await page.goto(`${server.url}/nguoi-dung`);
    await page.getByText(`Nguyễn ${PAYLOAD}`).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }, 180_000);
});

/**
 * The public portal (issue 9) in Chromium, against the real bundle. The office of Đông Hải opens its campaign,
 * and in the card "Công khai trên cổng thông tin" switches the campaign public, ticks four indicators, names the
 * office screen and saves (a save over someone else's newer version is refused and reloaded first). Then, with no
 * cookie at all: /cong-khai lists the campaign; its page shows exactly the chosen indicators with the API's
 * figures, on a desktop and a phone; the campaign's disclosure links to its page; a campaign that is not public
 * is the same "not found" as the API's 404; the city campaign, published too, shows its wards' table; the office
 * screen shows big tiles and refetches by itself. axe-core (WCAG 2.1 A/AA) runs on every public page: no
 * serious or critical violation.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { formatNumber, formatPercent, type PublicCampaign, type PublicSettings } from '@thidua/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiSession as loginApi, type Session } from './support/api.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses an
// injected <script> tag, and should stay on while the pages are checked.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'ThiDua@2025';
const SCREEN_TITLE = 'Phường Đông Hải thi đua hoàn thành chỉ tiêu năm 2025';
const DISCLOSURE_TITLE = 'Công khai danh sách đề nghị tặng Giấy khen năm 2025 – Tổ dân phố 7';

let server: RunningServer;
let browser: Browser;
let office: Page;
let visitor: Page;
let phone: Page | undefined;
let officeApi: Session;
let adminApi: Session;
let wardId = 0;
let wardTitle = '';
let cityId = 0;
let disclosureId = 0;
let chosen: PublicSettings['indicators'] = [];
/** Every API path the anonymous pages asked for. */
const visitorCalls: string[] = [];

const poll: typeof expect.poll = (fn, opts) =>
  expect.poll(fn, { timeout: 10_000, ...(typeof opts === 'number' ? { timeout: opts } : opts) });

function vnDay(plus = 0): string {
  return new Date(Date.now() + plus * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Ho_Chi_Minh',
  });
}

const apiSession = (username: string): Promise<Session> => loginApi(server.url, username, PASSWORD);

/** The public API as anyone (no cookie). */
async function publicGet<T>(path: string): Promise<{ status: number; body: T }> {
  const r = await fetch(`${server.url}/api${path}`);
  return { status: r.status, body: (await r.json()) as T };
}

async function newPage(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function anonymousPage(width: number, height: number): Promise<Page> {
  const { context, page } = await newPage(width, height);
  expect(await context.cookies()).toEqual([]);
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) visitorCalls.push(`${r.method()} ${u.pathname}`);
  });
  return page;
}

async function signIn(page: Page, username: string, name: string) {
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  await poll(() =>
    page
      .getByRole('button', { name: new RegExp(name) })
      .first()
      .isVisible()
      .catch(() => false),
  ).toBe(true);
}

async function snap(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page; prints every violation; none may be serious or critical. */
async function expectAccessible(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(() =>
    (window as any).axe
      .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
      .then((r: { violations: unknown }) => r.violations),
  )) as AxeViolation[];
  for (const v of violations)
    console.log(
      `[axe ${label}] ${v.impact} ${v.id}: ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `   ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
        .join('\n')}`,
    );
  if (violations.length === 0) console.log(`[axe ${label}] no violation`);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact})`),
    label,
  ).toEqual([]);
}

/** The figure as the page writes it: the indicator's own terms, two decimals at most, its unit after. */
function shown(i: { unitOfMeasure: string; kind: string }, v: number | null): string {
  if (v === null) return 'Chưa có số liệu';
  const r = Math.round(v * 100) / 100;
  const unit = i.unitOfMeasure.trim();
  if (unit === '%') return formatPercent(r, 3);
  if (unit === '‰' || i.kind === 'rate_per_mille') return `${formatNumber(r, 3)} ‰`;
  return unit ? `${formatNumber(r, 3)} ${unit}` : formatNumber(r, 3);
}

/** The page's indicator cards equal the API's indicators: same codes in order, same figures and completion. */
async function expectIndicatorsMatch(page: Page, api: PublicCampaign) {
  const cards = page.getByTestId('public-indicator');
  await poll(() => cards.count()).toBe(api.indicators.length);
  const codes = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(codes).toEqual(api.indicators.map((i) => i.code));
  for (const [n, i] of api.indicators.entries()) {
    const card = cards.nth(n);
    const value = ((await card.getByTestId('indicator-value').textContent()) ?? '').trim();
    expect(value, i.code).toBe(`${shown(i, i.value)}${i.value !== null && i.isEstimate ? ' (ước)' : ''}`);
    const bar = card.getByRole('progressbar');
    const pct = i.completion === null ? 0 : Math.max(0, Math.min(100, Math.round(i.completion * 1000) / 10));
    expect(Number(await bar.getAttribute('aria-valuenow')), i.code).toBe(pct);
    const text = (await bar.getAttribute('aria-valuetext')) ?? '';
    if (i.completion !== null) expect(text).toContain(formatPercent(i.completion * 100, 1));
    const status = {
      achieved: 'Đã đạt',
      on_track: 'Đúng tiến độ',
      at_risk: 'Có nguy cơ chậm',
      off_track: 'Chậm tiến độ',
      no_data: 'Chưa có số liệu',
    }[i.status];
    expect(text).toContain(status);
    expect(await card.textContent()).toContain(`${i.reported}/${i.expected}`);
  }
}

/** Proposes one person and has a council of four approve, then publishes the list from today for six days. */
async function publishedDisclosure(): Promise<number> {
  const [reporter, chair, ...members] = await Promise.all(
    ['reporter', 'chair', 'council', 'council2', 'council3'].map(apiSession),
  );
  const tdp07 = reporter!.me.assignments.find((a) => a.unitName === 'Tổ dân phố 7')!.unitId;
  const award = (await officeApi.call('GET', '/award-types')).items.find((a: any) => a.code === 'GK_CN');
  const people = (await reporter!.call('GET', `/org-units/${tdp07}/persons`)).items;
  const person = people.find((p: any) => p.fullName === 'Nguyễn Thị Hồng Nhung');
  let n = await reporter!.call('POST', '/nominations', {
    campaignId: wardId,
    proposerUnitId: tdp07,
    subject: 'individual',
    personId: person.id,
    awardTypeId: award.id,
    achievement: 'Tổ trưởng gương mẫu, vận động 100 % hộ dân phân loại rác tại nguồn.',
    directWorker: true,
  });
  n = await reporter!.call('POST', `/nominations/${n.id}/submit`, { version: n.version });
  const checklist = Object.fromEntries(
    award.criteria.filter((c: any) => c.rule.type === 'check').map((c: any) => [c.code, true]),
  );
  n = await officeApi.call('POST', `/nominations/${n.id}/accept_dossier`, { version: n.version, checklist });
  const session = await officeApi.call('POST', '/council-sessions', {
    campaignId: wardId,
    title: 'Phiên họp xét khen thưởng năm 2025',
    meetsOn: vnDay(),
    quorum: 2 / 3,
    threshold: 0.7,
    ballot: 'secret',
    memberIds: [...members.map((m) => m.userId), chair!.userId],
    nominationIds: [n.id],
  });
  for (const m of members)
    await m.call('POST', `/council-sessions/${session.id}/ballot`, {
      votes: [{ nominationId: n.id, choice: 'yes' }],
    });
  const fresh = await officeApi.call('GET', `/council-sessions/${session.id}`);
  await officeApi.call('POST', `/council-sessions/${session.id}/close`, { version: fresh.version });
  const d = await officeApi.call('POST', '/disclosures', {
    campaignId: wardId,
    title: DISCLOSURE_TITLE,
    startsOn: vnDay(),
    endsOn: vnDay(5),
    nominationIds: [n.id],
  });
  return d.id;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  [officeApi, adminApi] = await Promise.all([apiSession('office'), apiSession('admin')]);
  const launched = (await adminApi.call('GET', '/campaigns?status=launched')).items as any[];
  const ward = launched.find((c) => c.issuingUnitName === 'Phường Đông Hải');
  wardId = ward.id;
  wardTitle = ward.title;
  cityId = launched.find((c) => /232/.test(String(c.documentNumber ?? '')) || c.id === 1).id;
  expect(cityId).not.toBe(wardId);
  disclosureId = await publishedDisclosure();
  // The demo publishes both campaigns; start from "not public" so the office's own choice is what shows.
  for (const id of [wardId, cityId]) {
    const s = (await adminApi.call('GET', `/campaigns/${id}/public-settings`)) as PublicSettings;
    await adminApi.call('PUT', `/campaigns/${id}/public-settings`, {
      isPublic: false,
      indicatorIds: [],
      screenTitle: '',
      version: s.version,
    });
  }
  office = (await newPage(1366, 900)).page;
  visitor = await anonymousPage(1366, 900);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await office?.screenshot({ path: shot(`failed-${name}-office`), fullPage: true }).catch(() => {});
  await visitor?.screenshot({ path: shot(`failed-${name}-visitor`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('public portal', () => {
  it('the office publishes its campaign with four indicators and a screen title, through the card', async () => {
    // Not public yet: the API answers 404 like for an unknown campaign.
    expect((await publicGet(`/public/campaigns/${wardId}`)).status).toBe(404);

    await signIn(office, 'office', 'Trần Thị Thu Hà');
    await office.goto(`${server.url}/dot-thi-dua/${wardId}`);
    const card = office.getByTestId('public-settings');
    await poll(() => card.getByText('Công khai trên cổng thông tin', { exact: true }).isVisible()).toBe(true);
    await poll(() => card.getByTestId('public-indicator-option').count()).toBeGreaterThan(4);
    await poll(() =>
      textVisible(office, /Chỉ các đợt thi đua đang thực hiện hoặc đã kết thúc mới hiện trên cổng thông tin/),
    ).toBe(true);

    const before = await officeApi.call('GET', `/campaigns/${wardId}/public-settings`);
    expect(before).toMatchObject({ isPublic: false, canEdit: true, indicatorIds: [] });
    chosen = (before as PublicSettings).indicators.filter((i) => i.parentId === null).slice(0, 4);
    expect(chosen).toHaveLength(4);

    const sw = card.getByRole('switch', { name: 'Công khai đợt thi đua này' });
    expect(await sw.getAttribute('aria-checked')).toBe('false');
    await sw.click();
    await poll(() => sw.getAttribute('aria-checked')).toBe('true');
    // "Chọn tất cả" then "Bỏ chọn tất cả" work on the whole list.
    await card.getByRole('button', { name: 'Chọn tất cả', exact: true }).click();
    await poll(() =>
      card
        .getByText(`Chỉ tiêu được công khai (${before.indicators.length}/${before.indicators.length})`)
        .isVisible(),
    ).toBe(true);
    await card.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    await poll(() =>
      card.getByText(`Chỉ tiêu được công khai (0/${before.indicators.length})`).isVisible(),
    ).toBe(true);
    for (const i of chosen) await card.getByRole('checkbox', { name: `${i.code} · ${i.name}` }).check();
    await card.getByLabel('Tiêu đề màn hình văn phòng').fill('Bản nháp tiêu đề');

    // Someone else saves first: the save is refused, the newer version is loaded and the user is told.
    await officeApi.call('PUT', `/campaigns/${wardId}/public-settings`, {
      isPublic: false,
      indicatorIds: [],
      screenTitle: 'Tiêu đề do người khác lưu',
      version: before.version,
    });
    await card.getByRole('button', { name: 'Lưu thiết lập công khai' }).click();
    await poll(() => card.getByTestId('public-settings-banner').textContent()).toContain(
      'Có người khác vừa lưu thiết lập công khai',
    );
    await poll(() => card.getByLabel('Tiêu đề màn hình văn phòng').inputValue()).toBe(
      'Tiêu đề do người khác lưu',
    );

    // Again, on the fresh version.
    await poll(() => sw.getAttribute('aria-checked')).toBe('false');
    await sw.click();
    for (const i of chosen) await card.getByRole('checkbox', { name: `${i.code} · ${i.name}` }).check();
    await card.getByLabel('Tiêu đề màn hình văn phòng').fill(SCREEN_TITLE);
    await poll(() =>
      card.getByText(`Chỉ tiêu được công khai (4/${before.indicators.length})`).isVisible(),
    ).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await office.screenshot({ path: shot('portal-office-card'), fullPage: false, animations: 'disabled' });
    await card.getByRole('button', { name: 'Lưu thiết lập công khai' }).click();
    await poll(() => textVisible(office, 'Đã lưu thiết lập công khai.', true)).toBe(true);

    const saved = (await officeApi.call('GET', `/campaigns/${wardId}/public-settings`)) as PublicSettings;
    expect(saved.isPublic).toBe(true);
    expect(saved.screenTitle).toBe(SCREEN_TITLE);
    expect([...saved.indicatorIds].sort((a, b) => a - b)).toEqual(
      chosen.map((i) => i.id).sort((a, b) => a - b),
    );
    expect(saved.version).toBe(before.version + 2);
    await poll(() =>
      card.getByText(/^Lưu lần cuối: Trần Thị Thu Hà, \d\d:\d\d \d\d\/\d\d\/\d{4}$/).isVisible(),
    ).toBe(true);
    for (const [id, href] of [
      ['open-public', `/cong-khai/dot-thi-dua/${wardId}`],
      ['open-screen', `/cong-khai/man-hinh/${wardId}`],
    ] as const) {
      const link = card.getByTestId(id);
      expect(await link.getAttribute('href')).toBe(href);
      expect(await link.getAttribute('target')).toBe('_blank');
    }
  });

  it('/cong-khai lists the published campaign first, above the disclosures', async () => {
    const list = await publicGet<{ campaigns: any[] }>('/public/campaigns');
    expect(list.status).toBe(200);
    expect(list.body.campaigns.map((c) => c.id)).toEqual([wardId]);

    await visitor.goto(`${server.url}/cong-khai`);
    const items = visitor.getByTestId('public-campaign-item');
    await poll(() => items.count()).toBe(1);
    const text = (await items.first().textContent()) ?? '';
    const c = list.body.campaigns[0];
    expect(text).toContain(c.title);
    expect(text).toContain(c.issuer.toLocaleUpperCase('vi'));
    expect(text).toContain(`Số: ${c.reference}`);
    expect(text).toContain('4 chỉ tiêu công khai');
    expect(text).toContain('Đang thực hiện');
    // The campaigns come before the disclosures; one h1 on the page.
    await poll(() => visitor.getByTestId('public-disclosure-item').count()).toBe(1);
    const order = await visitor.evaluate(() => {
      const a = document.querySelector('[data-testid="public-campaigns"]');
      const b = document.querySelector('[data-testid="public-disclosure-item"]');
      return a && b ? Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
    });
    expect(order).toBe(true);
    expect(await visitor.locator('h1').count()).toBe(1);
    await expectAccessible(visitor, '/cong-khai');
    await snap(visitor, 'portal-list');

    await items.first().getByRole('link', { name: c.title, exact: true }).click();
    await visitor.waitForURL(`**/cong-khai/dot-thi-dua/${wardId}`);
  });

  it('the campaign page shows exactly the chosen indicators with the API’s figures', async () => {
    const api = (await publicGet<PublicCampaign>(`/public/campaigns/${wardId}`)).body;
    expect(api.indicators.map((i) => i.code).sort()).toEqual(chosen.map((i) => i.code).sort());
    // Arrived by the list's link (previous test); a retry starts here again.
    if (!visitor.url().endsWith(`/cong-khai/dot-thi-dua/${wardId}`))
      await visitor.goto(`${server.url}/cong-khai/dot-thi-dua/${wardId}`);
    await poll(() => textVisible(visitor, wardTitle, true)).toBe(true);
    await expectIndicatorsMatch(visitor, api);
    expect(await visitor.locator('h1').count()).toBe(1);
    expect(await visitor.locator('h1').textContent()).toBe(api.campaign.title);
    const updated = (await visitor.getByTestId('updated-at').textContent()) ?? '';
    expect(updated).toMatch(/^Số liệu cập nhật lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
    // The select names the period the API answered for, among all of the campaign's periods.
    const select = visitor.getByLabel('Kỳ số liệu');
    expect(await select.inputValue()).toBe(api.period.id);
    expect(await select.locator('option').allTextContents()).toEqual(api.periods.map((p) => p.label));
    // Ward campaign: no wards' table. Its disclosure links to the page with the comment form.
    expect(await visitor.getByTestId('ward-table').count()).toBe(0);
    const disc = visitor.getByTestId('campaign-disclosure');
    await poll(() => disc.count()).toBe(api.disclosures.length);
    expect(api.disclosures.map((d) => d.id)).toContain(disclosureId);
    expect(await disc.first().textContent()).toContain('Đang nhận ý kiến');
    expect(await visitor.getByTestId('campaign-decision').count()).toBe(api.decisions.length);
    await expectAccessible(visitor, 'campaign page (desktop)');
    await snap(visitor, 'portal-campaign-desktop');

    // Another period: the address keeps it and the figures are the API's for that period.
    // The period before the current one (it has figures in the demo), else any other.
    const at = api.periods.findIndex((p) => p.id === api.period.id);
    const other = api.periods[at - 1] ?? api.periods.find((p) => p.id !== api.period.id);
    if (other) {
      await select.selectOption(other.id);
      await visitor.waitForURL((u) => u.searchParams.get('periodId') === other.id);
      const api2 = (await publicGet<PublicCampaign>(`/public/campaigns/${wardId}?periodId=${other.id}`)).body;
      expect(api2.period.id).toBe(other.id);
      await poll(() => select.inputValue()).toBe(other.id);
      await poll(() => visitor.getByTestId('updated-at').textContent()).toMatch(/^Số liệu cập nhật lúc/);
      await expectIndicatorsMatch(visitor, api2);
    }

    await disc.first().getByRole('link', { name: DISCLOSURE_TITLE, exact: true }).click();
    await visitor.waitForURL(`**/cong-khai/${disclosureId}`);
    await poll(() => textVisible(visitor, DISCLOSURE_TITLE, true)).toBe(true);
    await poll(() => visitor.getByTestId('public-nominee').count()).toBe(1);
    await expectAccessible(visitor, 'disclosure page');
  });

  it('on a phone: one column, nothing wider than the screen, accessible', async () => {
    phone = await anonymousPage(390, 844);
    const api = (await publicGet<PublicCampaign>(`/public/campaigns/${wardId}`)).body;
    await phone.goto(`${server.url}/cong-khai/dot-thi-dua/${wardId}`);
    await expectIndicatorsMatch(phone, api);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'campaign page (phone)');
    await snap(phone, 'portal-campaign-phone');
    // The skip link is the first stop of the keyboard and leads to the content.
    await phone.keyboard.press('Tab');
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe(
      'Bỏ qua, tới nội dung chính',
    );
  });

  it('a campaign that is not public is "not found", as the API says', async () => {
    const city = await publicGet<{ error: { code: string } }>(`/public/campaigns/${cityId}`);
    expect(city.status).toBe(404);
    expect(city.body.error.code).toBe('PUBLIC_NOT_FOUND');
    await visitor.goto(`${server.url}/cong-khai/dot-thi-dua/${cityId}`);
    await poll(() => visitor.getByTestId('public-not-found').isVisible()).toBe(true);
    await poll(() => textVisible(visitor, 'Không tìm thấy hoặc chưa công khai', true)).toBe(true);
    expect(await visitor.locator('h1').textContent()).toBe('Không tìm thấy hoặc chưa công khai');
    await expectAccessible(visitor, 'not found');
    await visitor.goto(`${server.url}/cong-khai/dot-thi-dua/999999`);
    await poll(() => visitor.getByTestId('public-not-found').isVisible()).toBe(true);
    expect((await publicGet(`/public/campaigns/999999`)).status).toBe(404);
    await visitor.getByRole('link', { name: 'Về trang công khai' }).first().click();
    await visitor.waitForURL('**/cong-khai');
    expect(visitorCalls.filter((c) => !c.includes('/api/public/'))).toEqual([]);
  });

  it('the city campaign, once published, shows each ward in an accessible table', async () => {
    const s = (await adminApi.call('GET', `/campaigns/${cityId}/public-settings`)) as PublicSettings;
    const picked = s.indicators.filter((i) => i.parentId === null).slice(0, 3);
    await adminApi.call('PUT', `/campaigns/${cityId}/public-settings`, {
      isPublic: true,
      indicatorIds: picked.map((i) => i.id),
      screenTitle: '',
      version: s.version,
    });
    const api = (await publicGet<PublicCampaign>(`/public/campaigns/${cityId}`)).body;
    expect(api.campaign.level).toBe('city');
    await visitor.goto(`${server.url}/cong-khai/dot-thi-dua/${cityId}`);
    await expectIndicatorsMatch(visitor, api);
    if (api.wards.length > 0) {
      const table = visitor.getByTestId('ward-table');
      await poll(() => table.isVisible()).toBe(true);
      expect(await table.locator('caption').textContent()).toContain(api.period.label);
      const rows = table.getByTestId('ward-row');
      expect(await rows.count()).toBe(api.wards.length);
      expect(await rows.locator('th[scope="row"]').allTextContents()).toEqual(api.wards.map((w) => w.name));
      expect(await table.locator('thead th[scope="col"]').count()).toBe(2 + api.indicators.length);
    }
    await expectAccessible(visitor, 'city campaign page');
    await snap(visitor, 'portal-city-desktop');
    await phone!.goto(`${server.url}/cong-khai/dot-thi-dua/${cityId}`);
    await expectIndicatorsMatch(phone!, api);
    // The table scrolls inside its own box; the page itself does not.
    expect(await phone!.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone!, 'city campaign page (phone)');
    await snap(phone!, 'portal-city-phone');
  });

  it('the office screen shows big tiles and the clock, and refetches every minute by itself', async () => {
    const { page: screen } = await newPage(1366, 900);
    const calls: number[] = [];
    screen.on('request', (r) => {
      if (new URL(r.url()).pathname === `/api/public/campaigns/${wardId}`) calls.push(Date.now());
    });
    await screen.clock.install();
    await screen.goto(`${server.url}/cong-khai/man-hinh/${wardId}`);
    await poll(() => screen.locator('h1').textContent()).toBe(SCREEN_TITLE);
    const api = (await publicGet<PublicCampaign>(`/public/campaigns/${wardId}`)).body;
    await expectIndicatorsMatch(screen, api);
    await poll(() => screen.getByTestId('screen-clock').locator('time').textContent()).toMatch(/^\d\d:\d\d$/);
    await poll(() => screen.getByTestId('screen-countdown').textContent()).toMatch(
      /^Tự làm mới sau \d+ giây$/,
    );
    expect(await screen.getByTestId('screen-updated').textContent()).toMatch(
      /^Cập nhật lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/,
    );
    await expectAccessible(screen, 'office screen');
    await snap(screen, 'portal-screen-desktop', false);

    // A new title saved by the office shows after the next automatic refresh, with nobody touching the screen.
    const s = (await officeApi.call('GET', `/campaigns/${wardId}/public-settings`)) as PublicSettings;
    const newTitle = `${SCREEN_TITLE} – cập nhật`;
    await officeApi.call('PUT', `/campaigns/${wardId}/public-settings`, {
      isPublic: true,
      indicatorIds: s.indicatorIds,
      screenTitle: newTitle,
      version: s.version,
    });
    const before = calls.length;
    expect(before).toBeGreaterThan(0);
    await screen.clock.runFor(61_000);
    await poll(() => calls.length).toBeGreaterThan(before);
    await poll(() => screen.locator('h1').textContent()).toBe(newTitle);
    await poll(() => screen.getByTestId('screen-countdown').textContent()).toMatch(
      /^Tự làm mới sau \d+ giây$/,
    );

    const { page: small } = await newPage(390, 844);
    await small.goto(`${server.url}/cong-khai/man-hinh/${wardId}`);
    await poll(() => small.locator('h1').textContent()).toBe(newTitle);
    await poll(() => small.getByTestId('public-indicator').count()).toBe(api.indicators.length);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(small, 'office screen (phone)');
    await snap(small, 'portal-screen-phone');
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await snap(screen, 'portal-screen-tv', false);
  });

  it('a reporter of a unit does not see the publishing card (and does not ask for it)', async () => {
    const { page } = await newPage(1366, 900);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/public-settings')) asked.push(r.url());
    });
    await signIn(page, 'reporter', 'Đỗ Thị Mai');
    await page.goto(`${server.url}/dot-thi-dua/${wardId}`);
    await poll(() => page.getByRole('tab').first().isVisible()).toBe(true);
    expect(await page.getByTestId('public-settings').count()).toBe(0);
    expect(asked).toEqual([]);
  });

  it('the public pages load no chart library', async () => {
    const { page } = await newPage(390, 844);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}/cong-khai/dot-thi-dua/${wardId}`);
    await poll(() => page.getByTestId('public-indicator').count()).toBe(chosen.length);
    expect(scripts.filter((s) => /echarts/i.test(s))).toEqual([]);
    console.log(`[portal] scripts loaded by the campaign page: ${scripts.length}\n  ${scripts.join('\n  ')}`);
  });
});

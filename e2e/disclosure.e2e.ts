/**
 * Public disclosure (công khai) in Chromium. Through the API, Tổ dân phố 7 proposes one person for the Giấy khen,
 * the office checks the dossier and a council of four votes by secret ballot (three yes): the nomination is
 * approved. Then the office publishes it for six days (today → +5, the server's real date); an anonymous visitor
 * with no cookie at all finds the disclosure, reads the list and sends an objection (a too-short one first); the
 * office settles it as unfounded with a reason; the public page still lists the nominee. Phone viewport too.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiSession as loginApi, type Session } from './support/api.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

const PASSWORD = 'ThiDua@2025';
const TITLE = 'Công khai danh sách đề nghị tặng Giấy khen năm 2025 – Tổ dân phố 7';
const OBJECTION =
  'Đề nghị xem lại: tháng 11/2025 tổ trưởng vắng nhiều buổi sinh hoạt, một số hộ chưa phân loại rác tại nguồn.';
const CONTACT = '0912 345 678';
const REASON = 'Đã xác minh với Ban công tác Mặt trận: tổ trưởng vắng có lý do, 100 % hộ đã phân loại rác.';

/**
 * The objection form's submit button, found by its place in the form: right after typing, Chromium may report
 * the form's buttons as hidden from the accessibility tree for a moment (the focused field's re-render), so a
 * role query can miss it.
 */
const sendButton = (p: Page) => p.locator('form#objection button[type="submit"]');

let server: RunningServer;
let browser: Browser;
let office: Page;
let visitor: Page;
let phone: Page | undefined;
let campaignId = 0;
let nominationId = 0;
let nominee = { name: '', unit: '', award: '', achievement: '' };
let disclosureId = 0;
let officeApi: Session;
/** Every API path the anonymous pages asked for. */
const visitorCalls: string[] = [];

/** Polls longer than Vitest's 1 s default: a screen's first visit loads its code and data. */
const poll: typeof expect.poll = (fn, opts) =>
  expect.poll(fn, { timeout: 10_000, ...(typeof opts === 'number' ? { timeout: opts } : opts) });

/** "YYYY-MM-DD" in Vietnam, `plus` days after today (the server decides "open" by the same date). */
function vnDay(plus = 0): string {
  const d = new Date(Date.now() + plus * 86_400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}
const dmy = (iso: string) => iso.split('-').reverse().join('/');

const apiSession = (username: string): Promise<Session> => loginApi(server.url, username, PASSWORD);

async function newPage(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
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

/** A page with no session at all that records which API paths it calls. */
async function anonymousPage(width: number, height: number): Promise<Page> {
  const { context, page } = await newPage(width, height);
  expect(await context.cookies()).toEqual([]);
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) visitorCalls.push(`${r.method()} ${u.pathname}`);
  });
  return page;
}

async function snap(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** Proposes, checks and puts one person before a council of four who approve by secret ballot. */
async function approvedNomination(): Promise<void> {
  const [officeSession, reporter, chair, ...members] = await Promise.all(
    ['office', 'reporter', 'chair', 'council', 'council2', 'council3'].map(apiSession),
  );
  officeApi = officeSession!;
  const campaigns = await officeApi.call('GET', '/campaigns?status=launched');
  campaignId = campaigns.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  const tdp07 = reporter!.me.assignments.find((a) => a.unitName === 'Tổ dân phố 7')!.unitId;
  const award = (await officeApi.call('GET', '/award-types')).items.find((a: any) => a.code === 'GK_CN');
  const people = (await reporter!.call('GET', `/org-units/${tdp07}/persons`)).items;
  const person = people.find((p: any) => p.fullName === 'Nguyễn Thị Hồng Nhung');
  const achievement =
    'Tổ trưởng gương mẫu, vận động 100 % hộ dân phân loại rác tại nguồn và lắp đèn chiếu sáng ngõ xóm.';
  let n = await reporter!.call('POST', '/nominations', {
    campaignId,
    proposerUnitId: tdp07,
    subject: 'individual',
    personId: person.id,
    awardTypeId: award.id,
    achievement,
    directWorker: true,
  });
  n = await reporter!.call('POST', `/nominations/${n.id}/submit`, { version: n.version });
  const checklist = Object.fromEntries(
    award.criteria.filter((c: any) => c.rule.type === 'check').map((c: any) => [c.code, true]),
  );
  n = await officeApi.call('POST', `/nominations/${n.id}/accept_dossier`, { version: n.version, checklist });
  expect(n.status).toBe('checked');
  nominationId = n.id;
  nominee = { name: n.nomineeName, unit: n.nomineeUnitName, award: n.award.name, achievement: n.achievement };

  const session = await officeApi.call('POST', '/council-sessions', {
    campaignId,
    title: 'Phiên họp xét khen thưởng năm 2025',
    meetsOn: vnDay(),
    quorum: 2 / 3,
    threshold: 0.7,
    ballot: 'secret',
    memberIds: [...members.map((m) => m.userId), chair!.userId],
    nominationIds: [nominationId],
  });
  for (const m of members)
    await m.call('POST', `/council-sessions/${session.id}/ballot`, {
      votes: [{ nominationId, choice: 'yes' }],
    });
  const fresh = await officeApi.call('GET', `/council-sessions/${session.id}`);
  await officeApi.call('POST', `/council-sessions/${session.id}/close`, { version: fresh.version });
  expect((await officeApi.call('GET', `/nominations/${nominationId}`)).status).toBe('approved');
}

/** The API as the signed-in office page (the browser context shares its cookies). */
async function officeGet<T>(path: string): Promise<T> {
  const res = await office.context().request.get(`${server.url}/api${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  await approvedNomination();
  office = (await newPage(1440, 900)).page;
  visitor = await anonymousPage(1440, 900);
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

describe('public disclosure and objections', () => {
  it('the office publishes the approved nominee for six days from today', async () => {
    await signIn(office, 'office', 'Trần Thị Thu Hà');
    await office.goto(`${server.url}/khen-thuong/cong-khai?campaignId=${campaignId}`);
    await poll(() => textVisible(office, 'Công khai khen thưởng', true)).toBe(true);
    await office.getByRole('button', { name: 'Tạo đợt công khai' }).click();
    const dialog = office.getByRole('dialog');
    await poll(() => textVisible(office, nominee.name, true)).toBe(true);
    // The approved dossier is ticked already.
    await expect.poll(() => dialog.getByRole('checkbox').first().isChecked()).toBe(true);
    await dialog.getByLabel('Tiêu đề').fill(TITLE);
    expect(await dialog.getByLabel('Ngày bắt đầu').inputValue()).toBe(dmy(vnDay()));
    const ends = dialog.getByLabel('Ngày kết thúc');
    await ends.click();
    await ends.fill(dmy(vnDay(5)));
    await ends.press('Enter');
    await expect.poll(() => ends.inputValue()).toBe(dmy(vnDay(5)));
    await poll(() => textVisible(office, 'Công khai 6 ngày, tính cả ngày đầu và ngày cuối.', true)).toBe(
      true,
    );
    await snap(office, 'office-disclosure-create', false);
    await dialog.getByRole('button', { name: 'Công khai' }).click();
    await poll(() => textVisible(office, 'Đã tạo đợt công khai. Đường dẫn công khai đã sẵn sàng.')).toBe(
      true,
    );

    const list = await officeGet<{ items: any[] }>(`/campaigns/${campaignId}/disclosures`);
    const created = list.items.find((d) => d.title === TITLE);
    expect(created).toMatchObject({ startsOn: vnDay(), endsOn: vnDay(5), open: true });
    expect(created.items.map((i: any) => i.nominationId)).toEqual([nominationId]);
    disclosureId = created.id;

    const card = office.getByTestId('disclosure-card').filter({ hasText: TITLE });
    await poll(() =>
      card.getByText(`Thời gian công khai: từ ${dmy(vnDay())} đến ${dmy(vnDay(5))}`).isVisible(),
    ).toBe(true);
    await expect.poll(() => card.getByText('Đang tiếp nhận ý kiến', { exact: true }).isVisible()).toBe(true);
    expect(await card.getByTestId('public-link').textContent()).toBe(
      `${server.url}/cong-khai/${disclosureId}`,
    );
    await expect.poll(() => card.getByText('Chưa có ý kiến phản ánh nào.').isVisible()).toBe(true);
  });

  it('anyone, without signing in, finds the disclosure and reads the list', async () => {
    await visitor.goto(`${server.url}/cong-khai`);
    const item = visitor.getByTestId('public-disclosure-item').filter({ hasText: TITLE });
    await poll(() => item.isVisible()).toBe(true);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('PHƯỜNG ĐÔNG HẢI');
    expect(text).toContain(`Thời gian công khai: từ ${dmy(vnDay())} đến ${dmy(vnDay(5))}`);
    expect(text).toContain('1 cá nhân, tập thể');
    expect(text).toContain('Đang tiếp nhận ý kiến');
    await snap(visitor, 'public-list');

    await item.getByRole('link', { name: TITLE, exact: true }).click();
    await visitor.waitForURL(`**/cong-khai/${disclosureId}`);
    await poll(() => textVisible(visitor, TITLE, true)).toBe(true);
    await poll(() =>
      textVisible(visitor, `Thời gian công khai: từ ${dmy(vnDay())} đến ${dmy(vnDay(5))}`, true),
    ).toBe(true);
    const row = visitor.getByTestId('public-nominee');
    await expect.poll(() => row.count()).toBe(1);
    const rowText = (await row.textContent()) ?? '';
    for (const part of [nominee.name, nominee.unit, nominee.award, nominee.achievement])
      expect(rowText).toContain(part);
    await snap(visitor, 'public-disclosure');
  });

  it('sends an objection: too short is refused in Vietnamese, then the office’s acknowledgement shows', async () => {
    await visitor.getByRole('button', { name: `Gửi ý kiến về ${nominee.name}` }).click();
    // The form now concerns that nominee and the cursor waits in the content box.
    await expect.poll(() => visitor.evaluate(() => document.activeElement?.id)).toBe('objection_content');
    await poll(() =>
      visitor.locator('.ant-select').getByText(nominee.name, { exact: false }).isVisible(),
    ).toBe(true);
    await visitor.keyboard.type('Không đúng');
    await sendButton(visitor).click();
    await poll(() => textVisible(visitor, 'Nội dung phản ánh cần ít nhất 20 ký tự', true)).toBe(true);

    await visitor.getByLabel('Nội dung ý kiến').fill(OBJECTION);
    await visitor.getByLabel('Thông tin liên hệ (không bắt buộc)').fill(CONTACT);
    await sendButton(visitor).click();
    await poll(() => textVisible(visitor, 'Đã gửi ý kiến', true)).toBe(true);
    await poll(() => textVisible(visitor, /^Đã tiếp nhận ý kiến của bạn\./)).toBe(true);
    await visitor.locator('#pub-form-title').scrollIntoViewIfNeeded();
    await visitor.screenshot({ path: shot('public-objection-sent'), animations: 'disabled' });

    // The office's refusals read as plain sentences (answers simulated: the real ones need a closed period or
    // a flood from one address).
    await visitor.getByRole('button', { name: 'Gửi ý kiến khác' }).click();
    for (const [status, code, text] of [
      [409, 'DISCLOSURE_CLOSED', 'Đã hết thời gian tiếp nhận ý kiến'],
      [429, 'RATE_LIMITED', 'Bạn gửi quá nhiều ý kiến, vui lòng thử lại sau'],
    ] as const) {
      await visitor.route('**/api/public/disclosures/*/objections', (r) =>
        r.fulfill({ status, json: { error: { code, message: 'x' } } }),
      );
      await visitor.getByLabel('Nội dung ý kiến').fill(OBJECTION);
      await sendButton(visitor).click();
      await poll(() => visitor.getByRole('alert').filter({ hasText: text }).isVisible()).toBe(true);
      await visitor.unroute('**/api/public/disclosures/*/objections');
    }
    // No sign-in, no session probe: only the public API.
    expect(visitorCalls.length).toBeGreaterThan(0);
    expect(visitorCalls.filter((c) => !c.includes('/api/public/'))).toEqual([]);
  });

  it('the office sees the objection and dismisses it with a reason', async () => {
    await office.reload();
    const card = office.getByTestId('disclosure-card').filter({ hasText: TITLE });
    const objection = card.getByTestId('objection').filter({ hasText: OBJECTION });
    await poll(() => objection.isVisible()).toBe(true);
    const text = (await objection.textContent()) ?? '';
    expect(text).toContain('Chưa giải quyết');
    expect(text).toContain(`Liên hệ: ${CONTACT}`);
    expect(text).toContain(`Về: ${nominee.name}`);
    await expect
      .poll(() => card.getByText('1 ý kiến chờ giải quyết', { exact: true }).isVisible())
      .toBe(true);
    await snap(office, 'office-disclosures');

    await objection.getByRole('button', { name: `Giải quyết ý kiến về ${nominee.name}` }).click();
    const dialog = office.getByRole('dialog');
    await poll(() => dialog.getByText('Phản ánh đúng – không khen thưởng', { exact: true }).isVisible()).toBe(
      true,
    );
    // Upheld is explained as "not rewarded"; a reason is required.
    await dialog.getByText('Phản ánh đúng – không khen thưởng', { exact: true }).click();
    await poll(() => textVisible(office, /không được khen thưởng và không thể đưa vào quyết định/)).toBe(
      true,
    );
    await dialog.getByText('Phản ánh không có cơ sở', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Lưu kết quả' }).click();
    await poll(() => textVisible(office, 'Nhập lý do giải quyết', true)).toBe(true);
    await dialog.getByLabel('Lý do, căn cứ giải quyết').fill(REASON);
    await poll(() => textVisible(office, 'Nhập lý do giải quyết', true)).toBe(false);
    await office.screenshot({ path: shot('office-objection-resolve'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Lưu kết quả' }).click();
    await poll(() => textVisible(office, 'Đã lưu kết quả giải quyết.', true)).toBe(true);
    await poll(() => objection.getByText('Phản ánh không có cơ sở', { exact: true }).isVisible()).toBe(true);
    await poll(() => objection.getByText(REASON).isVisible()).toBe(true);

    const d = await officeGet<any>(`/disclosures/${disclosureId}`);
    expect(d.objections).toHaveLength(1);
    expect(d.objections[0]).toMatchObject({ status: 'dismissed', resolution: REASON, contact: CONTACT });
    expect(d.items[0]).toMatchObject({ nominationId, status: 'approved', openObjections: 0 });
  });

  it('the public page still lists the nominee, on a phone too; an unknown one is a friendly 404', async () => {
    await visitor.reload();
    await poll(() => textVisible(visitor, nominee.name, true)).toBe(true);

    phone = await anonymousPage(390, 844);
    await phone.goto(`${server.url}/cong-khai/${disclosureId}`);
    await poll(() => textVisible(phone!, TITLE, true)).toBe(true);
    const card = phone.getByTestId('public-nominee');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.evaluate((e) => e.tagName)).toBe('LI');
    expect(await card.textContent()).toContain(nominee.award);
    await poll(() => phone!.getByRole('button', { name: 'Gửi ý kiến', exact: true }).isVisible()).toBe(true);
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(phone, 'public-phone');

    await phone.goto(`${server.url}/cong-khai/999999`);
    await poll(() => textVisible(phone!, 'Không tìm thấy đợt công khai', true)).toBe(true);
    await phone.getByRole('button', { name: 'Các đợt công khai khác' }).click();
    await phone.waitForURL('**/cong-khai');
    await poll(() =>
      phone!.getByTestId('public-disclosure-item').filter({ hasText: TITLE }).isVisible(),
    ).toBe(true);
    expect(visitorCalls.filter((c) => !c.includes('/api/public/'))).toEqual([]);
  });

  it('an ended disclosure is still readable but takes no more comments', async () => {
    const ended = await officeApi.call('POST', '/disclosures', {
      campaignId,
      title: 'Đợt công khai đã kết thúc',
      startsOn: vnDay(-10),
      endsOn: vnDay(-4),
      nominationIds: [nominationId],
    });
    await visitor.goto(`${server.url}/cong-khai/${ended.id}`);
    await poll(() => textVisible(visitor, 'Đợt công khai đã kết thúc', true)).toBe(true);
    await poll(() => textVisible(visitor, 'Đã kết thúc', true)).toBe(true);
    await poll(() => textVisible(visitor, 'Đã hết thời gian tiếp nhận ý kiến', true)).toBe(true);
    await poll(() =>
      textVisible(
        visitor,
        `Đợt công khai đã kết thúc ngày ${dmy(vnDay(-4))}; không còn tiếp nhận ý kiến.`,
        true,
      ),
    ).toBe(true);
    expect(await textVisible(visitor, nominee.name, true)).toBe(true);
    expect(await visitor.getByRole('button', { name: /Gửi ý kiến/ }).count()).toBe(0);
    await snap(visitor, 'public-ended');
  });
});

/**
 * The whole reward procedure through the real UI, one actor per browser context (Chromium, 1440×900):
 * 1. the reporter of Tổ dân phố 7 proposes Nguyễn Thị Hồng Nhung for the Giấy khen (cá nhân) and sends it;
 * 2. the office ticks the checklist and accepts the dossier;
 * 3. the office opens a secret-ballot council session (council, council2, council3, chair); the three council
 *    members vote "Đồng ý", the office marks the chair absent and closes: 3/4 = 75 % ≥ 70 % → approved;
 * 4. the office discloses the approved list for a period that has already ended (today − 7 → yesterday, typed into
 *    the date pickers); a visitor with no cookie reads the public page;
 * 5. the chair issues the decision; its page lists the nominee and the Giấy khen downloads as a PDF whose text
 *    names the award, the nominee and the Chairman of the ward;
 * 6. the reporter sees "Đã có quyết định khen thưởng" and downloads the certificate too.
 * Every step is checked on screen and against the API.
 */
import fs from 'node:fs';
import type { CouncilSession, Decision, Nomination, PublicDisclosure } from '@thidua/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../server/src/plan-import/read-pdf.ts';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';
import { holds, untilServerHas } from './support/wait.ts';

const PASSWORD = 'ThiDua@2025';
const NOMINEE = 'Nguyễn Thị Hồng Nhung';
const AWARD = 'Giấy khen của Chủ tịch UBND phường (cá nhân)';
const ACHIEVEMENT =
  'Tổ trưởng gương mẫu, vận động 100 % hộ dân phân loại rác tại nguồn và lắp đèn chiếu sáng ngõ xóm năm 2025.';
const SESSION_TITLE = 'Phiên họp Hội đồng Thi đua – Khen thưởng xét khen thưởng cuối năm';
const DISCLOSURE_TITLE = 'Công khai danh sách đề nghị tặng Giấy khen – Tổ dân phố 7';
const NAMES = {
  reporter: 'Đỗ Thị Mai',
  office: 'Trần Thị Thu Hà',
  chair: 'Nguyễn Trọng Khiêm',
  council: 'Phạm Văn Long',
  council2: 'Ngô Thị Bích',
  council3: 'Đinh Văn Sơn',
} as const;
type Username = keyof typeof NAMES;

let server: RunningServer;
let browser: Browser;
let reporter: Page;
let office: Page;
/** The page of the actor of the current step besides the reporter and the office (a member, the visitor, the chair). */
let other: Page | undefined;
let nominationId = 0;
let campaignId = 0;
let sessionId = 0;
let disclosureId = 0;

/**
 * Polls longer than Vitest's 1 s default: a screen's first visit loads its code and data, and on a loaded 2-core
 * machine (the server, PostgreSQL and Chromium share it) a reload can take several seconds to draw.
 */
const poll: typeof expect.poll = (fn, opts) =>
  expect.poll(fn, { timeout: 20_000, ...(typeof opts === 'number' ? { timeout: opts } : opts) });

/** "YYYY-MM-DD" in Vietnam, `plus` days after today (the server decides "ended" by the same date). */
const vnDay = (plus = 0) =>
  new Date(Date.now() + plus * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function signIn(page: Page, username: Username) {
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  await poll(() => textVisible(page, NAMES[username])).toBe(true);
}

/** The API as the signed-in user of this page (its browser context shares the session cookie). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.context().request.get(`${server.url}/api${path}`);
  expect(res.status(), `GET ${path}`).toBe(200);
  return (await res.json()) as T;
}

/** Opens an Ant Design select by its label and picks the option with this exact text. */
async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label).first().click();
  // Long lists are virtual: typing narrows them (selects without search ignore it).
  await page.keyboard.type(option.split(' – ')[0] ?? option);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(option, { exact: true })
    .click();
}

/** Types a day into an Ant Design date picker and confirms it. */
async function typeDay(page: Page, label: string, iso: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(dmy(iso));
  await input.press('Enter');
  await poll(() => input.inputValue()).toBe(dmy(iso));
}

const statusShown = (page: Page, label: string) =>
  page
    .locator('[data-status]')
    .filter({ hasText: label })
    .first()
    .isVisible()
    .catch(() => false);

/** A screenshot from the top of the page once the pop-up notices have gone. */
async function snap(page: Page, name: string, fullPage = true) {
  await poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** Clicks a download link and returns the file's bytes. */
async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  expect(path).toBeTruthy();
  return fs.readFileSync(path!);
}

/** The text of a Giấy khen PDF, NFC, with the three things it must say. */
async function expectCertificate(bytes: Buffer) {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = (await readPdf(new Uint8Array(bytes))).normalize('NFC');
  for (const s of ['GIẤY KHEN', NOMINEE, 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI'])
    expect(text).toContain(s);
  return text;
}

const nomination = (page: Page) => apiGet<Nomination>(page, `/nominations/${nominationId}`);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  reporter = await newPage();
  office = await newPage();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  for (const [who, page] of [
    ['reporter', reporter],
    ['office', office],
    ['other', other],
  ] as const)
    await page?.screenshot({ path: shot(`failed-${name}-${who}`), fullPage: true }).catch(() => {});
  // What the server logged (warnings and errors), to tell a slow screen from a refused request.
  console.error(`server output, last 4.000 characters:\n${server.output().slice(-4000)}`);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('reward journey: nomination → check → council → disclosure → decision → Giấy khen', () => {
  it('1. the reporter of Tổ dân phố 7 proposes Nguyễn Thị Hồng Nhung and sends the dossier', async () => {
    await signIn(reporter, 'reporter');
    await reporter.getByRole('menuitem', { name: /Khen thưởng/ }).click();
    await reporter.waitForURL(/\/khen-thuong$/);
    await reporter.getByRole('button', { name: 'Đề nghị mới' }).click();
    await reporter.locator('.ant-drawer').getByText('Cá nhân', { exact: true }).click();
    await pick(reporter, 'Cá nhân được đề nghị', `${NOMINEE} – Tổ trưởng tổ dân phố`);
    await pick(reporter, 'Hình thức khen thưởng', AWARD);
    // The award's cash multiple shows before anything is sent.
    await poll(() => textVisible(reporter, '× 0,3')).toBe(true);
    await reporter.getByLabel('Tóm tắt thành tích').fill(ACHIEVEMENT);
    await reporter.getByRole('button', { name: 'Lưu và gửi Văn phòng' }).click();
    await reporter.waitForURL(/\/khen-thuong\/\d+$/);
    nominationId = Number(new URL(reporter.url()).pathname.split('/').pop());
    await poll(() => statusShown(reporter, 'Đã gửi, chờ thẩm định hồ sơ')).toBe(true);
    await poll(() => textVisible(reporter, ACHIEVEMENT, true)).toBe(true);

    const n = await nomination(reporter);
    expect(n).toMatchObject({
      status: 'submitted',
      subject: 'individual',
      nomineeName: NOMINEE,
      nomineeUnitName: 'Tổ dân phố 7',
      achievement: ACHIEVEMENT,
    });
    expect(n.award.name).toBe(AWARD);
    campaignId = n.campaignId;
    await snap(reporter, 'journey-1-nominate');
  });

  it('2. the office ticks the checklist and accepts the dossier', async () => {
    await signIn(office, 'office');
    await office.getByRole('menuitem', { name: /Khen thưởng/ }).click();
    await office.waitForURL(/\/khen-thuong(\?|$)/);
    await office.getByRole('button', { name: `Thẩm định: ${NOMINEE}` }).click();
    await office.waitForURL(new RegExp(`/khen-thuong/${nominationId}$`));
    const accept = office.getByRole('button', { name: 'Xác nhận hồ sơ hợp lệ' });
    // Accepting waits until every checklist item is ticked.
    await poll(() => accept.isDisabled()).toBe(true);
    await office
      .getByRole('checkbox', { name: 'Có báo cáo thành tích được thủ trưởng đơn vị xác nhận' })
      .check();
    await poll(() => accept.isEnabled()).toBe(true);
    const confirm = office.getByRole('dialog').getByRole('button', { name: 'Xác nhận hồ sơ hợp lệ' });
    await untilServerHas(
      'the dossier accepted',
      async () => {
        if (!(await confirm.isVisible())) await accept.click();
        await confirm.click();
      },
      async () => (await nomination(office)).status === 'checked',
    );
    await poll(() => statusShown(office, 'Hồ sơ hợp lệ, chờ Hội đồng')).toBe(true);

    const n = await nomination(office);
    expect(n.status).toBe('checked');
    expect(n.checklist).toEqual({ bao_cao: true });
    expect(n.eligibility.complete).toBe(true);
    await snap(office, 'journey-2-check');
  });

  it('3. the office opens a secret-ballot session; council, council2 and council3 vote "Đồng ý"', async () => {
    await office.getByRole('tab', { name: 'Hội đồng' }).click();
    await office.waitForURL(/\/khen-thuong\/hoi-dong/);
    await poll(() =>
      textVisible(office, 'Có 1 hồ sơ đã thẩm định hợp lệ đang chờ đưa ra Hội đồng.', true),
    ).toBe(true);
    await office.getByRole('button', { name: 'Tạo phiên họp' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Tên phiên họp').fill(SESSION_TITLE);
    expect(await dialog.getByRole('radio', { name: 'Bỏ phiếu kín' }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Số thành viên tham dự tối thiểu').inputValue()).toBe('66,67');
    expect(await dialog.getByLabel('Tỷ lệ phiếu đồng ý để được đề nghị').inputValue()).toBe('70');
    const members = [NAMES.council, NAMES.council2, NAMES.council3, NAMES.chair];
    // Exactly these four sit on the session (whoever else the list offers is left out).
    for (const box of await dialog.getByRole('checkbox').all()) {
      const label = (await box.evaluate((e) => e.closest('label')?.textContent ?? '')) ?? '';
      const isMember = members.some((m) => label.includes(m));
      const isNominee = label.includes(NOMINEE);
      if (!isMember && !isNominee && (await box.isChecked())) await box.uncheck();
    }
    for (const name of members)
      await poll(() => dialog.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: new RegExp(NOMINEE) }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await office.waitForURL(/\/khen-thuong\/hoi-dong\/\d+/);
    sessionId = Number(new URL(office.url()).pathname.split('/').pop());
    await poll(() => textVisible(office, SESSION_TITLE, true)).toBe(true);

    const s = await apiGet<CouncilSession>(office, `/council-sessions/${sessionId}`);
    expect(s).toMatchObject({ title: SESSION_TITLE, ballot: 'secret', threshold: 0.7, status: 'open' });
    expect(s.quorum).toBeCloseTo(2 / 3, 6);
    expect(s.members.map((m) => m.fullName).sort()).toEqual([...members].sort());
    expect(s.items.map((i) => i.nominationId)).toEqual([nominationId]);

    for (const username of ['council', 'council2', 'council3'] as const) {
      other = await newPage();
      await signIn(other, username);
      await other.goto(`${server.url}/khen-thuong/hoi-dong/${sessionId}?campaignId=${campaignId}`);
      await poll(() => textVisible(other!, 'Phiếu biểu quyết của bạn', true)).toBe(true);
      const member = other;
      const agree = member
        .getByTestId('ballot-item')
        .filter({ hasText: NOMINEE })
        .locator('label')
        .filter({ hasText: /^Đồng ý$/ });
      const confirm = member.locator('.ant-modal-confirm').getByRole('button', { name: 'Gửi phiếu' });
      await untilServerHas(
        `${username}'s ballot`,
        async () => {
          if (!(await confirm.isVisible())) {
            await agree.click();
            if (username === 'council') await snap(member, 'journey-3-vote');
            await member.getByRole('button', { name: 'Gửi phiếu' }).click();
            await poll(() => textVisible(member, 'Gửi phiếu biểu quyết?', true)).toBe(true);
          }
          await confirm.click();
        },
        async () =>
          (await apiGet<CouncilSession>(member, `/council-sessions/${sessionId}`)).me?.hasVoted === true,
      );
      // The page says so once the answer is in — reloading once if the screen has not caught up with the server.
      if (!(await textVisible(other, 'Bạn đã bỏ phiếu', true))) await other.reload();
      await poll(() => textVisible(other!, 'Bạn đã bỏ phiếu', true), { timeout: 20_000 }).toBe(true);
      const mine = await apiGet<CouncilSession>(other, `/council-sessions/${sessionId}`);
      expect(mine.me).toMatchObject({ member: true, hasVoted: true, canVote: false });
      await other.context().close();
      other = undefined;
    }
    const after = await apiGet<CouncilSession>(office, `/council-sessions/${sessionId}`);
    expect(
      after.members
        .filter((m) => m.hasVoted)
        .map((m) => m.fullName)
        .sort(),
    ).toEqual([NAMES.council, NAMES.council2, NAMES.council3].sort());
    // A secret ballot keeps who voted, never how.
    expect(after.items.every((i) => i.votes.length === 0)).toBe(true);
  });

  it('4. the office marks the chair absent and closes: 3/4 = 75 % ≥ 70 % → approved', async () => {
    await office.reload();
    if (!(await holds(() => textVisible(office, 'Tham dự 4/4 · Đã bỏ phiếu 3/4', true), 20_000)))
      await office.reload();
    await poll(() => textVisible(office, 'Tham dự 4/4 · Đã bỏ phiếu 3/4', true)).toBe(true);
    // Mark the chair absent.
    const chairAbsent = async () =>
      (await apiGet<CouncilSession>(office, `/council-sessions/${sessionId}`)).members.some(
        (m) => m.fullName === NAMES.chair && m.attendance === 'absent',
      );
    await choose(office, `Điểm danh: ${NAMES.chair}`, 'Vắng', chairAbsent);
    expect(await chairAbsent()).toBe(true);
    await poll(() => textVisible(office, 'Tham dự 3/4 · Đã bỏ phiếu 3/4', true)).toBe(true);

    const close = office.locator('.ant-modal-confirm').getByRole('button', { name: 'Kết thúc phiên họp' });
    await untilServerHas(
      'the session closed',
      async () => {
        if (!(await close.isVisible()))
          await office.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
        await close.click();
      },
      async () =>
        (await apiGet<CouncilSession>(office, `/council-sessions/${sessionId}`)).status === 'closed',
    );
    await poll(() => textVisible(office, 'Kết quả biểu quyết', true)).toBe(true);

    const s = await apiGet<CouncilSession>(office, `/council-sessions/${sessionId}`);
    expect(s.status).toBe('closed');
    const result = s.items[0]?.result;
    expect(result).toMatchObject({ yes: 3, base: 4, approved: true });
    expect(result?.text).toBe('3/4 phiếu đồng ý = 75 % ≥ 70 % → đề nghị khen thưởng');
    expect(await office.getByTestId('result-text').allInnerTexts()).toEqual([result?.text]);
    expect(await office.getByTestId('yes-share').allInnerTexts()).toEqual(['75 %']);
    await poll(() => textVisible(office, 'Đề nghị khen thưởng', true)).toBe(true);
    expect((await nomination(office)).status).toBe('approved');
    await snap(office, 'journey-4-results');
  });

  it('5. the office discloses it for a period that has ended; a visitor with no cookie reads the page', async () => {
    const [startsOn, endsOn] = [vnDay(-7), vnDay(-1)];
    await office.getByRole('tab', { name: 'Công khai' }).click();
    await office.waitForURL(/\/khen-thuong\/cong-khai/);
    await office.getByRole('button', { name: 'Tạo đợt công khai' }).click();
    const dialog = office.getByRole('dialog');
    await poll(() => dialog.getByRole('checkbox', { name: new RegExp(NOMINEE) }).isChecked()).toBe(true);
    await dialog.getByLabel('Tiêu đề').fill(DISCLOSURE_TITLE);
    await typeDay(office, 'Ngày bắt đầu', startsOn);
    await typeDay(office, 'Ngày kết thúc', endsOn);
    await poll(() => textVisible(office, 'Công khai 7 ngày, tính cả ngày đầu và ngày cuối.', true)).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Công khai' }).click();
    await poll(() => textVisible(office, 'Đã tạo đợt công khai. Đường dẫn công khai đã sẵn sàng.')).toBe(
      true,
    );

    const list = await apiGet<{ items: { id: number; title: string; startsOn: string; endsOn: string }[] }>(
      office,
      `/campaigns/${campaignId}/disclosures`,
    );
    const created = list.items.find((d) => d.title === DISCLOSURE_TITLE);
    expect(created).toMatchObject({ startsOn, endsOn, open: false, ended: true });
    disclosureId = created!.id;
    const card = office.getByTestId('disclosure-card').filter({ hasText: DISCLOSURE_TITLE });
    await poll(() =>
      card.getByText(`Thời gian công khai: từ ${dmy(startsOn)} đến ${dmy(endsOn)}`).isVisible(),
    ).toBe(true);
    expect(await card.getByTestId('public-link').textContent()).toBe(
      `${server.url}/cong-khai/${disclosureId}`,
    );

    // A visitor with no session at all.
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    expect(await context.cookies()).toEqual([]);
    other = await context.newPage();
    other.setDefaultTimeout(15_000);
    await other.goto(`${server.url}/cong-khai/${disclosureId}`);
    await poll(() => textVisible(other!, DISCLOSURE_TITLE, true)).toBe(true);
    const row = other.getByTestId('public-nominee');
    await poll(() => row.count()).toBe(1);
    const rowText = ((await row.textContent()) ?? '').normalize('NFC');
    for (const part of [NOMINEE, 'Tổ dân phố 7', AWARD, ACHIEVEMENT]) expect(rowText).toContain(part);
    await poll(() => textVisible(other!, 'Đã kết thúc', true)).toBe(true);
    const pub = await context.request.get(`${server.url}/api/public/disclosures/${disclosureId}`);
    expect(pub.status()).toBe(200);
    const body = (await pub.json()) as PublicDisclosure;
    expect(body).toMatchObject({ title: DISCLOSURE_TITLE, startsOn, endsOn, open: false });
    expect(body.items.map((i) => i.name)).toEqual([NOMINEE]);
    expect(await context.cookies()).toEqual([]);
    await snap(other, 'journey-5-public');
    await context.close();
    other = undefined;
  });

  it('6. the chair issues the decision; the Giấy khen downloads as a PDF naming the nominee', async () => {
    other = await newPage();
    const chair = other;
    await signIn(chair, 'chair');
    await chair.getByRole('menuitem', { name: /Khen thưởng/ }).click();
    await chair.waitForURL(/\/khen-thuong/);
    await chair.getByRole('tab', { name: 'Quyết định' }).click();
    await chair.waitForURL(/\/khen-thuong\/quyet-dinh/);
    await poll(() => textVisible(chair, /^Có 1 hồ sơ đã hết thời hạn công khai/)).toBe(true);
    await chair.getByRole('button', { name: 'Ra quyết định khen thưởng' }).click();
    const dialog = chair.getByRole('dialog');
    await poll(() => dialog.getByRole('checkbox', { name: new RegExp(NOMINEE) }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Người ký').inputValue()).toBe(NAMES.chair);
    expect(await dialog.getByLabel('Ngày ký').inputValue()).toBe(dmy(vnDay()));
    await dialog.getByLabel('Số văn bản').fill('27');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await chair.waitForURL(/\/khen-thuong\/quyet-dinh\/\d+/);
    const decisionId = Number(new URL(chair.url()).pathname.split('/').pop());

    const d = await apiGet<Decision>(chair, `/decisions/${decisionId}`);
    expect(d).toMatchObject({
      kind: 'decision',
      number: 27,
      reference: '27/QĐ-UBND',
      signedOn: vnDay(),
      signerName: NAMES.chair,
    });
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ nominationId, name: NOMINEE, awardName: AWARD });
    await poll(() =>
      textVisible(chair, `Quyết định khen thưởng số 27/QĐ-UBND, ngày ${dmy(vnDay())}`, true),
    ).toBe(true);
    const row = chair.locator('.ant-table-row').filter({ hasText: NOMINEE });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(AWARD);
    await snap(chair, 'journey-6-decision');

    const pdf = await download(chair, chair.getByRole('link', { name: `Tải Giấy khen (PDF): ${NOMINEE}` }));
    const text = await expectCertificate(pdf);
    expect(text).toContain('Quyết định số 27/QĐ-UBND');
    expect(text).toContain(NAMES.chair);
    expect((await nomination(chair)).status).toBe('decided');
    await chair.context().close();
    other = undefined;
  });

  it('7. the reporter sees "Đã có quyết định khen thưởng" and downloads the certificate', async () => {
    await reporter.goto(`${server.url}/khen-thuong`);
    // The list already tells the news.
    await poll(() => statusShown(reporter, 'Đã có quyết định khen thưởng')).toBe(true);
    await reporter.getByRole('button', { name: `Xem: ${NOMINEE}` }).click();
    await reporter.waitForURL(new RegExp(`/khen-thuong/${nominationId}$`));
    await poll(() => statusShown(reporter, 'Đã có quyết định khen thưởng')).toBe(true);
    await poll(() =>
      textVisible(reporter, '3/4 phiếu đồng ý = 75 % ≥ 70 % → đề nghị khen thưởng', true),
    ).toBe(true);
    const n = await nomination(reporter);
    expect(n.status).toBe('decided');
    await snap(reporter, 'journey-7-reporter');

    const pdf = await download(reporter, reporter.getByRole('link', { name: 'Tải Giấy khen (PDF)' }));
    await expectCertificate(pdf);
  });
});

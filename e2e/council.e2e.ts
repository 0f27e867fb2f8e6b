/**
 * Council session and decision in Chromium. Through the API, Tổ dân phố 7 proposes itself (Giấy khen, collective)
 * and its tổ trưởng (Giấy khen, individual) and the office checks both dossiers. Then on screen: the office creates
 * a secret-ballot session with council, council2, council3 and the chair (quorum ⅔ shown as 66,67 %, threshold
 * 70 %); council stands aside on the tổ trưởng and votes on the collective, council2 votes on a phone, council3
 * votes; nobody votes twice; the office marks the chair and council3 absent and is told there is no quorum, takes
 * council3's written vote into account, closes, and the results read exactly as the API's (75 % approved, 33,3 %
 * not approved); the minutes download says "BIÊN BẢN". Last, the approved collective is disclosed (through the API,
 * already ended) and the chair issues the decision; its page lists the award and the certificate downloads as PDF.
 */
import fs from 'node:fs';
import type { CouncilSession, Decision, Nomination } from '@thidua/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

const PASSWORD = 'ThiDua@2025';
const SESSION_TITLE = 'Phiên họp Hội đồng xét khen thưởng năm 2025';
const RECUSAL = 'Có quan hệ gia đình với người được đề nghị';
const NAMES = {
  office: 'Trần Thị Thu Hà',
  chair: 'Nguyễn Trọng Khiêm',
  council: 'Phạm Văn Long',
  council2: 'Ngô Thị Bích',
  council3: 'Đinh Văn Sơn',
} as const;

let server: RunningServer;
let browser: Browser;
let office: Page;
let member: Page | undefined;
let phone: Page | undefined;
let campaignId = 0;
let sessionId = 0;
let collective: Nomination;
let individual: Nomination;
let api: Record<'office' | 'reporter' | 'chair' | 'council', Caller>;

type Answer = { status: number; body: any };
type Caller = (method: string, path: string, body?: unknown) => Promise<Answer>;

/** Polls longer than Vitest's 1 s default: a screen's first visit loads its code and data. */
const poll: typeof expect.poll = (fn, opts) =>
  expect.poll(fn, { timeout: 10_000, ...(typeof opts === 'number' ? { timeout: opts } : opts) });

/** "YYYY-MM-DD" in Vietnam, `plus` days after today (the server decides "ended" by the same date). */
const vnDay = (plus = 0) =>
  new Date(Date.now() + plus * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** A literal text as a pattern (award names carry brackets). */
const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Signs in through the API; the caller sends the session cookie, Origin and CSRF token. */
async function apiSession(username: string): Promise<Caller> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        cookie,
        origin: server.url,
        'x-csrf-token': csrfToken,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
}

/** The body of a successful call (the test stops with the server's answer otherwise). */
async function ok(call: Promise<Answer>, status = 200): Promise<any> {
  const a = await call;
  expect(a.status, JSON.stringify(a.body)).toBe(status);
  return a.body;
}

async function newPage(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width, height },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function signIn(page: Page, username: keyof typeof NAMES) {
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  await poll(() =>
    page
      .getByRole('button', { name: new RegExp(NAMES[username]) })
      .first()
      .isVisible()
      .catch(() => false),
  ).toBe(true);
}

/** A screenshot from the top of the page once the pop-up notices have gone. */
async function snap(page: Page, name: string, fullPage = true) {
  await poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

/** Proposes and submits one nomination as the reporter, then accepts its dossier as the office (checklist ticked). */
async function checkedNomination(body: Record<string, unknown>): Promise<Nomination> {
  let n = await ok(api.reporter('POST', '/nominations', { campaignId, ...body }), 201);
  n = await ok(api.reporter('POST', `/nominations/${n.id}/submit`, { version: n.version }));
  const checklist = Object.fromEntries(
    n.eligibility.results.filter((r: any) => r.kind === 'check').map((r: any) => [r.code, true]),
  );
  n = await ok(api.office('POST', `/nominations/${n.id}/accept_dossier`, { version: n.version, checklist }));
  expect(n.status).toBe('checked');
  return n;
}

const sessionUrl = () => `${server.url}/khen-thuong/hoi-dong/${sessionId}?campaignId=${campaignId}`;
const getSession = async (): Promise<CouncilSession> =>
  ok(api.office('GET', `/council-sessions/${sessionId}`));

/** Signs a member in on a fresh page, votes (standing aside first where asked) and confirms the one ballot. */
async function vote(
  page: Page,
  username: keyof typeof NAMES,
  picks: Record<string, 'Đồng ý' | 'Không đồng ý' | 'Không biểu quyết'>,
  opts: { recuse?: string; screenshot?: string } = {},
) {
  await signIn(page, username);
  await page.goto(sessionUrl());
  await poll(() => textVisible(page, 'Phiếu biểu quyết của bạn', true)).toBe(true);
  await poll(() =>
    textVisible(
      page,
      'Bỏ phiếu kín: hệ thống chỉ ghi nhận ai đã bỏ phiếu, không ghi nhận bỏ phiếu thế nào.',
      true,
    ),
  ).toBe(true);
  const item = (name: string) => page.getByTestId('ballot-item').filter({ hasText: name });
  if (opts.recuse) {
    await item(opts.recuse).getByRole('button', { name: 'Không tham gia biểu quyết' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lý do').fill(RECUSAL);
    await dialog.getByRole('button', { name: 'Xác nhận không tham gia' }).click();
    await poll(() => textVisible(page, `Bạn không tham gia biểu quyết hồ sơ này: ${RECUSAL}`, true)).toBe(
      true,
    );
  }
  // Sending with a nominee left blank is stopped on the page.
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  await poll(() => textVisible(page, /^Còn \d+ hồ sơ chưa chọn ý kiến\.$/)).toBe(true);
  for (const [name, choice] of Object.entries(picks))
    await item(name)
      .locator('label')
      .filter({ hasText: new RegExp(`^${choice}$`) })
      .click();
  await poll(() => textVisible(page, /^Còn \d+ hồ sơ chưa chọn ý kiến\.$/)).toBe(false);
  if (opts.screenshot) await snap(page, opts.screenshot);
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await poll(() => textVisible(page, 'Gửi phiếu biểu quyết?', true)).toBe(true);
  await confirm.getByRole('button', { name: 'Gửi phiếu' }).click();
  // A loaded machine may answer slowly: wait longer, and reload once if the screen has not caught up.
  const voted = () => textVisible(page, 'Bạn đã bỏ phiếu', true);
  const shown = await expect
    .poll(voted, { timeout: 20_000 })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );
  if (!shown) await page.reload();
  await poll(voted, { timeout: 20_000 }).toBe(true);
  await poll(() => page.getByRole('button', { name: 'Gửi phiếu' }).isVisible()).toBe(false);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const [o, r, c, m] = await Promise.all(['office', 'reporter', 'chair', 'council'].map(apiSession));
  api = { office: o!, reporter: r!, chair: c!, council: m! };
  const campaigns = await ok(api.office('GET', '/campaigns?status=launched'));
  campaignId = campaigns.items.find((x: any) => x.issuingUnitName === 'Phường Đông Hải').id;
  const me = await ok(api.reporter('GET', '/auth/me'));
  const tdp07 = me.assignments.find((a: any) => a.unitName === 'Tổ dân phố 7').unitId;
  const awards = (await ok(api.office('GET', '/award-types'))).items;
  const award = (code: string) => awards.find((a: any) => a.code === code).id;
  const people = (await ok(api.reporter('GET', `/org-units/${tdp07}/persons`))).items;
  collective = await checkedNomination({
    proposerUnitId: tdp07,
    subject: 'collective',
    nomineeUnitId: tdp07,
    awardTypeId: award('GK_TT'),
    achievement:
      'Tổ dân phố 7 hoàn thành vượt các chỉ tiêu phân loại rác tại nguồn, chiếu sáng ngõ xóm và sinh hoạt văn hóa năm 2025.',
    rating: 'good',
    smallCollective: true,
  });
  individual = await checkedNomination({
    proposerUnitId: tdp07,
    subject: 'individual',
    personId: people.find((p: any) => p.fullName === 'Nguyễn Thị Hồng Nhung').id,
    awardTypeId: award('GK_CN'),
    achievement:
      'Tổ trưởng gương mẫu, vận động 100 % hộ dân phân loại rác tại nguồn và lắp đèn chiếu sáng ngõ xóm.',
    directWorker: true,
  });
  office = (await newPage(1440, 900)).page;
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await office?.screenshot({ path: shot(`failed-${name}-office`), fullPage: true }).catch(() => {});
  await member?.screenshot({ path: shot(`failed-${name}-member`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('council session (secret ballot) and decision', () => {
  it('the office creates a secret-ballot session with the four members and both checked dossiers', async () => {
    await signIn(office, 'office');
    await office.goto(`${server.url}/khen-thuong/hoi-dong?campaignId=${campaignId}`);
    await poll(() =>
      textVisible(office, 'Có 2 hồ sơ đã thẩm định hợp lệ đang chờ đưa ra Hội đồng.', true),
    ).toBe(true);
    await poll(() => textVisible(office, 'Chưa có phiên họp nào trong đợt thi đua này.', true)).toBe(true);

    await office.getByRole('button', { name: 'Tạo phiên họp' }).click();
    const dialog = office.getByRole('dialog');
    await poll(() => textVisible(office, 'Tạo phiên họp Hội đồng', true)).toBe(true);
    await dialog.getByLabel('Tên phiên họp').fill(SESSION_TITLE);
    // ⅔ reads the Vietnamese way; 70 % as the default threshold; secret ballot by default.
    expect(await dialog.getByLabel('Số thành viên tham dự tối thiểu').inputValue()).toBe('66,67');
    expect(await dialog.getByLabel('Tỷ lệ phiếu đồng ý để được đề nghị').inputValue()).toBe('70');
    expect(await dialog.getByRole('radio', { name: 'Bỏ phiếu kín' }).isChecked()).toBe(true);
    for (const name of [NAMES.chair, NAMES.council, NAMES.council2, NAMES.council3])
      await poll(() => dialog.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(true);
    for (const n of [collective, individual])
      expect(
        await dialog
          .getByRole('checkbox', { name: literal(`${n.nomineeName} – ${n.award.name}`) })
          .isChecked(),
      ).toBe(true);
    await office.screenshot({ path: shot('council-create'), animations: 'disabled' });

    await dialog.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await office.waitForURL(/\/khen-thuong\/hoi-dong\/\d+/);
    sessionId = Number(new URL(office.url()).pathname.split('/').pop());
    const s = await getSession();
    // 66,67 % on screen is ⅔ exactly for the server: 2 of 3 would otherwise miss the quorum.
    expect(s).toMatchObject({ title: SESSION_TITLE, quorum: 2 / 3, threshold: 0.7, ballot: 'secret' });
    expect(s.members.map((m) => m.fullName).sort()).toEqual(
      [NAMES.chair, NAMES.council, NAMES.council2, NAMES.council3].sort(),
    );
    expect(s.items.map((i) => i.nominationId).sort()).toEqual([collective.id, individual.id].sort());
    await poll(() => textVisible(office, SESSION_TITLE, true)).toBe(true);
    await poll(() => textVisible(office, /^Phiên họp hợp lệ khi có từ 66,67 % thành viên tham dự/)).toBe(
      true,
    );
    await poll(() => textVisible(office, /^Được đề nghị khen thưởng khi đạt từ 70 % phiếu đồng ý/)).toBe(
      true,
    );

    await office.goto(`${server.url}/khen-thuong/hoi-dong?campaignId=${campaignId}`);
    await poll(() => textVisible(office, SESSION_TITLE, true)).toBe(true);
    await poll(() => textVisible(office, 'Đang họp', true)).toBe(true);
    await poll(() => textVisible(office, '0/4 thành viên', true)).toBe(true);
    await snap(office, 'council-list');
  });

  it('council stands aside on the tổ trưởng and votes on the collective; a second ballot is impossible', async () => {
    member = (await newPage(1440, 900)).page;
    await vote(
      member,
      'council',
      { [collective.nomineeName]: 'Đồng ý' },
      { recuse: individual.nomineeName, screenshot: 'council-ballot' },
    );
    // The screen no longer offers a ballot after a reload, and the API refuses a second one.
    await member.reload();
    await poll(() => textVisible(member!, 'Bạn đã bỏ phiếu', true)).toBe(true);
    expect(await member.getByRole('button', { name: 'Gửi phiếu' }).count()).toBe(0);
    const again = await api.council('POST', `/council-sessions/${sessionId}/ballot`, {
      votes: [{ nominationId: collective.id, choice: 'no' }],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('COUNCIL_ALREADY_VOTED');
    await member.context().close();
  });

  it('council2 votes on a phone and council3 on a computer', async () => {
    phone = (await newPage(390, 844)).page;
    await vote(
      phone,
      'council2',
      { [collective.nomineeName]: 'Đồng ý', [individual.nomineeName]: 'Đồng ý' },
      { screenshot: 'council-ballot-phone' },
    );
    await phone.context().close();
    phone = undefined;
    member = (await newPage(1440, 900)).page;
    await vote(member, 'council3', {
      [collective.nomineeName]: 'Đồng ý',
      [individual.nomineeName]: 'Không đồng ý',
    });
    await member.context().close();
    member = undefined;

    // Who voted is known, how is not (a secret ballot keeps no votes per member).
    const s = await getSession();
    expect(
      s.members
        .filter((m) => m.hasVoted)
        .map((m) => m.fullName)
        .sort(),
    ).toEqual([NAMES.council, NAMES.council2, NAMES.council3].sort());
    expect(s.items.every((i) => i.votes.length === 0)).toBe(true);
  });

  it('without a quorum the office is told nothing was decided; with one, the results are the API’s', async () => {
    await office.goto(sessionUrl());
    await poll(() => textVisible(office, 'Tham dự 4/4 · Đã bỏ phiếu 3/4', true)).toBe(true);
    await poll(() =>
      textVisible(office, `Không tham gia biểu quyết: ${NAMES.council} – ${RECUSAL}`, true),
    ).toBe(true);

    // The chair and council3 absent: 2 of 4 = 50 % < ⅔.
    for (const name of [NAMES.chair, NAMES.council3])
      await choose(office, `Điểm danh: ${name}`, 'Vắng', async () =>
        (await getSession()).members.some((m) => m.fullName === name && m.attendance === 'absent'),
      );
    await poll(() => textVisible(office, 'Tham dự 2/4 · Đã bỏ phiếu 3/4', true)).toBe(true);
    await office.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    await poll(() => textVisible(office, /^Số thành viên tham dự chưa đạt 66,67 %/)).toBe(true);
    await office.locator('.ant-modal-confirm').getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    const refusal = office.getByTestId('close-error');
    await poll(() => refusal.isVisible()).toBe(true);
    expect(await refusal.textContent()).toContain(
      'Chưa kết thúc được phiên họp: không đủ số thành viên tham dự',
    );
    expect(await refusal.textContent()).toContain('Không đủ số thành viên tham dự (2/4, cần từ 66,7 %)');
    expect((await getSession()).status).toBe('open');
    await refusal.scrollIntoViewIfNeeded();
    await office.screenshot({ path: shot('council-no-quorum'), animations: 'disabled' });

    // council3 voted in writing: 3 of 4 take part.
    await choose(office, `Điểm danh: ${NAMES.council3}`, 'Phiếu bằng văn bản', async () =>
      (await getSession()).members.some((m) => m.fullName === NAMES.council3 && m.attendance === 'written'),
    );
    await poll(() => textVisible(office, 'Tham dự 3/4 · Đã bỏ phiếu 3/4', true)).toBe(true);
    await office.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    await office.locator('.ant-modal-confirm').getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    await poll(() => textVisible(office, 'Kết quả biểu quyết', true)).toBe(true);

    const s = await getSession();
    expect(s.status).toBe('closed');
    const result = (n: Nomination) => s.items.find((i) => i.nominationId === n.id)!.result!;
    expect(result(collective)).toMatchObject({ yes: 3, base: 4, approved: true });
    expect(result(individual)).toMatchObject({ yes: 1, no: 1, base: 3, approved: false });
    const texts = await office.getByTestId('result-text').allInnerTexts();
    expect(texts.sort()).toEqual([result(collective).text, result(individual).text].sort());
    expect(texts).toContain('3/4 phiếu đồng ý = 75 % ≥ 70 % → đề nghị khen thưởng');
    expect(texts).toContain('1/3 phiếu đồng ý = 33,3 % < 70 % → không đề nghị');
    const shares = await office.getByTestId('yes-share').allInnerTexts();
    expect(shares.sort()).toEqual(['33,3 %', '75 %']);
    await poll(() => textVisible(office, 'Đề nghị khen thưởng', true)).toBe(true);
    await poll(() => textVisible(office, 'Không đề nghị', true)).toBe(true);
    await snap(office, 'council-results');

    const link = office.getByRole('link', { name: 'Tải biên bản' });
    const [download] = await Promise.all([office.waitForEvent('download'), link.click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG');
    expect(text).toContain(result(collective).text);
    expect(text).toContain(`không tham gia biểu quyết: ${NAMES.council} – ${RECUSAL}`);

    await office.goto(`${server.url}/khen-thuong/hoi-dong?campaignId=${campaignId}`);
    await poll(() => textVisible(office, '1 đề nghị khen thưởng, 1 không đề nghị', true)).toBe(true);

    // A member reads the same results on a phone, one card per nominee.
    phone = (await newPage(390, 844)).page;
    await signIn(phone, 'council2');
    await phone.goto(sessionUrl());
    await poll(() => phone!.getByTestId('result-card').count()).toBe(2);
    expect((await phone.getByTestId('yes-share').allInnerTexts()).sort()).toEqual(['33,3 %', '75 %']);
    await poll(() => textVisible(phone!, 'Bạn đã bỏ phiếu', true)).toBe(true);
    await snap(phone, 'council-results-phone');
    await phone.context().close();
    phone = undefined;
  });

  it('the chair issues the decision for the disclosed collective; its certificate downloads as PDF', async () => {
    // The collective was disclosed last week (the disclosure has ended); the individual was not approved.
    await ok(
      api.office('POST', '/disclosures', {
        campaignId,
        title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
        startsOn: vnDay(-10),
        endsOn: vnDay(-3),
        nominationIds: [collective.id],
      }),
      201,
    );
    const chair = (await newPage(1440, 900)).page;
    member = chair;
    await signIn(chair, 'chair');
    await chair.goto(`${server.url}/khen-thuong/quyet-dinh?campaignId=${campaignId}`);
    await poll(() =>
      textVisible(chair, 'Chưa có quyết định hoặc tờ trình nào trong đợt thi đua này.', true),
    ).toBe(true);
    await poll(() => textVisible(chair, /^Có 1 hồ sơ đã hết thời hạn công khai/)).toBe(true);
    await chair.getByRole('button', { name: 'Ra quyết định khen thưởng' }).click();
    const dialog = chair.getByRole('dialog');
    await poll(() =>
      dialog.getByRole('checkbox', { name: new RegExp(collective.nomineeName) }).isChecked(),
    ).toBe(true);
    expect(await dialog.getByLabel('Người ký').inputValue()).toBe(NAMES.chair);
    await dialog.getByLabel('Số văn bản').fill('15');
    await chair.screenshot({ path: shot('decision-create'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await chair.waitForURL(/\/khen-thuong\/quyet-dinh\/\d+/);
    const decisionId = Number(new URL(chair.url()).pathname.split('/').pop());
    const d: Decision = await ok(api.chair('GET', `/decisions/${decisionId}`));
    expect(d).toMatchObject({ kind: 'decision', reference: '15/QĐ-UBND', signerName: NAMES.chair });
    expect(d.items.map((i) => i.nominationId)).toEqual([collective.id]);
    await poll(() =>
      textVisible(chair, `Quyết định khen thưởng số 15/QĐ-UBND, ngày ${dmy(d.signedOn)}`, true),
    ).toBe(true);
    await poll(() => textVisible(chair, d.items[0]!.awardName, true)).toBe(true);
    const pdf = chair.getByRole('link', { name: `Tải Giấy khen (PDF): ${d.items[0]!.name}` });
    const res = await chair.context().request.get(`${server.url}${await pdf.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await snap(chair, 'decision');

    await chair.goto(`${server.url}/khen-thuong/quyet-dinh?campaignId=${campaignId}`);
    await poll(() => textVisible(chair, '15/QĐ-UBND', true)).toBe(true);
    await snap(chair, 'decisions');
  });
});

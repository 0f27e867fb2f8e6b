/**
 * Reward nominations in Chromium: the reporter of Tổ dân phố 7 proposes the residential group (Giấy khen tập thể)
 * and Nguyễn Thị Hồng Nhung (Giấy khen cá nhân); proposing Trần Quốc Huy (under discipline) is refused with the
 * failed rule named. The office returns one dossier with a reason; the reporter reads it, edits and resends; the
 * office ticks the checklist and accepts both ("Hồ sơ hợp lệ, chờ Hội đồng"). Phones see the list and a dossier as
 * cards. The advanced-examples registry is filled and moved on; after the council, the disclosure and the decision
 * (driven through the API), the statistics screen shows the same numbers as the API and the Giấy khen downloads.
 */
import type { AdvancedExample, Campaign, Nomination, RewardStats } from '@thidua/shared';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';
import { untilServerHas } from './support/wait.ts';

let server: RunningServer;
let browser: Browser;
let reporter: Page;
let office: Page;
let phone: Page | undefined;
const apis: APIRequestContext[] = [];
let collectiveId = 0;
let individualId = 0;

const DONG_HAI = 2;
const RETURN_REASON =
  'Báo cáo thành tích chưa có xác nhận của Tổ trưởng; bổ sung số người tham gia bảo hiểm y tế.';
const ACHIEVEMENT_COLLECTIVE =
  'Vận động 100 % hộ dân phân loại rác tại nguồn; tổ chức 12 buổi sinh hoạt văn hoá, văn nghệ quần chúng.';
const ACHIEVEMENT_PERSON =
  'Tổ trưởng gương mẫu, vận động các hộ dân tham gia bảo hiểm y tế và giữ gìn vệ sinh.';
const ACHIEVEMENT_FIXED = `${ACHIEVEMENT_PERSON} Đã vận động thêm 46 người tham gia bảo hiểm y tế (có xác nhận).`;

const poll: typeof expect.poll = (fn, opts) =>
  expect.poll(fn, { timeout: 10_000, ...(typeof opts === 'number' ? { timeout: opts } : opts) });

async function newPage(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function signIn(page: Page, username: string, name?: string) {
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ThiDua@2025');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  if (name) await poll(() => textVisible(page, name)).toBe(true);
}

/** The API as the signed-in user of this page. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.context().request.get(`${server.url}/api${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** A signed-in API client for the steps this journey does not click through (council, disclosure, decision). */
async function apiAs(username: string) {
  const ctx = await request.newContext({ baseURL: server.url, extraHTTPHeaders: { origin: server.url } });
  apis.push(ctx);
  const login = await ctx.post('/api/auth/login', { data: { username, password: 'ThiDua@2025' } });
  expect(login.status(), `login ${username}`).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    get: async <T>(path: string) => (await (await ctx.get(`/api${path}`)).json()) as T,
    post: async <T>(path: string, data: unknown, status = 200) => {
      const res = await ctx.post(`/api${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
      expect(res.status(), `${username} POST ${path}: ${await res.text()}`).toBe(status);
      return (await res.json()) as T;
    },
  };
}

/** Opens an Ant Design select by its label and picks the option with this exact text. */
async function pick(page: Page, label: string | RegExp, option: string) {
  await page.getByLabel(label).first().click();
  // Long lists are virtual: typing narrows them (selects without search ignore it).
  await page.keyboard.type(option.split(' – ')[0] ?? option);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(option, { exact: true })
    .click();
}

async function snap(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

const statusShown = (page: Page, label: string) =>
  page
    .locator('[data-status]')
    .filter({ hasText: label })
    .first()
    .isVisible()
    .catch(() => false);

const nominationsOf = (page: Page) =>
  apiGet<{ items: Nomination[] }>(page, `/campaigns/${DONG_HAI}/nominations`);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  reporter = await newPage(1440, 900);
  office = await newPage(1440, 900);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await reporter?.screenshot({ path: shot(`failed-${name}-reporter`), fullPage: true }).catch(() => {});
  await office?.screenshot({ path: shot(`failed-${name}-office`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  for (const a of apis) await a.dispose();
  await browser?.close();
  await server?.stop();
});

describe('reward nominations (Tổ dân phố 7 → Văn phòng → Hội đồng)', () => {
  it('proposes the residential group for a Giấy khen tập thể', async () => {
    await signIn(reporter, 'reporter', 'Đỗ Thị Mai');
    await reporter.getByRole('menuitem', { name: /Khen thưởng/ }).click();
    await reporter.waitForURL(/\/khen-thuong$/);
    await poll(() => textVisible(reporter, 'Đơn vị chưa có hồ sơ đề nghị nào', false)).toBe(true);
    // The hub's tabs lead to every part of the procedure.
    for (const tab of [
      'Hồ sơ đề nghị',
      'Hội đồng',
      'Công khai',
      'Quyết định',
      'Điển hình tiên tiến',
      'Thống kê',
    ])
      expect(await reporter.getByRole('tab', { name: tab }).isVisible()).toBe(true);

    await reporter.getByRole('button', { name: 'Đề nghị mới' }).click();
    await pick(reporter, 'Tập thể được đề nghị', 'Tổ dân phố 7');
    await pick(reporter, 'Hình thức khen thưởng', 'Giấy khen của Chủ tịch UBND phường (tập thể)');
    // The award's cash multiple and criteria are shown before anything is sent.
    await poll(() => textVisible(reporter, '× 0,6')).toBe(true);
    await poll(() => textVisible(reporter, 'Tập thể hoàn thành tốt nhiệm vụ trở lên')).toBe(true);
    await pick(reporter, /Kết quả xếp loại của tập thể/, 'Hoàn thành tốt nhiệm vụ');
    await reporter.getByLabel('Tổng số thành viên').fill('12');
    await reporter.getByLabel(/Số thành viên đạt danh hiệu/).fill('8');
    await reporter.getByLabel(/Tập thể nhỏ/).check();
    await reporter.getByLabel('Tóm tắt thành tích').fill(ACHIEVEMENT_COLLECTIVE);
    await reporter.getByLabel('Chỉ tiêu thi đua liên quan').click();
    await reporter.keyboard.type('CT03');
    await reporter.keyboard.press('Enter');
    await reporter.getByText('Lập hồ sơ đề nghị khen thưởng', { exact: true }).click();
    await reporter.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await reporter.waitForURL(/\/khen-thuong\/\d+$/);
    collectiveId = Number(new URL(reporter.url()).pathname.split('/').pop());
    await poll(() => statusShown(reporter, 'Đang soạn')).toBe(true);

    const n = await apiGet<Nomination>(reporter, `/nominations/${collectiveId}`);
    const campaign = await apiGet<Campaign>(reporter, `/campaigns/${DONG_HAI}`);
    expect(n).toMatchObject({
      status: 'draft',
      subject: 'collective',
      nomineeName: 'Tổ dân phố 7',
      smallCollective: true,
      rating: 'good',
      members: 12,
      titledMembers: 8,
      achievement: ACHIEVEMENT_COLLECTIVE,
    });
    expect(n.award.code).toBe('GK_TT');
    expect(n.indicatorIds).toEqual([campaign.indicators.find((i) => i.code === 'CT03')?.id]);
  });

  it('refuses Trần Quốc Huy (under discipline) naming the failed rule, then sends Nguyễn Thị Hồng Nhung', async () => {
    await reporter.getByRole('link', { name: 'Danh sách hồ sơ đề nghị' }).click();
    await reporter.waitForURL(/\/khen-thuong(\?|$)/);
    await reporter.getByRole('button', { name: 'Đề nghị mới' }).click();
    await reporter.locator('.ant-drawer').getByText('Cá nhân', { exact: true }).click();
    await pick(reporter, 'Cá nhân được đề nghị', 'Trần Quốc Huy – Tổ phó');
    await poll(() => textVisible(reporter, 'Đang bị xem xét hoặc thi hành kỷ luật', true)).toBe(true);
    await pick(reporter, 'Hình thức khen thưởng', 'Giấy khen của Chủ tịch UBND phường (cá nhân)');
    await poll(() => textVisible(reporter, '× 0,3')).toBe(true);
    await reporter.getByLabel('Tóm tắt thành tích').fill(ACHIEVEMENT_PERSON);
    await reporter.getByRole('button', { name: 'Lưu bản nháp' }).click();

    // The server's refusal (422 NOMINATION_NOT_ELIGIBLE) lists the failed criterion with its reason.
    const refusal = reporter.getByTestId('nomination-refusal');
    await poll(() => refusal.isVisible()).toBe(true);
    expect(await refusal.textContent()).toContain(
      'Đối tượng chưa đủ điều kiện cho hình thức khen thưởng này',
    );
    expect(await refusal.textContent()).toContain(
      'Không trong thời gian bị kỷ luật hoặc đang bị xem xét kỷ luật, thanh tra, kiểm tra: Đang bị xem xét kỷ luật hoặc đang thi hành kỷ luật',
    );
    await snap(reporter, 'nom-form-ineligible', false);
    expect((await nominationsOf(reporter)).items).toHaveLength(1);

    await pick(reporter, 'Cá nhân được đề nghị', 'Nguyễn Thị Hồng Nhung – Tổ trưởng tổ dân phố');
    await poll(() => refusal.isVisible()).toBe(false);
    await reporter.getByRole('button', { name: 'Lưu và gửi Văn phòng' }).click();
    await reporter.waitForURL(/\/khen-thuong\/\d+$/);
    individualId = Number(new URL(reporter.url()).pathname.split('/').pop());
    await poll(() => statusShown(reporter, 'Đã gửi, chờ thẩm định hồ sơ')).toBe(true);
    const n = await apiGet<Nomination>(reporter, `/nominations/${individualId}`);
    expect(n).toMatchObject({
      status: 'submitted',
      nomineeName: 'Nguyễn Thị Hồng Nhung',
      directWorker: true,
    });
    // The office's deadline for the check, the Vietnamese way.
    const [y, m, d] = (n.checkDueOn ?? '').split('-');
    await poll(() => textVisible(reporter, `${d}/${m}/${y}`, true)).toBe(true);
  });

  it('sends the collective dossier from its page and lists both', async () => {
    await reporter.goto(`${server.url}/khen-thuong/${collectiveId}`);
    await reporter.getByRole('button', { name: 'Gửi Văn phòng' }).click();
    await reporter.getByRole('dialog').getByRole('button', { name: 'Gửi Văn phòng' }).click();
    await poll(() => statusShown(reporter, 'Đã gửi, chờ thẩm định hồ sơ')).toBe(true);
    expect((await apiGet<Nomination>(reporter, `/nominations/${collectiveId}`)).status).toBe('submitted');

    await reporter.getByRole('link', { name: 'Danh sách hồ sơ đề nghị' }).click();
    await poll(() => textVisible(reporter, 'Tổng số: 2 hồ sơ', true)).toBe(true);
    await poll(() => textVisible(reporter, 'Nguyễn Thị Hồng Nhung', true)).toBe(true);
    await snap(reporter, 'nom-list');
  });

  it('the office returns the individual dossier with a reason', async () => {
    await signIn(office, 'office', 'Trần Thị Thu Hà');
    await office.goto(`${server.url}/khen-thuong`);
    await poll(() => textVisible(office, 'Tổng số: 2 hồ sơ', true)).toBe(true);
    // The office's next step on a sent dossier is the check.
    await office.getByRole('button', { name: 'Thẩm định: Nguyễn Thị Hồng Nhung' }).click();
    await office.waitForURL(new RegExp(`/khen-thuong/${individualId}$`));
    await poll(() => textVisible(office, 'Thẩm định hồ sơ', true)).toBe(true);
    // Accepting waits until every checklist item is ticked.
    expect(await office.getByRole('button', { name: 'Xác nhận hồ sơ hợp lệ' }).isDisabled()).toBe(true);
    await snap(office, 'nom-office-check');

    await office.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    await poll(() => textVisible(office, 'Nhập lý do', true)).toBe(true);
    await dialog.getByLabel('Lý do').fill(RETURN_REASON);
    await dialog.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    await poll(() => statusShown(office, 'Hồ sơ bị trả lại')).toBe(true);
    const n = await apiGet<Nomination>(office, `/nominations/${individualId}`);
    expect(n).toMatchObject({ status: 'returned', statusReason: RETURN_REASON });
  });

  it('the reporter sees the reason, edits and resends', async () => {
    await reporter.goto(`${server.url}/khen-thuong`);
    // The office's reason shows in the list already (long reasons fold after four lines).
    await poll(() => textVisible(reporter, /Lý do: Báo cáo thành tích chưa có xác nhận của Tổ trưởng/)).toBe(
      true,
    );
    await reporter.getByRole('button', { name: 'Sửa, gửi: Nguyễn Thị Hồng Nhung' }).click();
    await poll(() => reporter.getByTestId('status-reason').textContent()).toBe(RETURN_REASON);

    await reporter.getByRole('button', { name: /Sửa$/ }).click();
    await reporter.getByLabel('Tóm tắt thành tích').fill(ACHIEVEMENT_FIXED);
    await reporter.getByRole('button', { name: 'Lưu và gửi lại' }).click();
    await poll(() => statusShown(reporter, 'Đã gửi, chờ thẩm định hồ sơ')).toBe(true);
    const n = await apiGet<Nomination>(reporter, `/nominations/${individualId}`);
    expect(n).toMatchObject({ status: 'submitted', achievement: ACHIEVEMENT_FIXED });
  });

  it('the office ticks the checklist and accepts both dossiers', async () => {
    for (const id of [individualId, collectiveId]) {
      await office.goto(`${server.url}/khen-thuong/${id}`);
      const accept = office.getByRole('button', { name: 'Xác nhận hồ sơ hợp lệ' });
      await poll(() => accept.isDisabled()).toBe(true);
      await office
        .getByRole('checkbox', { name: 'Có báo cáo thành tích được thủ trưởng đơn vị xác nhận' })
        .check();
      await poll(() => accept.isEnabled()).toBe(true);
      const confirm = office.getByRole('dialog').getByRole('button', { name: 'Xác nhận hồ sơ hợp lệ' });
      await untilServerHas(
        `dossier ${id} accepted`,
        async () => {
          if (!(await confirm.isVisible())) await accept.click();
          await confirm.click();
        },
        async () => (await apiGet<Nomination>(office, `/nominations/${id}`)).status === 'checked',
      );
      // The check is one write and a refetch; a loaded machine took longer than 10 s once.
      await poll(() => statusShown(office, 'Hồ sơ hợp lệ, chờ Hội đồng'), { timeout: 30_000 }).toBe(true);
      const n = await apiGet<Nomination>(office, `/nominations/${id}`);
      expect(n.status).toBe('checked');
      expect(n.checklist).toEqual({ bao_cao: true });
      expect(n.eligibility.complete).toBe(true);
    }
    await reporter.goto(`${server.url}/khen-thuong/${individualId}`);
    await poll(() => statusShown(reporter, 'Hồ sơ hợp lệ, chờ Hội đồng')).toBe(true);
    await poll(() => textVisible(reporter, 'Đủ điều kiện', true)).toBe(true);
    await snap(reporter, 'nom-detail');
  });

  it('shows the list and a dossier as cards on a phone', async () => {
    phone = await newPage(390, 844);
    await signIn(phone, 'reporter');
    await phone.goto(`${server.url}/khen-thuong`);
    await poll(() => phone!.getByTestId('nomination-card').count()).toBe(2);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await snap(phone, 'nom-phone');
    await phone.getByTestId('nomination-card').filter({ hasText: 'Nguyễn Thị Hồng Nhung' }).click();
    await phone.waitForURL(new RegExp(`/khen-thuong/${individualId}$`));
    await poll(() => textVisible(phone!, 'Điều kiện khen thưởng', true)).toBe(true);
    await poll(() => textVisible(phone!, 'Xếp loại năm 2025', true)).toBe(true);
    await poll(() => statusShown(phone!, 'Hồ sơ hợp lệ, chờ Hội đồng')).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(phone, 'nom-phone-detail');
  });

  it('registers an advanced example and the office moves it on to replication', async () => {
    await reporter.goto(`${server.url}/khen-thuong/dien-hinh`);
    await poll(() => textVisible(reporter, 'Chưa có điển hình tiên tiến nào trong sổ.', true)).toBe(true);
    await reporter.getByRole('button', { name: 'Thêm điển hình' }).click();
    const dialog = reporter.getByRole('dialog');
    await dialog
      .getByLabel('Tên điển hình, mô hình, cách làm')
      .fill('Mô hình "Tổ dân phố không rác thải nhựa"');
    await dialog.getByLabel('Lĩnh vực', { exact: true }).fill('Môi trường');
    await dialog
      .getByLabel('Mô tả cách làm và kết quả')
      .fill('Hộ dân dùng túi vải, phân loại rác tại nguồn; sau 3 tháng 100 % hộ tham gia.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await poll(() => reporter.getByTestId('example-card').count()).toBe(1);
    let [example] = (await apiGet<{ items: AdvancedExample[] }>(reporter, '/examples')).items;
    expect(example).toMatchObject({ unitName: 'Tổ dân phố 7', stage: 'discovered', field: 'Môi trường' });

    await office.goto(`${server.url}/khen-thuong/dien-hinh`);
    await office.getByRole('button', { name: /^Sửa điển hình/ }).click();
    const edit = office.getByRole('dialog');
    await edit.getByText('Nhân rộng', { exact: true }).click();
    await pick(office, 'Đơn vị đã nhân rộng', 'Tổ dân phố 8');
    await edit.getByText('Cập nhật điển hình tiên tiến', { exact: true }).click();
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await poll(() => office.locator('[data-stage="replicated"]').count()).toBe(1);
    [example] = (await apiGet<{ items: AdvancedExample[] }>(office, '/examples')).items;
    expect(example?.stage).toBe('replicated');
    expect(example?.replicatedUnits.map((u) => u.name)).toEqual(['Tổ dân phố 8']);
    await poll(() => textVisible(office, 'Nhân rộng tại 1 đơn vị:', true)).toBe(true);
    await snap(office, 'examples');
  });

  it('after the council, disclosure and decision: statistics match the API and the Giấy khen downloads', async () => {
    // A third dossier the council will not approve, to have a refusal and its reason.
    const unit = await apiAs('reporter');
    const own = await apiGet<Nomination>(reporter, `/nominations/${collectiveId}`);
    const people = await unit.get<{ items: { id: number; fullName: string }[] }>(
      `/org-units/${own.proposerUnitId}/persons`,
    );
    const awards = await unit.get<{ items: { id: number; code: string }[] }>('/award-types');
    const duc = await unit.post<Nomination>(
      '/nominations',
      {
        campaignId: DONG_HAI,
        proposerUnitId: own.proposerUnitId,
        subject: 'individual',
        personId: people.items.find((p) => p.fullName === 'Phạm Văn Đức')?.id,
        awardTypeId: awards.items.find((a) => a.code === 'LDTT')?.id,
        achievement: 'Tham gia tuần tra an ninh trật tự đều đặn suốt năm 2025.',
      },
      201,
    );
    await unit.post(`/nominations/${duc.id}/submit`, { version: duc.version });
    const ofc = await apiAs('office');
    await ofc.post(`/nominations/${duc.id}/accept_dossier`, { version: duc.version + 1, checklist: {} });

    const users = await ofc.get<{ items: { id: number; username: string }[] }>('/users');
    const members = ['chair', 'council', 'council2', 'council3'];
    const session = await ofc.post<{ id: number }>(
      '/council-sessions',
      {
        campaignId: DONG_HAI,
        title: 'Phiên họp Hội đồng Thi đua – Khen thưởng phường xét khen thưởng năm 2025',
        meetsOn: '2025-12-15',
        memberIds: users.items.filter((u) => members.includes(u.username)).map((u) => u.id),
        nominationIds: [collectiveId, individualId, duc.id],
      },
      201,
    );
    for (const m of members) {
      const member = await apiAs(m);
      await member.post(`/council-sessions/${session.id}/ballot`, {
        votes: [
          { nominationId: collectiveId, choice: 'yes' },
          { nominationId: individualId, choice: 'yes' },
          { nominationId: duc.id, choice: 'no' },
        ],
      });
    }
    const open = await ofc.get<{ version: number }>(`/council-sessions/${session.id}`);
    await ofc.post(`/council-sessions/${session.id}/close`, { version: open.version });
    await ofc.post(
      '/disclosures',
      {
        campaignId: DONG_HAI,
        title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
        startsOn: '2025-12-16',
        endsOn: '2025-12-22',
        nominationIds: [collectiveId, individualId],
      },
      201,
    );
    const chair = await apiAs('chair');
    await chair.post(
      '/decisions',
      {
        campaignId: DONG_HAI,
        kind: 'decision',
        number: 15,
        signedOn: '2025-12-26',
        signerName: 'Nguyễn Trọng Khiêm',
        nominationIds: [collectiveId, individualId],
      },
      201,
    );

    const stats = await apiGet<RewardStats>(office, `/campaigns/${DONG_HAI}/reward-stats`);
    expect(stats).toMatchObject({ nominations: 3, awarded: 2, rejected: 1, returned: 1 });
    await office.goto(`${server.url}/khen-thuong/thong-ke`);
    await poll(() => office.getByTestId('stat-nominations').textContent()).toContain(
      String(stats.nominations),
    );
    expect(await office.getByTestId('stat-awarded').textContent()).toContain('1 cá nhân · 1 tập thể');
    expect(await office.getByTestId('stat-direct').textContent()).toContain('100 %');
    expect(await office.getByTestId('stat-small').textContent()).toContain('100 %');
    expect(await office.getByTestId('stat-rejected').textContent()).toContain('33,3 % số hồ sơ');
    expect(await office.getByTestId('stat-returned').textContent()).toContain(String(stats.returned));
    await poll(() => textVisible(office, 'Không đạt tỷ lệ phiếu đồng ý của Hội đồng', true)).toBe(true);
    await poll(() =>
      textVisible(office, /chú trọng khen thưởng tập thể nhỏ và người trực tiếp lao động/),
    ).toBe(true);
    await office.waitForTimeout(500);
    await snap(office, 'reward-stats');

    await reporter.goto(`${server.url}/khen-thuong/${individualId}`);
    await poll(() => statusShown(reporter, 'Đã có quyết định khen thưởng')).toBe(true);
    await poll(() =>
      textVisible(reporter, '4/4 phiếu đồng ý = 100 % ≥ 70 % → đề nghị khen thưởng', true),
    ).toBe(true);
    const link = reporter.getByRole('link', { name: 'Tải Giấy khen (PDF)' });
    const href = await link.getAttribute('href');
    const pdf = await reporter.context().request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
  });
});

/**
 * Evaluation screens in Chromium: the office reads the heatmap of the Đông Hải campaign (a cell's score equals the
 * API's, its details lead to the unit's report), the ranking (first row's total and band as the API says, a shared
 * rank explained), changes a band's minimum and sees the ranking follow, is told when someone else saved the rules
 * in between, and gives a hand score (refused without a reason, saved with one). The reporter of Tổ dân phố 7 opens
 * the unit's results from the home page (rank "x/y"), and asking for another unit's results reads as "no
 * permission". The scorecard and the heatmap are then looked at on a phone (390 × 844).
 */
import {
  type CampaignSummary,
  classify,
  type EvaluationSettingsView,
  formatNumber,
  type Heatmap,
  NO_DATA_LABELS,
  type Ranking,
  type Scorecard,
} from '@thidua/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antd.ts';
import { launchChromium, type RunningServer, shot, startServer, textVisible } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let office: Page;
let reporter: Page | undefined;
let phone: Page | undefined;
let campaignId = 0;
let tdp7 = 0;

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
  await poll(() =>
    page
      .getByRole('button', { name: new RegExp(name) })
      .first()
      .isVisible()
      .catch(() => false),
  ).toBe(true);
}

/** The API as the signed-in user of this page (the browser context shares its cookies). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.context().request.get(`${server.url}/api${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** A PUT as the page's user, with the session's CSRF token; answers the status and the body. */
async function apiPut(page: Page, path: string, body: unknown) {
  const me = await apiGet<{ csrfToken: string }>(page, '/auth/me');
  const res = await page.context().request.put(`${server.url}/api${path}`, {
    data: body,
    headers: { 'x-csrf-token': me.csrfToken, origin: server.url },
  });
  return { status: res.status(), body: (await res.json()) as { error?: { code: string; message: string } } };
}

async function snap(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot(name), fullPage, animations: 'disabled' });
}

const score2 = (v: number) => formatNumber(v, 2);
const tab = (name: string) => `${server.url}/dot-thi-dua/${campaignId}/bang-dieu-khien?tab=${name}`;
const firstRow = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row').first();

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  office = (await newPage(1440, 900)).page;
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await office?.screenshot({ path: shot(`failed-eval-${name}-office`), fullPage: true }).catch(() => {});
  await reporter?.screenshot({ path: shot(`failed-eval-${name}-reporter`), fullPage: true }).catch(() => {});
  await phone?.screenshot({ path: shot(`failed-eval-${name}-phone`), fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('evaluation: heatmap, ranking, scoring rules and the unit scorecard', () => {
  it('heatmap: a cell shows the API score, its details lead to the unit’s report', async () => {
    await signIn(office, 'office', 'Trần Thị Thu Hà');
    const campaigns = await apiGet<{ items: CampaignSummary[] }>(office, '/campaigns');
    const dongHai = campaigns.items.find((c) => c.issuingUnitName === 'Phường Đông Hải');
    expect(dongHai, 'the Đông Hải campaign').toBeTruthy();
    campaignId = dongHai!.id;
    const heat = await apiGet<Heatmap>(office, `/campaigns/${campaignId}/heatmap`);

    await office.goto(tab('ban-do-nhiet'));
    await poll(() => textVisible(office, `Điểm từng chỉ tiêu của các đơn vị – ${heat.period.label}`)).toBe(
      true,
    );
    const cell =
      heat.cells.find((c) => c.score !== null && c.reportId !== null && c.evidenceCount > 0) ??
      heat.cells.find((c) => c.score !== null && c.reportId !== null);
    expect(cell, 'a scored cell with a report').toBeTruthy();
    const unit = heat.units.find((u) => u.id === cell!.unitId)!;
    const ind = heat.indicators.find((i) => i.id === cell!.indicatorId)!;
    const button = office.locator(`.heatmap-cell[data-unit-id="${unit.id}"][data-indicator-id="${ind.id}"]`);
    await poll(() => button.textContent()).toBe(formatNumber(cell!.score!, 1));
    // Every scored cell shows the API's score; a cell without data says why on hover, in Vietnamese.
    const shown = await office.locator('.heatmap-cell').evaluateAll((els) =>
      els.map((e) => ({
        u: e.getAttribute('data-unit-id'),
        i: e.getAttribute('data-indicator-id'),
        t: e.textContent,
      })),
    );
    for (const c of heat.cells.filter((x) => x.noData !== 'not_assigned')) {
      const s = shown.find((x) => x.u === String(c.unitId) && x.i === String(c.indicatorId));
      expect(s?.t, `cell ${c.unitId}/${c.indicatorId}`).toBe(
        c.score === null ? '—' : formatNumber(c.score, 1),
      );
    }
    const empty = heat.cells.find((c) => c.score === null && c.noData && c.noData !== 'not_assigned');
    if (empty) {
      const title = await office
        .locator(`.heatmap-cell[data-unit-id="${empty.unitId}"][data-indicator-id="${empty.indicatorId}"]`)
        .getAttribute('title');
      expect(title).toContain(NO_DATA_LABELS[empty.noData!].vi);
    }
    // The code in the header names the indicator on hover.
    await office
      .locator('.heatmap thead th', { hasText: ind.code })
      .first()
      .locator('.heat-grid-code')
      .hover();
    await poll(() => textVisible(office, `${ind.code} · ${ind.name}`, false)).toBe(true);
    await office.mouse.move(0, 0);
    await snap(office, 'eval-heatmap', false);
    // The export buttons download the heatmap with the same filters.
    for (const [name, type] of [
      ['Tải CSV', /csv/],
      ['Tải Excel', /spreadsheetml/],
    ] as const) {
      const href = (await office.getByRole('link', { name }).getAttribute('href')) ?? '';
      expect(href).toMatch(/view=heatmap/);
      const res = await office.context().request.get(`${server.url}${href}`);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-disposition']).toMatch(/attachment/);
      expect(res.headers()['content-type']).toMatch(type);
    }

    await button.click();
    const detail = office.getByTestId('heat-cell-detail');
    await poll(() => detail.getByTestId('cell-score').textContent()).toBe(
      `${score2(cell!.score!)} / 10 điểm`,
    );
    expect(await detail.textContent()).toContain(unit.name);
    await detail.getByTestId('cell-report-link').click();
    await office.waitForURL(new RegExp(`/bao-cao/${cell!.reportId}$`));
    await poll(() => textVisible(office, unit.name)).toBe(true);
  });

  it('heatmap as a table lists the same scores', async () => {
    const heat = await apiGet<Heatmap>(office, `/campaigns/${campaignId}/heatmap`);
    await office.goto(tab('ban-do-nhiet'));
    await office.getByText('Xem dạng bảng', { exact: true }).click();
    const c = heat.cells.find((x) => x.score !== null)!;
    const unit = heat.units.find((u) => u.id === c.unitId)!;
    const ind = heat.indicators.find((i) => i.id === c.indicatorId)!;
    await office.getByLabel('Tìm theo đơn vị hoặc chỉ tiêu').fill(`${unit.name} ${ind.code}`);
    const row = firstRow(office);
    await poll(() => row.textContent()).toContain(ind.name);
    expect(await row.textContent()).toContain(score2(c.score!));
  });

  it('ranking: the first row’s total and band match the API, a shared rank is explained', async () => {
    const ranking = await apiGet<Ranking>(office, `/campaigns/${campaignId}/ranking`);
    const top = ranking.rows[0]!;
    await office.goto(tab('xep-hang'));
    const row = firstRow(office);
    await poll(() => row.locator('[data-testid="total"]').textContent()).toBe(score2(top.total!));
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(top.unit.name);
    expect(text).toContain(top.band!.label);
    expect(text).toContain(top.rule!);
    // A shared rank says so, and why on hover.
    const tied = ranking.rows.find((r) => r.tiedWith.length > 0);
    if (tied) {
      const tiedRow = office
        .locator('.ant-table-tbody tr.ant-table-row', { hasText: tied.unit.name })
        .first();
      expect(await tiedRow.getByTestId('rank').textContent()).toBe(String(tied.rank));
      await office.evaluate(() => window.scrollTo(0, 0));
      await tiedRow.getByTestId('tie-tag').hover();
      await poll(() => textVisible(office, tied.tieNote!, true)).toBe(true);
      await office.screenshot({ path: shot('eval-ranking'), animations: 'disabled' });
      await office.mouse.move(0, 0);
    } else await snap(office, 'eval-ranking', false);
    // The computation, line by line.
    await row.locator('.ant-table-row-expand-icon').click();
    const detail = office.getByTestId('ranking-detail').first();
    for (const line of top.explanation) await poll(() => detail.textContent()).toContain(line);
    await snap(office, 'eval-ranking-explained', false);

    // Peers of one kind: only the residential groups, ranked among themselves.
    await choose(office, office.getByLabel('So sánh trong nhóm đơn vị'), 'Tổ dân phố', async () =>
      office.url().includes('kind=residential_group'),
    );
    const tdp = await apiGet<Ranking>(office, `/campaigns/${campaignId}/ranking?kind=residential_group`);
    await poll(() => firstRow(office).textContent()).toContain(tdp.rows[0]!.unit.name);
    await poll(() => office.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(tdp.rows.length);
    // The same totals as bars.
    await office.getByText('Biểu đồ', { exact: true }).click();
    const chart = office.getByRole('figure', { name: 'Biểu đồ tổng điểm của các đơn vị' });
    await poll(() => chart.locator('svg path').count()).toBeGreaterThan(
      tdp.rows.filter((r) => r.total !== null).length,
    );
  });

  it('scoring rules: raising the top band’s minimum changes the ranking’s band; a stale save is explained', async () => {
    const ranking = await apiGet<Ranking>(office, `/campaigns/${campaignId}/ranking`);
    const top = ranking.rows[0]!;
    await office.goto(tab('cach-cham-diem'));
    const min = office.getByLabel('Điểm tối thiểu của mức 1');
    await poll(() => min.inputValue()).toBe('9');
    await snap(office, 'eval-settings');
    await min.fill('9,99');
    await office.getByRole('button', { name: 'Lưu cách chấm điểm' }).click();
    await poll(() => textVisible(office, 'Đã lưu cách chấm điểm. Bảng xếp hạng đã được tính lại.')).toBe(
      true,
    );
    const saved = await apiGet<EvaluationSettingsView>(
      office,
      `/campaigns/${campaignId}/evaluation-settings`,
    );
    expect(saved.settings.bands[0]!.min).toBe(9.99);
    const expected = classify(top.total, saved.settings.bands)!;
    if (top.total! < 9.99) expect(expected.band.code).not.toBe(top.band!.code);

    await office.getByRole('tab', { name: 'Xếp hạng' }).click();
    const row = office.locator('.ant-table-tbody tr.ant-table-row', { hasText: top.unit.name }).first();
    await poll(() => row.textContent()).toContain(expected.band.label);
    expect(await row.textContent()).toContain(expected.rule);

    // Someone else saves in between: the office is told, and the newer rules are on screen.
    await office.getByRole('tab', { name: 'Cách chấm điểm' }).click();
    // A mistake only the server sees (two bands with one code) is shown next to the field.
    const code3 = office.getByLabel('Mã mức xếp loại 3');
    await poll(() => code3.inputValue()).toBe('done');
    await code3.fill('good');
    await office.getByRole('button', { name: 'Lưu cách chấm điểm' }).click();
    const item = office.locator('.ant-form-item', { has: code3 });
    await poll(() => item.locator('.ant-form-item-explain-error').textContent()).toBe('Mã xếp loại bị trùng');
    await code3.fill('done');
    await poll(() => office.getByLabel('Điểm tối thiểu của mức 1').inputValue()).toBe('9,99');
    const other = await apiPut(office, `/campaigns/${campaignId}/evaluation-settings`, {
      version: saved.version,
      settings: { ...saved.settings, redFlag: 0.4 },
    });
    expect(other.status).toBe(200);
    await office.getByLabel('Tên mức xếp loại 2').fill('Hoàn thành tốt nhiệm vụ');
    await office.getByRole('button', { name: 'Lưu cách chấm điểm' }).click();
    await poll(() => textVisible(office, /Người khác vừa thay đổi cách chấm điểm/)).toBe(true);
    await poll(() => office.getByLabel('Tên mức xếp loại 2').inputValue()).toBe('Hoàn thành tốt');
    await poll(() => office.getByLabel('Ngưỡng cảnh báo đỏ').inputValue()).toBe('40');
  });

  it('hand score: refused without a reason (in Vietnamese), saved with one, with who and when', async () => {
    const campaign = await apiGet<{ units: { id: number; name: string }[] }>(
      office,
      `/campaigns/${campaignId}`,
    );
    tdp7 = campaign.units.find((u) => u.name === 'Tổ dân phố 7')!.id;
    // The server refuses a score without a reason, whatever the screen does.
    const bare = await apiPut(office, `/campaigns/${campaignId}/manual-scores`, {
      unitId: tdp7,
      criterion: 'chap_hanh',
      score: 8,
      reason: '  ',
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error?.code).toBe('EVALUATION_REASON_REQUIRED');

    const form = office.getByTestId('manual-form');
    await choose(office, form.getByLabel('Đơn vị'), 'Tổ dân phố 7', async () =>
      textVisible(office, 'Tổ dân phố 7', true),
    );
    await choose(
      office,
      form.getByLabel('Tiêu chí'),
      'Chấp hành chỉ đạo, chế độ thông tin báo cáo',
      async () => (await form.textContent())?.includes('Chấp hành chỉ đạo') ?? false,
    );
    await form.getByLabel('Điểm (0–10)').fill('8,5');
    await form.getByRole('button', { name: 'Lưu điểm' }).click();
    await poll(() => textVisible(office, 'Nhập lý do chấm điểm', true)).toBe(true);

    const reason = 'Chấp hành tốt chế độ báo cáo, tham gia đầy đủ các cuộc họp giao ban của phường.';
    await form.getByLabel('Lý do chấm điểm').fill(reason);
    await form.getByRole('button', { name: 'Lưu điểm' }).click();
    await poll(() => textVisible(office, 'Đã lưu điểm chấm tay.', true)).toBe(true);
    const list = office.getByTestId('manual-scores');
    await poll(() => list.textContent()).toContain(reason);
    expect(await list.textContent()).toContain('Trần Thị Thu Hà');
    expect(await list.textContent()).toContain('8,5');
    const items = await apiGet<{ items: { unitId: number; score: number; reason: string }[] }>(
      office,
      `/campaigns/${campaignId}/manual-scores`,
    );
    expect(items.items).toContainEqual(expect.objectContaining({ unitId: tdp7, score: 8.5, reason }));
    await snap(office, 'eval-settings-manual');
  });

  it('the reporter of Tổ dân phố 7 opens the unit’s results from the home page: rank x/y', async () => {
    reporter = (await newPage(1440, 900)).page;
    await signIn(reporter, 'reporter', 'Đỗ Thị Mai');
    await reporter
      .getByRole('link', { name: /Kết quả thi đua của đơn vị/ })
      .first()
      .click();
    await reporter.waitForURL(new RegExp(`/dot-thi-dua/${campaignId}/ket-qua-don-vi`));
    let card = await apiGet<Scorecard>(reporter, `/campaigns/${campaignId}/scorecard`);
    expect(card.unit.name).toBe('Tổ dân phố 7');
    await poll(() => reporter!.getByTestId('scorecard-title').textContent()).toBe(
      'Kết quả thi đua: Tổ dân phố 7',
    );
    const rank = reporter.getByTestId('scorecard-rank');
    if (card.row?.rank == null) {
      // November's report was returned: not ranked this period, and the screen says so; October is.
      await poll(() => rank.textContent()).toBe('Chưa xếp hạng (chưa đủ dữ liệu)');
      const october = card.periods.find((p) => p.id === '2025-10')!;
      await choose(reporter, reporter.getByLabel('Kỳ báo cáo'), october.label, async () =>
        reporter!.url().includes('periodId=2025-10'),
      );
      card = await apiGet<Scorecard>(reporter, `/campaigns/${campaignId}/scorecard?periodId=2025-10`);
    }
    expect(card.row?.rank).toBeTruthy();
    await poll(() => rank.textContent()).toBe(`Hạng ${card.row!.rank}/${card.peers} tổ dân phố`);
    await poll(() => reporter!.getByTestId('scorecard-total').textContent()).toBe(
      `${score2(card.row!.total!)} điểm`,
    );
    expect(await reporter.getByTestId('scorecard-band').textContent()).toContain(card.row!.band!.label);
    await poll(() => reporter!.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(
      card.indicators.length,
    );
    const first = card.indicators.find((i) => i.cell.score !== null)!;
    const line = reporter.locator('.ant-table-tbody tr.ant-table-row', { hasText: first.name }).first();
    expect(await line.textContent()).toContain(score2(first.cell.score!));
    const schedule = line.getByRole('link', { name: 'Xem đường găng tiến độ' });
    expect(await schedule.getAttribute('href')).toBe(
      `/dot-thi-dua/${campaignId}/tien-do?chi-tieu=${first.id}&don-vi=${card.unit.id}`,
    );
    await snap(reporter, 'eval-scorecard');
  });

  it('another unit’s results asked for by the reporter read as “no permission”, not a crash', async () => {
    const other = (await apiGet<Ranking>(office, `/campaigns/${campaignId}/ranking`)).rows.find(
      (r) => r.unit.id !== tdp7,
    )!;
    await reporter!.goto(`${server.url}/dot-thi-dua/${campaignId}/ket-qua-don-vi?unitId=${other.unit.id}`);
    await poll(() => textVisible(reporter!, 'Bạn không có quyền xem kết quả của đơn vị này', true)).toBe(
      true,
    );
    expect(await textVisible(reporter!, other.unit.name, true)).toBe(false);
    await snap(reporter!, 'eval-scorecard-forbidden', false);
    await reporter!.getByRole('button', { name: 'Xem kết quả của đơn vị tôi' }).click();
    await poll(() => reporter!.getByTestId('scorecard-title').textContent()).toBe(
      'Kết quả thi đua: Tổ dân phố 7',
    );
  });

  it('on a phone: the scorecard as cards and the heatmap scroll inside its frame', async () => {
    phone = (await newPage(390, 844)).page;
    await signIn(phone, 'reporter', 'Đỗ Thị Mai');
    await phone.goto(`${server.url}/dot-thi-dua/${campaignId}/ket-qua-don-vi?periodId=2025-10`);
    const card = await apiGet<Scorecard>(phone, `/campaigns/${campaignId}/scorecard?periodId=2025-10`);
    await poll(() => phone!.getByTestId('scorecard-rank').textContent()).toBe(
      `Hạng ${card.row!.rank}/${card.peers} tổ dân phố`,
    );
    await poll(() => phone!.getByTestId('scorecard-indicator').count()).toBe(card.indicators.length);
    const width = () => phone!.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    await snap(phone, 'eval-scorecard-phone');

    const officePhone = (await newPage(390, 844)).page;
    await signIn(officePhone, 'office', 'Trần Thị Thu Hà');
    await officePhone.goto(tab('ban-do-nhiet'));
    const heat = await apiGet<Heatmap>(officePhone, `/campaigns/${campaignId}/heatmap`);
    const c = heat.cells.find((x) => x.score !== null)!;
    const button = officePhone.locator(
      `.heatmap-cell[data-unit-id="${c.unitId}"][data-indicator-id="${c.indicatorId}"]`,
    );
    await poll(() => button.textContent()).toBe(formatNumber(c.score!, 1));
    expect(await officePhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // From the tab's title: what the grid is, its legend and the first rows.
    await officePhone.getByText(/^Điểm từng chỉ tiêu của các đơn vị/).evaluate((e) => {
      e.scrollIntoView();
      window.scrollBy(0, -80);
    });
    await officePhone.screenshot({ path: shot('eval-heatmap-phone'), animations: 'disabled' });
    await button.click();
    await poll(() => officePhone.getByTestId('cell-score').textContent()).toBe(
      `${score2(c.score!)} / 10 điểm`,
    );
    // The dialog has finished opening (its zoom-in) before the picture.
    await poll(() => officePhone.locator('.ant-modal').evaluate((e) => getComputedStyle(e).opacity)).toBe(
      '1',
    );
    await poll(() => officePhone.locator('.ant-modal[class*="zoom"]').count()).toBe(0);
    await officePhone.screenshot({ path: shot('eval-heatmap-phone-cell'), animations: 'disabled' });
    await officePhone.context().close();
  });
});

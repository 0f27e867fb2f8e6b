import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestEnv, type Res, type TestEnv } from '../test/harness.ts';
import { parseCsv } from './csv.ts';

let env: TestEnv;
let office: Agent;
let reporter: Agent;
let viewer: Agent;
let campaignId: number;
let tdp07: number;
let url: string;

const TDP07 = 'HP.DONGHAI.TDP07';
const TDP08 = 'HP.DONGHAI.TDP08';
const HEADER = 'period,unit,indicator,value,numerator,denominator,is_estimate,comment';

/** The stored values as raw SQL sees them, keyed "period|unit|indicator". */
async function dbValues(unitCode?: string) {
  const rows = await env.sql<any>(
    `SELECT r.period_id, u.code AS unit, i.code AS indicator, v.value, v.numerator, v.denominator,
            v.is_estimate, v.comment, r.status
       FROM report_values v JOIN reports r ON r.id = v.report_id JOIN org_units u ON u.id = r.unit_id
       JOIN indicators i ON i.id = v.indicator_id
      WHERE r.campaign_id = $1 AND ($2::text IS NULL OR u.code = $2)`,
    [campaignId, unitCode ?? null],
  );
  return new Map(
    rows.map((r) => [
      `${r.period_id}|${r.unit}|${r.indicator}`,
      {
        value: r.value === null ? null : Number(r.value),
        numerator: r.numerator === null ? null : Number(r.numerator),
        denominator: r.denominator === null ? null : Number(r.denominator),
        isEstimate: r.is_estimate,
        comment: r.comment,
        status: r.status,
      },
    ]),
  );
}
const one = async (period: string, unit: string, indicator: string) =>
  (await dbValues(unit)).get(`${period}|${unit}|${indicator}`);
const auditCount = async (action: string) =>
  Number((await env.sql<any>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1', [action]))[0].n);
const reportOf = async (period: string, unit = tdp07) =>
  (
    await env.sql<any>(
      'SELECT id::int AS id, version, status FROM reports WHERE campaign_id = $1 AND unit_id = $2 AND period_id = $3',
      [campaignId, unit, period],
    )
  )[0];
const postCsv = (a: Agent, csv: string, query = '') =>
  a.request('POST', `${url}${query}`, csv, { 'content-type': 'text/csv; charset=utf-8' });
const rowOf = (r: Res, row: number) => r.body.errors.filter((e: any) => e.row === row);

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true });
  office = await env.as('office');
  reporter = await env.as('reporter');
  viewer = await env.as('viewer');
  tdp07 = (await env.unit(TDP07)).id;
  const list = await office.get('/api/campaigns?status=launched');
  campaignId = list.body.items.find((c: any) => c.issuingUnitName === 'Phường Đông Hải').id;
  url = `/api/campaigns/${campaignId}/data-values`;
});
afterAll(() => env.close());

describe('export', () => {
  it('gives the reporter exactly the stored values of Tổ dân phố 7, by codes, as JSON', async () => {
    const r = await reporter.get(url);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.campaign).toMatchObject({ id: campaignId, issuingUnit: 'HP.DONGHAI' });
    const db = await dbValues(TDP07);
    expect(r.body.dataValues.length).toBe(db.size);
    expect(db.size).toBeGreaterThan(20);
    for (const v of r.body.dataValues) {
      expect(v.unit).toBe(TDP07);
      const { period, unit, indicator, unitName, indicatorName, ...rest } = v;
      expect(rest, `${period} ${indicator}`).toEqual(db.get(`${period}|${unit}|${indicator}`));
      expect(unitName).toBe('Tổ dân phố 7');
    }
    // Periods in campaign order, indicators in plan order within a period.
    expect(r.body.dataValues.slice(0, 8).map((v: any) => `${v.period} ${v.indicator}`)).toEqual(
      ['CT03', 'CT06', 'CT07', 'CT08', 'CT18', 'CT21', 'CT23', 'CT24'].map((c) => `2025-09 ${c}`),
    );
  });

  it('gives campaign readers every unit, filtered by period and unit code', async () => {
    const all = await viewer.get(url);
    expect(all.status).toBe(200);
    expect(all.body.dataValues.length).toBe((await dbValues()).size);
    expect(new Set(all.body.dataValues.map((v: any) => v.unit)).size).toBeGreaterThan(20);
    const one = await office.get(`${url}?periodId=2025-10&unitCode=hp.donghai.tdp08`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ periodId: '2025-10', unitCode: TDP08 });
    const expected = [...(await dbValues(TDP08)).keys()].filter((k) => k.startsWith('2025-10|'));
    expect(one.body.dataValues.map((v: any) => `${v.period}|${v.unit}|${v.indicator}`)).toEqual(expected);
    // The reporter asking for another unit's values gets none of them.
    const other = await reporter.get(`${url}?unitCode=${TDP08}`);
    expect(other.status).toBe(200);
    expect(other.body.dataValues).toEqual([]);
  });

  it('refuses an unknown period or unit code', async () => {
    const p = await office.get(`${url}?periodId=2026-01`);
    expect([p.status, p.body.error.code]).toEqual([400, 'REPORT_PERIOD_UNKNOWN']);
    const u = await office.get(`${url}?unitCode=HP.NOWHERE`);
    expect([u.status, u.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await env.anon().get(url)).status).toBe(401);
  });

  it('writes CSV as UTF-8 with BOM, diacritics intact, equal to the stored values', async () => {
    const r = await reporter.download(`${url}?format=csv&periodId=2025-11`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toContain('attachment; filename="so-lieu-dot-');
    expect([...r.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = r.body.toString('utf8').slice(1);
    expect(text).toContain('Tổ dân phố 7');
    expect(text).toContain('"Số buổi hoạt động văn hoá, văn nghệ quần chúng"');
    const [head, ...rows] = parseCsv(text, ',');
    expect(head?.cells).toEqual([
      'period',
      'unit',
      'unit_name',
      'indicator',
      'indicator_name',
      'value',
      'numerator',
      'denominator',
      'is_estimate',
      'comment',
      'status',
    ]);
    const db = await dbValues(TDP07);
    const nov = [...db.entries()].filter(([k]) => k.startsWith('2025-11|'));
    expect(rows.length).toBe(nov.length);
    const num = (s: string) => (s === '' ? null : Number(s));
    for (const { cells } of rows) {
      const [period, unit, , indicator, , value, numerator, denominator, est, comment, status] = cells;
      expect(
        {
          value: num(value as string),
          numerator: num(numerator as string),
          denominator: num(denominator as string),
          isEstimate: est === 'true',
          comment,
          status,
        },
        indicator,
      ).toEqual(db.get(`${period}|${unit}|${indicator}`));
    }
  });
});

describe('import', () => {
  it('updates values from JSON, one audit row per report with before and after', async () => {
    const before = await reportOf('2025-11');
    expect(before.status).toBe('returned');
    const old = await one('2025-11', TDP07, 'CT08');
    const audits = await auditCount('report.import_exchange');
    const r = await reporter.post(url, {
      dataValues: [
        { period: '2025-11', unit: TDP07, indicator: 'CT08', value: 9, comment: 'Thêm 1 hộ vay vốn' },
        { period: '2025-11', unit: TDP07, indicator: 'CT03', numerator: 460, denominator: 469 },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      dryRun: false,
      ok: true,
      rows: 2,
      reports: { touched: 1, created: 0 },
      values: { created: 0, updated: 2, unchanged: 0 },
      errors: [],
    });
    expect(await one('2025-11', TDP07, 'CT08')).toMatchObject({ value: 9, comment: 'Thêm 1 hộ vay vốn' });
    // The ratio's value is computed from numerator and denominator, as in a form save.
    expect(await one('2025-11', TDP07, 'CT03')).toMatchObject({
      numerator: 460,
      denominator: 469,
      value: Math.round((460 / 469) * 100 * 1e6) / 1e6,
    });
    expect((await reportOf('2025-11')).version).toBe(before.version + 1);
    expect(await auditCount('report.import_exchange')).toBe(audits + 1);
    const [audit] = await env.sql<any>(
      `SELECT entity_id, unit_id::int AS unit_id, before, after FROM audit_log
        WHERE action = 'report.import_exchange' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit.entity_id).toBe(String(before.id));
    expect(audit.unit_id).toBe(tdp07);
    expect(audit.before.CT08).toMatchObject({ value: old?.value });
    expect(audit.after.CT08).toMatchObject({ value: 9, comment: 'Thêm 1 hộ vay vốn' });
    expect(Object.keys(audit.after).sort()).toEqual(['CT03', 'CT08']);
  });

  it('imports CSV, opening the report of a period not started yet', async () => {
    expect(await reportOf('2025-12')).toBeUndefined();
    const csv = [
      HEADER,
      `2025-12,${TDP07},CT08,10,,,true,"Ước tính, chờ số liệu ngân hàng"`,
      `2025-12,${TDP07},CT24,,107,281,false,`,
    ].join('\r\n');
    const r = await postCsv(reporter, csv);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      reports: { touched: 1, created: 1 },
      values: { created: 2, updated: 0 },
    });
    const rep = await reportOf('2025-12');
    expect(rep.status).toBe('draft');
    expect(await one('2025-12', TDP07, 'CT08')).toMatchObject({
      value: 10,
      isEstimate: true,
      comment: 'Ước tính, chờ số liệu ngân hàng',
    });
    expect(await one('2025-12', TDP07, 'CT24')).toMatchObject({ numerator: 107, denominator: 281 });
    const actions = await env.sql<any>(
      `SELECT action FROM audit_log WHERE entity = 'report' AND entity_id = $1 ORDER BY seq`,
      [String(rep.id)],
    );
    expect(actions.map((a) => a.action)).toEqual(['report.create', 'report.import_exchange']);
  });

  it('reads ";"-separated CSV without BOM with decimal commas; refuses "1.234", never guesses', async () => {
    const csv = [
      'period;unit;indicator;numerator;denominator',
      `2025-12;${TDP07};CT24;"106,5";281`,
      `2025-12;${TDP07};CT21;1.234;1.500`,
      `2025-12;${TDP07};CT18;1.2340;3`,
    ].join('\n');
    const dry = await postCsv(reporter, csv, '?dryRun=true');
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.ok).toBe(false);
    expect(rowOf(dry, 3).map((e: any) => e.field)).toEqual(['numerator', 'denominator']);
    expect(rowOf(dry, 3)[0].message).toMatch(/1\.234.*1234.*1,234/);
    // "1.2340" has four decimals: only one reading.
    expect(rowOf(dry, 4)).toEqual([]);
    const fixed = csv.replace('1.234;1.500', '1234;1500');
    const ok = await postCsv(reporter, fixed.replace(`\n2025-12;${TDP07};CT18;1.2340;3`, ''));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await one('2025-12', TDP07, 'CT24')).toMatchObject({ numerator: 106.5, denominator: 281 });
    expect(await one('2025-12', TDP07, 'CT21')).toMatchObject({ numerator: 1234, denominator: 1500 });
    // A decimal comma for a ratio reads as a decimal.
    const half = await postCsv(
      reporter,
      `period,unit,indicator,numerator,denominator\r\n2025-12,${TDP07},CT21,"1,5",3\r\n`,
    );
    expect(half.status, JSON.stringify(half.body)).toBe(200);
    expect(await one('2025-12', TDP07, 'CT21')).toMatchObject({ numerator: 1.5, denominator: 3, value: 50 });
  });

  it('numbers rows by the line they start on, also after a comment spanning lines', async () => {
    const csv = [
      HEADER,
      `2025-11,${TDP07},CT08,8,,,false,"Dòng một\nDòng hai\nDòng ba"`,
      `2025-11,${TDP07},CT23,-1,,,không,`,
    ].join('\r\n');
    const r = await postCsv(reporter, csv, '?dryRun=true');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.errors).toEqual([{ row: 5, field: 'value', message: 'CT23: Giá trị không được âm' }]);
  });

  it('a dry run checks and counts but saves nothing', async () => {
    const before = await dbValues(TDP07);
    const version = (await reportOf('2025-11')).version;
    const seq = (await env.sql<any>('SELECT max(seq)::int AS s FROM audit_log'))[0].s;
    const r = await postCsv(
      reporter,
      [HEADER, `2025-11,${TDP07},CT08,11,,,false,`, `2025-12,${TDP07},CT23,3,,,false,`].join('\n'),
      '?dryRun=true',
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      dryRun: true,
      ok: true,
      reports: { touched: 2, created: 0 },
      values: { created: 1, updated: 1, unchanged: 0 },
    });
    expect(await dbValues(TDP07)).toEqual(before);
    expect((await reportOf('2025-11')).version).toBe(version);
    expect((await env.sql<any>('SELECT max(seq)::int AS s FROM audit_log'))[0].s).toBe(seq);
  });

  it('one bad row saves nothing: 400 with every problem numbered by its CSV line', async () => {
    const before = await dbValues(TDP07);
    const csv = [
      HEADER,
      `2025-11,${TDP07},CT08,12,,,false,`, // fine
      `2025-11,${TDP07},CT08,13,,,false,`, // duplicate of line 2
      `2025-11,HP.NOWHERE,CT08,1,,,false,`, // unknown unit
      `2025-11,${TDP07},CT99,1,,,false,`, // unknown indicator
      `2026-05,${TDP07},CT08,1,,,false,`, // unknown period
      `2025-11,${TDP07},CT01,1,,,false,`, // not assigned to Tổ dân phố 7
      `2025-11,${TDP07},CT23,"2,5",,,false,`, // a count must be whole
      `2025-11,${TDP07},CT24,,300,281,false,`, // numerator above denominator
      `2025-11,${TDP07},CT06,88,,,false,`, // a ratio needs numerator and denominator
      `2025-11,${TDP07},CT07,abc,,,maybe,`, // not a number, not a boolean
    ].join('\r\n');
    const r = await postCsv(reporter, csv);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('EXCHANGE_ROWS_INVALID');
    const paths = r.body.error.details.map((d: any) => d.path);
    expect(paths).toEqual([
      'rows.3.row',
      'rows.4.unit',
      'rows.5.indicator',
      'rows.6.period',
      'rows.7.indicator',
      'rows.8.value',
      'rows.9.numerator',
      'rows.10.value',
      'rows.11.value',
      'rows.11.is_estimate',
    ]);
    const msg = (p: string) => r.body.error.details.find((d: any) => d.path === p).message;
    expect(msg('rows.3.row')).toContain('dòng 2');
    expect(msg('rows.4.unit')).toContain('HP.NOWHERE');
    expect(msg('rows.7.indicator')).toContain('không được giao cho Tổ dân phố 7');
    expect(msg('rows.8.value')).toContain('số nguyên');
    expect(await dbValues(TDP07)).toEqual(before);
    // The same file as a dry run lists the same problems as rows, with 200.
    const dry = await postCsv(reporter, csv, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.errors.map((e: any) => `rows.${e.row}.${e.field}`)).toEqual(paths);
  });

  it('refuses another unit’s rows for the Tổ dân phố 7 reporter (403, nothing saved)', async () => {
    const before = await dbValues();
    const denied = await auditCount('denied:report.edit');
    const r = await reporter.post(url, {
      dataValues: [
        { period: '2025-11', unit: TDP07, indicator: 'CT08', value: 12 },
        { period: '2025-11', unit: TDP08, indicator: 'CT08', value: 1 },
      ],
    });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('FORBIDDEN');
    expect(r.body.error.details).toEqual([
      { path: 'rows.2.unit', message: 'Bạn không được nhập số liệu cho Tổ dân phố 8' },
    ]);
    expect(await dbValues()).toEqual(before);
    expect(await auditCount('denied:report.edit')).toBe(denied + 1);
    // The office reviews; it does not enter a unit's figures.
    const o = await office.post(url, {
      dataValues: [{ period: '2025-11', unit: TDP07, indicator: 'CT08', value: 12 }],
    });
    expect(o.status).toBe(403);
  });

  it('refuses changes to a submitted or accepted report, and to a period sent to the city', async () => {
    expect((await reportOf('2025-10')).status).toBe('accepted');
    const cur = await one('2025-10', TDP07, 'CT08');
    const r = await reporter.post(url, {
      dataValues: [{ period: '2025-10', unit: TDP07, indicator: 'CT08', value: (cur?.value ?? 0) + 1 }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([
      { path: 'rows.1.row', message: 'Báo cáo Tháng 10/2025 của Tổ dân phố 7 đã được duyệt, không sửa được' },
    ]);
    // Saying what it already holds is fine.
    const same = await reporter.post(url, {
      dataValues: [{ period: '2025-10', unit: TDP07, indicator: 'CT08', value: cur?.value }],
    });
    expect(same.status).toBe(200);
    expect(same.body.values).toEqual({ created: 0, updated: 0, unchanged: 1 });

    // The ward has sent November to the city: its unit reports are locked.
    const hp = (await env.unit('HP')).id;
    const [city] = await env.sql<any>('SELECT id::int AS id FROM campaigns WHERE issuing_unit_id = $1', [hp]);
    const ward = (await env.unit('HP.DONGHAI')).id;
    await env.sql(
      `INSERT INTO upward_submissions (campaign_id, parent_campaign_id, unit_id, period_id, status, submitted_at)
       VALUES ($1, $2, $3, '2025-11', 'submitted', now())`,
      [campaignId, city.id, ward],
    );
    try {
      const locked = await reporter.post(url, {
        dataValues: [{ period: '2025-11', unit: TDP07, indicator: 'CT08', value: 20 }],
      });
      expect(locked.status).toBe(400);
      expect(locked.body.error.details[0]).toMatchObject({ path: 'rows.1.period' });
      expect(locked.body.error.details[0].message).toContain('cấp trên');
    } finally {
      await env.sql(`DELETE FROM upward_submissions WHERE campaign_id = $1`, [campaignId]);
    }
  });

  it('refuses malformed CSV and bodies that are neither', async () => {
    const unknownColumn = await postCsv(reporter, `period,unit,indicator,valeu\n2025-11,${TDP07},CT08,1\n`);
    expect(unknownColumn.status).toBe(400);
    expect(unknownColumn.body.error).toMatchObject({
      code: 'EXCHANGE_CSV_MALFORMED',
      details: [{ path: 'line.1' }],
    });
    expect(unknownColumn.body.error.details[0].message).toContain('"valeu"');
    const missing = await postCsv(reporter, `period,indicator,value\n2025-11,CT08,1\n`);
    expect(missing.body.error.code).toBe('EXCHANGE_CSV_MALFORMED');
    const quote = await postCsv(reporter, `${HEADER}\n2025-11,${TDP07},CT08,1,,,false,"open\n`);
    expect(quote.body.error).toMatchObject({ code: 'EXCHANGE_CSV_MALFORMED', details: [{ path: 'line.2' }] });
    const empty = await postCsv(reporter, `\uFEFF${HEADER}\r\n`);
    expect([empty.status, empty.body.error.code]).toEqual([400, 'EXCHANGE_EMPTY']);
    // Windows-1258 / Latin-1 bytes are not UTF-8: refused rather than stored as mojibake.
    const latin1 = await env.app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': 'text/csv',
        cookie: reporter.cookie as string,
        'x-csrf-token': reporter.csrf as string,
      },
      payload: Buffer.from(`${HEADER}\n2025-11,${TDP07},CT08,1,,,false,Gh\xe9\n`, 'latin1'),
    });
    expect(latin1.statusCode).toBe(400);
    expect(JSON.parse(latin1.body).error.code).toBe('EXCHANGE_CSV_MALFORMED');
    // Text under another content type is not CSV: no type is refused, a JSON string is not a data set.
    expect((await reporter.request('POST', url, 'period,unit\n')).status).toBe(415);
    const jsonString = await reporter.request('POST', url, JSON.stringify(`${HEADER}\n`), {
      'content-type': 'application/json',
    });
    expect([jsonString.status, jsonString.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const huge = await postCsv(reporter, `${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect([huge.status, huge.body.error.code]).toEqual([413, 'BODY_TOO_LARGE']);
    const wrongShape = await reporter.post(url, { values: [] });
    expect([wrongShape.status, wrongShape.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

describe('round trip', () => {
  it('importing an export (CSV and JSON) changes nothing, even with formula-like comments', async () => {
    // A comment Excel would run as a formula travels with a guarding apostrophe and comes back as it was.
    const set = await reporter.post(url, {
      dataValues: [{ period: '2025-11', unit: TDP07, indicator: 'CT23', comment: '=1+1 buổi bù' }],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const before = await dbValues(TDP07);
    const seq = (await env.sql<any>('SELECT max(seq)::int AS s FROM audit_log'))[0].s;

    const csv = await reporter.download(`${url}?format=csv`);
    const text = csv.body.toString('utf8');
    expect(text).toContain(",'=1+1 buổi bù,");
    const back = await postCsv(reporter, text);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({
      ok: true,
      rows: before.size,
      reports: { touched: 0, created: 0 },
      values: { created: 0, updated: 0, unchanged: before.size },
    });

    const json = await reporter.get(url);
    const again = await reporter.post(url, json.body);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.values).toEqual({ created: 0, updated: 0, unchanged: before.size });

    expect(await dbValues(TDP07)).toEqual(before);
    expect((await one('2025-11', TDP07, 'CT23'))?.comment).toBe('=1+1 buổi bù');
    expect((await env.sql<any>('SELECT max(seq)::int AS s FROM audit_log'))[0].s).toBe(seq);
  });

  it('is documented in the OpenAPI', async () => {
    const doc = (await env.anon().get('/api/openapi.json')).body;
    const path = doc.paths['/api/campaigns/{id}/data-values'];
    expect(Object.keys(path).sort()).toEqual(['get', 'post']);
    expect(path.get.tags).toEqual(['exchange']);
    expect(Object.keys(path.post.requestBody.content).sort()).toEqual(['application/json', 'text/csv']);
    expect(path.post.description).toContain('EXCHANGE_ROWS_INVALID');
  });
});

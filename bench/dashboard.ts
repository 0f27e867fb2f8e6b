/**
 * Dashboard benchmark (issue 6): the campaign dashboard, the heatmap and the ranking of one ward, over HTTP on
 * loopback, against the same aggregation written as raw SQL on the same database in the same run.
 *
 *   npx tsx bench/dashboard.ts                     PGlite, the Đông Hải demo data (October 2025)
 *   DATABASE_URL=postgres://… npx tsx bench/dashboard.ts --city
 *                                                  PostgreSQL, the demo plus a synthetic city of 114 wards ×
 *                                                  30 units × 30 indicators × 12 months (≈1,2 million values)
 *   options: --n 200 (requests per route), --wards 114, --keep (leave the PostgreSQL database for inspection)
 *
 * Prints p50 / p95 / p99 in milliseconds and the ratio of the API's p50 and p95 to the raw SQL's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp, prepareDatabase } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { rowsOf } from '../server/src/db/client.ts';
import { setDashboardCache } from '../server/src/evaluation/cache.ts';
import { freshPostgres } from '../server/src/test/harness.ts';
import { flag, hasFlag, measure } from './support.ts';

const CITY = hasFlag('city');
const N = flag('n', 200);
const WARDS = flag('wards', 114);
const UNITS = 30;
const INDICATORS = 30;
const MONTHS = 12;

if (CITY && !process.env.DATABASE_URL) {
  console.error('--city needs DATABASE_URL (PostgreSQL)');
  process.exit(2);
}

const pg = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-dash-'));
const config = loadConfig({
  ...process.env,
  THIDUA_DATA_DIR: dataDir,
  DATABASE_URL: pg?.url ?? '',
  LOG_LEVEL: 'warn',
  THIDUA_REMINDER_INTERVAL_MINUTES: '0',
});
const t0 = performance.now();
const { database, migration } = await prepareDatabase(config);
const db = database.db;
console.log(
  `database ready (${database.kind}, demo seeded) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

async function q<T>(text: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(text));
}

/** The synthetic city: wards under Hải Phòng, each with its own campaign, units, indicators and a year of reports. */
async function generateCity() {
  const t = performance.now();
  const hp = (
    await q<{ id: number; path: string }>(sql`SELECT id::int, path FROM org_units WHERE code = 'HP'`)
  )[0];
  if (!hp) throw new Error('no HP unit');
  const base = Number((await q<{ m: number }>(sql`SELECT max(id)::int AS m FROM org_units`))[0]?.m) + 1000;
  const cBase =
    Number((await q<{ m: number }>(sql`SELECT coalesce(max(id), 0)::int AS m FROM campaigns`))[0]?.m) + 1000;
  const iBase =
    Number((await q<{ m: number }>(sql`SELECT coalesce(max(id), 0)::int AS m FROM indicators`))[0]?.m) + 1000;
  const rBase =
    Number((await q<{ m: number }>(sql`SELECT coalesce(max(id), 0)::int AS m FROM reports`))[0]?.m) + 1000;
  await db.execute(sql`
    INSERT INTO org_units (id, parent_id, path, depth, code, name, kind, sort_order)
    SELECT ${base} + w, ${hp.id}, ${hp.path} || (${base} + w) || '/', 1, 'HP.BW' || lpad(w::text, 3, '0'),
           'Phường thử nghiệm ' || w, 'ward', w
      FROM generate_series(1, ${WARDS}) w`);
  await db.execute(sql`
    INSERT INTO org_units (id, parent_id, path, depth, code, name, kind, sort_order)
    SELECT ${base} + 1000 + w * ${UNITS} + u, ${base} + w,
           ${hp.path} || (${base} + w) || '/' || (${base} + 1000 + w * ${UNITS} + u) || '/', 2,
           'HP.BW' || lpad(w::text, 3, '0') || '.U' || lpad(u::text, 2, '0'),
           CASE WHEN u <= 20 THEN 'Tổ dân phố ' || u ELSE 'Phòng chuyên môn ' || (u - 20) END,
           CASE WHEN u <= 20 THEN 'residential_group' ELSE 'department' END, u
      FROM generate_series(1, ${WARDS}) w, generate_series(1, ${UNITS}) u`);
  await db.execute(
    sql`SELECT setval(pg_get_serial_sequence('org_units', 'id'), (SELECT max(id) FROM org_units))`,
  );
  await db.execute(sql`
    INSERT INTO campaigns (id, issuing_unit_id, title, starts_on, ends_on, report_period_kind, report_due_days, status)
    SELECT ${cBase} + w, ${base} + w, 'Thi đua năm 2025 của Phường thử nghiệm ' || w, '2025-01-01', '2025-12-31',
           'month', 5, 'launched'
      FROM generate_series(1, ${WARDS}) w`);
  await db.execute(
    sql`SELECT setval(pg_get_serial_sequence('campaigns', 'id'), (SELECT max(id) FROM campaigns))`,
  );
  // Indicators: k % 3 = 0 ratio (%), 1 sum (triệu đồng), 2 count; every 7th ratio is "at most".
  await db.execute(sql`
    INSERT INTO indicators (id, campaign_id, code, name, unit_of_measure, kind, direction, target_value, factor,
                            frequency, weight, sort_order, group_name)
    SELECT ${iBase} + w * ${INDICATORS} + k, ${cBase} + w, 'CT' || lpad(k::text, 2, '0'), 'Chỉ tiêu ' || k,
           CASE k % 3 WHEN 0 THEN '%' WHEN 1 THEN 'triệu đồng' ELSE 'lượt' END,
           CASE k % 3 WHEN 0 THEN 'ratio' WHEN 1 THEN 'sum' ELSE 'count' END,
           CASE WHEN k % 3 = 0 AND k % 7 = 0 THEN 'at_most' ELSE 'at_least' END,
           CASE k % 3 WHEN 0 THEN (CASE WHEN k % 7 = 0 THEN 10 ELSE 90 END) WHEN 1 THEN 1000 * k ELSE 24 * k END,
           CASE WHEN k % 3 = 0 THEN 100 END, 'month', 1 + (k % 2), k,
           'Nhóm ' || (1 + k % 5)
      FROM generate_series(1, ${WARDS}) w, generate_series(1, ${INDICATORS}) k`);
  await db.execute(
    sql`SELECT setval(pg_get_serial_sequence('indicators', 'id'), (SELECT max(id) FROM indicators))`,
  );
  await db.execute(sql`
    INSERT INTO indicator_assignments (indicator_id, unit_id)
    SELECT ${iBase} + w * ${INDICATORS} + k, ${base} + 1000 + w * ${UNITS} + u
      FROM generate_series(1, ${WARDS}) w, generate_series(1, ${INDICATORS}) k, generate_series(1, ${UNITS}) u`);
  // Reports: about 3 % missing, 5 % still submitted, the rest accepted; 10 % of them late.
  await db.execute(sql`
    INSERT INTO reports (id, campaign_id, unit_id, period_id, status, due_on, submitted_at, reviewed_at)
    SELECT ${rBase} + (w * ${UNITS} + u) * ${MONTHS} + m, ${cBase} + w, ${base} + 1000 + w * ${UNITS} + u,
           '2025-' || lpad(m::text, 2, '0'),
           CASE WHEN (w * 7 + u * 13 + m * 17) % 20 = 0 THEN 'submitted' ELSE 'accepted' END,
           (make_date(2025, m, 1) + interval '1 month' + interval '4 days')::date,
           make_date(2025, m, 1) + interval '1 month' + ((w + u + m) % 10) * interval '1 day',
           make_date(2025, m, 1) + interval '1 month' + interval '8 days'
      FROM generate_series(1, ${WARDS}) w, generate_series(1, ${UNITS}) u, generate_series(1, ${MONTHS}) m
     WHERE (w * 11 + u * 3 + m * 5) % 33 <> 0`);
  await db.execute(
    sql`SELECT setval(pg_get_serial_sequence('reports', 'id'), (SELECT max(id) FROM reports))`,
  );
  // Values: cumulative flows around the linear plan per unit (target / 30 units), ratios as parts.
  await db.execute(sql`
    INSERT INTO report_values (report_id, indicator_id, value, numerator, denominator)
    SELECT r.id, i.id,
           CASE i.kind WHEN 'ratio' THEN round((100.0 * n.num / n.den)::numeric, 6)::float8
                       ELSE round((i.target_value / ${UNITS} * m.m / 12.0 * (0.8 + ((r.id * 31 + i.id * 7) % 35) / 100.0))::numeric, 1)::float8 END,
           CASE WHEN i.kind = 'ratio' THEN n.num END,
           CASE WHEN i.kind = 'ratio' THEN n.den END
      FROM reports r
      JOIN LATERAL (SELECT substr(r.period_id, 6, 2)::int AS m) m ON true
      JOIN indicators i ON i.campaign_id = r.campaign_id
      JOIN LATERAL (SELECT 200 + (r.unit_id * 17 + i.id) % 300 AS den) d ON true
      JOIN LATERAL (SELECT d.den AS den,
                           CASE WHEN i.direction = 'at_most' THEN (d.den * ((r.id + i.id) % 15) / 100)
                                ELSE (d.den * (80 + (r.id + i.id) % 21) / 100) END AS num) n ON true
     WHERE r.campaign_id > ${cBase}`);
  await db.execute(sql`SELECT thidua_refresh_totals(id, NULL) FROM campaigns WHERE id > ${cBase}`);
  await db.execute(sql`ANALYZE`);
  const n = (await q<{ n: number }>(sql`SELECT count(*)::int AS n FROM report_values`))[0]?.n;
  console.log(
    `synthetic city: ${WARDS} wards × ${UNITS} units × ${INDICATORS} indicators × ${MONTHS} months = ${n} values in ${(
      (performance.now() - t) / 1000
    ).toFixed(1)} s`,
  );
  return cBase + Math.ceil(WARDS / 2);
}

let campaignId: number;
let periodId: string;
let prevId: string;
if (CITY) {
  campaignId = await generateCity();
  periodId = '2025-06';
  prevId = '2025-05';
} else {
  const c = (
    await q<{ id: number }>(
      sql`SELECT c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id
           WHERE u.code = 'HP.DONGHAI' AND c.status = 'launched' ORDER BY c.id LIMIT 1`,
    )
  )[0];
  campaignId = Number(c?.id);
  periodId = '2025-10';
  prevId = '2025-09';
}

// The API on loopback.
const { app } = await buildApp({ database, config, migration, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ username: 'admin', password: 'ThiDua@2025' }),
});
if (login.status !== 200) throw new Error(`login ${login.status}`);
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;

const get = (u: string) => async () => {
  const r = await fetch(`${base}${u}`, { headers: { cookie } });
  if (r.status !== 200) throw new Error(`${u}: ${r.status} ${await r.text()}`);
  await r.arrayBuffer();
};

// The same aggregations as hand-written SQL (what the API must compute, without scoring or presentation).
const rawDashboard = async () => {
  await db.execute(sql`
    SELECT i.id, r.period_id, sum(v.value) AS s, sum(v.numerator) AS n, sum(v.denominator) AS d, count(v.value) AS c
      FROM indicators i
      JOIN report_values v ON v.indicator_id = i.id
      JOIN reports r ON r.id = v.report_id
     WHERE i.campaign_id = ${campaignId} AND r.campaign_id = ${campaignId}
       AND r.period_id IN (${periodId}, ${prevId}) AND r.status IN ('submitted', 'accepted')
     GROUP BY i.id, r.period_id`);
  await db.execute(sql`
    SELECT coalesce(r.status, 'not_started') AS status, count(*) AS n
      FROM (SELECT DISTINCT a.unit_id FROM indicator_assignments a JOIN indicators i ON i.id = a.indicator_id
             WHERE i.campaign_id = ${campaignId}) u
      LEFT JOIN reports r ON r.unit_id = u.unit_id AND r.campaign_id = ${campaignId} AND r.period_id = ${periodId}
     GROUP BY 1`);
};
const rawHeatmap = async () => {
  await db.execute(sql`
    SELECT a.unit_id, a.indicator_id, r.status, v.value, v.numerator, v.denominator
      FROM indicators i
      JOIN indicator_assignments a ON a.indicator_id = i.id
      LEFT JOIN reports r ON r.campaign_id = i.campaign_id AND r.unit_id = a.unit_id AND r.period_id = ${periodId}
      LEFT JOIN report_values v ON v.report_id = r.id AND v.indicator_id = i.id
     WHERE i.campaign_id = ${campaignId}`);
};

const label = CITY ? `city of ${WARDS} wards, one ward` : 'Đông Hải demo';
const ops = [
  {
    name: 'dashboard',
    api: get(`/api/campaigns/${campaignId}/dashboard?periodId=${periodId}`),
    raw: rawDashboard,
  },
  { name: 'heatmap', api: get(`/api/campaigns/${campaignId}/heatmap?periodId=${periodId}`), raw: rawHeatmap },
  { name: 'ranking', api: get(`/api/campaigns/${campaignId}/ranking?periodId=${periodId}`), raw: rawHeatmap },
];
const f = (x: number) => x.toFixed(1).padStart(7);
const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(5);
console.log(`\n${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} — ${label} — ${N} requests each (ms)`);
console.log(
  '"API" answers from the response cache (nothing changed between requests), "API cold" recomputes each time.',
);
console.log(
  'operation    API p50  API p95  API p99 | cold p50 cold p95 | SQL p50  SQL p95 | API/SQL p50 p95 | cold/SQL p95',
);
for (const op of ops) {
  setDashboardCache(true);
  const a = await measure(op.api, N);
  setDashboardCache(false);
  const c = await measure(op.api, N);
  setDashboardCache(true);
  const r = await measure(op.raw, N);
  console.log(
    `${op.name.padEnd(10)} ${f(a.p50)}  ${f(a.p95)}  ${f(a.p99)} | ${f(c.p50)}  ${f(c.p95)} | ${f(r.p50)}  ${f(r.p95)} |   ${ratio(a.p50, r.p50)} ${ratio(a.p95, r.p95)} |   ${ratio(c.p95, r.p95)}`,
  );
}
await app.close();
await database.close();
if (hasFlag('keep')) console.log(`kept database: ${pg?.url}`);
else await pg?.drop();
fs.rmSync(dataDir, { recursive: true, force: true });

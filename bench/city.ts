/**
 * City benchmark (issue 9): the city dashboard (every ward × the linked indicators, rolled up by rule) and the
 * public campaign page, over HTTP on loopback, against the same aggregation as raw SQL on the same database.
 *
 *   npx tsx bench/city.ts                       PGlite, the demo city (Đông Hải + 12 generated wards)
 *   npx tsx bench/city.ts --wards 100           the demo city with 100 generated wards (a province's size)
 *   DATABASE_URL=postgres://… npx tsx bench/city.ts --wards 100
 *   options: --n 100 (requests per route)
 *
 * Prints the seeding time and p50 / p95 / p99 in milliseconds, cached (nothing changed between requests) and cold
 * (the response cache off), and the ratio of the cold API to the raw SQL.
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../server/src/db/client.ts';
import { setDashboardCache } from '../server/src/evaluation/cache.ts';
import { flag, freshDemo, measure, serveAndSignIn } from './support.ts';

const N = flag('n', 100);
const WARDS = flag('wards', 12);
const PERIOD = '2025-10';

const demo = await freshDemo('city', {
  THIDUA_DEMO_CITY_WARDS: String(WARDS),
  THIDUA_PUBLIC_RATE_PER_MINUTE: '1000000',
});
const { database } = demo;
const db = database.db;
const [counts] = rowsOf<{ wards: number; values: number }>(
  await db.execute(sql`SELECT (SELECT count(*) FROM campaigns WHERE parent_campaign_id IS NOT NULL)::int AS wards,
    (SELECT count(*) FROM report_values)::int AS values`),
);
console.log(
  `database ready (${database.kind}; demo city: ${counts?.wards} ward campaigns, ${counts?.values} values) in ${demo.seconds.toFixed(1)} s`,
);
const [city] = rowsOf<{ id: number }>(
  await db.execute(
    sql`SELECT c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id WHERE u.code = 'HP'`,
  ),
);
const cityId = Number(city?.id);

const { app, base, cookie } = await serveAndSignIn(demo, 'cityoffice');
const get =
  (u: string, withCookie = true) =>
  async () => {
    const r = await fetch(`${base}${u}`, { headers: withCookie ? { cookie } : {} });
    if (r.status !== 200) throw new Error(`${u}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };

/** The same roll-up by hand: each ward's linked values at the period, summed per city indicator and rule. */
const rawCity = async () => {
  await db.execute(sql`
    SELECT ci.id, wi.rollup_rule, c.issuing_unit_id, sum(v.value) AS s, sum(v.numerator) AS n, sum(v.denominator) AS d
      FROM indicators ci
      JOIN indicators wi ON wi.linked_indicator_id = ci.id
      JOIN campaigns c ON c.id = wi.campaign_id
      JOIN reports r ON r.campaign_id = c.id AND r.period_id = ${PERIOD} AND r.status IN ('submitted', 'accepted')
      JOIN report_values v ON v.report_id = r.id AND v.indicator_id = wi.id
     WHERE ci.campaign_id = ${cityId}
     GROUP BY ci.id, wi.rollup_rule, c.issuing_unit_id`);
  await db.execute(sql`
    SELECT status, count(*) FROM upward_submissions WHERE parent_campaign_id = ${cityId} AND period_id = ${PERIOD}
     GROUP BY status`);
};

const ops = [
  { name: 'city dashboard', api: get(`/api/campaigns/${cityId}/city-dashboard?periodId=${PERIOD}`) },
  { name: 'public campaign', api: get(`/api/public/campaigns/${cityId}?periodId=${PERIOD}`, false) },
];
const f = (x: number) => x.toFixed(1).padStart(8);
console.log(
  `\n${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} — ${counts?.wards} wards — ${N} requests each (ms)`,
);
console.log(
  'operation        cached p50  p95      p99 |  cold p50  p95      p99 | SQL p50  p95 | cold/SQL p95',
);
const sqlT = await measure(rawCity, N, 5);
for (const op of ops) {
  setDashboardCache(true);
  const a = await measure(op.api, N, 5);
  setDashboardCache(false);
  const c = await measure(op.api, N, 5);
  setDashboardCache(true);
  console.log(
    `${op.name.padEnd(16)}${f(a.p50)}${f(a.p95)}${f(a.p99)} |${f(c.p50)}${f(c.p95)}${f(c.p99)} |${f(sqlT.p50)}${f(sqlT.p95)} | ${(c.p95 / sqlT.p95).toFixed(2)}`,
  );
}
await app.close();
await demo.close();

/**
 * The whole benchmark set (issue 10) on a generated data set, against the limits measured in the same run.
 *
 *   npm run bench                          small: 2 provinces, 200 wards, ≈ 6.000 units, ≈ 2 million values
 *   npm run bench -- --scale national      34 provinces, 3.321 wards, ≈ 100.000 units, ≈ 34 million values
 *   options: --scale small|medium|national, --seed 2025, --n 50 (requests per latency row), --seconds 15
 *
 * Needs PostgreSQL: DATABASE_URL (a server where a fresh database can be created), else
 * postgres://postgres@127.0.0.1:5432/postgres. Prints the generation steps and one table: operation, p50, p95,
 * p99 (ms), throughput, errors, the limit it is compared with, the ratio, and the issue's target.
 *
 * Latency rows run in this process against the API on loopback (so the response cache can be switched off for
 * "cold"); the load rows run against the built bundle (server/dist/main.js) in its own process, with autocannon in
 * a third process, and the 200 report savers in this one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { spawnServer } from '../e2e/support/server.ts';
import { setDashboardCache as setResponseCache } from '../server/src/evaluation/cache.ts';
import { setReadMemoMs } from '../server/src/http/read-memo.ts';
import { captureResponse, concurrentClients, runAutocannon, startBareFastify } from './load-tools.ts';
import { generateNational, readNational } from './national/generate.ts';
import { SCALES } from './national/shape.ts';
import { flag, freshDemo, hasFlag, measure, openDemo, serveAndSignIn, textFlag } from './support.ts';

const scaleName = textFlag('scale', 'small');
const scale = SCALES[scaleName as string];
if (!scale) throw new Error(`--scale: one of ${Object.keys(SCALES).join(', ')}`);
const SEED = flag('seed', 2025);
const N = flag('n', 50);
const SECONDS = flag('seconds', 15);
const PERIOD = '2025-10';
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

interface Row {
  op: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** Per second. */
  throughput: number;
  errors: number;
  limit?: string;
  ratio?: number;
  target?: string;
  met?: boolean;
}
const rows: Row[] = [];
const fmt = (x: number, d = 1) =>
  x.toLocaleString('vi-VN', { maximumFractionDigits: d, minimumFractionDigits: d });
const print = (r: Row) =>
  console.log(
    `  ${r.op}: p50 ${fmt(r.p50)} / p95 ${fmt(r.p95)} / p99 ${fmt(r.p99)} ms, ${fmt(r.throughput)}/s, errors ${r.errors}` +
      (r.limit ? `; limit ${r.limit}${r.ratio !== undefined ? `, ratio ${fmt(r.ratio, 2)}` : ''}` : '') +
      (r.target ? `; target ${r.target}: ${r.met ? 'met' : 'MISSED'}` : ''),
  );
const add = (r: Row) => {
  rows.push(r);
  print(r);
  return r;
};
const latency = async (
  op: string,
  fn: () => Promise<void>,
  n = N,
  extra: Partial<Row> = {},
  finish: (r: Row) => void = () => {},
  warm = Math.min(5, n),
) => {
  const t0 = performance.now();
  const m = await measure(fn, n, warm);
  const s = (performance.now() - t0) / 1000;
  const r: Row = { op, n, p50: m.p50, p95: m.p95, p99: m.p99, throughput: n / s, errors: 0, ...extra };
  finish(r);
  return add(r);
};

console.log(
  `ThiĐua benchmark — scale ${scale.name} (${scale.provinces} provinces, ${scale.wards} wards), seed ${SEED}`,
);
console.log(
  `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
const t0 = performance.now();
const reuse = textFlag('reuse', null);
const env = { THIDUA_SEED_DEMO_REPORTS: 'true', THIDUA_PUBLIC_RATE_PER_MINUTE: '100000000' };
const demo = reuse ? await openDemo(reuse, env) : await freshDemo('national', env);
const url = demo.config.databaseUrl as string;
console.log(
  `schema and demo: ${demo.seconds.toFixed(1)} s; ${reuse ? 'reusing the data set' : 'generating…'}`,
);
const info = reuse ? await readNational(url) : await generateNational(url, scale, SEED, console.log);
const c = info.counts;
console.log(
  `data set: ${c.provinces} provinces, ${c.wards} wards, ${c.units.toLocaleString('vi-VN')} units, ` +
    `${c.indicators.toLocaleString('vi-VN')} indicators, ${c.reports.toLocaleString('vi-VN')} reports, ` +
    `${c.values.toLocaleString('vi-VN')} values, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
/** Cold: no response cache and no read memos (every request looks its session and fingerprint up). */
const setCaches = (on: boolean) => {
  setResponseCache(on);
  setReadMemoMs(on ? demo.config.readCacheMs : 0);
};
const pgc = new pg.Client({ connectionString: url });
await pgc.connect();
await pgc.query('SET jit = off'); // as the API's pool (ADR 0010)
const sqlTime = (q: string, params: unknown[]) => async () => {
  await pgc.query(q, params);
};

// `--part latency|load` runs one half (e.g. the load half alone on a kept data set).
const part = textFlag('part', 'all');
// ——— Latency, in process ———
if (part !== 'load') {
  const office = await serveAndSignIn(demo, info.users.national);
  const provinceSession = await fetch(`${office.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: office.base },
    body: JSON.stringify({ username: info.users.ward, password: 'ThiDua@2025' }),
  });
  const wardCookie = (provinceSession.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const wardCsrf = ((await provinceSession.json()) as { csrfToken: string }).csrfToken;
  const get =
    (u: string, cookie: string | null = office.cookie) =>
    async () => {
      const r = await fetch(`${office.base}${u}`, { headers: cookie ? { cookie } : {} });
      if (r.status !== 200) throw new Error(`${u}: ${r.status} ${(await r.text()).slice(0, 300)}`);
      await r.arrayBuffer();
    };

  /** The roll-up by hand, two ways: over the report values themselves (what one writes without summary tables:
   * the counted reports' values of every ward indicator linked, one level or two, to the view's indicators), and
   * over the same summaries the API reads. */
  /** The wards' campaigns under the view's campaign (one level: a province; two: the nation), and the way up from a
   * ward indicator (`wi`) to the view's indicator (`ti`) it feeds. */
  const wardCampaigns = (levels: 1 | 2) =>
    levels === 1
      ? 'SELECT id FROM campaigns WHERE parent_campaign_id = $1'
      : 'SELECT w.id FROM campaigns p JOIN campaigns w ON w.parent_campaign_id = p.id WHERE p.parent_campaign_id = $1';
  const upTo = (levels: 1 | 2) =>
    levels === 1
      ? 'JOIN indicators ti ON ti.id = wi.linked_indicator_id'
      : 'JOIN indicators pi ON pi.id = wi.linked_indicator_id AND pi.rollup_rule <> $3 JOIN indicators ti ON ti.id = pi.linked_indicator_id';
  const rawOverValues = (campaignId: number, levels: 1 | 2) =>
    sqlTime(
      `SELECT ti.id, sum(v.value), sum(v.numerator), sum(v.denominator), count(v.value)
       FROM reports r
       JOIN report_values v ON v.report_id = r.id
       JOIN indicators wi ON wi.id = v.indicator_id AND wi.rollup_rule <> $3
       ${upTo(levels)}
      WHERE r.campaign_id IN (${wardCampaigns(levels)}) AND r.period_id = $2 AND r.status IN ('submitted', 'accepted')
      GROUP BY ti.id`,
      [campaignId, PERIOD, 'none'],
    );
  const rawOverSummaries = (campaignId: number, levels: 1 | 2) =>
    sqlTime(
      `SELECT ti.id, sum(x.value_sum), sum(x.numerator_sum), sum(x.denominator_sum), sum(x.units_reported)
       FROM indicator_totals x
       JOIN indicators wi ON wi.id = x.indicator_id AND wi.rollup_rule <> $3
       ${upTo(levels)}
      WHERE x.campaign_id IN (${wardCampaigns(levels)}) AND x.period_id = $2
      GROUP BY ti.id`,
      [campaignId, PERIOD, 'none'],
    );

  const views: [string, string, 1 | 2, number, number][] = [
    [
      `province dashboard (${Math.min(100, scale.wards)} wards)`,
      `/api/campaigns/${info.provinceCampaignId}/city-dashboard?periodId=${PERIOD}`,
      1,
      info.provinceCampaignId,
      100,
    ],
    [
      `national roll-up (${scale.provinces} provinces, ${scale.wards} wards)`,
      `/api/campaigns/${info.nationalCampaignId}/city-dashboard?periodId=${PERIOD}`,
      2,
      info.nationalCampaignId,
      300,
    ],
  ];
  for (const [name, u, levels, id, limitMs] of views) {
    const overValues = await latency(
      `  raw SQL over the report values (${name})`,
      rawOverValues(id, levels),
      scale.name === 'national' ? 1 : Math.max(5, Math.round(N / 5)),
      {},
      () => {},
      scale.name === 'national' ? 0 : 1,
    );
    const overSummaries = await latency(
      `  raw SQL over the summaries (${name})`,
      rawOverSummaries(id, levels),
    );
    setCaches(false);
    await latency(
      `${name}, cold`,
      get(u),
      N,
      { limit: 'SQL over values | summaries', target: `p95 ≤ ${limitMs} ms, ≤ 1,5× SQL` },
      (r) => {
        r.ratio = r.p95 / overValues.p95;
        r.limit = `SQL p95 over values ${fmt(overValues.p95)} | over summaries ${fmt(overSummaries.p95)} ms (×${fmt(r.p95 / overSummaries.p95, 1)})`;
        r.met = r.p95 <= limitMs && r.ratio <= 1.5;
      },
    );
    setCaches(true);
    await latency(`${name}, cached`, get(u), N, { target: `p95 ≤ ${limitMs} ms` }, (r) => {
      r.met = r.p95 <= limitMs;
    });
  }
  setCaches(false);
  await latency(
    'ward heatmap (≈ 30 units × 30 indicators), cold',
    get(`/api/campaigns/${info.wardCampaignId}/heatmap?periodId=${PERIOD}`, wardCookie),
  );
  await latency(
    'public portal page (province), cold',
    get(`/api/public/campaigns/${info.provinceCampaignId}`, null),
  );
  setCaches(true);
  await latency(
    'public portal page (province), cached',
    get(`/api/public/campaigns/${info.provinceCampaignId}`, null),
  );
  await latency(
    'ward DOCX report',
    get(`/api/campaigns/${info.wardCampaignId}/reports/ward.docx?periodId=${PERIOD}`, wardCookie),
    Math.max(5, Math.round(N / 5)),
  );

  // Report acceptance: the ward office accepts November's submitted reports one by one; each refreshes the ward's
  // summary for the month in the same transaction.
  const submitted = (
    await pgc.query(
      `SELECT id, version FROM reports WHERE campaign_id = ANY($1) AND period_id = '2025-11' AND status = 'submitted'
      ORDER BY id LIMIT $2`,
      [info.benchWardCampaignIds, N + 5],
    )
  ).rows as { id: string; version: number }[];
  let k = 0;
  await latency(
    'report acceptance (refreshes the summary)',
    async () => {
      const r = submitted[k++];
      if (!r) throw new Error('no more submitted reports');
      const res = await fetch(`${office.base}/api/reports/${r.id}/accept`, {
        method: 'POST',
        headers: {
          cookie: wardCookie,
          'x-csrf-token': wardCsrf,
          origin: office.base,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ version: r.version }),
      });
      if (res.status !== 200) throw new Error(`accept ${r.id}: ${res.status} ${await res.text()}`);
    },
    Math.min(N, submitted.length - 5),
  );

  // Data import (the exchange API): a reporter imports its unit's December values as JSON, each time changed, so
  // every row is checked and written (one report, ≈ 30 rows: an import writes only the caller's own units).
  {
    const name = info.users.reporters[info.users.reporters.length - 1] as string;
    const login = await fetch(`${office.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: office.base },
      body: JSON.stringify({ username: name, password: 'ThiDua@2025' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const [unit] = (
      await pgc.query(
        `SELECT o.code, r.campaign_id FROM users u JOIN org_units o ON o.id = u.unit_id
         JOIN reports r ON r.unit_id = o.id AND r.period_id = '2025-12' WHERE u.username = $1`,
        [name],
      )
    ).rows as { code: string; campaign_id: string }[];
    const exported = (await (
      await fetch(
        `${office.base}/api/campaigns/${unit?.campaign_id}/data-values?periodId=2025-12&unitCode=${encodeURIComponent(unit?.code ?? '')}`,
        { headers: { cookie } },
      )
    ).json()) as {
      dataValues: {
        period: string;
        unit: string;
        indicator: string;
        value: number | null;
        numerator: number | null;
        denominator: number | null;
      }[];
    };
    const rowsIn = exported.dataValues.length;
    let round = 0;
    await latency(
      `data import (JSON, ${rowsIn} rows of one unit)`,
      async () => {
        round++;
        const dataValues = exported.dataValues.map((v) =>
          v.numerator !== null && v.denominator !== null
            ? {
                period: v.period,
                unit: v.unit,
                indicator: v.indicator,
                numerator: Math.max(0, (v.numerator ?? 0) - (round % 2)),
                denominator: v.denominator,
              }
            : { period: v.period, unit: v.unit, indicator: v.indicator, value: (v.value ?? 0) + (round % 2) },
        );
        const r = await fetch(`${office.base}/api/campaigns/${unit?.campaign_id}/data-values`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrf, origin: office.base, 'content-type': 'application/json' },
          body: JSON.stringify({ dataValues }),
        });
        if (r.status !== 200) throw new Error(`import: ${r.status} ${(await r.text()).slice(0, 300)}`);
        await r.arrayBuffer();
      },
      Math.max(5, Math.round(N / 3)),
      {},
      (r) => {
        r.throughput *= rowsIn;
        r.op += ' — per s: rows';
      },
    );
  }

  // Bulk import limit: COPY of 100.000 value rows into a scratch table.
  {
    await pgc.query(
      'CREATE TEMP TABLE copy_probe (report_id bigint, indicator_id bigint, value double precision)',
    );
    const t = performance.now();
    const stream = pgc.query(copyFrom('COPY copy_probe FROM STDIN'));
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`${i}\t${i % 30}\t${i * 1.5}\n`);
    await new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(lines.join(''));
    });
    const s = (performance.now() - t) / 1000;
    add({
      op: 'COPY of 100.000 value rows (the bulk-import limit)',
      n: 1,
      p50: s * 1000,
      p95: s * 1000,
      p99: s * 1000,
      throughput: 100_000 / s,
      errors: 0,
    });
  }
  await office.app.close();
}

// ——— Load, against the bundle in its own process ———
if (part !== 'latency') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-run-'));
  const server = await spawnServer({
    dataDir,
    databaseUrl: url,
    env: {
      THIDUA_REMINDER_INTERVAL_MINUTES: '0',
      THIDUA_PUBLIC_RATE_PER_MINUTE: '100000000',
      LOG_LEVEL: 'error',
    },
  });
  try {
    const login = async (username: string) => {
      const r = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ username, password: 'ThiDua@2025' }),
      });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
      return {
        cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] as string,
        csrf: ((await r.json()) as { csrfToken: string }).csrfToken,
      };
    };
    // A read route under concurrent load vs a bare Fastify returning the same bytes.
    const ward = await login(info.users.ward);
    const readUrl = `${server.url}/api/campaigns/${info.wardCampaignId}/dashboard?periodId=${PERIOD}`;
    const captured = await captureResponse(readUrl, { cookie: ward.cookie });
    const bare = await startBareFastify({ body: captured.body, headers: captured.headers });
    try {
      const bareRun = await runAutocannon({ url: bare.url, connections: 32, seconds: SECONDS });
      add({
        op: `bare Fastify, same ${fmt(captured.body.length / 1024)} KB (32 connections)`,
        n: bareRun.requests,
        ...bareRun,
        throughput: bareRun.rps,
        errors: bareRun.errors + bareRun.non2xx,
      });
      const api = await runAutocannon({
        url: readUrl,
        headers: { cookie: ward.cookie },
        connections: 32,
        seconds: SECONDS,
      });
      add({
        op: 'ward dashboard under load, cached (32 connections)',
        n: api.requests,
        ...api,
        throughput: api.rps,
        errors: api.errors + api.non2xx,
        limit: 'bare Fastify rps',
        ratio: api.rps / bareRun.rps,
        target: '≥ 50 % of bare',
        met: api.rps / bareRun.rps >= 0.5 && api.errors + api.non2xx === 0,
      });
    } finally {
      await bare.stop();
    }

    // 200 reporters, each saving its own December report in a loop.
    const reporters = await Promise.all(
      info.users.reporters.map(async (name) => {
        const s = await login(name);
        const me = (await (
          await fetch(`${server.url}/api/auth/me`, { headers: { cookie: s.cookie } })
        ).json()) as {
          assignments: { unitId: number }[];
        };
        const unitId = me.assignments[0]?.unitId as number;
        const wardCampaign = (
          await pgc.query(
            `SELECT r.id, r.version, r.campaign_id FROM reports r WHERE r.unit_id = $1 AND r.period_id = '2025-12'`,
            [unitId],
          )
        ).rows[0] as { id: string; version: number };
        const v = (
          await pgc.query(
            `SELECT v.indicator_id FROM report_values v JOIN indicators i ON i.id = v.indicator_id
            WHERE v.report_id = $1 AND i.kind = 'sum' ORDER BY v.indicator_id LIMIT 1`,
            [wardCampaign.id],
          )
        ).rows[0] as { indicator_id: string };
        return {
          ...s,
          reportId: wardCampaign.id,
          version: wardCampaign.version,
          indicatorId: Number(v.indicator_id),
        };
      }),
    );
    const saveStep = async (cl: (typeof reporters)[number], i: number) => {
      const r = await fetch(`${server.url}/api/reports/${cl.reportId}/values`, {
        method: 'PUT',
        headers: {
          cookie: cl.cookie,
          'x-csrf-token': cl.csrf,
          origin: server.url,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          version: cl.version,
          values: [{ indicatorId: cl.indicatorId, value: 1000 + i, comment: '' }],
        }),
      });
      const body = (await r.json()) as { version?: number };
      if (r.status === 200 && body.version) cl.version = body.version;
      return { ok: r.status === 200, status: r.status };
    };
    // Each reporter pauses 1–3 s between saves (a person typing a value, then the form's save): 200 of them offer
    // about 100 saves a second. Then the same 200 without pauses: the throughput limit of saves.
    for (const think of [true, false]) {
      const saves = await concurrentClients({
        clients: reporters,
        seconds: SECONDS,
        step: saveStep,
        thinkMs: think ? () => 1000 + Math.random() * 2000 : undefined,
      });
      add({
        op: `report save, ${reporters.length} concurrent reporters, ${think ? '1–3 s between saves' : 'no pause (saturation)'}`,
        n: saves.n,
        p50: saves.p50,
        p95: saves.p95,
        p99: saves.p99,
        throughput: saves.rps,
        errors: saves.errors,
        ...(think ? { target: 'p95 ≤ 50 ms, 0 errors', met: saves.p95 <= 50 && saves.errors === 0 } : {}),
      });
      if (saves.errorSamples.length) console.log(`  save errors: ${saves.errorSamples.join('; ')}`);
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
await pgc.end();

// ——— The table ———
const head = [
  'operation',
  'n',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'per s',
  'errors',
  'limit',
  'ratio',
  'target',
  '',
];
const table = rows.map((r) => [
  r.op.trim(),
  String(r.n),
  fmt(r.p50),
  fmt(r.p95),
  fmt(r.p99),
  fmt(r.throughput),
  String(r.errors),
  r.limit ?? '',
  r.ratio === undefined ? '' : fmt(r.ratio, 2),
  r.target ?? '',
  r.target ? (r.met ? 'met' : 'MISSED') : '',
]);
console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const t of table) console.log(`| ${t.join(' | ')} |`);
if (reuse || !hasFlag('keep')) await demo.close();
else console.log(`kept: ${url}`);

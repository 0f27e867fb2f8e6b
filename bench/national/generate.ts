/**
 * Loads the national data set (./shape.ts) into a PostgreSQL database that already holds the migrated schema and
 * the demo, through COPY: the country, its provinces, wards and units; a national campaign, one per province
 * implementing it and one per ward implementing its province's, each with the 30 indicators linked upwards;
 * every unit assigned and reporting every month; the summaries (indicator_totals) and the wards' and provinces'
 * aggregated reports; and the benchmark's accounts.
 *
 * Speed: the tables are written by five COPY streams at once (one connection each) with foreign-key triggers
 * off for the load (session_replication_role = replica — every id is allocated here, so the references hold by
 * construction, and the counts are checked at the end); report_values' primary key and index are built after
 * the load. Ids are allocated above the current maxima and the identity sequences moved past them.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  drawWard,
  INDICATORS,
  PERIODS,
  PROVINCES,
  reportStatus,
  type Scale,
  wardsPerProvince,
  YEAR,
} from './shape.ts';

/** How many wards of province 1 hold the benchmark's reporters and keep November under review. */
export const BENCH_WARDS = 7;
export const BENCH_REPORTERS = 200;
/** The benchmark's accounts (the demo password), made by the generator and read back by --reuse. */
export const BENCH_USERS: NationalInfo['users'] = {
  national: 'bench-national',
  province: 'bench-province',
  ward: 'bench-ward',
  reporters: Array.from(
    { length: BENCH_REPORTERS },
    (_, i) => `bench-reporter-${String(i + 1).padStart(3, '0')}`,
  ),
};

export interface NationalInfo {
  nationalCampaignId: number;
  provinceCampaignId: number;
  wardCampaignId: number;
  benchWardCampaignIds: number[];
  counts: {
    provinces: number;
    wards: number;
    units: number;
    indicators: number;
    reports: number;
    values: number;
  };
  steps: { name: string; seconds: number; rows?: number }[];
  users: { national: string; province: string; ward: string; reporters: string[] };
}

/** The benchmark's ids and counts of a national data set already loaded (`npm run bench -- --reuse URL`). */
export async function readNational(url: string): Promise<NationalInfo> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const campaignOf = async (code: string) =>
    Number(
      (
        await db.query(
          `SELECT c.id FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id WHERE u.code = $1 ORDER BY c.id LIMIT 1`,
          [code],
        )
      ).rows[0]?.id,
    );
  const nationalCampaignId = await campaignOf('NVN');
  const provinceCampaignId = await campaignOf('NT01');
  const benchWardCampaignIds: number[] = [];
  for (let w = 1; w <= BENCH_WARDS; w++)
    benchWardCampaignIds.push(await campaignOf(`NT01P${String(w).padStart(3, '0')}`));
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM campaigns WHERE parent_campaign_id = $1)::int AS provinces,
              (SELECT count(*) FROM campaigns WHERE parent_campaign_id IN
                 (SELECT id FROM campaigns WHERE parent_campaign_id = $1))::int AS wards,
              (SELECT count(*) FROM org_units WHERE code LIKE 'NT%U%')::int AS units,
              (SELECT count(*) FROM indicators WHERE campaign_id >= $1)::int AS indicators,
              (SELECT count(*) FROM reports WHERE campaign_id > $1)::int AS reports,
              (SELECT reltuples::bigint FROM pg_class WHERE relname = 'report_values')::bigint AS values`,
      [nationalCampaignId],
    )
  ).rows[0] as NationalInfo['counts'];
  await db.end();
  return {
    nationalCampaignId,
    provinceCampaignId,
    wardCampaignId: benchWardCampaignIds[0] as number,
    benchWardCampaignIds,
    counts: { ...counts, values: Number(counts.values) },
    steps: [],
    users: BENCH_USERS,
  };
}

class Copier {
  private buf: string[] = [];
  private size = 0;
  rows = 0;
  private constructor(
    readonly client: pg.Client,
    private readonly stream: NodeJS.WritableStream,
  ) {}
  static async open(url: string, table: string, columns: string[]): Promise<Copier> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`SET session_replication_role = replica`);
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    return new Copier(client, stream);
  }
  async row(fields: (string | number | null | boolean)[]) {
    const line = `${fields.map((f) => (f === null ? '\\N' : String(f))).join('\t')}\n`;
    this.buf.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 1 << 20) await this.flush();
  }
  private async flush() {
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
  async end() {
    await this.flush();
    this.stream.end();
    await finished(this.stream as never);
    await this.client.end();
  }
}

const dueOn = (month: number) => new Date(Date.UTC(YEAR, month, 5)).toISOString().slice(0, 10);
const ts = (date: string, hour: number) => `${date} ${String(hour).padStart(2, '0')}:00:00+07`;

export async function generateNational(
  url: string,
  scale: Scale,
  seed: number,
  log: (s: string) => void = () => {},
): Promise<NationalInfo> {
  const steps: NationalInfo['steps'] = [];
  const step = async <T>(name: string, fn: () => Promise<T>, rows?: () => number): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    const seconds = (performance.now() - t0) / 1000;
    steps.push({ name, seconds, rows: rows?.() });
    log(`  ${name}: ${seconds.toFixed(1)} s${rows ? ` (${rows().toLocaleString('vi-VN')} rows)` : ''}`);
    return out;
  };
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const one = async <T>(q: string, params: unknown[] = []) => (await db.query(q, params)).rows[0] as T;
  const maxId = async (t: string) =>
    Number((await one<{ m: string }>(`SELECT coalesce(max(id), 0) m FROM ${t}`)).m);
  const next = {
    unit: (await maxId('org_units')) + 1000,
    campaign: (await maxId('campaigns')) + 1000,
    indicator: (await maxId('indicators')) + 1000,
    report: (await maxId('reports')) + 1000,
    user: (await maxId('users')) + 1000,
  };
  const template = await one<{ id: string }>(
    `SELECT id FROM campaigns WHERE parent_campaign_id IS NOT NULL ORDER BY id LIMIT 1`,
  );
  const hash = (
    await one<{ password_hash: string }>(`SELECT password_hash FROM users WHERE username = 'office'`)
  ).password_hash;

  const perProvince = wardsPerProvince(scale, seed);
  const vnId = next.unit++;
  const nationalCampaignId = next.campaign++;
  const nationalIndicatorIds = INDICATORS.map(() => next.indicator++);
  const provinces = perProvince.map((wards, p) => ({
    unitId: next.unit++,
    campaignId: next.campaign++,
    indicatorIds: INDICATORS.map(() => next.indicator++),
    code: `NT${String(p + 1).padStart(2, '0')}`,
    name: PROVINCES[p % PROVINCES.length] as string,
    wards,
    targets: INDICATORS.map(() => [] as number[]),
  }));

  await db.query(`ALTER TABLE report_values DROP CONSTRAINT IF EXISTS report_values_pkey`);
  await db.query(`DROP INDEX IF EXISTS report_values_indicator_idx`);

  const units = await Copier.open(url, 'org_units', [
    'id',
    'parent_id',
    'path',
    'depth',
    'code',
    'name',
    'kind',
  ]);
  const campaignRows: { id: number; unit: number; parent: number | null; title: string; place: string }[] =
    [];
  const indicators = await Copier.open(url, 'indicators', [
    'id',
    'campaign_id',
    'code',
    'name',
    'unit_of_measure',
    'kind',
    'direction',
    'target_value',
    'numerator_label',
    'denominator_label',
    'factor',
    'linked_indicator_id',
    'rollup_rule',
    'frequency',
    'sort_order',
  ]);
  const assignments = await Copier.open(url, 'indicator_assignments', ['indicator_id', 'unit_id']);
  const reports = await Copier.open(url, 'reports', [
    'id',
    'campaign_id',
    'unit_id',
    'period_id',
    'status',
    'due_on',
    'submitted_at',
    'reviewed_at',
  ]);
  const values = await Copier.open(url, 'report_values', [
    'report_id',
    'indicator_id',
    'value',
    'numerator',
    'denominator',
  ]);

  const indicatorRow = async (
    campaignId: number,
    ids: number[],
    targets: number[],
    linked: number[] | null,
  ) => {
    for (let k = 0; k < INDICATORS.length; k++) {
      const t = INDICATORS[k] as (typeof INDICATORS)[number];
      await indicators.row([
        ids[k] as number,
        campaignId,
        t.code,
        t.name,
        t.unit,
        t.kind,
        t.kind === 'rate_per_mille' ? 'at_most' : 'at_least',
        targets[k] as number,
        t.numeratorLabel,
        t.denominatorLabel,
        t.factor,
        linked ? (linked[k] as number) : null,
        linked ? t.rule : 'none',
        'month',
        k + 1,
      ]);
    }
  };

  const benchUnits: number[] = [];
  const benchWardCampaignIds: number[] = [];
  const benchWardUnitIds: number[] = [];
  let unitIndex = 0;
  let wardCount = 0;
  let provinceWardCampaign = 0;
  await step(
    'org units, ward indicators, assignments, reports, values (COPY)',
    async () => {
      await units.row([vnId, null, `/${vnId}/`, 0, 'NVN', 'Cả nước', 'city']);
      campaignRows.push({
        id: nationalCampaignId,
        unit: vnId,
        parent: null,
        title: `Kế hoạch thi đua toàn quốc năm ${YEAR}`,
        place: 'Hà Nội',
      });
      for (const [p, prov] of provinces.entries()) {
        const provPath = `/${vnId}/${prov.unitId}/`;
        await units.row([prov.unitId, vnId, provPath, 1, prov.code, prov.name, 'city']);
        campaignRows.push({
          id: prov.campaignId,
          unit: prov.unitId,
          parent: nationalCampaignId,
          title: `Kế hoạch thi đua năm ${YEAR} — ${prov.name}`,
          place: prov.name.replace(/^(Tỉnh|Thành phố) /, ''),
        });
        for (let w = 0; w < prov.wards; w++) {
          const draw = drawWard(seed, p, w);
          const wardId = next.unit++;
          const wardCampaign = next.campaign++;
          if (p === 0 && w === 0) provinceWardCampaign = wardCampaign;
          const bench = p === 0 && w < BENCH_WARDS;
          if (bench) {
            benchWardCampaignIds.push(wardCampaign);
            benchWardUnitIds.push(wardId);
          }
          const wardPath = `${provPath}${wardId}/`;
          const wardName = `${w % 4 === 3 ? 'Xã' : 'Phường'} ${String(w + 1).padStart(3, '0')}, ${prov.name.replace(/^(Tỉnh|Thành phố) /, '')}`;
          const wardCode = `${prov.code}P${String(w + 1).padStart(3, '0')}`;
          await units.row([wardId, prov.unitId, wardPath, 2, wardCode, wardName, 'ward']);
          campaignRows.push({
            id: wardCampaign,
            unit: wardId,
            parent: prov.campaignId,
            title: `Kế hoạch thi đua năm ${YEAR} — ${wardName}`,
            place: wardName,
          });
          const indIds = INDICATORS.map(() => next.indicator++);
          await indicatorRow(wardCampaign, indIds, draw.targets, prov.indicatorIds);
          draw.targets.forEach((t, k) => {
            prov.targets[k]?.push(t);
          });
          for (const [u, unit] of draw.units.entries()) {
            const unitId = next.unit++;
            unitIndex++;
            if (bench) benchUnits.push(unitId);
            await units.row([
              unitId,
              wardId,
              `${wardPath}${unitId}/`,
              3,
              `${wardCode}U${String(u + 1).padStart(2, '0')}`,
              unit.name,
              unit.kind,
            ]);
            const series = draw.values[u] as (number[][] | null)[];
            for (let k = 0; k < INDICATORS.length; k++)
              if (series[k]) await assignments.row([indIds[k] as number, unitId]);
            for (let m = 1; m <= 12; m++) {
              const status = reportStatus(seed, unitIndex, m, bench);
              const reportId = next.report++;
              const due = dueOn(m);
              await reports.row([
                reportId,
                wardCampaign,
                unitId,
                PERIODS[m - 1] as string,
                status,
                due,
                status === 'draft' ? null : ts(due, 8),
                status === 'accepted' ? ts(due, 15) : null,
              ]);
              for (let k = 0; k < INDICATORS.length; k++) {
                const v = series[k]?.[m - 1];
                if (!v) continue;
                if (v.length === 2) {
                  const den = v[1] as number;
                  const num = v[0] as number;
                  const factor = INDICATORS[k]?.factor ?? 100;
                  await values.row([reportId, indIds[k] as number, (num / den) * factor, num, den]);
                } else await values.row([reportId, indIds[k] as number, v[0] as number, null, null]);
              }
            }
          }
          wardCount++;
          if (wardCount % 500 === 0)
            log(`    ${wardCount} wards, ${values.rows.toLocaleString('vi-VN')} values`);
        }
      }
      // Provinces' and the nation's indicators: targets add up for sums and counts, average for rates.
      const agg = (k: number, xs: number[]) => {
        const kind = INDICATORS[k]?.kind;
        const s = xs.reduce((a, b) => a + b, 0);
        return kind === 'sum' || kind === 'count' ? s : Math.round((s / Math.max(1, xs.length)) * 10) / 10;
      };
      const national = INDICATORS.map(() => [] as number[]);
      for (const prov of provinces) {
        const targets = prov.targets.map((xs, k) => agg(k, xs));
        targets.forEach((t, k) => {
          national[k]?.push(t);
        });
        await indicatorRow(prov.campaignId, prov.indicatorIds, targets, nationalIndicatorIds);
      }
      await indicatorRow(
        nationalCampaignId,
        nationalIndicatorIds,
        national.map((xs, k) => agg(k, xs)),
        null,
      );
      await Promise.all([units.end(), indicators.end(), assignments.end(), reports.end(), values.end()]);
    },
    () => units.rows + indicators.rows + assignments.rows + reports.rows + values.rows,
  );

  await step('campaigns (cloned from the ward template)', async () => {
    const rest = (
      await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'campaigns' AND table_schema = current_schema()
          AND column_name NOT IN ('id', 'issuing_unit_id', 'parent_campaign_id', 'title', 'place', 'document_number',
            'starts_on', 'ends_on', 'report_deadline', 'status', 'launched_at', 'closed_at', 'version', 'created_at',
            'updated_at', 'issued_on')`,
      )
    ).rows.map((r: { column_name: string }) => r.column_name);
    await db.query(
      `INSERT INTO campaigns (id, issuing_unit_id, parent_campaign_id, title, place, document_number, issued_on,
         starts_on, ends_on, report_deadline, status, launched_at, ${rest.join(', ')})
       SELECT x.id, x.unit, x.parent, x.title, x.place, 1, '${YEAR}-01', '${YEAR}-01-01', '${YEAR}-12-31', NULL,
         'launched', '${YEAR}-01-05', ${rest.map((c) => `t.${c}`).join(', ')}
         FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[]) AS x(id, unit, parent, title, place),
              campaigns t WHERE t.id = $6`,
      [
        campaignRows.map((c) => c.id),
        campaignRows.map((c) => c.unit),
        campaignRows.map((c) => c.parent),
        campaignRows.map((c) => c.title),
        campaignRows.map((c) => c.place),
        template.id,
      ],
    );
  });

  await step('report_values primary key and index', async () => {
    await db.query(`SET maintenance_work_mem = '1GB'`);
    await db.query(`ALTER TABLE report_values ADD PRIMARY KEY (report_id, indicator_id)`);
    await db.query(`CREATE INDEX report_values_indicator_idx ON report_values (indicator_id)`);
  });

  const wardCampaignIds = campaignRows.filter((c) => c.parent !== null && c.parent !== nationalCampaignId);
  const firstWard = wardCampaignIds[0]?.id ?? 0;
  const lastWard = wardCampaignIds[wardCampaignIds.length - 1]?.id ?? 0;
  // The summaries by the function every report transition calls (migration 0004), one ward campaign at a time.
  await step('indicator_totals (thidua_refresh_totals for each ward campaign)', async () => {
    await db.query(`SET work_mem = '512MB'`);
    await db.query(
      `SELECT count(thidua_refresh_totals(id, NULL)) FROM campaigns WHERE id BETWEEN $1 AND $2`,
      [firstWard, lastWard],
    );
  });

  const users = BENCH_USERS;
  await step('aggregated reports upwards, accounts, public settings', async () => {
    // Wards → province and provinces → nation: January to October sent and accepted.
    await db.query(
      `INSERT INTO upward_submissions (campaign_id, parent_campaign_id, unit_id, period_id, status, submitted_at, decided_at)
       SELECT c.id, c.parent_campaign_id, c.issuing_unit_id, p.period, 'accepted',
              (p.period || '-08')::date, (p.period || '-10')::date
         FROM campaigns c CROSS JOIN unnest($1::text[]) AS p(period)
        WHERE c.id BETWEEN $2 AND $3 AND c.parent_campaign_id IS NOT NULL`,
      [PERIODS.slice(0, 10), nationalCampaignId, lastWard],
    );
    const uid = () => next.user++;
    const mk = async (username: string, name: string, unitId: number, roles: [string, number][]) => {
      const id = uid();
      await db.query(
        `INSERT INTO users (id, username, full_name, unit_id, password_hash) VALUES ($1, $2, $3, $4, $5)`,
        [id, username, name, unitId, hash],
      );
      for (const [role, unit] of roles)
        await db.query(`INSERT INTO role_assignments (user_id, role, unit_id) VALUES ($1, $2, $3)`, [
          id,
          role,
          unit,
        ]);
    };
    await mk(users.national, 'Văn phòng thi đua toàn quốc', vnId, [['office', vnId]]);
    const p1 = provinces[0] as (typeof provinces)[number];
    await mk(users.province, `Văn phòng thi đua ${p1.name}`, p1.unitId, [['office', p1.unitId]]);
    await mk(
      users.ward,
      'Văn phòng phường 001',
      benchWardUnitIds[0] as number,
      benchWardUnitIds.map((u) => ['office', u] as [string, number]),
    );
    for (const [i, name] of users.reporters.entries()) {
      const unit = benchUnits[i % benchUnits.length] as number;
      await mk(name, `Báo cáo viên ${i + 1}`, unit, [['reporter', unit]]);
    }
    await db.query(
      `INSERT INTO public_settings (campaign_id, is_public, indicator_ids, screen_title, version)
       VALUES ($1, true, $2::jsonb, 'Kết quả thi đua', 1)`,
      [p1.campaignId, JSON.stringify(p1.indicatorIds)],
    );
    for (const t of ['org_units', 'campaigns', 'indicators', 'reports', 'users', 'upward_submissions'])
      await db.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  });
  // A live database is vacuumed by autovacuum as it fills; a bulk load is not, and without the visibility map
  // every index-only scan would still visit the heap.
  await step('VACUUM ANALYZE', async () => {
    await db.query('VACUUM (ANALYZE)');
  });

  const counts = await one<NationalInfo['counts']>(
    `SELECT (SELECT count(*) FROM org_units WHERE parent_id = $1)::int AS provinces,
            (SELECT count(*) FROM campaigns WHERE parent_campaign_id IN
               (SELECT id FROM campaigns WHERE parent_campaign_id = $2))::int AS wards,
            (SELECT count(*) FROM org_units WHERE path LIKE '/' || $1 || '/%' AND depth = 3)::int AS units,
            (SELECT count(*) FROM indicators WHERE id >= $3)::int AS indicators,
            (SELECT count(*) FROM reports WHERE campaign_id BETWEEN $4 AND $5)::int AS reports,
            (SELECT count(*) FROM report_values v JOIN reports r ON r.id = v.report_id
              WHERE r.campaign_id BETWEEN $4 AND $5)::int AS values`,
    [vnId, nationalCampaignId, nationalIndicatorIds[0], firstWard, lastWard],
  );
  await db.end();
  if (counts.wards !== scale.wards || counts.values !== values.rows || counts.reports !== reports.rows)
    throw new Error(
      `national data set incomplete: ${JSON.stringify(counts)} vs ${values.rows} values written`,
    );
  return {
    nationalCampaignId,
    provinceCampaignId: (provinces[0] as (typeof provinces)[number]).campaignId,
    wardCampaignId: provinceWardCampaign,
    benchWardCampaignIds,
    counts,
    steps,
    users,
  };
}

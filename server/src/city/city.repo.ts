/**
 * SQL of the city level: the wards' linked indicators and their totals, the units each ward campaign expects
 * reports from, and the aggregated reports. Each read is one statement whatever the number of wards.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/client.ts';
import { indicators, upwardSubmissions } from '../db/schema.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';

export type SubmissionRow = typeof upwardSubmissions.$inferSelect;

/** Indicators of these campaigns that link to an indicator of the parent campaign. */
export async function linkedIndicators(db: Executor, campaignIds: number[]): Promise<IndicatorRow[]> {
  if (!campaignIds.length) return [];
  return db
    .select()
    .from(indicators)
    .where(and(inArray(indicators.campaignId, campaignIds), sql`${indicators.linkedIndicatorId} IS NOT NULL`))
    .orderBy(indicators.campaignId, indicators.sortOrder, indicators.id);
}

export interface ExpectedUnit {
  campaignId: number;
  unitId: number;
  code: string;
  name: string;
  path: string;
  reportId: number | null;
  status: string | null;
}

/**
 * Every unit each campaign has assigned an indicator to (the units expected to report, as on the dashboard),
 * with its report for the period if there is one, in tree order.
 */
export async function expectedUnits(
  db: Executor,
  campaignIds: number[],
  periodId: string,
): Promise<ExpectedUnit[]> {
  if (!campaignIds.length) return [];
  const rows = rowsOf<{
    campaign_id: number;
    unit_id: number;
    code: string;
    name: string;
    path: string;
    report_id: number | null;
    status: string | null;
  }>(
    await db.execute(sql`
      SELECT e.campaign_id::int, u.id::int AS unit_id, u.code, u.name, u.path, r.id::int AS report_id, r.status
        FROM (SELECT DISTINCT i.campaign_id, a.unit_id
                FROM indicator_assignments a JOIN indicators i ON i.id = a.indicator_id
               WHERE i.campaign_id IN (${sql.join(
                 campaignIds.map((id) => sql`${id}`),
                 sql`, `,
               )})) e
        JOIN org_units u ON u.id = e.unit_id
        LEFT JOIN reports r ON r.campaign_id = e.campaign_id AND r.unit_id = e.unit_id AND r.period_id = ${periodId}
       ORDER BY e.campaign_id, u.path`),
  );
  return rows.map((r) => ({
    campaignId: Number(r.campaign_id),
    unitId: Number(r.unit_id),
    code: r.code,
    name: r.name,
    path: r.path,
    reportId: r.report_id === null ? null : Number(r.report_id),
    status: r.status,
  }));
}

/**
 * Per campaign: how many units it expects a report from (any indicator assigned) and how many of their reports
 * for the period are accepted — the counts the city dashboard shows, without listing the units (a province has
 * ≈ 3.000 of them, a nation ≈ 100.000). The assignments are read by their primary key from each indicator, and
 * each unit's report by its unique key (a join was planned as a scan of every report of the year).
 */
export async function expectedUnitCounts(
  db: Executor,
  campaignIds: number[],
  periodId: string,
): Promise<Map<number, { expected: number; accepted: number }>> {
  if (!campaignIds.length) return new Map();
  const rows = rowsOf<{ campaign_id: number; expected: number; accepted: number }>(
    await db.execute(sql`
      SELECT e.campaign_id::int, count(*)::int AS expected,
             count(*) FILTER (WHERE (SELECT r.status FROM reports r
                                      WHERE r.campaign_id = e.campaign_id AND r.unit_id = e.unit_id
                                        AND r.period_id = ${periodId}) = 'accepted')::int AS accepted
        FROM (SELECT DISTINCT i.campaign_id, a.unit_id
                FROM indicators i JOIN indicator_assignments a ON a.indicator_id = i.id
               WHERE i.campaign_id = ANY(${`{${campaignIds.join(',')}}`}::bigint[])) e
       GROUP BY e.campaign_id`),
  );
  return new Map(
    rows.map((r) => [Number(r.campaign_id), { expected: Number(r.expected), accepted: Number(r.accepted) }]),
  );
}

export async function submissionOf(
  db: Executor,
  campaignId: number,
  periodId: string,
): Promise<SubmissionRow | undefined> {
  return (
    await db
      .select()
      .from(upwardSubmissions)
      .where(and(eq(upwardSubmissions.campaignId, campaignId), eq(upwardSubmissions.periodId, periodId)))
  )[0];
}

export async function submissionById(db: Executor, id: number): Promise<SubmissionRow | undefined> {
  return (await db.select().from(upwardSubmissions).where(eq(upwardSubmissions.id, id)))[0];
}

export async function submissionsOfCampaign(db: Executor, campaignId: number): Promise<SubmissionRow[]> {
  return db.select().from(upwardSubmissions).where(eq(upwardSubmissions.campaignId, campaignId));
}

export async function submissionsForParent(
  db: Executor,
  parentCampaignId: number,
  periodId: string,
): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(upwardSubmissions)
    .where(
      and(eq(upwardSubmissions.parentCampaignId, parentCampaignId), eq(upwardSubmissions.periodId, periodId)),
    );
}

/** Locks the period's report rows of a campaign (taken by the ward's submission; see lock.ts). */
export async function lockPeriodReports(db: Executor, campaignId: number, periodId: string): Promise<void> {
  await db.execute(
    sql`SELECT id FROM reports WHERE campaign_id = ${campaignId} AND period_id = ${periodId} ORDER BY id FOR UPDATE`,
  );
}

export async function userNames(db: Executor, ids: (number | null)[]): Promise<Map<number, string>> {
  const want = [...new Set(ids.filter((x): x is number => x !== null))];
  if (!want.length) return new Map();
  const rows = rowsOf<{ id: number; full_name: string }>(
    await db.execute(
      sql`SELECT id::int, full_name FROM users WHERE id IN (${sql.join(
        want.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    ),
  );
  return new Map(rows.map((r) => [Number(r.id), r.full_name]));
}

/** The wards (and communes: kind ward) directly under a unit. */
export async function wardsUnder(
  db: Executor,
  unitId: number,
): Promise<{ id: number; code: string; name: string; path: string }[]> {
  const rows = rowsOf<{ id: number; code: string; name: string; path: string }>(
    await db.execute(sql`
      SELECT id::int, code, name, path FROM org_units
       WHERE parent_id = ${unitId} AND kind = 'ward' ORDER BY name, id`),
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Periods in which any of these campaigns has counted figures (from the dashboards' summary). */
export async function periodsWithData(db: Executor, campaignIds: number[]): Promise<Set<string>> {
  if (!campaignIds.length) return new Set();
  const rows = rowsOf<{ period_id: string }>(
    await db.execute(sql`
      SELECT DISTINCT period_id FROM indicator_totals
       WHERE units_reported > 0 AND campaign_id IN (${sql.join(
         campaignIds.map((id) => sql`${id}`),
         sql`, `,
       )})`),
  );
  return new Set(rows.map((r) => r.period_id));
}

/**
 * The summary the dashboards read (ADR 0005): counted values (reports submitted or accepted) summed per
 * (campaign, indicator, period) over the units assigned now. Rebuilt for one (campaign, period) inside the
 * transaction of every report transition, and for the whole campaign when assignments change, so it is never
 * stale: readers see it change together with the report status or not at all.
 */
import { isFlow, rollUp } from '@thidua/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/client.ts';
import { indicatorTotals } from '../db/schema.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';

export type TotalRow = typeof indicatorTotals.$inferSelect;

/** Recomputes the totals of a campaign for one period (or every period) from the counted report values. */
export async function refreshTotals(db: Executor, campaignId: number, periodId?: string): Promise<void> {
  await db.execute(sql`SELECT thidua_refresh_totals(${campaignId}, ${periodId ?? null})`);
}

export async function totalsOf(db: Executor, campaignId: number, periodIds: string[]): Promise<TotalRow[]> {
  if (!periodIds.length) return [];
  return db
    .select()
    .from(indicatorTotals)
    .where(and(eq(indicatorTotals.campaignId, campaignId), inArray(indicatorTotals.periodId, periodIds)));
}

/** A bigint[] literal for `= ANY(...)` (a nation's view passes ≈ 100.000 ids: more than bind parameters allow). */
const idArray = (ids: number[]) => `{${ids.join(',')}}`;

/**
 * Totals of some indicators (of any campaigns) at one period, rolled up through the links below them: an
 * indicator's own summary row plus those of every indicator linked to it from the campaigns implementing its
 * campaign (a ward's to its city's, a province's to the nation's), following only links that roll up (rule sum or
 * ratio). A ward indicator, linked to by nothing, gives exactly its own row; a province's indicator, which no unit
 * reports, gives the sum of its wards' rows. Two statements per level, found by index (campaigns by parent,
 * indicators by campaign), then one read of the summaries by their primary key prefix (campaign, period) — a
 * recursive CTE here was planned with row estimates in the millions and scanned the whole summary table.
 */
export async function totalsOfIndicators(
  db: Executor,
  indicatorIds: number[],
  periodId: string,
): Promise<TotalRow[]> {
  if (!indicatorIds.length) return [];
  const rootOf = new Map<number, number>();
  const campaigns = new Set<number>();
  const start = rowsOf<{ id: number; campaign_id: number }>(
    await db.execute(
      sql`SELECT id, campaign_id FROM indicators WHERE id = ANY(${idArray(indicatorIds)}::bigint[])`,
    ),
  );
  for (const r of start) {
    rootOf.set(Number(r.id), Number(r.id));
    campaigns.add(Number(r.campaign_id));
  }
  let frontier = new Set(rootOf.keys());
  let frontierCampaigns = [...campaigns];
  for (let depth = 0; frontier.size && depth < 6; depth++) {
    const kids = rowsOf<{ id: number; campaign_id: number; linked_indicator_id: number }>(
      await db.execute(sql`
        SELECT i.id, i.campaign_id, i.linked_indicator_id FROM indicators i
         WHERE i.campaign_id IN (SELECT id FROM campaigns
                                  WHERE parent_campaign_id = ANY(${idArray(frontierCampaigns)}::bigint[]))
           AND i.linked_indicator_id IS NOT NULL AND i.rollup_rule <> 'none'`),
    );
    const next = new Set<number>();
    const nextCampaigns = new Set<number>();
    for (const k of kids) {
      const id = Number(k.id);
      const parent = Number(k.linked_indicator_id);
      if (!frontier.has(parent) || rootOf.has(id)) continue;
      rootOf.set(id, rootOf.get(parent) as number);
      campaigns.add(Number(k.campaign_id));
      nextCampaigns.add(Number(k.campaign_id));
      next.add(id);
    }
    frontier = next;
    frontierCampaigns = [...nextCampaigns];
  }
  // Joined to the list rather than filtered by `= ANY(list)`: with a nation's 3.355 campaigns the planner scanned
  // the whole summary and tested every row against the list (1,2 s); joined, it probes the key once per campaign.
  const rows = rowsOf<{
    campaign_id: number;
    indicator_id: number;
    value_sum: number | null;
    numerator_sum: number | null;
    denominator_sum: number | null;
    value_single: number | null;
    units_reported: number;
    ratio_parts: number;
    has_estimate: boolean;
    refreshed_at: string | Date;
  }>(
    await db.execute(sql`
      SELECT x.campaign_id, x.indicator_id, x.value_sum, x.numerator_sum, x.denominator_sum, x.value_single,
             x.units_reported, x.ratio_parts, x.has_estimate, x.refreshed_at
        FROM unnest(${idArray([...campaigns])}::bigint[]) AS c(id)
        JOIN indicator_totals x ON x.campaign_id = c.id AND x.period_id = ${periodId}`),
  ).map(
    (r): TotalRow => ({
      campaignId: Number(r.campaign_id),
      indicatorId: Number(r.indicator_id),
      periodId,
      valueSum: r.value_sum === null ? null : Number(r.value_sum),
      numeratorSum: r.numerator_sum === null ? null : Number(r.numerator_sum),
      denominatorSum: r.denominator_sum === null ? null : Number(r.denominator_sum),
      valueSingle: r.value_single === null ? null : Number(r.value_single),
      unitsReported: Number(r.units_reported),
      ratioParts: Number(r.ratio_parts),
      hasEstimate: Boolean(r.has_estimate),
      refreshedAt: new Date(r.refreshed_at).toISOString(),
    }),
  );
  const byRoot = new Map<number, TotalRow[]>();
  for (const r of rows) {
    const root = rootOf.get(Number(r.indicatorId));
    if (root === undefined) continue;
    const list = byRoot.get(root);
    if (list) list.push(r);
    else byRoot.set(root, [r]);
  }
  const sumOf = (xs: TotalRow[], f: (t: TotalRow) => number | null) => {
    const vs = xs.map(f).filter((v): v is number => v !== null);
    return vs.length ? vs.reduce((a, b) => a + b, 0) : null;
  };
  const campaignOfRoot = new Map(start.map((r) => [Number(r.id), Number(r.campaign_id)]));
  return [...byRoot].map(([root, xs]) => {
    if (xs.length === 1 && Number(xs[0]?.indicatorId) === root) return xs[0] as TotalRow;
    const units = xs.reduce((a, t) => a + t.unitsReported, 0);
    return {
      campaignId: campaignOfRoot.get(root) as number,
      indicatorId: root,
      periodId,
      valueSum: sumOf(xs, (t) => t.valueSum),
      numeratorSum: sumOf(xs, (t) => t.numeratorSum),
      denominatorSum: sumOf(xs, (t) => t.denominatorSum),
      valueSingle: units === 1 ? (xs.find((t) => t.unitsReported === 1)?.valueSingle ?? null) : null,
      unitsReported: units,
      ratioParts: xs.reduce((a, t) => a + t.ratioParts, 0),
      hasEstimate: xs.some((t) => t.hasEstimate),
      refreshedAt: xs
        .map((t) => t.refreshedAt)
        .sort()
        .at(-1) as string,
    };
  });
}

export interface WholeValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitsReported: number;
  isEstimate: boolean;
  /** Why there is no value: nothing counted, a level shared by several units, a zero denominator. */
  noData: 'not_reported' | 'no_rollup' | 'zero_denominator' | null;
}

/**
 * The indicator's value over its units from a totals row: a sum or count adds up; a ratio divides the summed
 * numerators by the summed denominators (never an average of percentages); a rate or index is known only when
 * one unit reports it.
 */
export function wholeFromTotal(
  ind: Pick<IndicatorRow, 'kind' | 'factor'>,
  t: TotalRow | undefined,
): WholeValue {
  const none = (noData: WholeValue['noData']): WholeValue => ({
    value: null,
    numerator: null,
    denominator: null,
    unitsReported: t?.unitsReported ?? 0,
    isEstimate: t?.hasEstimate ?? false,
    noData,
  });
  if (!t || t.unitsReported === 0) return none('not_reported');
  if (ind.kind === 'ratio') {
    if (t.ratioParts === 0 || t.numeratorSum === null || t.denominatorSum === null) {
      // Ratios entered as a bare value (no parts) can only stand alone.
      if (t.unitsReported === 1 && t.valueSingle !== null)
        return { ...none(null), value: t.valueSingle, noData: null };
      return none('no_rollup');
    }
    const r = rollUp(
      'ratio',
      [{ numerator: t.numeratorSum, denominator: t.denominatorSum }],
      ind.factor ?? 100,
    );
    if (r.value === null) return none('zero_denominator');
    return { ...none(null), value: r.value, numerator: t.numeratorSum, denominator: t.denominatorSum };
  }
  if (isFlow(ind.kind as never)) return { ...none(null), value: t.valueSum };
  if (t.unitsReported === 1 && t.valueSingle !== null) return { ...none(null), value: t.valueSingle };
  return none('no_rollup');
}

/** The same figure computed from unit values (used with a unit filter, and to check the summary). */
export function wholeFromValues(
  ind: Pick<IndicatorRow, 'kind' | 'factor'>,
  values: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    isEstimate: boolean;
  }[],
): WholeValue {
  const counted = values.filter((v) => v.value !== null);
  const parts = counted.filter((v) => v.numerator !== null && v.denominator !== null);
  const row: TotalRow | undefined = counted.length
    ? {
        campaignId: 0,
        indicatorId: 0,
        periodId: '',
        valueSum: counted.reduce((s, v) => s + (v.value as number), 0),
        numeratorSum: parts.length ? parts.reduce((s, v) => s + (v.numerator as number), 0) : null,
        denominatorSum: parts.length ? parts.reduce((s, v) => s + (v.denominator as number), 0) : null,
        valueSingle: counted.length === 1 ? (counted[0]?.value ?? null) : null,
        unitsReported: counted.length,
        ratioParts: parts.length,
        hasEstimate: counted.some((v) => v.isEstimate),
        refreshedAt: '',
      }
    : undefined;
  return wholeFromTotal(ind, row);
}

/** Rows of the summary that differ from a fresh computation (empty = consistent). Used by tests and checks. */
export async function staleTotals(db: Executor, campaignId: number): Promise<string[]> {
  const rows = rowsOf<{ indicator_id: number; period_id: string }>(
    await db.execute(sql`
      WITH fresh AS (
        SELECT v.indicator_id, r.period_id, sum(v.value) AS s, count(v.value)::int AS n
          FROM reports r
          JOIN report_values v ON v.report_id = r.id
          JOIN indicator_assignments a ON a.indicator_id = v.indicator_id AND a.unit_id = r.unit_id
         WHERE r.campaign_id = ${campaignId} AND r.status IN ('submitted', 'accepted') AND v.value IS NOT NULL
         GROUP BY v.indicator_id, r.period_id)
      SELECT coalesce(f.indicator_id, t.indicator_id) AS indicator_id, coalesce(f.period_id, t.period_id) AS period_id
        FROM fresh f
        FULL JOIN (SELECT * FROM indicator_totals WHERE campaign_id = ${campaignId}) t
          ON t.indicator_id = f.indicator_id AND t.period_id = f.period_id
       WHERE f.indicator_id IS NULL OR t.indicator_id IS NULL OR t.units_reported <> f.n
          OR abs(coalesce(t.value_sum, 0) - coalesce(f.s, 0)) > 1e-9`),
  );
  return rows.map((r) => `${r.indicator_id}@${r.period_id}`);
}

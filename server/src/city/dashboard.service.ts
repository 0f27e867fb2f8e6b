/**
 * The city dashboard (ADR 0009): every ward whose campaign implements the city campaign, its linked indicators'
 * values at the period (from each ward's indicator_totals summary), the city's figure by each indicator's rule,
 * a wards × indicators heatmap, the wards' ranking and who has not sent the aggregated report. A fixed number of
 * statements whatever the number of wards.
 */
import {
  CITY_RULE_TEXT,
  type CityCell,
  type CityDashboard,
  type CityIndicator,
  type CityNotReported,
  type CityWard,
  cityRuleOf,
  evaluateCell,
  plannedAt,
  progressStatus,
  type ReportingPeriod,
  type RollupRule,
  rank,
  rollUpWards,
  vnDate,
  weightedMean,
} from '@thidua/shared';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { hasRoleOver } from '../access/actor.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import { type Executor, rowsOf } from '../db/client.ts';
import { campaigns } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { cachedJson } from '../evaluation/cache.ts';
import { authorize } from '../evaluation/snapshot.ts';
import { totalsOfIndicators, wholeFromTotal } from '../evaluation/totals.ts';
import { AppError } from '../http/errors.ts';
import { readMemo } from '../http/read-memo.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { REVIEWERS } from '../reports/reports.policy.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import * as repo from './city.repo.ts';
import { pickPeriod } from './period.ts';

const periodView = (p: ReportingPeriod) => ({ id: p.id, label: p.label, dueOn: p.dueOn });

/** The campaigns implementing a campaign (its wards' plans). */
export async function childCampaigns(db: Executor, campaignId: number) {
  return db
    .select({
      id: campaigns.id,
      issuingUnitId: campaigns.issuingUnitId,
      title: campaigns.title,
      status: campaigns.status,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      reportDeadline: campaigns.reportDeadline,
      reportPeriodKind: campaigns.reportPeriodKind,
      reportCutoffDay: campaigns.reportCutoffDay,
      reportDueDays: campaigns.reportDueDays,
    })
    .from(campaigns)
    .where(eq(campaigns.parentCampaignId, campaignId))
    .orderBy(campaigns.id);
}

type Child = Awaited<ReturnType<typeof childCampaigns>>[number];

/** A cheap fingerprint of everything the city view reads (ADR 0005's cache, extended to the wards). */
export async function cityFingerprint(db: Executor, campaignId: number, periodId?: string): Promise<string> {
  const rows = rowsOf<{ f: string }>(
    await db.execute(sql`
      WITH kids AS (SELECT id FROM campaigns WHERE parent_campaign_id = ${campaignId}),
           grandkids AS (SELECT id FROM campaigns WHERE parent_campaign_id IN (SELECT id FROM kids))
      SELECT concat_ws('|',
        -- A province's or the nation's view reads its grandchildren's summaries (rolled up through the links):
        -- every refresh rewrites the rows of a (campaign, period) with a new time.
        (SELECT count(*) || '.' || coalesce(max(refreshed_at)::text, '') FROM indicator_totals
          WHERE campaign_id IN (SELECT id FROM grandkids) AND (${periodId ?? null}::text IS NULL OR period_id = ${periodId ?? null})),
        (SELECT version FROM campaigns WHERE id = ${campaignId}),
        (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM campaigns WHERE parent_campaign_id = ${campaignId}),
        (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM indicators
          WHERE campaign_id = ${campaignId} OR campaign_id IN (SELECT id FROM kids)),
        -- The view of a period reads that period's reports only (its summary, its expected units' statuses).
        (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM reports WHERE campaign_id IN (SELECT id FROM kids)
            AND (${periodId ?? null}::text IS NULL OR period_id = ${periodId ?? null})),
        (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM upward_submissions
          WHERE parent_campaign_id = ${campaignId}),
        (SELECT count(*) || '.' || coalesce(sum(a.unit_id * 7919 + a.indicator_id), 0)
           FROM indicator_assignments a JOIN indicators i ON i.id = a.indicator_id
          WHERE i.campaign_id IN (SELECT id FROM kids)),
        (SELECT count(*) || '.' || coalesce(sum(o.version), 0) FROM org_units o
          WHERE o.parent_id = (SELECT issuing_unit_id FROM campaigns WHERE id = ${campaignId}))
      ) AS f`),
  );
  return rows[0]?.f ?? '';
}

interface WardFigures {
  child: Child;
  period: ReportingPeriod | null;
  periodIndex: number;
  periodCount: number;
}

/** Builds the city dashboard from the loaded rows (pure apart from the reads it is given). */
export async function buildCityDashboard(
  db: Executor,
  c: CampaignRowWithUnit,
  periodId: string | undefined,
  today: string,
  canDecide: boolean,
): Promise<CityDashboard> {
  const periods = campaignPeriods(c);
  const [cityIndicators, children, wardUnits] = await Promise.all([
    indicatorRepo.listByCampaign(db, c.id),
    childCampaigns(db, c.id),
    repo.wardsUnder(db, c.issuingUnitId),
  ]);
  const childIds = children.map((k) => k.id);
  const period = pickPeriod(
    periods,
    periodId,
    today,
    periodId ? undefined : await repo.periodsWithData(db, childIds),
  );
  const [linked, expected, submissions] = await Promise.all([
    repo.linkedIndicators(db, childIds),
    repo.expectedUnitCounts(db, childIds, period.id),
    repo.submissionsForParent(db, c.id, period.id),
  ]);
  const totals = new Map(
    (
      await totalsOfIndicators(
        db,
        linked.map((i) => i.id),
        period.id,
      )
    ).map((t) => [t.indicatorId, t]),
  );
  // The wards: units under the city's issuer, and any other unit whose campaign implements the city's.
  const childByUnit = new Map<number, Child>();
  for (const k of children) if (!childByUnit.has(k.issuingUnitId)) childByUnit.set(k.issuingUnitId, k);
  const wardList = [...wardUnits];
  const wardIds = new Set(wardList.map((w) => w.id));
  const missingUnitIds = children.map((k) => k.issuingUnitId).filter((id) => !wardIds.has(id));
  if (missingUnitIds.length) {
    const extra = await indicatorRepo.unitsByIds(db, missingUnitIds);
    for (const u of extra) wardList.push({ id: Number(u.id), code: u.code, name: u.name, path: u.path });
  }
  const figures = new Map<number, WardFigures>();
  for (const k of children) {
    const ps = campaignPeriods(k as never);
    const idx = ps.findIndex((x) => x.id === period.id);
    figures.set(k.id, { child: k, period: ps[idx] ?? null, periodIndex: idx, periodCount: ps.length });
  }
  const subByCampaign = new Map(submissions.map((s) => [s.campaignId, s]));
  const linkedByCity = new Map<number, IndicatorRow[]>();
  for (const l of linked) {
    const list = linkedByCity.get(l.linkedIndicatorId as number) ?? [];
    list.push(l);
    linkedByCity.set(l.linkedIndicatorId as number, list);
  }
  const cityPeriodIdx = periods.findIndex((x) => x.id === period.id);
  const top = cityIndicators.filter((i) => !i.parentIndicatorId || linkedByCity.has(i.id));

  // Cells: one per (city indicator, ward linking to it).
  const cells: CityCell[] = [];
  for (const ci of top) {
    for (const wi of linkedByCity.get(ci.id) ?? []) {
      const f = figures.get(wi.campaignId);
      const ward = f ? f.child.issuingUnitId : null;
      if (!f || ward === null) continue;
      const w = f.period ? wholeFromTotal(wi, totals.get(wi.id)) : null;
      const value = w?.value ?? null;
      const planned = plannedAt(wi.kind as never, wi.targetValue, f.periodIndex, f.periodCount);
      const ev = evaluateCell({
        direction: wi.direction as never,
        actual: value,
        planned,
        target: wi.targetValue,
        targetLow: wi.targetLow,
        targetHigh: wi.targetHigh,
        tolerance: wi.tolerance,
      });
      cells.push({
        indicatorId: ci.id,
        wardUnitId: ward,
        wardIndicatorId: wi.id,
        wardIndicatorCode: wi.code,
        value,
        numerator: w?.numerator ?? null,
        denominator: w?.denominator ?? null,
        isEstimate: w?.isEstimate ?? false,
        target: wi.targetValue,
        planned,
        completion: ev.completion,
        score: ev.score,
        redFlag: ev.redFlag,
        status: progressStatus({
          direction: wi.direction as never,
          target: wi.targetValue,
          targetLow: wi.targetLow,
          targetHigh: wi.targetHigh,
          tolerance: wi.tolerance,
          planned,
          actual: value,
        }),
        noData: !f.period
          ? 'not_reported'
          : w?.noData === 'no_rollup'
            ? 'no_rollup'
            : w?.noData === 'zero_denominator'
              ? 'zero_denominator'
              : w?.noData
                ? 'not_reported'
                : null,
      });
    }
  }

  // Cells by city indicator and by ward (linear, not a scan per row: a nation has 3.321 wards × 30 indicators).
  const group = <K, T>(xs: T[], key: (x: T) => K) => {
    const m = new Map<K, T[]>();
    for (const x of xs) {
      const k = key(x);
      const list = m.get(k);
      if (list) list.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const cellsByIndicator = group(cells, (x) => x.indicatorId);
  const cellsByWard = group(cells, (x) => x.wardUnitId);

  // The city's figure per indicator, by its rule.
  const indicators: CityIndicator[] = top.map((ci) => {
    const links = linkedByCity.get(ci.id) ?? [];
    const rule = cityRuleOf(links.map((l) => l.rollupRule as RollupRule));
    const mine = cellsByIndicator.get(ci.id) ?? [];
    const fig = rollUpWards(rule, ci.factor, mine);
    const planned = plannedAt(ci.kind as never, ci.targetValue, cityPeriodIdx, periods.length);
    const ev = evaluateCell({
      direction: ci.direction as never,
      actual: fig.value,
      planned,
      target: ci.targetValue,
      targetLow: ci.targetLow,
      targetHigh: ci.targetHigh,
      tolerance: ci.tolerance,
    });
    return {
      id: ci.id,
      code: ci.code,
      name: ci.name,
      unitOfMeasure: ci.unitOfMeasure,
      kind: ci.kind as CityIndicator['kind'],
      direction: ci.direction as CityIndicator['direction'],
      factor: ci.factor,
      target: ci.targetValue,
      targetLow: ci.targetLow,
      targetHigh: ci.targetHigh,
      tolerance: ci.tolerance,
      rule,
      ruleText: CITY_RULE_TEXT[rule],
      planned,
      value: fig.value,
      numerator: fig.numerator,
      denominator: fig.denominator,
      isEstimate: fig.isEstimate,
      completion: ev.completion,
      score: ev.score,
      status: progressStatus({
        direction: ci.direction as never,
        target: ci.targetValue,
        targetLow: ci.targetLow,
        targetHigh: ci.targetHigh,
        tolerance: ci.tolerance,
        planned,
        actual: fig.value,
      }),
      wardsLinked: new Set(links.map((l) => l.campaignId)).size,
      wardsReported: mine.filter((x) => x.value !== null).length,
      noData: fig.noData,
    };
  });

  // Wards: submission, units, score and rank.
  const wardRows = wardList.map((u) => {
    const k = childByUnit.get(u.id) ?? null;
    const sub = k ? subByCampaign.get(k.id) : undefined;
    const units = k ? (expected.get(k.id) ?? { expected: 0, accepted: 0 }) : { expected: 0, accepted: 0 };
    const mine = cellsByWard.get(u.id) ?? [];
    const scored = mine.filter((x) => x.score !== null);
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      campaignId: k?.id ?? null,
      campaignTitle: k?.title ?? null,
      submission: sub
        ? {
            id: sub.id,
            status: sub.status as NonNullable<CityWard['submission']>['status'],
            version: sub.version,
            submittedAt: new Date(sub.submittedAt).toISOString(),
            decidedAt: sub.decidedAt ? new Date(sub.decidedAt).toISOString() : null,
            missingUnits: sub.missingUnits.length,
            missingReason: sub.missingReason,
            returnReason: sub.returnReason,
          }
        : null,
      unitsExpected: units.expected,
      unitsAccepted: units.accepted,
      score: weightedMean(scored.map((x) => ({ value: x.score, weight: 1 }))),
      linkedIndicators: mine.length,
      scoredIndicators: scored.length,
      redFlags: mine.filter((x) => x.redFlag).length,
    };
  });
  const ranked = rank(wardRows, (w) => (w.score === null ? null : Math.round(w.score * 100) / 100));
  const wards: CityWard[] = ranked.map((r) => ({
    ...r.item,
    score: r.item.score === null ? null : Math.round(r.item.score * 100) / 100,
    rank: r.rank,
    tiedWith: r.tiedWith.map((i) => wardRows[i]?.name ?? ''),
  }));

  const notReported: CityNotReported[] = wards
    .filter((w) => !w.submission || w.submission.status === 'returned' || w.submission.status === 'withdrawn')
    .map((w) => ({
      unitId: w.unitId,
      code: w.code,
      name: w.name,
      campaignId: w.campaignId,
      status: w.submission?.status ?? null,
      reason: !w.campaignId
        ? 'no_campaign'
        : w.submission?.status === 'returned'
          ? 'returned'
          : w.submission?.status === 'withdrawn'
            ? 'withdrawn'
            : 'not_submitted',
    }));
  const count = (s: string) => wards.filter((w) => w.submission?.status === s).length;
  return {
    campaignId: c.id,
    campaignTitle: c.title,
    issuerName: c.issuingUnitName,
    today,
    period: periodView(period),
    periods: periods.map(periodView),
    indicators,
    wards,
    cells,
    notReported,
    submissions: {
      expected: wards.length,
      submitted: count('submitted'),
      accepted: count('accepted'),
      returned: count('returned'),
      missing: notReported.length,
    },
    canDecide,
  };
}

/** GET /api/campaigns/:id/city-dashboard — the city campaign's readers; JSON from the fingerprint cache. */
export async function cityDashboard(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  periodId: string | undefined,
): Promise<string> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorize(deps, ctx, 'view', c);
  const kids = await childCampaigns(db, c.id);
  if (!kids.length) throw new AppError('CITY_CAMPAIGN_REQUIRED');
  const canDecide = hasRoleOver(requireActor(ctx), REVIEWERS, c.issuingUnitPath);
  const today = vnDate(deps.clock.now());
  const f = await readMemo(`city|${c.id}|${periodId ?? ''}`, () => cityFingerprint(db, c.id, periodId));
  return cachedJson(`city|${c.id}|${today}|${periodId ?? ''}|${canDecide}`, f, () =>
    buildCityDashboard(db, c, periodId, today, canDecide),
  );
}

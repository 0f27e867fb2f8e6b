/**
 * From a snapshot to the figures on screen: one cell (indicator × unit), one indicator over its units, one unit's
 * evaluation. Children of an indicator (the sub-sources of revenue) are shown but not scored — the parent carries
 * them — so nothing is counted twice.
 */
import {
  classify,
  completenessScore,
  completion,
  type DashboardIndicator,
  type Direction,
  evaluateCell,
  type HeatCell,
  indicatorDue,
  isFlow,
  isMoney,
  type ManualScore,
  type ProgressStatus,
  progressStatus,
  type RankingRow,
  type ReportingPeriod,
  rank,
  tieNote,
  timeliness,
  timelinessScore,
  trendOf,
  unitTotal,
  vnDate,
  weightedMean,
} from '@thidua/shared';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import { planFor } from '../schedules/plan.ts';
import type { ManualScoreRow } from './evaluation.repo.ts';
import { COUNTED, cellKey, at as reportKey, type Snapshot, type SnapUnit } from './snapshot.ts';
import { wholeFromTotal, wholeFromValues } from './totals.ts';

const dir = (i: IndicatorRow) => i.direction as Direction;
const fmt = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');

/** Indicators that count in a score: every indicator whose parent is not in the campaign. */
export function scored(s: Snapshot, inds: IndicatorRow[]): IndicatorRow[] {
  const ids = new Set(s.allIndicators.map((i) => i.id));
  return inds.filter((i) => i.parentIndicatorId === null || !ids.has(i.parentIndicatorId));
}

function redFlagOf(s: Snapshot, ind: IndicatorRow) {
  return ind.scoreRedFlag ?? s.settings.redFlag;
}

/** One unit's value of one indicator at a period, against the unit's plan. */
export function cellOf(s: Snapshot, ind: IndicatorRow, unitId: number, period: ReportingPeriod): HeatCell {
  const assigned = s.assigned.get(ind.id) ?? [];
  const r = s.reportAt.get(reportKey(unitId, period.id));
  const counted = !!r && COUNTED.has(r.status);
  const v = r ? s.values.get(cellKey(r.id, ind.id)) : undefined;
  const ids = s.periods.map((p) => p.id);
  const plan = planFor(ind, unitId, s.schedules, assigned.length, ids);
  const pt = plan?.points.get(period.id);
  const actual = counted ? (v?.value ?? null) : null;
  const ev = plan
    ? evaluateCell({
        direction: dir(ind),
        actual,
        planned: pt?.planned ?? null,
        plannedLow: pt?.plannedLow ?? null,
        plannedHigh: pt?.plannedHigh ?? null,
        target: plan.target ?? ind.targetValue,
        targetLow: ind.targetLow,
        targetHigh: ind.targetHigh,
        tolerance: ind.tolerance,
        full: ind.scoreFull,
        redFlag: redFlagOf(s, ind),
      })
    : null;
  const noData = !assigned.includes(unitId)
    ? 'not_assigned'
    : !r
      ? 'not_reported'
      : !counted
        ? 'not_counted'
        : actual === null
          ? 'no_value'
          : !ev || ev.noData
            ? 'no_target'
            : null;
  const status: ProgressStatus = progressStatus({
    direction: dir(ind),
    target: plan?.target ?? null,
    targetLow: pt?.plannedLow ?? ind.targetLow,
    targetHigh: pt?.plannedHigh ?? ind.targetHigh,
    tolerance: ind.tolerance,
    planned: pt?.planned ?? null,
    actual,
    stale: !counted,
  });
  return {
    indicatorId: ind.id,
    unitId,
    value: v?.value ?? null,
    numerator: v?.numerator ?? null,
    denominator: v?.denominator ?? null,
    isEstimate: v?.isEstimate ?? false,
    planned: pt?.planned ?? null,
    plannedLow: pt?.plannedLow ?? null,
    plannedHigh: pt?.plannedHigh ?? null,
    completion: ev?.completion ?? null,
    score: ev?.score ?? null,
    redFlag: ev?.redFlag ?? false,
    status,
    reportId: r?.id ?? null,
    reportStatus: (r?.status ?? 'not_started') as HeatCell['reportStatus'],
    evidenceCount: r ? (s.evidence.get(cellKey(r.id, ind.id)) ?? 0) : 0,
    noData,
  };
}

/** Units of the scope that an indicator is assigned to. */
export function unitsOf(s: Snapshot, ind: IndicatorRow): SnapUnit[] {
  const a = new Set(s.assigned.get(ind.id) ?? []);
  return s.scope.filter((u) => a.has(u.id));
}

function wholeAt(s: Snapshot, ind: IndicatorRow, period: ReportingPeriod, units: SnapUnit[]) {
  const all = (s.assigned.get(ind.id) ?? []).length;
  if (!s.unitFilter || units.length === all)
    return wholeFromTotal(ind, s.totals.get(`${ind.id}@${period.id}`));
  const vals = units.flatMap((u) => {
    const r = s.reportAt.get(reportKey(u.id, period.id));
    const v = r && COUNTED.has(r.status) ? s.values.get(cellKey(r.id, ind.id)) : undefined;
    return v ? [v] : [];
  });
  return wholeFromValues(ind, vals);
}

/** The planned value of an indicator over some of its units: the whole plan, or the sum of the units' plans. */
function plannedOver(s: Snapshot, ind: IndicatorRow, units: SnapUnit[], period: ReportingPeriod) {
  const assigned = s.assigned.get(ind.id) ?? [];
  const ids = s.periods.map((p) => p.id);
  if (units.length === assigned.length || !isFlow(ind.kind as never)) {
    const plan = planFor(ind, null, s.schedules, assigned.length, ids);
    return { plan, pt: plan?.points.get(period.id) };
  }
  let sum = 0;
  for (const u of units) {
    const p = planFor(ind, u.id, s.schedules, assigned.length, ids)?.points.get(period.id)?.planned;
    if (p === null || p === undefined) return { plan: null, pt: undefined };
    sum += p;
  }
  return { plan: null, pt: { planned: sum, plannedLow: null, plannedHigh: null } };
}

export function indicatorRow(s: Snapshot, ind: IndicatorRow, keyCodes: Set<string>): DashboardIndicator {
  const units = unitsOf(s, ind);
  const now = wholeAt(s, ind, s.period, units);
  const before = s.prev ? wholeAt(s, ind, s.prev, units) : null;
  const { plan, pt } = plannedOver(s, ind, units, s.period);
  const target =
    s.unitFilter && units.length !== (s.assigned.get(ind.id) ?? []).length && isFlow(ind.kind as never)
      ? null
      : ind.targetValue;
  const ev = evaluateCell({
    direction: dir(ind),
    actual: now.value,
    planned: pt?.planned ?? null,
    plannedLow: pt?.plannedLow ?? null,
    plannedHigh: pt?.plannedHigh ?? null,
    target: plan?.target ?? target,
    targetLow: ind.targetLow,
    targetHigh: ind.targetHigh,
    tolerance: ind.tolerance,
    full: ind.scoreFull,
    redFlag: redFlagOf(s, ind),
  });
  const final = completion({
    direction: dir(ind),
    actual: now.value,
    target,
    targetLow: ind.targetLow,
    targetHigh: ind.targetHigh,
    tolerance: ind.tolerance,
  });
  const noData =
    units.length === 0 ? 'not_assigned' : (now.noData ?? (ev.noData === 'no_target' ? 'no_target' : null));
  return {
    id: ind.id,
    code: ind.code,
    name: ind.name,
    unitOfMeasure: ind.unitOfMeasure,
    kind: ind.kind as DashboardIndicator['kind'],
    direction: dir(ind),
    group: ind.groupName,
    parentId: ind.parentIndicatorId,
    isMoney: isMoney(ind.unitOfMeasure),
    isKey: keyCodes.has(ind.code.toUpperCase()),
    weight: ind.weight,
    target: ind.targetValue,
    targetLow: ind.targetLow,
    targetHigh: ind.targetHigh,
    tolerance: ind.tolerance,
    planned: pt?.planned ?? null,
    value: now.value,
    numerator: now.numerator,
    denominator: now.denominator,
    previousValue: before?.value ?? null,
    trend: trendOf(dir(ind), before?.value, now.value, {
      target: ind.targetValue,
      low: ind.targetLow,
      high: ind.targetHigh,
    }),
    unitsReported: now.unitsReported,
    unitsAssigned: units.length,
    isEstimate: now.isEstimate,
    completion: final,
    completionVsPlan: ev.completion,
    score: ev.score,
    redFlag: ev.redFlag,
    status: progressStatus({
      direction: dir(ind),
      target,
      targetLow: pt?.plannedLow ?? ind.targetLow,
      targetHigh: pt?.plannedHigh ?? ind.targetHigh,
      tolerance: ind.tolerance,
      planned: pt?.planned ?? null,
      actual: now.value,
    }),
    noData,
  };
}

/** The key indicators: the configured codes, or else the top-level indicators with the largest weights (6). */
export function keyCodes(s: Snapshot): Set<string> {
  if (s.settings.keyIndicators.length) return new Set(s.settings.keyIndicators.map((c) => c.toUpperCase()));
  const top = scored(s, s.allIndicators)
    .map((i, n) => ({ i, n }))
    .sort((a, b) => b.i.weight - a.i.weight || a.n - b.n)
    .slice(0, 6);
  return new Set(top.map((x) => x.i.code.toUpperCase()));
}

/** On-time / late / missing reports of a unit for the periods up to `period` whose deadline has passed. */
export function reportTimeliness(s: Snapshot, unitId: number, period: ReportingPeriod) {
  let due = 0;
  let onTime = 0;
  let late = 0;
  let missing = 0;
  for (const p of s.periods) {
    if (p.end > period.end) break;
    const r = s.reportAt.get(reportKey(unitId, p.id));
    const submitted = r && r.status !== 'draft' && r.submittedAt ? vnDate(r.submittedAt) : null;
    const t = timeliness(p.dueOn, submitted, s.today);
    if (t === 'pending') continue;
    due++;
    if (t === 'on_time') onTime++;
    else if (t === 'late') late++;
    else missing++;
  }
  return { due, onTime, late, missing };
}

interface UnitEval {
  unit: SnapUnit;
  parts: RankingRow['parts'];
  total: number | null;
  lines: string[];
  redFlags: number;
  scoredIndicators: number;
  assignedIndicators: number;
  reports: RankingRow['reports'];
  manual: ManualScore[];
}

/** A unit's evaluation at a period: indicators (weighted by the indicators' weights), timeliness, completeness, hand scores. */
export function evaluateUnit(s: Snapshot, unit: SnapUnit, period: ReportingPeriod): UnitEval {
  const mine = scored(s, s.indicators).filter((i) => (s.assigned.get(i.id) ?? []).includes(unit.id));
  const cells = mine.map((i) => ({ i, cell: cellOf(s, i, unit.id, period) }));
  const withScore = cells.filter((c) => c.cell.score !== null);
  const indicators = weightedMean(withScore.map((c) => ({ value: c.cell.score, weight: c.i.weight })));
  const dueInds = cells.filter((c) => indicatorDue(c.i.frequency as never, period, period.isLast));
  const completeness = completenessScore(
    dueInds.length,
    dueInds.filter((c) => c.cell.noData === null || c.cell.noData === 'no_target').length,
  );
  const rep = reportTimeliness(s, unit.id, period);
  const crit = new Map(s.settings.criteria.map((c) => [c.code, c]));
  const manualRows = s.manual.filter((m) => m.unitId === unit.id && crit.has(m.criterion));
  const manual = weightedMean(
    manualRows.map((m) => ({ value: m.score, weight: crit.get(m.criterion)?.weight ?? 0 })),
  );
  const parts = { indicators, timeliness: timelinessScore(rep), completeness, manual };
  const t = unitTotal(parts, s.settings.weights);
  const lines = [
    `Chỉ tiêu: trung bình có trọng số điểm của ${withScore.length}/${mine.length} chỉ tiêu có số liệu${
      indicators === null ? '' : ` = ${fmt(indicators)}`
    }`,
    `Đúng hạn: ${rep.onTime} đúng hạn, ${rep.late} trễ, ${rep.missing} chưa nộp trên ${rep.due} kỳ đã đến hạn`,
    `Đầy đủ: ${dueInds.filter((c) => c.cell.noData === null || c.cell.noData === 'no_target').length}/${dueInds.length} chỉ tiêu phải báo cáo kỳ này có số liệu`,
    ...t.lines,
  ];
  return {
    unit,
    parts,
    total: t.total,
    lines,
    redFlags: cells.filter((c) => c.cell.redFlag).length,
    scoredIndicators: withScore.length,
    assignedIndicators: mine.length,
    reports: rep,
    manual: manualRows.map(manualView),
  };
}

export const manualView = (m: ManualScoreRow): ManualScore => ({
  unitId: m.unitId,
  criterion: m.criterion,
  score: m.score,
  reason: m.reason,
  updatedAt: new Date(m.updatedAt).toISOString(),
  updatedBy: m.updatedByName,
});

/** Ranking of units (optionally of one kind): ties share a rank unless timeliness separates them. */
export function ranking(s: Snapshot, units: SnapUnit[]): RankingRow[] {
  const evals = units.map((u) => ({
    now: evaluateUnit(s, u, s.period),
    before: s.prev ? evaluateUnit(s, u, s.prev) : null,
  }));
  const ranked = rank(
    evals,
    (e) => e.now.total,
    (a, b) => (b.now.parts.timeliness ?? -1) - (a.now.parts.timeliness ?? -1),
  );
  return ranked.map(({ item, rank: r, tiedWith }) => {
    const e = item.now;
    const c = classify(e.total, s.settings.bands);
    const names = tiedWith.map((i) => evals[i]?.now.unit.name ?? '');
    return {
      unit: { id: e.unit.id, code: e.unit.code, name: e.unit.name, kind: e.unit.kind },
      parts: e.parts,
      total: e.total,
      previousTotal: item.before?.total ?? null,
      trend: trendOf('at_least', item.before?.total, e.total),
      band: c ? { code: c.band.code, label: c.band.label } : null,
      rule: c?.rule ?? null,
      rank: r,
      tiedWith: names,
      tieNote: tieNote(names, e.total),
      redFlags: e.redFlags,
      scoredIndicators: e.scoredIndicators,
      assignedIndicators: e.assignedIndicators,
      reports: e.reports,
      manual: e.manual,
      explanation: e.lines,
    };
  });
}

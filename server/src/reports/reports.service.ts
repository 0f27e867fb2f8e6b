import {
  checkValue,
  type FieldIssue,
  indicatorDue,
  outlierReason,
  progressStatus,
  REPORT_TRANSITIONS,
  type Report,
  type ReportAction,
  type ReportingPeriod,
  type ReportList,
  type ReportListItem,
  type ReportListQuery,
  type ReportOpen,
  type ReportRow as ReportRowOut,
  type ReportSave,
  type ReportStatus,
  type ReportTransitionBody,
  type ReportValueInput,
  reportingPeriods,
  searchKey,
  timeliness,
  vnDate,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { inSubtree } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { authorizeCampaign } from '../campaigns/campaigns.service.ts';
import { assertNotLockedUpward } from '../city/lock.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { refreshTotals } from '../evaluation/totals.ts';
import { AppError } from '../http/errors.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { notify, usersWithRoleOver } from '../notifications/notifications.service.ts';
import { getUnit } from '../org/org.repo.ts';
import { planFor } from '../schedules/plan.ts';
import * as scheduleRepo from '../schedules/schedules.repo.ts';
import { toIso } from '../util/time.ts';
import {
  can,
  REVIEWERS,
  type ReportPolicyAction,
  readerRoots,
  reporterRoots,
  UNIT_REPORTERS,
} from './reports.policy.ts';
import * as repo from './reports.repo.ts';

type CampaignRow = campaignRepo.CampaignRowWithUnit;

export const campaignPeriods = (c: CampaignRow): ReportingPeriod[] =>
  reportingPeriods({
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    reportDeadline: c.reportDeadline,
    reportPeriodKind: c.reportPeriodKind as 'month' | 'quarter',
    reportCutoffDay: c.reportCutoffDay,
    reportDueDays: c.reportDueDays,
  });

const today = (deps: Deps) => vnDate(deps.clock.now());

async function loadCampaign(db: Executor, id: number): Promise<CampaignRow> {
  const c = await campaignRepo.getCampaign(db, id);
  if (!c) throw new AppError('NOT_FOUND', [{ path: 'campaignId', message: `Không có đợt thi đua số ${id}` }]);
  return c;
}

export async function loadReport(db: Executor, id: number) {
  const r = await repo.getReport(db, id);
  if (!r) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có báo cáo số ${id}` }]);
  const c = await loadCampaign(db, r.campaignId);
  const unit = await getUnit(db, r.unitId);
  if (!unit) throw new AppError('NOT_FOUND');
  return { r, c, unit };
}

export async function authorizeReport(
  deps: Deps,
  ctx: RequestContext,
  action: ReportPolicyAction,
  s: { reportId: number | null; unitId: number; unitPath: string; issuingUnitPath: string },
): Promise<void> {
  const actor = requireActor(ctx);
  if (can(actor, action, s)) return;
  await recordDenied(deps, ctx, {
    entity: 'report',
    entityId: s.reportId,
    unitId: s.unitId,
    action: `report.${action}`,
  });
  throw new AppError('FORBIDDEN');
}

// ---------------------------------------------------------------------------------------------------------------
// Lists: "my reports" and the office inbox

const MINE_ORDER: Record<string, number> = {
  returned: 0,
  not_started: 1,
  draft: 2,
  submitted: 3,
  accepted: 4,
};
const INBOX_ORDER: Record<string, number> = {
  submitted: 0,
  returned: 1,
  draft: 2,
  not_started: 3,
  accepted: 4,
};

export async function listReports(
  deps: Deps,
  ctx: RequestContext,
  q: ReportListQuery,
  scope: 'mine' | 'inbox',
): Promise<ReportList> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const roots = scope === 'mine' ? reporterRoots(actor) : readerRoots(actor);
  if (!roots.length) return { items: [], counts: {} };
  // Campaigns visible from those roots that take reports (launched or closed), optionally one.
  const campaigns = (await campaignRepo.listCampaigns(db, { roots })).filter(
    (c) =>
      c.status !== 'draft' &&
      (q.campaignId === undefined || c.id === q.campaignId) &&
      (scope === 'mine' || roots.some((r) => inSubtree(r, c.issuingUnitPath))),
  );
  const units = (
    await repo.reportingUnits(
      db,
      campaigns.map((c) => c.id),
    )
  ).filter((u) => scope === 'inbox' || roots.some((r) => inSubtree(r, u.path)));
  const reports = await repo.reportsOf(
    db,
    campaigns.map((c) => c.id),
  );
  const byKey = new Map(reports.map((r) => [`${r.campaignId}:${r.unitId}:${r.periodId}`, r]));
  const now = today(deps);
  const words = q.q ? searchKey(q.q) : '';
  const items: ReportListItem[] = [];
  for (const c of campaigns) {
    const periods = campaignPeriods(c).filter((p) => p.start <= now);
    for (const u of units) {
      if (u.campaignId !== c.id) continue;
      if (q.unitId !== undefined && u.unitId !== q.unitId) continue;
      if (words && !searchKey(`${u.name} ${u.code}`).includes(words)) continue;
      for (const p of periods) {
        if (q.periodId && p.id !== q.periodId) continue;
        const r = byKey.get(`${c.id}:${u.unitId}:${p.id}`);
        const submittedOn = r?.submittedAt ? vnDate(toIso(r.submittedAt)) : null;
        items.push({
          reportId: r?.id ?? null,
          campaignId: c.id,
          campaignTitle: c.title,
          unitId: u.unitId,
          unitName: u.name,
          unitCode: u.code,
          periodId: p.id,
          periodLabel: p.label,
          dueOn: r?.dueOn ?? p.dueOn,
          status: (r?.status as ReportListItem['status']) ?? 'not_started',
          timeliness: timeliness(r?.dueOn ?? p.dueOn, submittedOn, now),
          submittedAt: toIso(r?.submittedAt),
          reviewedAt: toIso(r?.reviewedAt),
          reviewComment: r?.reviewComment ?? null,
          indicatorCount: u.indicatorCount,
          filledCount: r?.filled ?? 0,
          version: r?.version ?? null,
        });
      }
    }
  }
  const filtered = items.filter(
    (i) => (!q.status || i.status === q.status) && (!q.timeliness || i.timeliness === q.timeliness),
  );
  const order = scope === 'mine' ? MINE_ORDER : INBOX_ORDER;
  filtered.sort(
    (a, b) =>
      (order[a.status] ?? 9) - (order[b.status] ?? 9) ||
      (scope === 'mine' ? a.dueOn.localeCompare(b.dueOn) : b.dueOn.localeCompare(a.dueOn)) ||
      a.unitCode.localeCompare(b.unitCode, 'vi', { numeric: true }),
  );
  const counts: Record<string, number> = {};
  for (const i of items) {
    if (q.periodId === undefined || i.periodId === q.periodId) {
      counts[i.status] = (counts[i.status] ?? 0) + 1;
      counts[i.timeliness] = (counts[i.timeliness] ?? 0) + 1;
    }
  }
  return { items: filtered, counts };
}

export async function listPeriods(deps: Deps, ctx: RequestContext, campaignId: number) {
  const c = await loadCampaign(deps.database.db, campaignId);
  await authorizeCampaign(deps, ctx, 'read', c);
  return {
    items: campaignPeriods(c).map((p) => ({
      id: p.id,
      label: p.label,
      startsOn: p.start,
      endsOn: p.end,
      dueOn: p.dueOn,
      isLast: p.isLast,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One report

export async function openReport(
  deps: Deps,
  ctx: RequestContext,
  input: ReportOpen,
): Promise<{ report: Report; created: boolean }> {
  const db = deps.database.db;
  const c = await loadCampaign(db, input.campaignId);
  const unit = await getUnit(db, input.unitId);
  if (!unit)
    throw new AppError('NOT_FOUND', [{ path: 'body.unitId', message: `Không có đơn vị số ${input.unitId}` }]);
  const scope = { reportId: null, unitId: unit.id, unitPath: unit.path, issuingUnitPath: c.issuingUnitPath };
  await authorizeReport(deps, ctx, 'read', scope);
  const existing = await repo.findReport(db, c.id, unit.id, input.periodId);
  if (existing) return { report: await getReport(deps, ctx, existing.id), created: false };
  await authorizeReport(deps, ctx, 'edit', scope);
  const period = campaignPeriods(c).find((p) => p.id === input.periodId);
  if (!period)
    throw new AppError('REPORT_PERIOD_UNKNOWN', [
      { path: 'body.periodId', message: `Kỳ ${input.periodId} không thuộc thời gian của đợt thi đua` },
    ]);
  if (c.status !== 'launched') throw new AppError('CAMPAIGN_NOT_LAUNCHED');
  if (!(await repo.assignedIndicators(db, c.id, unit.id)).length)
    throw new AppError('REPORT_UNIT_NOT_ASSIGNED', [
      { path: 'body.unitId', message: `${unit.name} không được giao chỉ tiêu nào trong đợt này` },
    ]);
  const at = deps.clock.now().toISOString();
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertReport(tx, {
      campaignId: c.id,
      unitId: unit.id,
      periodId: period.id,
      dueOn: period.dueOn,
      at,
    });
    if (!row) return null; // someone opened it at the same moment
    await recordAudit(tx, deps, ctx, {
      entity: 'report',
      entityId: row.id,
      unitId: unit.id,
      action: 'report.create',
      after: { campaignId: c.id, unitId: unit.id, periodId: period.id, dueOn: period.dueOn, status: 'draft' },
    });
    return row.id;
  });
  const reportId = id ?? (await repo.findReport(db, c.id, unit.id, input.periodId))?.id;
  if (!reportId) throw new AppError('INTERNAL');
  return { report: await getReport(deps, ctx, reportId), created: id !== null };
}

export async function getReport(deps: Deps, ctx: RequestContext, id: number): Promise<Report> {
  const db = deps.database.db;
  const loaded = await loadReport(db, id);
  await authorizeReport(deps, ctx, 'read', {
    reportId: id,
    unitId: loaded.unit.id,
    unitPath: loaded.unit.path,
    issuingUnitPath: loaded.c.issuingUnitPath,
  });
  return buildReport(db, deps, ctx, loaded);
}

interface Loaded {
  r: repo.ReportRow;
  c: CampaignRow;
  unit: { id: number; name: string; path: string };
}

interface Context {
  period: ReportingPeriod;
  periods: ReportingPeriod[];
  indicators: IndicatorRow[];
  values: Map<number, repo.ReportValueRow>;
  /** Earlier periods' values of this unit per indicator, oldest first. */
  history: Map<number, { periodId: string; value: number | null }[]>;
  evidence: repo.EvidenceRow[];
  schedules: scheduleRepo.ScheduleRow[];
  assignedCount: Map<number, number>;
}

async function reportContext(db: Executor, l: Loaded): Promise<Context> {
  const periods = campaignPeriods(l.c);
  const period = periods.find((p) => p.id === l.r.periodId);
  if (!period) throw new AppError('REPORT_PERIOD_UNKNOWN');
  const inds = await repo.assignedIndicators(db, l.c.id, l.unit.id);
  const unitReports = await repo.unitReports(db, l.c.id, l.unit.id);
  const order = new Map(periods.map((p, i) => [p.id, i]));
  const myIndex = order.get(period.id) ?? 0;
  const earlier = unitReports
    .filter((x) => (order.get(x.periodId) ?? 99) < myIndex)
    .sort((a, b) => (order.get(a.periodId) ?? 0) - (order.get(b.periodId) ?? 0));
  const allValues = await repo.valuesOf(db, [l.r.id, ...earlier.map((x) => x.id)]);
  const values = new Map(allValues.filter((v) => v.reportId === l.r.id).map((v) => [v.indicatorId, v]));
  const history = new Map<number, { periodId: string; value: number | null }[]>();
  for (const e of earlier)
    for (const v of allValues.filter((x) => x.reportId === e.id)) {
      const list = history.get(v.indicatorId) ?? [];
      list.push({ periodId: e.periodId, value: v.value });
      history.set(v.indicatorId, list);
    }
  const assignments = await indicatorRepo.assignmentsOf(
    db,
    inds.map((i) => i.id),
  );
  return {
    period,
    periods,
    indicators: inds,
    values,
    history,
    evidence: await repo.evidenceOf(db, l.r.id),
    schedules: await scheduleRepo.schedulesOf(
      db,
      inds.map((i) => i.id),
    ),
    assignedCount: new Map(inds.map((i) => [i.id, assignments.get(i.id)?.length ?? 0])),
  };
}

/** The entry checks of an indicator (kind, factor, over-100 %, min/max). */
export const valueRuleOf = (ind: IndicatorRow) => ({
  kind: ind.kind as never,
  factor: ind.factor,
  allowOver100: ind.allowOver100,
  minValue: ind.minValue,
  maxValue: ind.maxValue,
  unitOfMeasure: ind.unitOfMeasure,
});

export const historyValues = (h: { value: number | null }[] | undefined) =>
  (h ?? []).map((x) => x.value).filter((v): v is number => v !== null);

function blockersOf(ctx: Context): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const ind of ctx.indicators) {
    const v = ctx.values.get(ind.id);
    const due = indicatorDue(ind.frequency as never, ctx.period, ctx.period.isLast);
    const hasValue = v?.value !== null && v?.value !== undefined;
    if (due && !hasValue)
      out.push({
        path: `rows.${ind.code}.value`,
        message: `${ind.code}: chưa nhập số liệu (bắt buộc kỳ này)`,
      });
    if (hasValue && v?.outlier && !v.comment.trim())
      out.push({
        path: `rows.${ind.code}.comment`,
        message: `${ind.code}: số liệu bất thường (${v.outlier}) — cần ghi chú giải thích`,
      });
    if (hasValue && ind.evidenceRequired && !ctx.evidence.some((e) => e.indicatorId === ind.id))
      out.push({ path: `rows.${ind.code}.evidence`, message: `${ind.code}: cần đính kèm minh chứng` });
  }
  return out;
}

const presentEvidence = (e: repo.EvidenceRow) => ({
  id: e.id,
  reportId: e.reportId,
  indicatorId: e.indicatorId,
  fileName: e.fileName,
  mimeType: e.mimeType,
  sizeBytes: Number(e.sizeBytes),
  sha256: e.sha256,
  uploadedAt: toIso(e.uploadedAt),
  uploadedBy: e.uploadedByName,
});

/** The report as the API shows it; `known` is the context a save already loaded (with its new values). */
async function buildReport(
  db: Executor,
  deps: Deps,
  rctx: RequestContext,
  l: Loaded,
  known?: Context,
): Promise<Report> {
  const actor = requireActor(rctx);
  const ctx = known ?? (await reportContext(db, l));
  const periodIds = ctx.periods.map((p) => p.id);
  const rows: ReportRowOut[] = ctx.indicators.map((ind) => {
    const v = ctx.values.get(ind.id);
    const plan = planFor(ind, l.unit.id, ctx.schedules, ctx.assignedCount.get(ind.id) ?? 0, periodIds);
    const point = plan?.points.get(ctx.period.id);
    const hist = ctx.history.get(ind.id) ?? [];
    const prev = hist.at(-1) ?? null;
    const value = v?.value ?? null;
    return {
      indicator: {
        id: ind.id,
        code: ind.code,
        name: ind.name,
        unitOfMeasure: ind.unitOfMeasure,
        kind: ind.kind as never,
        direction: ind.direction as never,
        factor: ind.factor,
        allowOver100: ind.allowOver100,
        minValue: ind.minValue,
        maxValue: ind.maxValue,
        evidenceRequired: ind.evidenceRequired,
        numeratorLabel: ind.numeratorLabel,
        denominatorLabel: ind.denominatorLabel,
        targetValue: ind.targetValue,
        targetLow: ind.targetLow,
        targetHigh: ind.targetHigh,
        parentIndicatorId: ind.parentIndicatorId,
      },
      due: indicatorDue(ind.frequency as never, ctx.period, ctx.period.isLast),
      planned: point?.planned ?? null,
      plannedLow: point?.plannedLow ?? null,
      plannedHigh: point?.plannedHigh ?? null,
      previous: prev,
      value,
      numerator: v?.numerator ?? null,
      denominator: v?.denominator ?? null,
      isEstimate: v?.isEstimate ?? false,
      comment: v?.comment ?? '',
      outlier: v?.outlier ?? null,
      status: progressStatus({
        direction: ind.direction as never,
        target: plan ? plan.target : null,
        targetLow: point?.plannedLow ?? ind.targetLow,
        targetHigh: point?.plannedHigh ?? ind.targetHigh,
        tolerance: ind.tolerance,
        planned: point?.planned ?? null,
        actual: value,
      }),
      evidence: ctx.evidence.filter((e) => e.indicatorId === ind.id).map(presentEvidence),
    };
  });
  const names = await repo.userNames(db, [l.r.submittedBy, l.r.reviewedBy]);
  const scope = { unitPath: l.unit.path, issuingUnitPath: l.c.issuingUnitPath };
  const open = l.c.status === 'launched';
  const editable = open && (l.r.status === 'draft' || l.r.status === 'returned');
  const mayEdit = can(actor, 'edit', scope);
  const mayReview = can(actor, 'review', scope);
  const submittedOn = l.r.submittedAt ? vnDate(toIso(l.r.submittedAt)) : null;
  return {
    id: l.r.id,
    campaignId: l.c.id,
    campaignTitle: l.c.title,
    campaignStatus: l.c.status,
    unitId: l.unit.id,
    unitName: l.unit.name,
    periodId: ctx.period.id,
    periodLabel: ctx.period.label,
    periodStartsOn: ctx.period.start,
    periodEndsOn: ctx.period.end,
    dueOn: l.r.dueOn,
    status: l.r.status as ReportStatus,
    timeliness: timeliness(l.r.dueOn, submittedOn, today(deps)),
    version: l.r.version,
    submittedAt: toIso(l.r.submittedAt),
    submittedBy: l.r.submittedBy ? (names.get(l.r.submittedBy) ?? null) : null,
    reviewedAt: toIso(l.r.reviewedAt),
    reviewedBy: l.r.reviewedBy ? (names.get(l.r.reviewedBy) ?? null) : null,
    reviewComment: l.r.reviewComment,
    updatedAt: toIso(l.r.updatedAt),
    rows,
    can: {
      edit: editable && mayEdit,
      submit: editable && mayEdit,
      review: open && l.r.status === 'submitted' && mayReview,
      reopen: open && l.r.status === 'accepted' && mayReview,
    },
    blockers: blockersOf(ctx),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Saving values

export function assertOpen(c: { status: string }) {
  if (c.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
  if (c.status !== 'launched') throw new AppError('CAMPAIGN_NOT_LAUNCHED');
}

export function assertEditableStatus(status: string) {
  if (status !== 'draft' && status !== 'returned') throw new AppError('REPORT_LOCKED');
}

/** What a value row holds for people and the audit trail (the outlier note is derived, not entered). */
export interface ValueSnapshot {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  isEstimate: boolean;
  comment: string;
}

const snapshotOf = (v: ValueSnapshot): ValueSnapshot => ({
  value: v.value,
  numerator: v.numerator,
  denominator: v.denominator,
  isEstimate: v.isEstimate,
  comment: v.comment,
});

export interface PlannedValue {
  /** The row to write (without report, time and author). */
  next: Omit<repo.ReportValueRow, 'updatedAt' | 'updatedBy' | 'reportId'>;
  /** The indicator's checks that fail, by field (value, numerator, denominator). */
  problems: { field: string; message: string }[];
  before: ValueSnapshot | null;
  after: ValueSnapshot;
}

/**
 * One indicator's save, shared by the form, the Excel upload and the data exchange: the fields sent (undefined =
 * keep, null = clear) over the stored row, checked by the indicator's rules, with the outlier note against the
 * unit's earlier values (`history`, oldest first).
 */
export function planValue(
  ind: IndicatorRow,
  cur: repo.ReportValueRow | undefined,
  v: Omit<ReportValueInput, 'indicatorId'>,
  history: number[],
): PlannedValue {
  const merged = {
    value: v.value !== undefined ? v.value : (cur?.value ?? null),
    numerator: v.numerator !== undefined ? v.numerator : (cur?.numerator ?? null),
    denominator: v.denominator !== undefined ? v.denominator : (cur?.denominator ?? null),
  };
  const check = checkValue(valueRuleOf(ind), merged);
  const next = {
    indicatorId: ind.id,
    value: check.value,
    numerator: check.numerator,
    denominator: check.denominator,
    isEstimate: v.isEstimate ?? cur?.isEstimate ?? false,
    comment: v.comment ?? cur?.comment ?? '',
    outlier: outlierReason(ind.kind as never, history, check.value),
  };
  return { next, problems: check.problems, before: cur ? snapshotOf(cur) : null, after: snapshotOf(next) };
}

/** Saves the rows sent (others keep their values). Checks every value first; one bad value saves nothing. */
export async function saveValues(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: ReportSave,
  via: 'form' | 'excel' = 'form',
): Promise<Report> {
  const db = deps.database.db;
  const l = await loadReport(db, id);
  await authorizeReport(deps, ctx, 'edit', {
    reportId: id,
    unitId: l.unit.id,
    unitPath: l.unit.path,
    issuingUnitPath: l.c.issuingUnitPath,
  });
  assertOpen(l.c);
  assertEditableStatus(l.r.status);
  if (l.r.version !== input.version) throw new AppError('CONFLICT_STALE');
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const rc = await reportContext(tx, l);
    const byId = new Map(rc.indicators.map((i) => [i.id, i]));
    const problems: FieldIssue[] = [];
    const seen = new Set<number>();
    const planned: ({ ind: IndicatorRow } & PlannedValue)[] = [];
    input.values.forEach((v, i) => {
      const ind = byId.get(v.indicatorId);
      if (!ind) {
        problems.push({
          path: `values.${i}.indicatorId`,
          message: 'Chỉ tiêu này không được giao cho đơn vị',
        });
        return;
      }
      if (seen.has(ind.id)) {
        problems.push({ path: `values.${i}.indicatorId`, message: `${ind.code} được gửi hai lần` });
        return;
      }
      seen.add(ind.id);
      const p = planValue(ind, rc.values.get(ind.id), v, historyValues(rc.history.get(ind.id)));
      for (const x of p.problems)
        problems.push({ path: `values.${i}.${x.field}`, message: `${ind.code}: ${x.message}` });
      planned.push({ ind, ...p });
    });
    if (problems.length) throw new AppError('REPORT_VALUE_INVALID', problems);
    const at = deps.clock.now().toISOString();
    if (!(await repo.touchReport(tx, id, input.version, { updatedAt: at })))
      throw new AppError('CONFLICT_STALE');
    await assertNotLockedUpward(tx, l.c.id, l.r.periodId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const { ind, next, before: old, after: now } of planned) {
      const cur = rc.values.get(ind.id);
      if (JSON.stringify(old) === JSON.stringify(now) && cur?.outlier === next.outlier) continue;
      const row = { ...next, reportId: id, updatedAt: at, updatedBy: actor.userId };
      await repo.upsertValue(tx, row);
      rc.values.set(ind.id, row as repo.ReportValueRow);
      before[ind.code] = old;
      after[ind.code] = now;
    }
    // The context loaded above, with the values just written: the response needs no second round of reads.
    const out = await buildReport(
      tx,
      deps,
      ctx,
      { ...l, r: { ...l.r, version: input.version + 1, updatedAt: at } },
      rc,
    );
    // The audit row last: its head lock serialises every audited write, so it is held only until the commit.
    await recordAudit(tx, deps, ctx, {
      entity: 'report',
      entityId: id,
      unitId: l.unit.id,
      action: via === 'excel' ? 'report.import_excel' : 'report.save',
      before,
      after,
    });
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Workflow

const ACTION_TEXT: Record<ReportAction, string> = {
  submit: 'đã gửi',
  return: 'đã bị trả lại',
  accept: 'đã được duyệt',
  reopen: 'đã được mở lại để sửa',
};

export async function transitionReport(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  action: ReportAction,
  body: ReportTransitionBody,
): Promise<Report> {
  const db = deps.database.db;
  const l = await loadReport(db, id);
  const t = REPORT_TRANSITIONS.find((x) => x.action === action);
  if (!t) throw new AppError('REPORT_BAD_TRANSITION');
  await authorizeReport(deps, ctx, t.by === 'unit' ? 'edit' : 'review', {
    reportId: id,
    unitId: l.unit.id,
    unitPath: l.unit.path,
    issuingUnitPath: l.c.issuingUnitPath,
  });
  assertOpen(l.c);
  if (!t.from.includes(l.r.status as ReportStatus))
    throw new AppError('REPORT_BAD_TRANSITION', [
      { path: 'status', message: `Báo cáo đang ở trạng thái "${l.r.status}", không thể ${action}` },
    ]);
  if (l.r.version !== body.version) throw new AppError('CONFLICT_STALE');
  const comment = body.comment?.trim() ?? '';
  if ((action === 'return' || action === 'reopen') && !comment)
    throw new AppError('REPORT_COMMENT_REQUIRED', [
      { path: 'body.comment', message: 'Nhập lý do trả lại / mở lại' },
    ]);
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  return db.transaction(async (tx) => {
    if (action === 'submit') {
      const blockers = blockersOf(await reportContext(tx, l));
      if (blockers.length) throw new AppError('REPORT_INCOMPLETE', blockers);
    }
    const set =
      t.by === 'unit'
        ? { status: t.to, submittedAt: l.r.submittedAt ?? at, submittedBy: actor.userId, updatedAt: at }
        : {
            status: t.to,
            reviewedAt: at,
            reviewedBy: actor.userId,
            reviewComment: comment || null,
            updatedAt: at,
          };
    if (!(await repo.touchReport(tx, id, body.version, set))) throw new AppError('CONFLICT_STALE');
    await assertNotLockedUpward(tx, l.c.id, l.r.periodId);
    // The dashboards' summary moves with the status (submit and reopen/return change what counts).
    await refreshTotals(tx, l.c.id, l.r.periodId);
    const period = campaignPeriods(l.c).find((p) => p.id === l.r.periodId);
    const what = `Báo cáo ${period?.label ?? l.r.periodId} của ${l.unit.name}`;
    const recipients =
      t.by === 'unit'
        ? await usersWithRoleOver(
            tx,
            REVIEWERS.filter((r) => r !== 'admin'),
            l.c.issuingUnitPath,
          )
        : await usersWithRoleOver(tx, UNIT_REPORTERS, l.unit.path);
    await notify(
      tx,
      deps,
      recipients.filter((r) => r.userId !== actor.userId),
      {
        kind: `report.${action}`,
        title: `${what} ${ACTION_TEXT[action]}`,
        body: `${what} (${l.c.title}) ${ACTION_TEXT[action]}${comment ? `. Ý kiến: ${comment}` : ''}.`,
        link: `/bao-cao/${id}`,
      },
    );
    const out = await buildReport(tx, deps, ctx, {
      ...l,
      r: { ...l.r, ...set, version: body.version + 1 } as repo.ReportRow,
    });
    // The audit row last: it takes the audit chain's head lock, which every audited write in the system waits
    // for, so it is held only from here to the commit (ADR 0010).
    await recordAudit(tx, deps, ctx, {
      entity: 'report',
      entityId: id,
      unitId: l.unit.id,
      action: `report.${action}`,
      before: { status: l.r.status, version: l.r.version },
      after: { status: t.to, version: body.version + 1, comment: comment || null },
    });
    return out;
  });
}

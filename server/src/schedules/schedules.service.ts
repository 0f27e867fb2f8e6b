/**
 * Progress schedules (đường găng): read with the actual values beside the plan, generate (linear, stepped, shaped
 * like last year), save with optimistic concurrency; and the campaign's progress matrix for one period.
 */
import {
  type FieldIssue,
  isFlow,
  isPercent,
  linearSchedule,
  paceNeeded,
  progressStatus,
  projectLevel,
  projectToEnd,
  rollUp,
  type Schedule,
  type ScheduleGenerate,
  type ScheduleSave,
  shapedSchedule,
  steppedSchedule,
  vnDate,
} from '@thidua/shared';
import { hasRoleOver, type RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { type CampaignPolicyAction, can as canCampaign } from '../campaigns/campaigns.policy.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { authorizeCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { cellOf } from '../evaluation/compute.ts';
import { loadSnapshot } from '../evaluation/snapshot.ts';
import { AppError, isUniqueViolation } from '../http/errors.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { getUnit } from '../org/org.repo.ts';
import { CAMPAIGN_READERS, UNIT_REPORTERS } from '../reports/reports.policy.ts';
import * as reportRepo from '../reports/reports.repo.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import { type Plan, planFor, proposal } from './plan.ts';
import * as repo from './schedules.repo.ts';

/** Values units have sent for review (submitted, accepted) count; drafts and returned reports do not. */
const COUNTED = new Set(['submitted', 'accepted']);

async function load(deps: Deps, ctx: RequestContext, indicatorId: number, action: CampaignPolicyAction) {
  const db = deps.database.db;
  const ind = await indicatorRepo.getIndicator(db, indicatorId);
  if (!ind) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có chỉ tiêu số ${indicatorId}` }]);
  const c = await campaignRepo.getCampaign(db, ind.campaignId);
  if (!c) throw new AppError('NOT_FOUND');
  const actor = requireActor(ctx);
  if (!canCampaign(actor, action, c.issuingUnitPath)) {
    await recordDenied(deps, ctx, {
      entity: 'indicator',
      entityId: ind.id,
      unitId: c.issuingUnitId,
      action: `schedule.${action}`,
    });
    throw new AppError('FORBIDDEN');
  }
  const assigned = (await indicatorRepo.assignmentsOf(db, [ind.id])).get(ind.id) ?? [];
  return { ind, c, assigned, periods: campaignPeriods(c) };
}

function checkUnit(assigned: number[], unitId: number | null | undefined, path: string) {
  if (unitId !== null && unitId !== undefined && !assigned.includes(unitId))
    throw new AppError('VALIDATION_FAILED', [{ path, message: 'Đơn vị này không được giao chỉ tiêu' }]);
}

/** Actual value per period: the unit's, or the roll-up over all assigned units (sum; ratio from summed parts). */
async function actuals(
  db: Executor,
  ind: IndicatorRow,
  unitId: number | null,
  assigned: number[],
): Promise<Map<string, { value: number | null; estimate: boolean }>> {
  const reports = (await reportRepo.reportsOf(db, [ind.campaignId])).filter(
    (r) => COUNTED.has(r.status) && (unitId === null ? assigned.includes(r.unitId) : r.unitId === unitId),
  );
  const values = (
    await reportRepo.valuesOf(
      db,
      reports.map((r) => r.id),
    )
  ).filter((v) => v.indicatorId === ind.id);
  const periodOf = new Map(reports.map((r) => [r.id, r.periodId]));
  const byPeriod = new Map<string, typeof values>();
  for (const v of values) {
    const p = periodOf.get(v.reportId) as string;
    byPeriod.set(p, [...(byPeriod.get(p) ?? []), v]);
  }
  const out = new Map<string, { value: number | null; estimate: boolean }>();
  for (const [p, vs] of byPeriod) {
    const estimate = vs.some((v) => v.isEstimate);
    if (unitId !== null || assigned.length === 1) {
      out.set(p, { value: vs[0]?.value ?? null, estimate });
      continue;
    }
    // The whole indicator is known only when every assigned unit has reported.
    if (vs.length < assigned.length) {
      out.set(p, { value: null, estimate });
      continue;
    }
    const rule = ind.kind === 'ratio' ? 'ratio' : isFlow(ind.kind as never) ? 'sum' : 'none';
    out.set(p, { value: rollUp(rule, vs, ind.factor ?? 100).value, estimate });
  }
  return out;
}

function present(
  deps: Deps,
  ind: IndicatorRow,
  unit: { id: number; name: string } | null,
  plan: Plan | null,
  periods: ReturnType<typeof campaignPeriods>,
  act: Map<string, { value: number | null; estimate: boolean }>,
  fellBackToLinear = false,
): Schedule {
  const today = vnDate(deps.clock.now());
  const target = plan?.target ?? null;
  const points = periods.map((p) => {
    const pt = plan?.points.get(p.id);
    const a = act.get(p.id);
    const planned = pt?.planned ?? null;
    return {
      periodId: p.id,
      label: p.label,
      endsOn: p.end,
      planned,
      plannedLow: pt?.plannedLow ?? null,
      plannedHigh: pt?.plannedHigh ?? null,
      actual: a?.value ?? null,
      isEstimate: a?.estimate ?? false,
      status: progressStatus({
        direction: ind.direction as never,
        target,
        targetLow: pt?.plannedLow ?? ind.targetLow,
        targetHigh: pt?.plannedHigh ?? ind.targetHigh,
        tolerance: ind.tolerance,
        planned,
        actual: a?.value ?? null,
        stale: p.dueOn < today && !a,
      }),
    };
  });
  const lastIdx = points.reduce((acc, p, i) => (p.actual !== null ? i : acc), -1);
  const last = lastIdx >= 0 ? points[lastIdx] : undefined;
  const remaining = periods.length - 1 - lastIdx;
  const flow = isFlow(ind.kind as never);
  const projection = !last
    ? null
    : flow
      ? projectToEnd('flow', last.actual as number, (lastIdx + 1) / periods.length, plan?.baseline ?? 0)
      : projectLevel(
          points.map((p) => p.actual),
          ind.baselineValue,
          isPercent(ind as never) && !ind.allowOver100 ? { min: 0, max: 100 } : { min: 0 },
        );
  const pace =
    last && last.actual !== null && target !== null && flow && ind.direction === 'at_least'
      ? paceNeeded(target, last.actual, remaining)
      : null;
  return {
    indicatorId: ind.id,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? null,
    method: plan?.method ?? 'manual',
    baseline: plan?.baseline ?? ind.baselineValue,
    target,
    saved: plan?.saved ?? false,
    version: plan?.version ?? 0,
    fellBackToLinear,
    points,
    projection: projection === null ? null : Math.round(projection * 1000) / 1000,
    paceNeeded: pace === null ? null : Math.round(pace * 1000) / 1000,
    remainingPeriods: Math.max(0, remaining),
    updatedAt: plan?.updatedAt ?? null,
  };
}

async function unitOf(db: Executor, unitId: number | null | undefined) {
  if (unitId === null || unitId === undefined) return null;
  const u = await getUnit(db, unitId);
  return u ? { id: u.id, name: u.name } : null;
}

export async function getSchedule(
  deps: Deps,
  ctx: RequestContext,
  indicatorId: number,
  unitId: number | null,
): Promise<Schedule> {
  const db = deps.database.db;
  const { ind, c, assigned, periods } = await load(deps, ctx, indicatorId, 'read');
  checkUnit(assigned, unitId, 'querystring.unitId');
  // One unit's figures: the campaign's readers, or that unit's own people — not another unit's.
  if (unitId !== null && unitId !== undefined) {
    const actor = requireActor(ctx);
    const u = await getUnit(db, unitId);
    if (
      !hasRoleOver(actor, CAMPAIGN_READERS, c.issuingUnitPath) &&
      !(u && hasRoleOver(actor, UNIT_REPORTERS, u.path))
    ) {
      await recordDenied(deps, ctx, {
        entity: 'indicator',
        entityId: ind.id,
        unitId,
        action: 'schedule.read',
      });
      throw new AppError('FORBIDDEN');
    }
  }
  const schedules = await repo.schedulesOf(db, [ind.id]);
  const ids = periods.map((p) => p.id);
  // No plan applies (a shared flow without the unit's own schedule): an empty one for the office to fill in.
  const plan = planFor(ind, unitId, schedules, assigned.length, ids) ?? {
    ...proposal(ind, ids, ind.baselineValue, null),
    method: 'manual' as const,
  };
  return present(
    deps,
    ind,
    await unitOf(db, unitId),
    plan,
    periods,
    await actuals(db, ind, unitId, assigned),
  );
}

export async function generateSchedule(
  deps: Deps,
  ctx: RequestContext,
  indicatorId: number,
  input: ScheduleGenerate,
): Promise<Schedule> {
  const db = deps.database.db;
  const { ind, assigned, periods } = await load(deps, ctx, indicatorId, 'read');
  checkUnit(assigned, input.unitId, 'body.unitId');
  const ids = periods.map((p) => p.id);
  const target = input.target !== undefined ? input.target : ind.targetValue;
  let baseline = input.baseline !== undefined ? input.baseline : ind.baselineValue;
  if (baseline === null && isFlow(ind.kind as never)) baseline = 0;
  if (ind.direction === 'band' || ind.direction === 'maintain' || target === null || baseline === null) {
    const plan = proposal(ind, ids, baseline, target);
    return present(
      deps,
      ind,
      await unitOf(db, input.unitId),
      plan,
      periods,
      await actuals(db, ind, input.unitId, assigned),
    );
  }
  let values: number[];
  let fell = false;
  if (input.method === 'stepped') values = steppedSchedule(baseline, target, ids.length, input.every ?? 3);
  else if (input.method === 'shaped') {
    const r = shapedSchedule(baseline, target, (input.lastYear ?? []).slice(0, ids.length));
    values = r.values.length === ids.length ? r.values : linearSchedule(baseline, target, ids.length);
    fell = r.fellBackToLinear || r.values.length !== ids.length;
  } else values = linearSchedule(baseline, target, ids.length);
  const plan: Plan = {
    method: fell ? 'linear' : input.method,
    saved: false,
    version: 0,
    baseline,
    target,
    points: new Map(
      ids.map((p, i) => [p, { planned: values[i] ?? null, plannedLow: null, plannedHigh: null }]),
    ),
    updatedAt: null,
  };
  const existing = await repo.getSchedule(db, ind.id, input.unitId);
  if (existing) plan.version = existing.version;
  return present(
    deps,
    ind,
    await unitOf(db, input.unitId),
    plan,
    periods,
    await actuals(db, ind, input.unitId, assigned),
    fell,
  );
}

export async function saveSchedule(
  deps: Deps,
  ctx: RequestContext,
  indicatorId: number,
  input: ScheduleSave,
): Promise<Schedule> {
  const db = deps.database.db;
  const { ind, c, assigned, periods } = await load(deps, ctx, indicatorId, 'edit');
  if (c.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
  checkUnit(assigned, input.unitId, 'body.unitId');
  const ids = new Set(periods.map((p) => p.id));
  const problems: FieldIssue[] = [];
  const seen = new Set<string>();
  let prev: number | null = null;
  const flow = isFlow(ind.kind as never);
  input.points.forEach((p, i) => {
    if (!ids.has(p.periodId))
      problems.push({
        path: `body.points.${i}.periodId`,
        message: `Kỳ ${p.periodId} không thuộc đợt thi đua`,
      });
    if (seen.has(p.periodId))
      problems.push({ path: `body.points.${i}.periodId`, message: `Kỳ ${p.periodId} bị lặp` });
    seen.add(p.periodId);
    const lo = p.plannedLow ?? null;
    const hi = p.plannedHigh ?? null;
    if (lo !== null && hi !== null && lo > hi)
      problems.push({ path: `body.points.${i}.plannedLow`, message: 'Cận dưới lớn hơn cận trên' });
    if (flow && ind.direction === 'at_least' && p.planned !== null) {
      if (prev !== null && p.planned < prev)
        problems.push({
          path: `body.points.${i}.planned`,
          message: 'Kế hoạch lũy kế không được giảm so với kỳ trước',
        });
      prev = p.planned;
    }
  });
  if (problems.length) throw new AppError('SCHEDULE_INVALID', problems);
  const order = periods.map((p) => p.id);
  const points = [...input.points]
    .sort((a, b) => order.indexOf(a.periodId) - order.indexOf(b.periodId))
    .map((p) => ({
      periodId: p.periodId,
      planned: p.planned,
      plannedLow: p.plannedLow ?? null,
      plannedHigh: p.plannedHigh ?? null,
    }));
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const existing = await repo.getSchedule(tx, ind.id, input.unitId);
    if ((existing?.version ?? 0) !== input.version) throw new AppError('CONFLICT_STALE');
    const row = {
      method: input.method,
      baseline: input.baseline,
      target: input.target,
      points,
      updatedAt: at,
      updatedBy: actor.userId,
    };
    if (existing) {
      if (!(await repo.updateSchedule(tx, existing.id, input.version, row)))
        throw new AppError('CONFLICT_STALE');
    } else {
      try {
        await repo.insertSchedule(tx, { indicatorId: ind.id, unitId: input.unitId, ...row });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT_STALE');
        throw e;
      }
    }
    await recordAudit(tx, deps, ctx, {
      entity: 'indicator',
      entityId: ind.id,
      unitId: input.unitId ?? c.issuingUnitId,
      action: 'schedule.save',
      before: existing
        ? {
            unitId: existing.unitId,
            method: existing.method,
            baseline: existing.baseline,
            target: existing.target,
            points: existing.points,
          }
        : null,
      after: {
        unitId: input.unitId,
        method: input.method,
        baseline: input.baseline,
        target: input.target,
        points,
      },
    });
  });
  return getSchedule(deps, ctx, indicatorId, input.unitId);
}

/**
 * Status of every (indicator, unit) assignment of a campaign at one period — the heatmap's cells (one rule for
 * both, in evaluation/compute.ts): all units for the campaign's readers, a unit's own for its people.
 */
export async function progressMatrix(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  periodId: string | undefined,
) {
  const s = await loadSnapshot(
    deps,
    ctx,
    campaignId,
    { periodId },
    { values: 'period', forUnit: (c) => authorizeCampaign(deps, ctx, 'read', c) },
  );
  // Every unit's cells for the campaign's readers; a unit's own people see their own units only.
  const actor = requireActor(ctx);
  const reader = hasRoleOver(actor, CAMPAIGN_READERS, s.c.issuingUnitPath);
  const visible = new Set(
    s.units.filter((u) => reader || hasRoleOver(actor, UNIT_REPORTERS, u.path)).map((u) => u.id),
  );
  const cells = [];
  const counts: Record<string, number> = {};
  for (const ind of s.allIndicators)
    for (const unitId of (s.assigned.get(ind.id) ?? []).filter((id) => visible.has(id))) {
      const c = cellOf(s, ind, unitId, s.period);
      counts[c.status] = (counts[c.status] ?? 0) + 1;
      cells.push({
        indicatorId: ind.id,
        unitId,
        planned: c.planned,
        actual: c.value,
        isEstimate: c.isEstimate,
        status: c.status,
        reportStatus: c.reportStatus,
      });
    }
  return { periodId: s.period.id, cells, counts };
}

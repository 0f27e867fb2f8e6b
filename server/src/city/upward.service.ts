/**
 * The ward's aggregated report to the city (ADR 0009): what it would send (its linked indicators' whole values at
 * the period), whether it may (every unit's report accepted, or missing ones explained; none waiting for review),
 * and the submit / withdraw / accept / return workflow. Submitted and accepted lock the unit reports below.
 */
import {
  type FieldIssue,
  UPWARD_TRANSITIONS,
  type UpwardAction,
  type UpwardDecide,
  type UpwardState,
  type UpwardStatus,
  type UpwardSubmit,
  type UpwardUnit,
  type UpwardValue,
  upwardLocks,
  vnDate,
} from '@thidua/shared';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import { upwardSubmissions as upwardTable } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { totalsOf, wholeFromTotal } from '../evaluation/totals.ts';
import { AppError } from '../http/errors.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { notify, usersWithRoleOver } from '../notifications/notifications.service.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import { canUpward, type UpwardPolicyAction } from './city.policy.ts';
import * as repo from './city.repo.ts';
import { pickPeriod } from './period.ts';

const eqId = (id: number) => eq(upwardTable.id, id);

interface Pair {
  c: CampaignRowWithUnit;
  p: CampaignRowWithUnit;
}

async function loadPair(db: Executor, campaignId: number): Promise<Pair> {
  const c = await loadCampaign(db, campaignId);
  if (!c.parentCampaignId) throw new AppError('UPWARD_NO_PARENT');
  const p = await loadCampaign(db, c.parentCampaignId);
  return { c, p };
}

async function authorize(deps: Deps, ctx: RequestContext, action: UpwardPolicyAction, { c, p }: Pair) {
  const actor = requireActor(ctx);
  if (canUpward(actor, action, { wardPath: c.issuingUnitPath, cityPath: p.issuingUnitPath })) return;
  await recordDenied(deps, ctx, {
    entity: 'campaign',
    entityId: c.id,
    unitId: c.issuingUnitId,
    action: `upward.${action}`,
  });
  throw new AppError('FORBIDDEN');
}

/** The ward's linked values at the period: each linked indicator's whole value over the ward's units. */
export async function linkedValues(
  db: Executor,
  c: CampaignRowWithUnit,
  periodId: string,
): Promise<UpwardValue[]> {
  const linked = await repo.linkedIndicators(db, [c.id]);
  if (!linked.length) return [];
  const parents = new Map(
    (await indicatorRepo.listByCampaign(db, c.parentCampaignId as number)).map((i) => [i.id, i]),
  );
  const totals = new Map((await totalsOf(db, c.id, [periodId])).map((t) => [t.indicatorId, t]));
  return linked.map((ind) => {
    const w = wholeFromTotal(ind, totals.get(ind.id));
    const parent = parents.get(ind.linkedIndicatorId as number);
    return {
      indicatorId: ind.id,
      indicatorCode: ind.code,
      indicatorName: ind.name,
      unitOfMeasure: ind.unitOfMeasure,
      parentIndicatorId: ind.linkedIndicatorId as number,
      parentIndicatorCode: parent?.code ?? '',
      rule: ind.rollupRule as UpwardValue['rule'],
      value: w.value,
      numerator: w.numerator,
      denominator: w.denominator,
      isEstimate: w.isEstimate,
      unitsReported: w.unitsReported,
    };
  });
}

/** Units expected to report, split into accepted, waiting for review, and missing. */
async function readinessOf(db: Executor, campaignId: number, periodId: string) {
  const units = await repo.expectedUnits(db, [campaignId], periodId);
  const view = (u: repo.ExpectedUnit): UpwardUnit => ({
    unitId: u.unitId,
    code: u.code,
    name: u.name,
    status: (u.status ?? 'not_started') as UpwardUnit['status'],
    reportId: u.reportId,
  });
  return {
    expected: units.length,
    accepted: units.filter((u) => u.status === 'accepted').length,
    pending: units.filter((u) => u.status === 'submitted').map(view),
    missing: units.filter((u) => u.status !== 'accepted' && u.status !== 'submitted').map(view),
  };
}

function submissionView(
  s: repo.SubmissionRow,
  unitName: string,
  names: Map<number, string>,
): NonNullable<UpwardState['submission']> {
  return {
    id: s.id,
    campaignId: s.campaignId,
    parentCampaignId: s.parentCampaignId,
    unitId: s.unitId,
    unitName,
    periodId: s.periodId,
    status: s.status as UpwardStatus,
    version: s.version,
    missingUnits: s.missingUnits.map((u) => ({
      unitId: u.unitId,
      code: u.code,
      name: u.name,
      status: u.status as UpwardUnit['status'],
    })),
    missingReason: s.missingReason,
    note: s.note,
    returnReason: s.returnReason,
    values: s.snapshot as UpwardValue[],
    submittedBy: s.submittedBy ? (names.get(s.submittedBy) ?? null) : null,
    submittedAt: new Date(s.submittedAt).toISOString(),
    decidedBy: s.decidedBy ? (names.get(s.decidedBy) ?? null) : null,
    decidedAt: s.decidedAt ? new Date(s.decidedAt).toISOString() : null,
  };
}

async function stateOf(
  deps: Deps,
  ctx: RequestContext,
  db: Executor,
  pair: Pair,
  periodId: string | undefined,
): Promise<UpwardState> {
  const { c, p } = pair;
  const periods = campaignPeriods(c);
  const period = pickPeriod(
    periods,
    periodId,
    vnDate(deps.clock.now()),
    periodId ? undefined : await repo.periodsWithData(db, [c.id]),
  );
  const [sub, all, readiness, values] = await Promise.all([
    repo.submissionOf(db, c.id, period.id),
    repo.submissionsOfCampaign(db, c.id),
    readinessOf(db, c.id, period.id),
    linkedValues(db, c, period.id),
  ]);
  const names = await repo.userNames(db, sub ? [sub.submittedBy, sub.decidedBy] : []);
  const actor = requireActor(ctx);
  const scope = { wardPath: c.issuingUnitPath, cityPath: p.issuingUnitPath };
  const status = (sub?.status ?? null) as UpwardStatus | null;
  const allowed = (a: UpwardAction) => {
    const t = UPWARD_TRANSITIONS.find((x) => x.action === a);
    return !!t && t.from.includes(status) && canUpward(actor, t.by, scope) && c.status !== 'draft';
  };
  const byPeriod = new Map(all.map((s) => [s.periodId, s.status as UpwardStatus]));
  return {
    campaignId: c.id,
    campaignTitle: c.title,
    parentCampaign: { id: p.id, title: p.title, issuerName: p.issuingUnitName },
    period: { id: period.id, label: period.label, dueOn: period.dueOn },
    periods: periods.map((x) => ({ id: x.id, label: x.label, status: byPeriod.get(x.id) ?? null })),
    submission: sub ? submissionView(sub, c.issuingUnitName, names) : null,
    readiness,
    values,
    locked: upwardLocks(status),
    can: {
      submit: allowed('submit'),
      withdraw: allowed('withdraw'),
      accept: allowed('accept'),
      return: allowed('return'),
    },
  };
}

export async function getUpward(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  periodId: string | undefined,
): Promise<UpwardState> {
  const db = deps.database.db;
  const pair = await loadPair(db, campaignId);
  await authorize(deps, ctx, 'view', pair);
  return stateOf(deps, ctx, db, pair, periodId);
}

const unitList = (units: UpwardUnit[]): FieldIssue[] =>
  units.map((u) => ({ path: `units.${u.code}`, message: `${u.name}: ${STATUS_TEXT[u.status] ?? u.status}` }));

const STATUS_TEXT: Record<string, string> = {
  not_started: 'chưa nhập báo cáo',
  draft: 'đang nhập, chưa gửi',
  returned: 'bị trả lại, chưa gửi lại',
  submitted: 'đã gửi, chờ phường duyệt',
  accepted: 'đã duyệt',
};

export async function submitUpward(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: UpwardSubmit,
): Promise<UpwardState> {
  const db = deps.database.db;
  const pair = await loadPair(db, campaignId);
  const { c, p } = pair;
  await authorize(deps, ctx, 'ward', pair);
  if (c.status === 'draft')
    throw new AppError('UPWARD_BAD_TRANSITION', [
      { path: 'status', message: 'Đợt thi đua chưa phát động nên chưa có báo cáo gửi lên' },
    ]);
  const period = pickPeriod(
    campaignPeriods(c),
    input.periodId,
    vnDate(deps.clock.now()),
    undefined,
    'body.periodId',
  );
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    // Lock the period's reports so no unit report can change between this check and the commit.
    await repo.lockPeriodReports(tx, c.id, period.id);
    const cur = await repo.submissionOf(tx, c.id, period.id);
    if ((cur?.version ?? 0) !== input.version) throw new AppError('CONFLICT_STALE');
    const t = UPWARD_TRANSITIONS.find((x) => x.action === 'submit');
    if (!t?.from.includes((cur?.status ?? null) as UpwardStatus | null))
      throw new AppError('UPWARD_BAD_TRANSITION', [
        { path: 'status', message: `Báo cáo tổng hợp đang ở trạng thái "${cur?.status}"` },
      ]);
    const readiness = await readinessOf(tx, c.id, period.id);
    if (readiness.pending.length) throw new AppError('UPWARD_REVIEWS_PENDING', unitList(readiness.pending));
    const reason = input.missingReason?.trim() ?? '';
    if (readiness.missing.length && !reason)
      throw new AppError('UPWARD_UNITS_MISSING', [
        {
          path: 'body.missingReason',
          message: `${readiness.missing.length} đơn vị chưa có báo cáo được duyệt`,
        },
        ...unitList(readiness.missing),
      ]);
    const values = await linkedValues(tx, c, period.id);
    const next = {
      status: 'submitted',
      missingUnits: readiness.missing.map((u) => ({
        unitId: u.unitId,
        code: u.code,
        name: u.name,
        status: u.status,
      })),
      missingReason: readiness.missing.length ? reason : null,
      snapshot: values,
      note: input.note?.trim() ?? '',
      returnReason: null,
      submittedBy: actor.userId,
      submittedAt: at,
      decidedBy: null,
      decidedAt: null,
    };
    let id: number;
    if (cur) {
      await tx
        .update(upwardTable)
        .set({ ...next, version: cur.version + 1 })
        .where(eqId(cur.id));
      id = cur.id;
    } else {
      const rows = await tx
        .insert(upwardTable)
        .values({
          ...next,
          campaignId: c.id,
          parentCampaignId: p.id,
          unitId: c.issuingUnitId,
          periodId: period.id,
          version: 1,
        })
        .returning({ id: upwardTable.id });
      id = rows[0]?.id as number;
    }
    await recordAudit(tx, deps, ctx, {
      entity: 'upward_submission',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'upward.submit',
      before: cur ? { status: cur.status, version: cur.version } : null,
      after: {
        status: 'submitted',
        version: (cur?.version ?? 0) + 1,
        periodId: period.id,
        missingUnits: next.missingUnits.map((u) => u.code),
        missingReason: next.missingReason,
        values: values.map((v) => ({ code: v.indicatorCode, value: v.value })),
      },
    });
    const recipients = await usersWithRoleOver(tx, ['office'], p.issuingUnitPath);
    await notify(
      tx,
      deps,
      recipients.filter((r) => r.userId !== actor.userId),
      {
        kind: 'upward.submit',
        title: `${c.issuingUnitName} đã gửi báo cáo tổng hợp ${period.label}`,
        body: `${c.issuingUnitName} đã gửi báo cáo tổng hợp ${period.label} (${c.title})${
          next.missingReason
            ? `; còn ${next.missingUnits.length} đơn vị chưa có báo cáo: ${next.missingReason}`
            : ''
        }.`,
        link: `/dot-thi-dua/${c.id}/bao-cao-cap-tren?periodId=${period.id}`,
      },
    );
  });
  return stateOf(deps, ctx, db, pair, period.id);
}

const DECISION_TEXT: Record<Exclude<UpwardAction, 'submit'>, string> = {
  withdraw: 'đã rút lại',
  accept: 'đã được tiếp nhận',
  return: 'đã bị trả lại',
};

export async function decideUpward(
  deps: Deps,
  ctx: RequestContext,
  submissionId: number,
  action: Exclude<UpwardAction, 'submit'>,
  input: UpwardDecide,
): Promise<UpwardState> {
  const db = deps.database.db;
  const sub = await repo.submissionById(db, submissionId);
  if (!sub)
    throw new AppError('NOT_FOUND', [
      { path: 'id', message: `Không có báo cáo tổng hợp số ${submissionId}` },
    ]);
  const pair = await loadPair(db, sub.campaignId);
  const { c, p } = pair;
  const t = UPWARD_TRANSITIONS.find((x) => x.action === action);
  if (!t) throw new AppError('UPWARD_BAD_TRANSITION');
  await authorize(deps, ctx, t.by, pair);
  const reason = input.reason?.trim() ?? '';
  if (action === 'return' && !reason)
    throw new AppError('UPWARD_REASON_REQUIRED', [{ path: 'body.reason', message: 'Nhập lý do trả lại' }]);
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const cur = await repo.submissionById(tx, submissionId);
    if (!cur || cur.version !== input.version) throw new AppError('CONFLICT_STALE');
    if (!t.from.includes(cur.status as UpwardStatus))
      throw new AppError('UPWARD_BAD_TRANSITION', [
        { path: 'status', message: `Báo cáo tổng hợp đang ở trạng thái "${cur.status}"` },
      ]);
    const set =
      t.by === 'city'
        ? {
            status: t.to,
            decidedBy: actor.userId,
            decidedAt: at,
            returnReason: action === 'return' ? reason : null,
          }
        : { status: t.to, decidedBy: null, decidedAt: null };
    const done = await tx
      .update(upwardTable)
      .set({ ...set, version: cur.version + 1 })
      .where(and(eqId(cur.id), eq(upwardTable.version, cur.version)))
      .returning({ id: upwardTable.id });
    if (!done.length) throw new AppError('CONFLICT_STALE');
    await recordAudit(tx, deps, ctx, {
      entity: 'upward_submission',
      entityId: cur.id,
      unitId: c.issuingUnitId,
      action: `upward.${action}`,
      before: { status: cur.status, version: cur.version },
      after: { status: t.to, version: cur.version + 1, reason: reason || null },
    });
    const recipients =
      t.by === 'city'
        ? await usersWithRoleOver(tx, ['office', 'chair'], c.issuingUnitPath)
        : await usersWithRoleOver(tx, ['office'], p.issuingUnitPath);
    const label = campaignPeriods(c).find((x) => x.id === cur.periodId)?.label ?? cur.periodId;
    const what = `Báo cáo tổng hợp ${label} của ${c.issuingUnitName}`;
    await notify(
      tx,
      deps,
      recipients.filter((r) => r.userId !== actor.userId),
      {
        kind: `upward.${action}`,
        title: `${what} ${DECISION_TEXT[action]}`,
        body: `${what} ${DECISION_TEXT[action]}${reason ? `. Lý do: ${reason}` : ''}.`,
        link: `/dot-thi-dua/${c.id}/bao-cao-cap-tren?periodId=${cur.periodId}`,
      },
    );
  });
  return stateOf(deps, ctx, db, pair, sub.periodId);
}

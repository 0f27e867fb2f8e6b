/**
 * Dashboards, heatmap, ranking, a unit's scorecard, where a number came from; the evaluation settings and the
 * office's hand scores (audited).
 */
import {
  type Dashboard,
  type EvaluationSettingsSave,
  type EvaluationSettingsView,
  type Heatmap,
  type IndicatorSources,
  type ManualScoreSave,
  type Ranking,
  type RankingQuery,
  type ReportingPeriod,
  type Scorecard,
  vnDate,
  weightedMean,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { hasRoleOver } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { assertEditable, loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { readMemo } from '../http/read-memo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { getUnit } from '../org/org.repo.ts';
import { UNIT_REPORTERS } from '../reports/reports.policy.ts';
import { cachedJson, campaignStamp } from './cache.ts';
import { cellOf, indicatorRow, keyCodes, manualView, ranking, scored, unitsOf } from './compute.ts';
import * as repo from './evaluation.repo.ts';
import {
  authorize,
  COUNTED,
  cellKey,
  loadSnapshot,
  at as reportKey,
  type Snapshot,
  type SnapshotQuery,
  type SnapUnit,
  settingsOf,
} from './snapshot.ts';

const periodView = (p: ReportingPeriod) => ({ id: p.id, label: p.label, dueOn: p.dueOn });
const unitView = (u: SnapUnit) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind });
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function dashboardOfSnapshot(s: Snapshot): Dashboard {
  const keys = keyCodes(s);
  const indicators = s.indicators.map((i) => indicatorRow(s, i, keys));
  const expectedUnits = s.scope;
  const byStatus: Dashboard['reports']['byStatus'] = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
  };
  let onTime = 0;
  let late = 0;
  let missing = 0;
  const notReported: Dashboard['notReported'] = [];
  for (const u of expectedUnits) {
    const r = s.reportAt.get(reportKey(u.id, s.period.id));
    const status = (r?.status ?? 'not_started') as keyof typeof byStatus;
    byStatus[status] += 1;
    const submitted = r && r.status !== 'draft' && r.submittedAt ? vnDate(r.submittedAt) : null;
    if (submitted) submitted <= s.period.dueOn ? onTime++ : late++;
    else if (s.today > s.period.dueOn) missing++;
    if (!r || !COUNTED.has(r.status))
      notReported.push({
        unitId: u.id,
        unitCode: u.code,
        unitName: u.name,
        status,
        reportId: r?.id ?? null,
        dueOn: s.period.dueOn,
        daysLate: Math.max(0, days(s.period.dueOn, s.today)),
      });
  }
  const statusCounts: Dashboard['statusCounts'] = {
    achieved: 0,
    on_track: 0,
    at_risk: 0,
    off_track: 0,
    no_data: 0,
  };
  const top = new Set(scored(s, s.indicators).map((i) => i.id));
  for (const row of indicators) if (top.has(row.id)) statusCounts[row.status] += 1;
  const scoreOf = (rows: { id: number; score: number | null; weight: number }[]) =>
    weightedMean(rows.filter((r) => top.has(r.id)).map((r) => ({ value: r.score, weight: r.weight })));
  let previousScore: number | null = null;
  if (s.prev) {
    const prevSnap: Snapshot = { ...s, period: s.prev, prev: null };
    previousScore = scoreOf(s.indicators.map((i) => indicatorRow(prevSnap, i, keys)));
  }
  return {
    campaignId: s.c.id,
    campaignTitle: s.c.title,
    today: s.today,
    period: periodView(s.period),
    previousPeriod: s.prev ? periodView(s.prev) : null,
    periods: s.periods.map(periodView),
    groups: s.groups,
    filter: { unitId: s.unitFilter?.id ?? null, group: s.group },
    reports: { expected: expectedUnits.length, byStatus, onTime, late, missing },
    statusCounts,
    indicators,
    notReported,
    score: scoreOf(indicators),
    previousScore,
  };
}

/**
 * A dashboard view as JSON, from the response cache while nothing it reads has changed (ADR 0005). Permission is
 * checked on every request, before the cache.
 */
async function cachedView(
  deps: Deps,
  ctx: RequestContext,
  view: string,
  campaignId: number,
  q: Record<string, unknown>,
  values: 'none' | 'period' | 'both',
  build: (s: Snapshot) => unknown,
): Promise<string> {
  const db = deps.database.db;
  const stamp = await readMemo(
    `stamp|${campaignId}`,
    () => campaignStamp(db, campaignId),
    (s) => s !== undefined,
  );
  if (!stamp)
    throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có đợt thi đua số ${campaignId}` }]);
  await authorize(deps, ctx, 'view', stamp);
  const key = `${view}|${stamp.id}|${vnDate(deps.clock.now())}|${JSON.stringify(q)}`;
  return cachedJson(key, stamp.fingerprint, async () =>
    build(await loadSnapshot(deps, ctx, campaignId, q, { values })),
  );
}

export function dashboard(deps: Deps, ctx: RequestContext, campaignId: number, q: SnapshotQuery) {
  // Without a unit filter the summary table gives every figure; with one, the units' own values are needed.
  return cachedView(
    deps,
    ctx,
    'dashboard',
    campaignId,
    { ...q },
    q.unitId ? 'both' : 'none',
    dashboardOfSnapshot,
  );
}

export function heatmapOf(s: Snapshot): Heatmap {
  const inds = s.indicators;
  const cells = [];
  const used = new Set<number>();
  for (const u of s.scope)
    for (const i of inds)
      if ((s.assigned.get(i.id) ?? []).includes(u.id)) {
        cells.push(cellOf(s, i, u.id, s.period));
        used.add(u.id);
      }
  return {
    period: periodView(s.period),
    units: s.scope.filter((u) => used.has(u.id)).map(unitView),
    indicators: inds
      .filter((i) => unitsOf(s, i).length > 0)
      .map((i) => ({
        id: i.id,
        code: i.code,
        name: i.name,
        unitOfMeasure: i.unitOfMeasure,
        group: i.groupName,
      })),
    cells,
  };
}

export function heatmap(deps: Deps, ctx: RequestContext, campaignId: number, q: SnapshotQuery) {
  return cachedView(deps, ctx, 'heatmap', campaignId, { ...q }, 'period', heatmapOf);
}

export function rankingOf(s: Snapshot, kind: RankingQuery['kind']): Ranking {
  const units = s.scope.filter((u) => !kind || u.kind === kind);
  return {
    period: periodView(s.period),
    settings: s.settings,
    peerKind: kind ?? null,
    rows: ranking(s, units),
  };
}

export function rankingFor(deps: Deps, ctx: RequestContext, campaignId: number, q: RankingQuery) {
  return cachedView(deps, ctx, 'ranking', campaignId, { ...q }, 'both', (s) => rankingOf(s, q.kind));
}

/** The unit to show: the one asked for, or the signed-in user's own unit among the campaign's reporting units. */
async function scorecardUnit(deps: Deps, _ctx: RequestContext, unitId: number | undefined) {
  const db = deps.database.db;
  if (unitId !== undefined) {
    const u = await getUnit(db, unitId);
    if (!u)
      throw new AppError('NOT_FOUND', [
        { path: 'querystring.unitId', message: `Không có đơn vị số ${unitId}` },
      ]);
    return u;
  }
  return null;
}

export async function scorecard(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  q: { unitId?: number; periodId?: string },
): Promise<Scorecard> {
  const actor = requireActor(ctx);
  const asked = await scorecardUnit(deps, ctx, q.unitId);
  const s = await loadSnapshot(
    deps,
    ctx,
    campaignId,
    { periodId: q.periodId },
    {
      forUnit: async (c) => {
        if (asked) await authorize(deps, ctx, 'scorecard', c, asked);
      },
    },
  );
  let unit = asked ? s.units.find((u) => u.id === asked.id) : undefined;
  if (!asked) {
    unit = s.units.find(
      (u) => hasRoleOver(actor, UNIT_REPORTERS, u.path) && actor.grants.some((g) => g.unitId === u.id),
    );
    unit ??= s.units.find((u) => hasRoleOver(actor, UNIT_REPORTERS, u.path));
    if (!unit) throw new AppError('EVALUATION_NO_UNIT');
  }
  if (!unit)
    throw new AppError('REPORT_UNIT_NOT_ASSIGNED', [
      { path: 'querystring.unitId', message: 'Đơn vị không được giao chỉ tiêu nào trong đợt thi đua này' },
    ]);
  const me = unit;
  const peers = s.units.filter((u) => u.kind === me.kind);
  const rows = ranking(s, peers);
  const mine = s.allIndicators.filter((i) => (s.assigned.get(i.id) ?? []).includes(me.id));
  // The unit's values in every period up to the chosen one (a handful of reports).
  const history = s.periods.filter((p) => p.end <= s.period.end);
  const ownReports = history
    .map((p) => s.reportAt.get(reportKey(me.id, p.id)))
    .filter((r): r is NonNullable<typeof r> => !!r && COUNTED.has(r.status));
  const values = await repo.valuesOfReports(
    deps.database.db,
    ownReports.map((r) => r.id),
  );
  const byKey = new Map(values.map((v) => [cellKey(v.reportId, v.indicatorId), v]));
  const histSnap: Snapshot = { ...s, values: new Map([...s.values, ...byKey]) };
  return {
    period: periodView(s.period),
    periods: s.periods.map(periodView),
    unit: unitView(me),
    row: rows.find((r) => r.unit.id === me.id) ?? null,
    settings: s.settings,
    peers: peers.length,
    indicators: mine.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      kind: i.kind as Scorecard['indicators'][number]['kind'],
      direction: i.direction as Scorecard['indicators'][number]['direction'],
      target: i.targetValue,
      cell: cellOf(s, i, me.id, s.period),
      history: history.map((p) => {
        const c = cellOf(histSnap, i, me.id, p);
        return {
          periodId: p.id,
          value: c.noData === 'no_value' || c.reportStatus === 'not_started' ? null : c.value,
          planned: c.planned,
        };
      }),
    })),
  };
}

export async function sources(
  deps: Deps,
  ctx: RequestContext,
  indicatorId: number,
  q: { periodId?: string; unitId?: number },
): Promise<IndicatorSources> {
  const db = deps.database.db;
  const ind = await indicatorRepo.getIndicator(db, indicatorId);
  if (!ind) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có chỉ tiêu số ${indicatorId}` }]);
  const s = await loadSnapshot(deps, ctx, ind.campaignId, q);
  const row = indicatorRow(s, ind, new Set());
  const units = unitsOf(s, ind);
  const reports = units.map((u) => s.reportAt.get(reportKey(u.id, s.period.id)));
  const files = await repo.evidenceFor(
    db,
    reports.filter((r) => !!r).map((r) => r.id),
    ind.id,
  );
  return {
    indicator: {
      id: ind.id,
      code: ind.code,
      name: ind.name,
      unitOfMeasure: ind.unitOfMeasure,
      kind: ind.kind as IndicatorSources['indicator']['kind'],
    },
    period: periodView(s.period),
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    rows: units.map((u, n) => {
      const r = reports[n];
      const v = r ? s.values.get(cellKey(r.id, ind.id)) : undefined;
      return {
        unit: unitView(u),
        value: v?.value ?? null,
        numerator: v?.numerator ?? null,
        denominator: v?.denominator ?? null,
        isEstimate: v?.isEstimate ?? false,
        counted: !!r && COUNTED.has(r.status),
        reportId: r?.id ?? null,
        reportStatus: (r?.status ?? 'not_started') as IndicatorSources['rows'][number]['reportStatus'],
        submittedAt: r?.submittedAt ? new Date(r.submittedAt).toISOString() : null,
        comment: v?.comment ?? '',
        evidence: files
          .filter((f) => f.reportId === r?.id)
          .map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: Number(f.sizeBytes) })),
      };
    }),
  };
}

export async function getSettings(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
): Promise<EvaluationSettingsView> {
  const c = await loadCampaign(deps.database.db, campaignId);
  await authorize(deps, ctx, 'view', c);
  const { settings, isDefault } = settingsOf(c);
  return { settings, version: c.evaluationVersion, isDefault };
}

export async function saveSettings(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: EvaluationSettingsSave,
): Promise<EvaluationSettingsView> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorize(deps, ctx, 'configure', c);
  assertEditable(c);
  const codes = new Set((await indicatorRepo.listByCampaign(db, c.id)).map((i) => i.code.toUpperCase()));
  const unknown = input.settings.keyIndicators.filter((k) => !codes.has(k));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'body.settings.keyIndicators',
        message: `Không có chỉ tiêu mã ${unknown.join(', ')} trong đợt thi đua`,
      },
    ]);
  const before = settingsOf(c).settings;
  await db.transaction(async (tx) => {
    if (!(await repo.saveSettings(tx, c.id, input.version, input.settings)))
      throw new AppError('CONFLICT_STALE');
    await recordAudit(tx, deps, ctx, {
      entity: 'campaign',
      entityId: c.id,
      unitId: c.issuingUnitId,
      action: 'evaluation.settings',
      before,
      after: input.settings,
    });
  });
  return { settings: input.settings, version: input.version + 1, isDefault: false };
}

const presentManual = (rows: repo.ManualScoreRow[]) => ({ items: rows.map(manualView) });

export async function listManual(deps: Deps, ctx: RequestContext, campaignId: number) {
  const c = await loadCampaign(deps.database.db, campaignId);
  await authorize(deps, ctx, 'view', c);
  return presentManual(await repo.manualScores(deps.database.db, c.id));
}

export async function saveManual(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: ManualScoreSave,
) {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorize(deps, ctx, 'configure', c);
  assertEditable(c);
  const { settings } = settingsOf(c);
  if (!settings.criteria.some((k) => k.code === input.criterion))
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'body.criterion',
        message: `Tiêu chí "${input.criterion}" không có trong cách chấm điểm của đợt`,
      },
    ]);
  const reporting = await indicatorRepo.assignmentsOf(
    db,
    (await indicatorRepo.listByCampaign(db, c.id)).map((i) => i.id),
  );
  if (![...reporting.values()].some((units) => units.includes(input.unitId)))
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.unitId', message: 'Đơn vị không được giao chỉ tiêu nào trong đợt thi đua này' },
    ]);
  if (input.score !== null && !input.reason)
    throw new AppError('EVALUATION_REASON_REQUIRED', [
      { path: 'body.reason', message: 'Nhập lý do chấm điểm' },
    ]);
  const actor = requireActor(ctx);
  const existing = (await repo.manualScores(db, c.id)).find(
    (m) => m.unitId === input.unitId && m.criterion === input.criterion,
  );
  await db.transaction(async (tx) => {
    if (input.score === null) await repo.deleteManualScore(tx, c.id, input.unitId, input.criterion);
    else
      await repo.upsertManualScore(tx, {
        campaignId: c.id,
        unitId: input.unitId,
        criterion: input.criterion,
        score: input.score,
        reason: input.reason,
        updatedAt: deps.clock.now().toISOString(),
        updatedBy: actor.userId,
      });
    await recordAudit(tx, deps, ctx, {
      entity: 'campaign',
      entityId: c.id,
      unitId: input.unitId,
      action: 'evaluation.manual_score',
      before: existing
        ? { criterion: existing.criterion, score: existing.score, reason: existing.reason }
        : null,
      after:
        input.score === null
          ? null
          : { criterion: input.criterion, score: input.score, reason: input.reason },
    });
  });
  return presentManual(await repo.manualScores(db, c.id));
}

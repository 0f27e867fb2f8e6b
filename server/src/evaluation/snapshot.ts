/**
 * Everything the dashboards need about one campaign at one period, read in a handful of indexed queries: the
 * indicators and assignments, the units, the schedules, the reports (all periods: timeliness needs them), the
 * values of the chosen and the previous period only, evidence counts, the summary totals and the office's scores.
 */
import {
  DEFAULT_EVALUATION,
  EvaluationSettings,
  type OrgUnitKind,
  type ReportingPeriod,
  vnDate,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { getUnit } from '../org/org.repo.ts';
import type { ReportRow, ReportValueRow } from '../reports/reports.repo.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import type { ScheduleRow } from '../schedules/schedules.repo.ts';
import * as scheduleRepo from '../schedules/schedules.repo.ts';
import { can, type EvaluationAction } from './evaluation.policy.ts';
import * as repo from './evaluation.repo.ts';
import { type TotalRow, totalsOf } from './totals.ts';

export const COUNTED = new Set(['submitted', 'accepted']);

export interface SnapUnit {
  id: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  path: string;
}

export interface Snapshot {
  c: CampaignRowWithUnit;
  today: string;
  settings: EvaluationSettings;
  settingsAreDefault: boolean;
  periods: ReportingPeriod[];
  period: ReportingPeriod;
  prev: ReportingPeriod | null;
  /** Indicators in display order (group filter applied). */
  indicators: IndicatorRow[];
  /** Every indicator of the campaign (parents of filtered ones, children for sub-sources). */
  allIndicators: IndicatorRow[];
  assigned: Map<number, number[]>;
  /** Units with at least one assignment, in tree order; `scope` = the ones inside the unit filter. */
  units: SnapUnit[];
  scope: SnapUnit[];
  unitFilter: SnapUnit | null;
  schedules: ScheduleRow[];
  reports: ReportRow[];
  reportAt: Map<string, ReportRow>;
  values: Map<string, ReportValueRow>;
  evidence: Map<string, number>;
  totals: Map<string, TotalRow>;
  manual: repo.ManualScoreRow[];
  groups: string[];
  group: string | null;
}

export const at = (unitId: number, periodId: string) => `${unitId}@${periodId}`;
export const cellKey = (reportId: number, indicatorId: number) => `${reportId}:${indicatorId}`;

export function settingsOf(c: CampaignRowWithUnit): { settings: EvaluationSettings; isDefault: boolean } {
  const parsed = c.evaluation ? EvaluationSettings.safeParse(c.evaluation) : null;
  return parsed?.success
    ? { settings: parsed.data, isDefault: false }
    : { settings: structuredClone(DEFAULT_EVALUATION), isDefault: true };
}

export async function authorize(
  deps: Deps,
  ctx: RequestContext,
  action: EvaluationAction,
  c: Pick<CampaignRowWithUnit, 'id' | 'issuingUnitId' | 'issuingUnitPath'>,
  unit?: { id: number; path: string },
): Promise<void> {
  const actor = requireActor(ctx);
  if (can(actor, action, { issuingUnitPath: c.issuingUnitPath, unitPath: unit?.path })) return;
  await recordDenied(deps, ctx, {
    entity: unit ? 'org_unit' : 'campaign',
    entityId: unit?.id ?? c.id,
    unitId: unit?.id ?? c.issuingUnitId,
    action: `evaluation.${action}`,
  });
  throw new AppError('FORBIDDEN');
}

/** The period asked for, or the latest one past its deadline that has counted reports (else the latest due). */
function choosePeriod(
  periods: ReportingPeriod[],
  periodId: string | undefined,
  reports: ReportRow[],
  today: string,
): ReportingPeriod {
  if (periodId) {
    const p = periods.find((x) => x.id === periodId);
    if (!p)
      throw new AppError('REPORT_PERIOD_UNKNOWN', [
        { path: 'querystring.periodId', message: `Kỳ ${periodId} không thuộc đợt thi đua` },
      ]);
    return p;
  }
  const counted = new Set(reports.filter((r) => COUNTED.has(r.status)).map((r) => r.periodId));
  const due = periods.filter((p) => p.start <= today);
  const withData = [...due].reverse().find((p) => counted.has(p.id));
  const chosen = withData ?? due.at(-1) ?? periods[0];
  if (!chosen)
    throw new AppError('REPORT_PERIOD_UNKNOWN', [
      {
        path: 'querystring.periodId',
        message: 'Đợt thi đua chưa có kỳ báo cáo (chưa có thời gian thực hiện)',
      },
    ]);
  return chosen;
}

export interface SnapshotQuery {
  periodId?: string;
  unitId?: number;
  group?: string;
}

export async function loadSnapshot(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  q: SnapshotQuery,
  opts: {
    action?: EvaluationAction;
    forUnit?: (c: CampaignRowWithUnit) => Promise<void>;
    /** Already loaded and authorised by the caller. */
    campaign?: CampaignRowWithUnit;
    /** Which unit values to read: none (the summary is enough), the period's, or also the previous period's. */
    values?: 'none' | 'period' | 'both';
  } = {},
): Promise<Snapshot> {
  const db = deps.database.db;
  let c: CampaignRowWithUnit;
  if (opts.campaign) c = opts.campaign;
  else {
    c = await loadCampaign(db, campaignId);
    if (opts.forUnit) await opts.forUnit(c);
    else await authorize(deps, ctx, opts.action ?? 'view', c);
  }
  const today = vnDate(deps.clock.now());
  const periods = campaignPeriods(c);
  const [allIndicators, reports, manual] = await Promise.all([
    indicatorRepo.listByCampaign(db, c.id),
    repo.campaignReports(db, c.id),
    repo.manualScores(db, c.id),
  ]);
  const period = choosePeriod(periods, q.periodId, reports, today);
  const idx = periods.findIndex((p) => p.id === period.id);
  const prev = idx > 0 ? (periods[idx - 1] ?? null) : null;
  const ids = allIndicators.map((i) => i.id);
  const [assigned, schedules] = await Promise.all([
    indicatorRepo.assignmentsOf(db, ids),
    scheduleRepo.schedulesOf(db, ids),
  ]);
  const unitIds = [...new Set([...assigned.values()].flat())];
  const units = (await indicatorRepo.unitsByIds(db, unitIds)).map((u) => ({
    ...u,
    id: Number(u.id),
    kind: u.kind as OrgUnitKind,
  }));
  let unitFilter: SnapUnit | null = null;
  if (q.unitId !== undefined) {
    const u = await getUnit(db, q.unitId);
    if (!u?.path.startsWith(c.issuingUnitPath))
      throw new AppError('VALIDATION_FAILED', [
        { path: 'querystring.unitId', message: 'Đơn vị không thuộc phạm vi của đợt thi đua' },
      ]);
    unitFilter = { id: u.id, code: u.code, name: u.name, kind: u.kind as OrgUnitKind, path: u.path };
  }
  const scope = unitFilter ? units.filter((u) => u.path.startsWith(unitFilter.path)) : units;
  const reportAt = new Map(reports.map((r) => [at(r.unitId, r.periodId), r]));
  const need = opts.values ?? 'both';
  const wanted =
    need === 'none'
      ? []
      : reports.filter((r) => r.periodId === period.id || (need === 'both' && r.periodId === prev?.id));
  const [values, evidence, totals] = await Promise.all([
    repo.valuesOfReports(
      db,
      wanted.map((r) => r.id),
    ),
    repo.evidenceCounts(
      db,
      need === 'none' ? [] : wanted.filter((r) => r.periodId === period.id).map((r) => r.id),
    ),
    totalsOf(db, c.id, prev ? [period.id, prev.id] : [period.id]),
  ]);
  const groups = [...new Set(allIndicators.map((i) => i.groupName).filter((g): g is string => !!g))];
  const group = q.group?.trim() || null;
  const byId = new Map(allIndicators.map((i) => [i.id, i]));
  const groupOf = (i: IndicatorRow): string | null =>
    i.groupName ?? (i.parentIndicatorId ? (byId.get(i.parentIndicatorId)?.groupName ?? null) : null);
  const { settings, isDefault } = settingsOf(c);
  return {
    c,
    today,
    settings,
    settingsAreDefault: isDefault,
    periods,
    period,
    prev,
    indicators: group ? allIndicators.filter((i) => groupOf(i) === group) : allIndicators,
    allIndicators,
    assigned,
    units,
    scope,
    unitFilter,
    schedules,
    reports,
    reportAt,
    values: new Map(values.map((v) => [cellKey(v.reportId, v.indicatorId), v])),
    evidence,
    totals: new Map(totals.map((t) => [`${t.indicatorId}@${t.periodId}`, t])),
    manual,
    groups,
    group,
  };
}

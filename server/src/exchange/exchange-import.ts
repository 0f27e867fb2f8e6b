/**
 * Data exchange, import side: rows of (period, unit code, indicator code, values) into the campaign's reports,
 * all or nothing. Each row passes the checks of a form save (`planValue`: the indicator's rules; the report must
 * be draft or returned; the period must not be locked by the city) plus the exchange's own (codes known, the
 * indicator assigned to the unit, no duplicate row). Rows are grouped by (unit, period); a group's report is opened
 * the way `openReport` opens it when it does not exist yet. Rows that say what is already stored change nothing
 * and are fine even on a locked report, so an export imports back as "0 changed".
 *
 * Order: campaign → read check → open → the rows' codes → edit permission on every unit (403 naming the rows,
 * with a denied audit row per unit) → every row's problems (400 EXCHANGE_ROWS_INVALID, or listed in a dry run)
 * → one transaction writing every report (version checked, upward lock re-checked) with one audit row each.
 */
import type {
  DataValueImportResult,
  DataValueSetIn,
  ExchangeRowError,
  FieldIssue,
  ReportValueInput,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { upwardLockOf } from '../city/lock.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { can } from '../reports/reports.policy.ts';
import * as reportRepo from '../reports/reports.repo.ts';
import { assertOpen, campaignPeriods, planValue } from '../reports/reports.service.ts';
import * as repo from './exchange.repo.ts';
import { loadReadableCampaign } from './exchange.service.ts';
import { type InRow, rowsOfCsv, rowsOfJson } from './exchange-rows.ts';
import { type Group, writeGroups } from './exchange-write.ts';

const MAX_LISTED = 1000;
const EMPTY = JSON.stringify({
  value: null,
  numerator: null,
  denominator: null,
  isEstimate: false,
  comment: '',
});
const STATUS_TEXT: Record<string, string> = { submitted: 'đã gửi, chờ duyệt', accepted: 'đã được duyệt' };

/** At most MAX_LISTED problems, in row order, with a last line saying how many more there are. */
function listed<T extends { row: number }>(errors: T[], more: (n: number) => T): T[] {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return sorted.length > MAX_LISTED
    ? [...sorted.slice(0, MAX_LISTED), more(sorted.length - MAX_LISTED)]
    : sorted;
}

export async function importDataValues(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  body: DataValueSetIn | string,
  dryRun: boolean,
): Promise<DataValueImportResult> {
  const db = deps.database.db;
  const c = await loadReadableCampaign(deps, ctx, db, campaignId);
  assertOpen(c);
  const actor = requireActor(ctx);
  const errors: ExchangeRowError[] = [];
  const rows = typeof body === 'string' ? rowsOfCsv(body, errors) : rowsOfJson(body, errors);
  if (!rows.length) throw new AppError('EXCHANGE_EMPTY');

  // The codes.
  const periods = campaignPeriods(c);
  const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
  const units = await repo.unitsByCodes(db, rows.map((r) => r.unit).filter(Boolean));
  const indicators = await indicatorRepo.listByCampaign(db, c.id);
  const indByCode = new Map(indicators.map((i) => [i.code.toUpperCase(), i]));
  const assigned = new Set<string>();
  for (const [indId, unitIds] of await indicatorRepo.assignmentsOf(
    db,
    indicators.map((i) => i.id),
  ))
    for (const u of unitIds) assigned.add(`${indId}:${u}`);

  // Who may write what: the reports policy's "edit" on every unit named.
  const denied: FieldIssue[] = [];
  const deniedUnits = new Map<number, repo.ExchangeUnit>();
  const seen = new Map<string, number>();
  const resolved: { r: InRow; unit: repo.ExchangeUnit; ind: indicatorRepo.IndicatorRow; periodId: string }[] =
    [];
  for (const r of rows) {
    const period = periodIndex.has(r.period) ? r.period : null;
    const unit = r.unit ? units.get(r.unit.toUpperCase()) : undefined;
    const ind = r.indicator ? indByCode.get(r.indicator.toUpperCase()) : undefined;
    if (r.period && !period)
      errors.push({
        row: r.row,
        field: 'period',
        message: `Kỳ "${r.period}" không thuộc đợt thi đua (các kỳ: ${periods.map((p) => p.id).join(', ')})`,
      });
    if (r.unit && !unit)
      errors.push({ row: r.row, field: 'unit', message: `Không có đơn vị mã "${r.unit}"` });
    if (r.indicator && !ind)
      errors.push({
        row: r.row,
        field: 'indicator',
        message: `Đợt thi đua không có chỉ tiêu mã "${r.indicator}"`,
      });
    if (unit && !can(actor, 'edit', { unitPath: unit.path, issuingUnitPath: c.issuingUnitPath })) {
      denied.push({ path: `rows.${r.row}.unit`, message: `Bạn không được nhập số liệu cho ${unit.name}` });
      deniedUnits.set(unit.id, unit);
      continue;
    }
    if (!unit || !ind || !period) continue;
    if (!assigned.has(`${ind.id}:${unit.id}`)) {
      errors.push({
        row: r.row,
        field: 'indicator',
        message: `Chỉ tiêu ${ind.code} không được giao cho ${unit.name}`,
      });
      continue;
    }
    const key = `${period}|${unit.id}|${ind.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        row: r.row,
        field: 'row',
        message: `Trùng với dòng ${first} (cùng kỳ, đơn vị, chỉ tiêu)`,
      });
      continue;
    }
    seen.set(key, r.row);
    resolved.push({ r, unit, ind, periodId: period });
  }
  if (denied.length) {
    for (const u of deniedUnits.values())
      await recordDenied(deps, ctx, {
        entity: 'report',
        entityId: null,
        unitId: u.id,
        action: 'report.edit',
      });
    throw new AppError(
      'FORBIDDEN',
      listed(
        denied.map((d) => ({ ...d, row: Number(d.path.split('.')[1]) })),
        (n) => ({ path: 'rows', message: `… và ${n} dòng khác`, row: Number.MAX_SAFE_INTEGER }),
      ).map(({ path, message }) => ({ path, message })),
    );
  }

  // Stored reports and values of the units named (all periods: earlier ones are the outlier history).
  const unitIds = [...new Set(resolved.map((x) => x.unit.id))];
  const reports = await repo.campaignReports(db, c.id, { unitIds });
  const reportOf = new Map(reports.map((r) => [`${r.unitId}|${r.periodId}`, r]));
  const stored = new Map(
    (
      await reportRepo.valuesOf(
        db,
        reports.map((r) => r.id),
      )
    ).map((v) => [`${v.reportId}|${v.indicatorId}`, v]),
  );
  // Value per (unit, period, indicator) as it will be after the earlier groups of this import.
  const state = new Map<string, number | null>();
  for (const r of reports)
    for (const ind of indicators) {
      const v = stored.get(`${r.id}|${ind.id}`);
      if (v) state.set(`${r.unitId}|${r.periodId}|${ind.id}`, v.value);
    }
  const history = (unitId: number, periodId: string, indId: number) =>
    periods
      .slice(0, periodIndex.get(periodId) ?? 0)
      .map((p) => state.get(`${unitId}|${p.id}|${indId}`))
      .filter((v): v is number => v !== null && v !== undefined);

  // Groups by (unit, period), in period order: each row checked like a form save.
  const groups = new Map<string, Group>();
  const ordered = [...resolved].sort(
    (a, b) => (periodIndex.get(a.periodId) ?? 0) - (periodIndex.get(b.periodId) ?? 0) || a.r.row - b.r.row,
  );
  const upward = new Map<string, boolean>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const { r, unit, ind, periodId } of ordered) {
    const gk = `${unit.id}|${periodId}`;
    const period = periods[periodIndex.get(periodId) ?? 0];
    const report = reportOf.get(gk);
    const group = groups.get(gk) ?? { unit, periodId, dueOn: period?.dueOn ?? '', report, changes: [] };
    groups.set(gk, group);
    const input: Omit<ReportValueInput, 'indicatorId'> = {
      numerator: r.numerator,
      denominator: r.denominator,
      value: r.value,
      isEstimate: r.isEstimate,
      comment: r.comment,
    };
    let shapeOk = true;
    if (ind.kind === 'ratio') {
      if ((r.value ?? null) !== null && (r.numerator ?? null) === null && (r.denominator ?? null) === null) {
        errors.push({
          row: r.row,
          field: 'value',
          message: `${ind.code} là chỉ tiêu tỷ lệ: nhập tử số và mẫu số (giá trị do hệ thống tính)`,
        });
        shapeOk = false;
      }
      input.value = undefined;
    } else {
      for (const field of ['numerator', 'denominator'] as const)
        if ((r[field] ?? null) !== null) {
          errors.push({
            row: r.row,
            field,
            message: `${ind.code} không phải chỉ tiêu tỷ lệ, bỏ trống ô này`,
          });
          shapeOk = false;
        }
      input.numerator = undefined;
      input.denominator = undefined;
    }
    if (!shapeOk) continue;
    const cur = report ? stored.get(`${report.id}|${ind.id}`) : undefined;
    const p = planValue(ind, cur, input, history(unit.id, periodId, ind.id));
    for (const x of p.problems)
      errors.push({ row: r.row, field: x.field, message: `${ind.code}: ${x.message}` });
    if (p.problems.length) continue;
    if ((p.before ? JSON.stringify(p.before) : EMPTY) === JSON.stringify(p.after)) {
      unchanged++;
      continue;
    }
    if (report && report.status !== 'draft' && report.status !== 'returned') {
      errors.push({
        row: r.row,
        field: 'row',
        message: `Báo cáo ${period?.label ?? periodId} của ${unit.name} ${STATUS_TEXT[report.status] ?? report.status}, không sửa được`,
      });
      continue;
    }
    if (!upward.has(periodId)) upward.set(periodId, (await upwardLockOf(db, c.id, periodId)) !== null);
    if (upward.get(periodId)) {
      errors.push({
        row: r.row,
        field: 'period',
        message: `Kỳ ${period?.label ?? periodId} đã gửi báo cáo tổng hợp lên cấp trên nên đang bị khóa`,
      });
      continue;
    }
    state.set(`${unit.id}|${periodId}|${ind.id}`, p.next.value);
    group.changes.push({ ...p, code: ind.code });
    if (p.before) updated++;
    else created++;
  }
  const touched = [...groups.values()].filter((g) => g.changes.length);
  const result: DataValueImportResult = {
    dryRun,
    ok: errors.length === 0,
    rows: rows.length,
    reports: { touched: touched.length, created: touched.filter((g) => !g.report).length },
    values: { created, updated, unchanged },
    errors: listed(errors, (n) => ({
      row: Number.MAX_SAFE_INTEGER,
      field: 'row',
      message: `… và ${n} lỗi khác`,
    })),
  };
  if (errors.length) {
    if (dryRun) return result;
    throw new AppError(
      'EXCHANGE_ROWS_INVALID',
      result.errors.map((e) => ({ path: `rows.${e.row}.${e.field}`, message: e.message })),
    );
  }
  if (dryRun || !touched.length) return result;
  await writeGroups(deps, ctx, c.id, touched);
  return result;
}

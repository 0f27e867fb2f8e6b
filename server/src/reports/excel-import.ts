/**
 * Excel round-trip of a report: download the template, upload it back. `preview` saves nothing; `all` saves only
 * when every row is valid; `valid_only` saves the valid rows and lists the rest. Never silently half.
 */
import { checkValue, type ExcelImportResult } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { buildTemplate, ExcelFileError, parseWorkbook } from './excel.ts';
import { getReport, saveValues } from './reports.service.ts';

export const EXCEL_MAX_BYTES = 10 * 1024 * 1024;

export async function reportTemplate(deps: Deps, ctx: RequestContext, id: number) {
  const report = await getReport(deps, ctx, id);
  const content = await buildTemplate(report);
  const unit = report.unitName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd');
  return {
    content,
    fileName: `bao-cao-${report.periodId}-${unit
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()}.xlsx`,
  };
}

export async function importExcel(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  content: Buffer,
  mode: 'preview' | 'all' | 'valid_only',
): Promise<ExcelImportResult> {
  const report = await getReport(deps, ctx, id);
  if (mode !== 'preview' && !report.can.edit) {
    if (report.status === 'submitted' || report.status === 'accepted') throw new AppError('REPORT_LOCKED');
    throw new AppError('FORBIDDEN');
  }
  let parsed: Awaited<ReturnType<typeof parseWorkbook>>;
  try {
    parsed = await parseWorkbook(content, report);
  } catch (e) {
    if (e instanceof ExcelFileError) throw new AppError(e.code);
    throw e;
  }
  const byId = new Map(report.rows.map((r) => [r.indicator.id, r]));
  const rows = parsed.rows.map((p) => {
    const target = p.indicatorId !== null ? byId.get(p.indicatorId) : undefined;
    const errors = [...p.errors];
    let value = p.value;
    if (target && !errors.length) {
      const check = checkValue(
        {
          kind: target.indicator.kind,
          factor: target.indicator.factor,
          allowOver100: target.indicator.allowOver100,
          minValue: target.indicator.minValue,
          maxValue: target.indicator.maxValue,
          unitOfMeasure: target.indicator.unitOfMeasure,
        },
        p,
      );
      for (const x of check.problems) errors.push(x.message);
      value = check.value;
    }
    return { ...p, value, errors, ok: errors.length === 0 };
  });
  const valid = rows.filter((r) => r.ok && r.indicatorId !== null);
  const allOk = valid.length === rows.length;
  // Rows that say what the report already holds change nothing and are not counted as imported.
  const changed = valid.filter((r) => {
    const cur = byId.get(r.indicatorId as number);
    return (
      !cur ||
      cur.value !== r.value ||
      cur.numerator !== r.numerator ||
      cur.denominator !== r.denominator ||
      cur.isEstimate !== r.isEstimate ||
      cur.comment !== r.comment
    );
  });
  const shouldSave = (mode === 'valid_only' || (mode === 'all' && allOk)) && changed.length > 0;
  let saved = report;
  if (shouldSave)
    saved = await saveValues(
      deps,
      ctx,
      id,
      {
        version: report.version,
        values: changed.map((r) => ({
          indicatorId: r.indicatorId as number,
          ...(byId.get(r.indicatorId as number)?.indicator.kind === 'ratio'
            ? { numerator: r.numerator, denominator: r.denominator }
            : { value: r.value }),
          isEstimate: r.isEstimate,
          comment: r.comment,
        })),
      },
      'excel',
    );
  return {
    mode,
    saved: shouldSave,
    savedRows: shouldSave ? changed.length : 0,
    rows: rows.map(({ indicatorId: _i, ...r }) => r),
    notes: [
      ...parsed.notes,
      ...(mode === 'all' && !allOk
        ? [
            `Không nhập gì: ${rows.length - valid.length} dòng có lỗi. Hãy sửa tệp, hoặc chọn chỉ nhập các dòng hợp lệ.`,
          ]
        : []),
      ...(mode === 'valid_only' && !allOk ? [`Đã bỏ qua ${rows.length - valid.length} dòng có lỗi.`] : []),
      ...(mode !== 'preview' && (mode === 'valid_only' || allOk) && changed.length < valid.length
        ? [`${valid.length - changed.length} dòng không thay đổi so với số liệu hiện có.`]
        : []),
    ],
    report: saved,
  };
}

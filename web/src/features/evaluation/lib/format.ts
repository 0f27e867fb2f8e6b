/** Numbers of the evaluation screens the Vietnamese way (8,25 điểm · 75,5 % · 36.692 triệu đồng), never NaN. */
import {
  formatNumber,
  formatPercent,
  NO_DATA_LABELS,
  type NoDataReason,
  PROGRESS_STATUS_LABELS,
  type ProgressStatus,
} from '@thidua/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** A 0–10 score: "8,25"; empty for null. */
export const fmtScore = (v: number | null | undefined, digits = 2): string =>
  finite(v) ? formatNumber(v, digits) : '';

/** A completion share (1 = 100 %): "75,5 %"; empty for null. */
export const fmtCompletion = (v: number | null | undefined): string =>
  finite(v) ? formatPercent(v * 100, 1) : '';

/** A value in its unit of measure: "55,5 %", "12,15 ‰", "36.692 triệu đồng"; empty for null. */
export function fmtValue(unitOfMeasure: string, v: number | null | undefined, withUnit = true): string {
  if (!finite(v)) return '';
  const u = unitOfMeasure.trim();
  if (u === '%') return formatPercent(v, 2);
  if (u === '‰') return `${formatNumber(v, 2)} ‰`;
  const n = formatNumber(v, Math.abs(v) >= 1000 ? 0 : 2);
  return withUnit && u ? `${n} ${u}` : n;
}

/** Planned value, or the planned band "103 – 109,2". */
export function fmtPlanned(
  unitOfMeasure: string,
  c: { planned: number | null; plannedLow: number | null; plannedHigh: number | null },
): string {
  if (finite(c.plannedLow) && finite(c.plannedHigh))
    return `${fmtValue(unitOfMeasure, c.plannedLow, false)} – ${fmtValue(unitOfMeasure, c.plannedHigh)}`;
  return fmtValue(unitOfMeasure, c.planned);
}

/** Labels that live in shared (why a number is missing, progress statuses), in the UI language. */
export function useEvalLabels() {
  const lang = useLang();
  const { t } = useTranslation();
  return useMemo(
    () => ({
      /** "Chưa báo cáo", …; the generic "Không có dữ liệu" without a reason. */
      noData: (r: NoDataReason | null | undefined) =>
        (r ? NO_DATA_LABELS[r]?.[lang] : undefined) ?? t('evaluation.noData'),
      status: (s: ProgressStatus) => PROGRESS_STATUS_LABELS[s]?.[lang] ?? s,
    }),
    [lang, t],
  );
}

/**
 * A unit's report on its results for one period (Báo cáo), from its periodic report: each indicator's plan for the
 * period, the value ("ước" where estimated), the completion and the status, the unit's comments, then the narrative
 * parts the unit writes (general assessment, difficulties, proposals). Numbers come from the report.
 */
import {
  type DocBlock,
  type OfficialDocOut,
  PROGRESS_STATUS_LABELS,
  REPORT_STATUS_LABELS,
  type Report,
  vnDate,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import type { Deps } from '../deps.ts';
import { inText, numCell, placeOf } from './common.ts';

export interface UnitReportInput {
  campaign: {
    title: string;
    place: string;
    issuingUnitName: string;
    documentNumber: number | null;
    documentSymbol: string;
  };
  unit: { name: string; code: string };
  period: { id: string; label: string; dueOn: string };
  report: Report | null;
}

export function unitReportView(
  deps: Deps,
  _ctx: RequestContext,
  v: UnitReportInput,
): { doc: OfficialDocOut; warnings: string[] } {
  const { campaign: c, unit, period, report } = v;
  const warnings: string[] = [];
  if (!report)
    warnings.push(`${unit.name} chưa lập báo cáo ${period.label.toLowerCase()}: bảng số liệu để trống.`);
  else if (report.status !== 'accepted' && report.status !== 'submitted')
    warnings.push(`Báo cáo đang ở trạng thái "${REPORT_STATUS_LABELS[report.status].vi}", chưa gửi.`);
  const rows = report?.rows ?? [];
  const estimated = rows.some((r) => r.isEstimate && r.value !== null);
  const done = rows.filter((r) => r.value !== null);
  const ahead = rows.filter((r) => r.status === 'achieved' || r.status === 'on_track').length;
  const behind = rows
    .filter((r) => r.status === 'off_track' || r.status === 'at_risk')
    .map((r) => r.indicator.code);
  const completion = (r: (typeof rows)[number]) =>
    r.value !== null && r.planned !== null && r.planned !== 0 && r.indicator.direction !== 'at_most'
      ? (r.value / r.planned) * 100
      : null;
  const planRef = `Kế hoạch số ${c.documentNumber ?? '…'}/${c.documentSymbol}`;
  const blocks: DocBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${planRef} của Ủy ban nhân dân ${inText(c.issuingUnitName)} về ${c.title.replace(/^./, (x) => x.toLowerCase())}, ${unit.name} báo cáo kết quả ${period.label.toLowerCase()} như sau:`,
    },
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU' },
    {
      kind: 'paragraph',
      text: report
        ? `Đã báo cáo ${done.length}/${rows.length} chỉ tiêu; ${ahead} chỉ tiêu đạt hoặc đúng tiến độ.${
            estimated ? ' Số liệu có ghi "ước" là số ước thực hiện.' : ''
          }`
        : 'Đơn vị chưa lập báo cáo kỳ này.',
    },
    {
      kind: 'table',
      title: 'Kết quả các chỉ tiêu',
      header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch đến kỳ', 'Thực hiện', 'Tỷ lệ', 'Đánh giá', 'Ghi chú'],
      widths: [450, 2500, 800, 1100, 1200, 900, 1200, 1205],
      align: ['center', 'left', 'center', 'right', 'right', 'right', 'center', 'left'],
      rows: rows.map((r, n) => {
        const pct = r.indicator.unitOfMeasure === '%';
        return [
          String(n + 1),
          `${r.indicator.code}. ${r.indicator.name}`,
          r.indicator.unitOfMeasure,
          numCell(r.planned, { percent: pct }),
          r.value === null
            ? 'Chưa có số liệu'
            : numCell(r.value, { percent: pct, suffix: r.isEstimate ? ' (ước)' : '' }),
          numCell(completion(r), { percent: true, digits: 1 }),
          PROGRESS_STATUS_LABELS[r.status].vi,
          r.comment,
        ];
      }),
    },
    { kind: 'heading', text: 'II. ĐÁNH GIÁ CHUNG' },
    {
      kind: 'narrative',
      key: 'assessment',
      label: 'Đánh giá chung',
      text: report
        ? `Trong ${period.label.toLowerCase()}, ${unit.name} đã thực hiện ${done.length}/${rows.length} chỉ tiêu được giao${
            behind.length
              ? `; các chỉ tiêu còn chậm so với tiến độ: ${behind.join(', ')}`
              : ', các chỉ tiêu đều đạt tiến độ'
          }.`
        : '',
    },
    { kind: 'heading', text: 'III. KHÓ KHĂN, VƯỚNG MẮC' },
    { kind: 'narrative', key: 'difficulties', label: 'Khó khăn, vướng mắc', text: 'Không.' },
    { kind: 'heading', text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' },
    { kind: 'narrative', key: 'proposals', label: 'Đề xuất, kiến nghị', text: 'Không.' },
  ];
  return {
    doc: {
      parentBody: `Ủy ban nhân dân ${inText(c.issuingUnitName)}`,
      issuer: unit.name,
      number: null,
      // "BC-TDP07": the report symbol with the unit's short code (the last part of its code).
      symbol: `BC-${unit.code.split('.').pop() ?? ''}`.replace(/-$/, ''),
      place: placeOf(c),
      date: vnDate(deps.clock.now()),
      type: 'Báo cáo',
      subject: `Kết quả thực hiện phong trào thi đua ${period.label.toLowerCase()}`,
      blocks,
      recipients: [
        `Ủy ban nhân dân ${inText(c.issuingUnitName)} (để b/c)`,
        'Thường trực Hội đồng Thi đua – Khen thưởng',
      ],
      signer: { authority: null, title: 'Thủ trưởng đơn vị', name: null },
    },
    warnings,
  };
}

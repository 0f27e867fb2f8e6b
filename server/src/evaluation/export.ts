/**
 * Table views of the dashboards as files: XLSX for people (numbers stay numbers, shown the Vietnamese way by
 * Excel's own locale; percentages as percent cells) and CSV for machines (UTF-8 with BOM, RFC 4180, dot decimals,
 * stable unit and indicator codes).
 */
import {
  type ExportQuery,
  NO_DATA_LABELS,
  PROGRESS_STATUS_LABELS,
  REPORT_STATUS_LABELS,
  searchKey,
} from '@thidua/shared';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../access/actor.ts';
import type { Deps } from '../deps.ts';
import { dashboardOfSnapshot, heatmapOf, rankingOf } from './evaluation.service.ts';
import { loadSnapshot, type Snapshot } from './snapshot.ts';

type Kind = 'text' | 'number' | 'percent' | 'score';
interface Column {
  header: string;
  kind: Kind;
  width?: number;
}
type Cell = string | number | null;
export interface Table {
  title: string;
  subtitle: string;
  columns: Column[];
  rows: Cell[][];
}

const noData = (r: keyof typeof NO_DATA_LABELS | null) => (r ? NO_DATA_LABELS[r].vi : '');

export async function buildExport(deps: Deps, ctx: RequestContext, campaignId: number, q: ExportQuery) {
  const s = await loadSnapshot(deps, ctx, campaignId, q);
  const table = tableOf(s, q);
  const content = q.format === 'csv' ? toCsv(table) : await toXlsx(table);
  const base = searchKey(table.title).replace(/[^a-z0-9]+/g, '-');
  return { content, fileName: `${base}-${s.period.id}.${q.format}`, format: q.format };
}

function tableOf(s: Snapshot, q: ExportQuery): Table {
  const subtitle = `${s.c.title} — ${s.period.label}${s.unitFilter ? ` — ${s.unitFilter.name}` : ''}${
    s.group ? ` — ${s.group}` : ''
  }`;
  if (q.view === 'indicators') {
    const d = dashboardOfSnapshot(s);
    return {
      title: 'Kết quả thực hiện chỉ tiêu',
      subtitle,
      columns: [
        { header: 'Mã', kind: 'text', width: 10 },
        { header: 'Chỉ tiêu', kind: 'text', width: 60 },
        { header: 'Đơn vị tính', kind: 'text', width: 12 },
        { header: 'Chỉ tiêu đợt', kind: 'number' },
        { header: 'Kế hoạch kỳ', kind: 'number' },
        { header: 'Thực hiện', kind: 'number' },
        { header: 'Ước tính', kind: 'text', width: 9 },
        { header: 'Đơn vị đã báo cáo', kind: 'text' },
        { header: '% so với chỉ tiêu', kind: 'percent' },
        { header: '% so với kế hoạch kỳ', kind: 'percent' },
        { header: 'Điểm (0–10)', kind: 'score' },
        { header: 'Tình trạng', kind: 'text', width: 18 },
        { header: 'Kỳ trước', kind: 'number' },
        { header: 'Ghi chú', kind: 'text', width: 30 },
      ],
      rows: d.indicators.map((i) => [
        i.code,
        i.name,
        i.unitOfMeasure,
        i.target,
        i.planned,
        i.value,
        i.isEstimate ? 'ước' : '',
        `${i.unitsReported}/${i.unitsAssigned}`,
        i.completion,
        i.completionVsPlan,
        i.score,
        PROGRESS_STATUS_LABELS[i.status].vi,
        i.previousValue,
        noData(i.noData),
      ]),
    } satisfies Table;
  }
  if (q.view === 'not_reported') {
    const d = dashboardOfSnapshot(s);
    return {
      title: 'Đơn vị chưa báo cáo',
      subtitle,
      columns: [
        { header: 'Mã đơn vị', kind: 'text', width: 22 },
        { header: 'Đơn vị', kind: 'text', width: 40 },
        { header: 'Tình trạng', kind: 'text', width: 18 },
        { header: 'Hạn nộp', kind: 'text', width: 12 },
        { header: 'Số ngày quá hạn', kind: 'number' },
      ],
      rows: d.notReported.map((u) => [
        u.unitCode,
        u.unitName,
        REPORT_STATUS_LABELS[u.status].vi,
        u.dueOn.split('-').reverse().join('/'),
        u.daysLate,
      ]),
    } satisfies Table;
  }
  if (q.view === 'heatmap') {
    const h = heatmapOf(s);
    const at = new Map(h.cells.map((c) => [`${c.unitId}:${c.indicatorId}`, c]));
    return {
      title: 'Điểm theo đơn vị và chỉ tiêu',
      subtitle,
      columns: [
        { header: 'Mã đơn vị', kind: 'text', width: 22 },
        { header: 'Đơn vị', kind: 'text', width: 32 },
        ...h.indicators.map((i) => ({ header: i.code, kind: 'score' as const, width: 9 })),
      ],
      rows: h.units.map((u) => [
        u.code,
        u.name,
        ...h.indicators.map((i) => at.get(`${u.id}:${i.id}`)?.score ?? null),
      ]),
    } satisfies Table;
  }
  const r = rankingOf(s, q.kind);
  return {
    title: 'Xếp hạng thi đua',
    subtitle,
    columns: [
      { header: 'Hạng', kind: 'number', width: 7 },
      { header: 'Mã đơn vị', kind: 'text', width: 22 },
      { header: 'Đơn vị', kind: 'text', width: 32 },
      { header: 'Điểm chỉ tiêu', kind: 'score' },
      { header: 'Đúng hạn', kind: 'score' },
      { header: 'Đầy đủ', kind: 'score' },
      { header: 'Chấm tay', kind: 'score' },
      { header: 'Tổng điểm', kind: 'score' },
      { header: 'Xếp loại', kind: 'text', width: 22 },
      { header: 'Căn cứ', kind: 'text', width: 32 },
      { header: 'Đồng hạng', kind: 'text', width: 30 },
    ],
    rows: r.rows.map((x) => [
      x.rank,
      x.unit.code,
      x.unit.name,
      x.parts.indicators,
      x.parts.timeliness,
      x.parts.completeness,
      x.parts.manual,
      x.total,
      x.band?.label ?? '',
      x.rule ?? '',
      x.tieNote ?? '',
    ]),
  } satisfies Table;
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(t: Table): Buffer {
  const lines = [t.columns.map((c) => csvCell(c.header)), ...t.rows.map((r) => r.map(csvCell))].map((l) =>
    l.join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(t: Table): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThiĐua';
  wb.created = new Date();
  const ws = wb.addWorksheet(t.title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  ws.addRow([t.title]).font = { bold: true, size: 14 };
  ws.addRow([t.subtitle]).font = { italic: true };
  const header = ws.addRow(t.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
    c.border = { bottom: { style: 'thin' } };
  });
  t.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? 14;
    if (c.kind === 'number') col.numFmt = '#,##0.##';
    if (c.kind === 'percent') col.numFmt = '0.0%';
    if (c.kind === 'score') col.numFmt = '0.00';
  });
  for (const r of t.rows) ws.addRow(r.map((v) => (v === null ? null : v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The unit's Excel template for a report and reading it back. The template is protected (only the input cells
 * are unlocked), carries data validation, and hides the report's identity in a very-hidden sheet so a file cannot be
 * uploaded to the wrong report. Reading finds the table by its headers (moved columns still work), refuses merged
 * input cells and ambiguous numbers, takes a formula's cached result with a warning, and ignores extra sheets
 * with a note.
 */
import { formatNumber, parseVnNumber, type Report, type ReportRow, searchKey } from '@thidua/shared';
import ExcelJS from 'exceljs';

const META_SHEET = '_thidua';
const DATA_SHEET = 'Báo cáo';
const TEMPLATE_VERSION = '1';

const COLUMNS = [
  { key: 'stt', header: 'STT', width: 6 },
  { key: 'code', header: 'Mã chỉ tiêu', width: 12 },
  { key: 'name', header: 'Tên chỉ tiêu', width: 60 },
  { key: 'unit', header: 'Đơn vị tính', width: 14 },
  { key: 'planned', header: 'Kế hoạch kỳ này', width: 16 },
  { key: 'due', header: 'Bắt buộc', width: 10 },
  { key: 'value', header: 'Giá trị', width: 16 },
  { key: 'numerator', header: 'Tử số', width: 14 },
  { key: 'denominator', header: 'Mẫu số', width: 14 },
  { key: 'estimate', header: 'Ước tính', width: 10 },
  { key: 'comment', header: 'Ghi chú', width: 40 },
] as const;
type ColKey = (typeof COLUMNS)[number]['key'];
const HEADER_ROW = 7;
const INPUT_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF7D6' } };

/** Builds the .xlsx for a report, prefilled with its current values. */
export async function buildTemplate(r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThiĐua';
  wb.created = new Date();
  const ws = wb.addWorksheet(DATA_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const title = ws.getCell('A1');
  title.value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA';
  title.font = { name: 'Times New Roman', bold: true, size: 14 };
  ws.getCell('A2').value = `Đợt thi đua: ${r.campaignTitle}`;
  ws.getCell('A3').value = `Đơn vị: ${r.unitName}`;
  ws.getCell('A4').value =
    `Kỳ báo cáo: ${r.periodLabel} (từ ${vnDay(r.periodStartsOn)} đến ${vnDay(r.periodEndsOn)}); hạn nộp ${vnDay(r.dueOn)}`;
  ws.getCell('A5').value =
    'Hướng dẫn: chỉ nhập vào các ô màu vàng. Chỉ tiêu tỷ lệ nhập Tử số và Mẫu số (hệ thống tự tính Giá trị). Số thập phân dùng dấu phẩy. Cột Ước tính: Có / Không.';
  ws.getCell('A5').font = { italic: true, size: 9 };
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  r.rows.forEach((row, i) => {
    const excelRow = ws.getRow(HEADER_ROW + 1 + i);
    const ratio = row.indicator.kind === 'ratio';
    excelRow.values = {
      stt: i + 1,
      code: row.indicator.code,
      name: row.indicator.name,
      unit: row.indicator.unitOfMeasure,
      planned:
        row.planned ??
        (row.plannedLow !== null
          ? `${formatNumber(row.plannedLow)}–${formatNumber(row.plannedHigh ?? 0)}`
          : ''),
      due: row.due ? 'Có' : '',
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      estimate: row.isEstimate ? 'Có' : 'Không',
      comment: row.comment,
    } as Record<ColKey, ExcelJS.CellValue>;
    excelRow.getCell('name').alignment = { wrapText: true, vertical: 'top' };
    const inputs: ColKey[] = ratio
      ? ['numerator', 'denominator', 'estimate', 'comment']
      : ['value', 'estimate', 'comment'];
    for (const k of inputs) {
      const cell = excelRow.getCell(k);
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
    }
    for (const k of ratio ? (['numerator', 'denominator'] as ColKey[]) : (['value'] as ColKey[])) {
      const min = row.indicator.minValue ?? (ratio || row.indicator.kind === 'count' ? 0 : -1e15);
      const max = row.indicator.maxValue ?? 1e15;
      excelRow.getCell(k).dataValidation = {
        type: row.indicator.kind === 'count' || ratio ? 'decimal' : 'decimal',
        operator: 'between',
        formulae: [min, max],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Giá trị không hợp lệ',
        error: `Nhập một số từ ${formatNumber(min)} đến ${formatNumber(max)}`,
      };
      excelRow.getCell(k).numFmt = '#,##0.##';
    }
    excelRow.getCell('estimate').dataValidation = {
      type: 'list',
      formulae: ['"Có,Không"'],
      allowBlank: true,
      showErrorMessage: true,
      error: 'Chọn Có hoặc Không',
    };
  });
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['template', TEMPLATE_VERSION],
    ['reportId', r.id],
    ['campaignId', r.campaignId],
    ['unitId', r.unitId],
    ['periodId', r.periodId],
    ['version', r.version],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const vnDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export class ExcelFileError extends Error {
  constructor(readonly code: 'EXCEL_NOT_XLSX' | 'EXCEL_WRONG_TEMPLATE' | 'EXCEL_WRONG_REPORT') {
    super(code);
  }
}

export interface ParsedRow {
  row: number;
  code: string;
  indicatorId: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  isEstimate: boolean;
  comment: string;
  errors: string[];
  warnings: string[];
}

export interface ParsedFile {
  rows: ParsedRow[];
  notes: string[];
  version: number | null;
}

const HEADER_KEYS: Record<string, ColKey> = {
  'ma chi tieu': 'code',
  'gia tri': 'value',
  'tu so': 'numerator',
  'mau so': 'denominator',
  'uoc tinh': 'estimate',
  uoc: 'estimate',
  'ghi chu': 'comment',
};

function findHeader(ws: ExcelJS.Worksheet): { row: number; cols: Partial<Record<ColKey, number>> } | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) {
    const cols: Partial<Record<ColKey, number>> = {};
    ws.getRow(r).eachCell((cell, col) => {
      const key = HEADER_KEYS[searchKey(cellText(cell.value)).trim()];
      if (key && cols[key] === undefined) cols[key] = col;
    });
    if (cols.code !== undefined && (cols.value !== undefined || cols.numerator !== undefined))
      return { row: r, cols };
  }
  return null;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

/** Reads a number cell; problems go into the row's errors/warnings. */
function readNumber(cell: ExcelJS.Cell, label: string, errors: string[], warnings: string[]): number | null {
  let v = cell.value;
  const addr = cell.address;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const result = (v as { result?: unknown }).result;
    if (typeof result === 'number' && Number.isFinite(result)) {
      warnings.push(`Ô ${addr} (${label}) là công thức; dùng kết quả ${formatNumber(result)}`);
      return result;
    }
    errors.push(`Ô ${addr} (${label}) là công thức không có kết quả số; hãy nhập số trực tiếp`);
    return null;
  }
  if (v && typeof v === 'object' && 'richText' in v) v = cellText(v);
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      errors.push(`Ô ${addr} (${label}) không phải số hữu hạn`);
      return null;
    }
    return v;
  }
  if (v instanceof Date) {
    errors.push(`Ô ${addr} (${label}) chứa ngày tháng, không phải số`);
    return null;
  }
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, '');
    if (s === '') return null;
    const neg = s.startsWith('-');
    const n = parseVnNumber(neg ? s.slice(1) : s);
    if (!n) {
      errors.push(`Ô ${addr} (${label}) chứa chữ "${v.trim()}", không phải số`);
      return null;
    }
    if (n.ambiguous) {
      errors.push(
        `Ô ${addr} (${label}) ghi "${v.trim()}" có thể hiểu là ${formatNumber(n.value)} hoặc ${n.alternatives.map((a) => formatNumber(a)).join(' hoặc ')}; hãy nhập dạng số của Excel`,
      );
      return null;
    }
    return neg ? -n.value : n.value;
  }
  if (typeof v === 'boolean') {
    errors.push(`Ô ${addr} (${label}) chứa giá trị đúng/sai, không phải số`);
    return null;
  }
  errors.push(`Ô ${addr} (${label}) không đọc được`);
  return null;
}

function readEstimate(cell: ExcelJS.Cell, errors: string[]): boolean {
  const t = searchKey(cellText(cell.value)).trim();
  if (['', 'khong', 'k', '0', 'false', 'no'].includes(t)) return false;
  if (['co', 'c', 'x', '1', 'true', 'yes', 'uoc'].includes(t)) return true;
  errors.push(`Ô ${cell.address} (Ước tính) ghi "${cellText(cell.value)}"; chỉ nhận Có hoặc Không`);
  return false;
}

/** Ranges like "G9:H9" that cover a cell. */
function mergedRanges(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const merges = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[];
  return merges.map((m) => {
    const [a, b] = m.split(':');
    const ca = ws.getCell(a as string);
    const cb = ws.getCell((b ?? a) as string);
    return {
      top: Number(ca.row),
      left: Number(ca.col),
      bottom: Number(cb.row),
      right: Number(cb.col),
    };
  });
}

/** Reads an uploaded workbook against the report it must belong to. */
export async function parseWorkbook(content: Buffer, report: Report): Promise<ParsedFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new ExcelFileError('EXCEL_NOT_XLSX');
  }
  const notes: string[] = [];
  const meta = wb.getWorksheet(META_SHEET);
  let version: number | null = null;
  if (meta) {
    const kv = new Map<string, unknown>();
    meta.eachRow((row) => kv.set(cellText(row.getCell(1).value), row.getCell(2).value));
    if (Number(kv.get('reportId')) !== report.id || String(kv.get('periodId')) !== report.periodId)
      throw new ExcelFileError('EXCEL_WRONG_REPORT');
    version = Number(kv.get('version')) || null;
    if (version !== null && version !== report.version)
      notes.push(
        'Báo cáo đã được sửa trên hệ thống sau khi tải mẫu này; số liệu trong tệp sẽ ghi đè các ô tương ứng.',
      );
  } else {
    notes.push('Tệp không có thông tin nhận dạng của mẫu; hệ thống đọc theo mã chỉ tiêu.');
  }
  const sheets = wb.worksheets.filter((w) => w.name !== META_SHEET);
  let data: ExcelJS.Worksheet | undefined;
  let header: ReturnType<typeof findHeader> = null;
  for (const ws of [wb.getWorksheet(DATA_SHEET), ...sheets].filter(Boolean) as ExcelJS.Worksheet[]) {
    header = findHeader(ws);
    if (header) {
      data = ws;
      break;
    }
  }
  if (!data || !header) throw new ExcelFileError('EXCEL_WRONG_TEMPLATE');
  const others = sheets.filter((w) => w !== data).map((w) => `"${w.name}"`);
  if (others.length) notes.push(`Bỏ qua ${others.length} trang tính khác: ${others.join(', ')}.`);
  const expected: Partial<Record<ColKey, number>> = Object.fromEntries(COLUMNS.map((c, i) => [c.key, i + 1]));
  if ((Object.keys(header.cols) as ColKey[]).some((k) => header.cols[k] !== expected[k]))
    notes.push('Các cột đã bị đổi chỗ so với mẫu; hệ thống đọc theo tên cột.');
  const merges = mergedRanges(data);
  const inMerge = (cell: ExcelJS.Cell) =>
    merges.some(
      (m) =>
        m.top <= Number(cell.row) &&
        Number(cell.row) <= m.bottom &&
        m.left <= Number(cell.col) &&
        Number(cell.col) <= m.right &&
        (m.top !== m.bottom || m.left !== m.right),
    );
  const byCode = new Map(report.rows.map((r) => [r.indicator.code.toUpperCase(), r]));
  const seen = new Set<string>();
  const rows: ParsedRow[] = [];
  const cols = header.cols;
  for (let r = header.row + 1; r <= data.rowCount; r++) {
    const row = data.getRow(r);
    const code = cellText(row.getCell(cols.code as number).value)
      .trim()
      .toUpperCase();
    if (!code) continue;
    const errors: string[] = [];
    const warnings: string[] = [];
    const target: ReportRow | undefined = byCode.get(code);
    if (!target) errors.push(`Mã chỉ tiêu "${code}" không có trong báo cáo của đơn vị`);
    else if (seen.has(code)) errors.push(`Mã chỉ tiêu ${code} xuất hiện hai lần`);
    seen.add(code);
    const ratio = target?.indicator.kind === 'ratio';
    const cell = (k: ColKey) => (cols[k] !== undefined ? row.getCell(cols[k] as number) : null);
    const inputs = ratio ? (['numerator', 'denominator'] as const) : (['value'] as const);
    const nums: Partial<Record<'value' | 'numerator' | 'denominator', number | null>> = {};
    for (const k of inputs) {
      const c = cell(k);
      const label = COLUMNS.find((x) => x.key === k)?.header ?? k;
      if (!c) {
        errors.push(`Không có cột ${label}`);
        continue;
      }
      if (inMerge(c)) {
        errors.push(`Ô ${c.address} (${label}) nằm trong vùng gộp ô; hãy bỏ gộp ô`);
        continue;
      }
      nums[k] = readNumber(c, label, errors, warnings);
    }
    const est = cell('estimate');
    const com = cell('comment');
    rows.push({
      row: r,
      code,
      indicatorId: target?.indicator.id ?? null,
      value: ratio ? null : (nums.value ?? null),
      numerator: nums.numerator ?? null,
      denominator: nums.denominator ?? null,
      isEstimate: est ? readEstimate(est, errors) : false,
      comment: com ? cellText(com.value).normalize('NFC').trim().slice(0, 2000) : '',
      errors,
      warnings,
    });
    if (rows.length > 1000) break;
  }
  if (!rows.length) throw new ExcelFileError('EXCEL_WRONG_TEMPLATE');
  return { rows, notes, version };
}

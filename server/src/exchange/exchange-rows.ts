/**
 * Import rows: a JSON DataValueSet or CSV text → uniform rows with their row numbers, cells read but codes not yet
 * resolved. Number cells go through `parseExchangeNumber` (ambiguous numbers are row errors, never guesses).
 */
import {
  type DataValueIn,
  type DataValueSetIn,
  EXCHANGE_CSV_COLUMNS,
  EXCHANGE_CSV_REQUIRED,
  EXCHANGE_MAX_ROWS,
  type ExchangeCsvColumn,
  type ExchangeRowError,
  parseExchangeNumber,
} from '@thidua/shared';
import { AppError } from '../http/errors.ts';
import { detectSeparator, normaliseHeader, parseCsv, unguardText } from './csv.ts';

/** A row read from the file. Fields left undefined keep the stored value; null clears it. */
export interface InRow {
  row: number;
  period: string;
  unit: string;
  indicator: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  isEstimate?: boolean;
  comment?: string;
}

const COMMENT_MAX = 2000;
const TRUE = new Set(['true', '1', 'có', 'co', 'x', 'yes', 'y', 'ước', 'uoc']);
const FALSE = new Set(['false', '0', 'không', 'khong', 'no', 'n']);

type Raw = Omit<DataValueIn, 'isEstimate'> & { isEstimate?: boolean | string };

function readRow(row: number, raw: Raw, csv: boolean, errors: ExchangeRowError[]): InRow {
  const out: InRow = {
    row,
    period: raw.period.trim(),
    unit: raw.unit.trim(),
    indicator: raw.indicator.trim(),
  };
  for (const field of ['value', 'numerator', 'denominator'] as const) {
    const cell = raw[field];
    if (cell === undefined) continue;
    if (cell === null || typeof cell === 'number') {
      if (typeof cell === 'number' && !(Number.isFinite(cell) && Math.abs(cell) <= 1e15)) {
        errors.push({ row, field, message: 'Giá trị vượt quá giới hạn cho phép' });
        continue;
      }
      out[field] = cell;
      continue;
    }
    const n = parseExchangeNumber(cell);
    if (n.ok) out[field] = n.value;
    else errors.push({ row, field, message: n.message });
  }
  const est = raw.isEstimate;
  if (typeof est === 'boolean') out.isEstimate = est;
  else if (typeof est === 'string') {
    const k = est.trim().toLowerCase().normalize('NFC');
    if (k === '' || FALSE.has(k)) out.isEstimate = false;
    else if (TRUE.has(k)) out.isEstimate = true;
    else errors.push({ row, field: 'is_estimate', message: `"${est}": ghi true hoặc false` });
  }
  if (raw.comment !== undefined) {
    const c = (csv ? unguardText(raw.comment) : raw.comment).normalize('NFC').trim();
    if (c.length > COMMENT_MAX)
      errors.push({ row, field: 'comment', message: `Ghi chú tối đa ${COMMENT_MAX} ký tự` });
    else out.comment = c;
  }
  for (const field of ['period', 'unit', 'indicator'] as const)
    if (!out[field]) errors.push({ row, field, message: 'Bắt buộc' });
  return out;
}

/** The JSON body's rows; `row` is the position in dataValues, from 1. */
export function rowsOfJson(body: DataValueSetIn, errors: ExchangeRowError[]): InRow[] {
  return body.dataValues.map((v, i) => readRow(i + 1, v, false, errors));
}

const malformed = (line: number, message: string) =>
  new AppError('EXCHANGE_CSV_MALFORMED', [{ path: `line.${line}`, message }]);

/** The CSV text's rows; `row` is the file line the record starts on (the header is line 1). */
export function rowsOfCsv(text: string, errors: ExchangeRowError[]): InRow[] {
  const records = parseCsv(text, detectSeparator(text, EXCHANGE_CSV_COLUMNS));
  const header = records[0];
  if (!header) throw new AppError('EXCHANGE_EMPTY');
  const names = header.cells.map(normaliseHeader);
  const known = EXCHANGE_CSV_COLUMNS as readonly string[];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length)
    throw malformed(
      header.line,
      `Cột không có trong định dạng: ${unknown.map((n) => `"${n}"`).join(', ')}. Các cột: ${known.join(', ')}`,
    );
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw malformed(header.line, `Cột ${twice.join(', ')} xuất hiện hai lần`);
  const missing = EXCHANGE_CSV_REQUIRED.filter((n) => !names.includes(n));
  if (missing.length) throw malformed(header.line, `Thiếu cột ${missing.join(', ')}`);
  const data = records.slice(1);
  if (data.length > EXCHANGE_MAX_ROWS) throw new AppError('EXCHANGE_TOO_MANY_ROWS');
  const at = (cells: string[], name: ExchangeCsvColumn) => {
    const i = names.indexOf(name);
    return i < 0 ? undefined : (cells[i] ?? '');
  };
  return data.map((rec) => {
    if (rec.cells.length > names.length && rec.cells.slice(names.length).some((c) => c.trim() !== ''))
      errors.push({
        row: rec.line,
        field: 'row',
        message: `Dòng có ${rec.cells.length} ô nhưng tiêu đề chỉ có ${names.length} cột`,
      });
    return readRow(
      rec.line,
      {
        period: at(rec.cells, 'period') ?? '',
        unit: at(rec.cells, 'unit') ?? '',
        indicator: at(rec.cells, 'indicator') ?? '',
        value: at(rec.cells, 'value'),
        numerator: at(rec.cells, 'numerator'),
        denominator: at(rec.cells, 'denominator'),
        isEstimate: at(rec.cells, 'is_estimate'),
        comment: at(rec.cells, 'comment'),
      },
      true,
      errors,
    );
  });
}

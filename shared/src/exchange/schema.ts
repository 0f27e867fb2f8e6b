import { z } from 'zod';
import { ReportStatus } from '../reports/schema.ts';

export * from './numbers.ts';

/**
 * Data exchange (issue 9): the values of a campaign's reports, per period and unit, as JSON or CSV, for other
 * systems and for spreadsheets. Units and indicators travel by their stable codes — the unit's `code`
 * (HP.DONGHAI.TDP07, unique, compared without regard to case) and the indicator's `code`, unique in its campaign
 * (CT01, CT17A) — never by database ids. Periods are the campaign's period ids ("2025-10", "2025Q4").
 *
 * Values mean what they mean in a report: cumulative since the campaign start for sums and counts, the level
 * reached for ratios, rates and indices. A ratio travels as numerator and denominator; its `value` is computed by
 * the server (written on export, ignored on import).
 */

/** Largest accepted upload (JSON or CSV). */
export const EXCHANGE_MAX_BYTES = 5 * 1024 * 1024;
/** Most data rows in one upload. */
export const EXCHANGE_MAX_ROWS = 20_000;

/**
 * CSV columns, in the order written on export. The file is UTF-8 with a byte-order mark (so Excel keeps the
 * diacritics), comma-separated, CRLF line ends, RFC 4180 quoting, dot decimals with no grouping.
 *
 * On import the header row names the columns (any order; unknown names are refused): `period`, `unit` and
 * `indicator` are required; `unit_name`, `indicator_name` and `status` are informative and ignored; a missing
 * value column leaves the stored value as it is, an empty cell clears it. The BOM is optional, the separator may be
 * "," or ";" (Excel with a Vietnamese locale), numbers may use a decimal comma ("1,5"), but a number that reads two
 * ways ("1.234", "1,234") is refused rather than guessed. `is_estimate`: true/false, 1/0, có/không (empty = false).
 */
export const EXCHANGE_CSV_COLUMNS = [
  'period',
  'unit',
  'unit_name',
  'indicator',
  'indicator_name',
  'value',
  'numerator',
  'denominator',
  'is_estimate',
  'comment',
  'status',
] as const;
export type ExchangeCsvColumn = (typeof EXCHANGE_CSV_COLUMNS)[number];
export const EXCHANGE_CSV_REQUIRED: readonly ExchangeCsvColumn[] = ['period', 'unit', 'indicator'];
/** Written on export for people; ignored on import. */
export const EXCHANGE_CSV_READ_ONLY: readonly ExchangeCsvColumn[] = ['unit_name', 'indicator_name', 'status'];

export const ExchangeFormat = z.enum(['json', 'csv']);
export type ExchangeFormat = z.infer<typeof ExchangeFormat>;

const Code = z.string().trim().min(1).max(100);
const PeriodId = z.string().trim().min(1).max(40);

/** One value of one indicator for one unit and period, as exported. */
export const DataValue = z.object({
  period: z.string().describe('Period id: "2025-10" (month) or "2025Q4" (quarter)'),
  unit: z.string().describe('Stable unit code (org_units.code), e.g. HP.DONGHAI.TDP07'),
  unitName: z.string().describe('Read-only'),
  indicator: z.string().describe('Indicator code, unique in the campaign, e.g. CT17A'),
  indicatorName: z.string().describe('Read-only'),
  value: z.number().nullable().describe('For ratios computed from numerator and denominator'),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  isEstimate: z.boolean(),
  comment: z.string(),
  status: ReportStatus.describe(
    "The report's status (read-only; only draft and returned reports take imports)",
  ),
});
export type DataValue = z.infer<typeof DataValue>;

/** An export: the campaign, when, which filter, and the values. */
export const DataValueSet = z.object({
  campaign: z.object({
    id: z.number().int(),
    title: z.string(),
    document: z.string().nullable().describe('Document number and symbol, e.g. "232/KH-UBND"'),
    issuingUnit: z.string().describe('Code of the issuing unit'),
  }),
  exportedAt: z.string(),
  periodId: z.string().nullable(),
  unitCode: z.string().nullable(),
  dataValues: z.array(DataValue),
});
export type DataValueSet = z.infer<typeof DataValueSet>;

export const DataValueQuery = z.object({
  periodId: PeriodId.optional().describe('Only this period'),
  unitCode: Code.optional().describe('Only this unit (its code)'),
  format: ExchangeFormat.default('json'),
});
export type DataValueQuery = z.output<typeof DataValueQuery>;

export const DataValueImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: check everything and say what would change, save nothing'),
});

/** A number cell of an import: a JSON number, or text read like a CSV cell ("1,5"); null clears. */
const NumberIn = z.union([z.number(), z.string().max(60), z.null()]).optional();

/** One value to import (JSON). A key left out keeps the stored value; null clears it. */
export const DataValueIn = z.object({
  period: PeriodId,
  unit: Code,
  indicator: Code,
  value: NumberIn,
  numerator: NumberIn,
  denominator: NumberIn,
  isEstimate: z.boolean().optional(),
  comment: z.string().max(4000).optional(),
  unitName: z.string().max(1000).optional().describe('Ignored'),
  indicatorName: z.string().max(1000).optional().describe('Ignored'),
  status: z.string().max(40).optional().describe('Ignored'),
});
export type DataValueIn = z.infer<typeof DataValueIn>;

/** The JSON import body: an export's `dataValues` (the other keys of an export are accepted and ignored). */
export const DataValueSetIn = z.object({
  campaign: z.unknown().optional(),
  exportedAt: z.unknown().optional(),
  periodId: z.unknown().optional(),
  unitCode: z.unknown().optional(),
  dataValues: z.array(DataValueIn).max(EXCHANGE_MAX_ROWS),
});
export type DataValueSetIn = z.infer<typeof DataValueSetIn>;

/** The import body: a DataValueSet-like JSON object, or the CSV text (`text/csv`). */
export const DataValueImportBody = z.union([DataValueSetIn, z.string()]);

/** One problem of one row. `row`: CSV line number (the header is line 1); JSON: position in dataValues from 1. */
export const ExchangeRowError = z.object({
  row: z.number().int(),
  field: z
    .string()
    .describe('period, unit, indicator, value, numerator, denominator, is_estimate, comment, row'),
  message: z.string(),
});
export type ExchangeRowError = z.infer<typeof ExchangeRowError>;

/** What an import did (or, with dryRun, would do). */
export const DataValueImportResult = z.object({
  dryRun: z.boolean(),
  /** True when nothing is wrong (with dryRun=false it has been saved). */
  ok: z.boolean(),
  rows: z.number().int().describe('Data rows read'),
  reports: z.object({
    touched: z.number().int().describe('Reports whose values change'),
    created: z.number().int().describe('Of those, reports opened by this import'),
  }),
  values: z.object({
    created: z.number().int().describe('Values entered where there was none'),
    updated: z.number().int().describe('Values changed'),
    unchanged: z.number().int().describe('Rows that say what is already stored'),
  }),
  errors: z.array(ExchangeRowError),
});
export type DataValueImportResult = z.infer<typeof DataValueImportResult>;

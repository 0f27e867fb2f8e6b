/**
 * Reporting periods with stable ids: month "2025-10", quarter "2025Q4", half-year "2025S2", nine months "2025N9"
 * (January–September, the "9 tháng" report), year "2025". Pure date arithmetic on ISO dates ("YYYY-MM-DD"), no
 * time zones involved.
 *
 * Vietnamese state reporting often cuts a month off on the 14th: with `cutoffDay = 15`, the October report
 * covers 15/9 → 14/10, and quarters, halves and years shift the same way.
 */

export type PeriodKind = 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year';

export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2, 9 for nine months, 1 for a year. */
  index: number;
  /** First day covered (inclusive), ISO. */
  start: string;
  /** Last day covered (inclusive), ISO. */
  end: string;
}

const PATTERNS: [RegExp, PeriodKind][] = [
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'month'],
  [/^(\d{4})Q([1-4])$/, 'quarter'],
  [/^(\d{4})S([12])$/, 'half_year'],
  [/^(\d{4})N(9)$/, 'nine_months'],
  [/^(\d{4})$/, 'year'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Last day of a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date plus n days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Months [first, last] (1–12) a period spans, before any cut-off shift. */
function monthSpan(kind: PeriodKind, index: number): [number, number] {
  switch (kind) {
    case 'month':
      return [index, index];
    case 'quarter':
      return [3 * index - 2, 3 * index];
    case 'half_year':
      return [6 * index - 5, 6 * index];
    case 'nine_months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

/**
 * Dates covered by a span of months. Without a cut-off: first of the first month → last of the last month.
 * With cut-off day c (2–28): day c of the month before the first → day c−1 of the last month.
 */
function datesOf(
  year: number,
  first: number,
  last: number,
  cutoffDay?: number,
): { start: string; end: string } {
  if (!cutoffDay) return { start: iso(year, first, 1), end: iso(year, last, daysInMonth(year, last)) };
  const prevMonth = first === 1 ? 12 : first - 1;
  const prevYear = first === 1 ? year - 1 : year;
  return { start: iso(prevYear, prevMonth, cutoffDay), end: iso(year, last, cutoffDay - 1) };
}

/** Parses a period id; null when it is not one. `cutoffDay` (2–28) applies the reporting cut-off. */
export function parsePeriod(id: string, cutoffDay?: number): Period | null {
  if (cutoffDay !== undefined && (!Number.isInteger(cutoffDay) || cutoffDay < 2 || cutoffDay > 28))
    return null;
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(id);
    if (!m) continue;
    const year = Number(m[1]);
    const index = kind === 'year' ? 1 : Number(m[2]);
    const [first, last] = monthSpan(kind, index);
    return { id, kind, year, index, ...datesOf(year, first, last, cutoffDay) };
  }
  return null;
}

/** The id of the period of a kind that contains an ISO date (respecting the cut-off). */
export function periodOf(kind: PeriodKind, date: string, cutoffDay?: number): string {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (cutoffDay && d >= cutoffDay) {
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  switch (kind) {
    case 'month':
      return `${y}-${pad(m)}`;
    case 'quarter':
      return `${y}Q${Math.ceil(m / 3)}`;
    case 'half_year':
      return `${y}S${m <= 6 ? 1 : 2}`;
    case 'nine_months':
      return `${y}N9`;
    case 'year':
      return `${y}`;
  }
}

/** Consecutive periods of one kind that overlap [start, end] (ISO dates), in order. */
export function periodsBetween(kind: PeriodKind, start: string, end: string, cutoffDay?: number): Period[] {
  if (end < start) return [];
  const out: Period[] = [];
  let id = periodOf(kind, start, cutoffDay);
  for (let guard = 0; guard < 1200; guard++) {
    const p = parsePeriod(id, cutoffDay);
    if (!p || p.start > end) break;
    out.push(p);
    id = periodOf(kind, addDays(p.end, 1), cutoffDay);
    if (kind === 'nine_months') id = `${p.year + 1}N9`;
  }
  return out;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Vietnamese label: "Tháng 10/2025", "Quý IV/2025", "6 tháng cuối năm 2025", "9 tháng năm 2025", "Năm 2025". */
export function periodLabel(p: Pick<Period, 'kind' | 'year' | 'index'>): string {
  switch (p.kind) {
    case 'month':
      return `Tháng ${p.index}/${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'half_year':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'nine_months':
      return `9 tháng năm ${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
  }
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The whole campaign as one period ("2025-09-01..2025-12-31"): for end-of-campaign indicators and totals. */
export interface WindowPeriod {
  id: string;
  kind: 'campaign';
  start: string;
  end: string;
  label: string;
}

export function campaignWindow(start: string, end: string): WindowPeriod | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end) || end < start) return null;
  if (Number.isNaN(Date.parse(`${start}T00:00:00Z`)) || Number.isNaN(Date.parse(`${end}T00:00:00Z`)))
    return null;
  return {
    id: `${start}..${end}`,
    kind: 'campaign',
    start,
    end,
    label: `Cả đợt (${dmy(start)} – ${dmy(end)})`,
  };
}

/** Reads a campaign-window id back; null when it is not one. */
export function parseWindow(id: string): WindowPeriod | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(id);
  return m ? campaignWindow(m[1] as string, m[2] as string) : null;
}

/**
 * Vietnamese display formats: 36.692 · 55,5 % · 10/12/2025 · 10/12/2025 14:05.
 * Pure functions; the time zone for dates is Asia/Ho_Chi_Minh unless given.
 */

const VN_TZ = 'Asia/Ho_Chi_Minh';

/** 36692 → "36.692"; 55.5 → "55,5"; `digits` caps the fraction digits (default 2). */
export function formatNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '';
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(digits);
  let [int = '0', frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + int + (frac ? `,${frac}` : '');
}

/** 55.5 → "55,5 %" (value already in percent). */
export function formatPercent(n: number, digits = 1): string {
  const s = formatNumber(n, digits);
  return s ? `${s} %` : '';
}

function parts(d: Date, tz: string) {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(d)) p[x.type] = x.value;
  return p;
}

/** A Date or ISO string → "10/12/2025" in Vietnam time. */
export function formatDate(d: Date | string, tz = VN_TZ): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, tz);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A Date or ISO string → "10/12/2025 14:05" in Vietnam time. */
export function formatDateTime(d: Date | string, tz = VN_TZ): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, tz);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

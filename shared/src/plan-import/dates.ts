/**
 * Dates in plan prose: "10/12/2025", "ngày 10 tháng 12 năm 2025", "hết tháng 12 năm 2025", "Quý IV/2025",
 * and the time frame ("từ ngày phát động … đến hết tháng 12 năm 2025") and report deadline ("trước ngày 10/12/2025").
 */
import { field, type IssueSink } from './draft-fields.ts';
import type { Mapped } from './mapped.ts';
import type { DraftCampaign, DraftField } from './schema.ts';
import type { SourceText } from './source.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid ISO date, or null ("31/02/2025" is not a date). */
export function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Last day of a month as an ISO date. */
export function endOfMonth(y: number, m: number): string {
  return isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()) as string;
}

export interface FoundDate {
  iso: string;
  /** Offsets in the searched string. */
  start: number;
  end: number;
  /** The year was not written and came from the document's year. */
  yearAssumed: boolean;
}

// "10/12/2025", "10-12-2025", "10.12.2025"; without a year only "10/12".
const NUMERIC = /(?<![\d/.])(\d{1,2})\s*(?:([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|\/\s*(\d{1,2}))(?![\d/])/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;

/** Every full date in `s` ("10/12/2025", "ngày 10 tháng 12 năm 2025"); a missing year comes from `year`. */
export function findDates(s: string, year: number | null): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (d: string, mo: string, y: string | undefined, at: number, len: number) => {
    const yy = y ? Number(y) : year;
    if (yy === null) return;
    const iso = isoDate(yy, Number(mo), Number(d));
    if (iso) out.push({ iso, start: at, end: at + len, yearAssumed: !y });
  };
  for (const m of s.matchAll(NUMERIC))
    push(m[1] as string, (m[3] ?? m[5]) as string, m[4], m.index ?? 0, m[0].length);
  for (const m of s.matchAll(WORDS)) push(m[1] as string, m[2] as string, m[3], m.index ?? 0, m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

const END_MONTH = /(?:hết|cuối)\s+tháng\s+(\d{1,2})\s*(?:năm\s+|\/\s*)(\d{4})/iu;
const END_YEAR = /(?:hết|cuối)\s+năm\s+(\d{4})/iu;
const START_MONTH = /(?:từ|bắt đầu(?:\s+từ)?)\s+(?:đầu\s+)?tháng\s+(\d{1,2})\s*(?:năm\s+|\/\s*)(\d{4})/iu;
const WHOLE_YEAR = /^\s*(?:trong\s+)?năm\s+(\d{4})\s*[.;]?\s*$/iu;
const QUARTER = /quý\s+(IV|III|II|I|[1-4])\s*(?:năm\s+|\/\s*)(\d{4})/iu;
const FROM_LAUNCH = /từ\s+(?:ngày\s+|khi\s+)?(?:phát động|ban hành|ký)/iu;
const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Reads the time frame from the "Thời gian thực hiện" text. "Từ ngày phát động" has no date: the start is
 * the issue date (or the first day of its month when the day is blank), flagged for the office to correct.
 */
export function readTimeFrame(
  src: SourceText,
  text: Mapped,
  issuedOn: string | null,
  issues: IssueSink,
): Pick<DraftCampaign, 'startsOn' | 'endsOn'> {
  const s = text.text;
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  const out: Pick<DraftCampaign, 'startsOn' | 'endsOn'> = {};
  const dates = findDates(s, year);
  const fromTo = /(?<!\p{L})từ(?!\p{L})/iu.exec(s);
  const toAt = /(?<!\p{L})(đến|tới)(?!\p{L})|\s[-–]\s/iu.exec(s);
  const endMonth = END_MONTH.exec(s);
  const endYear = END_YEAR.exec(s);
  const quarter = QUARTER.exec(s);
  const launch = FROM_LAUNCH.exec(s);
  const startMonth = START_MONTH.exec(s);
  const wholeYear = WHOLE_YEAR.exec(s);
  if (wholeYear) {
    // "Năm 2025." alone: the calendar year, flagged because a campaign rarely starts on 1 January.
    const span = text.span(src, wholeYear.index, wholeYear.index + wholeYear[0].length);
    const note = 'Kế hoạch chỉ ghi năm; tạm lấy cả năm dương lịch.';
    out.startsOn = field<string | null>(`${wholeYear[1]}-01-01`, span, 0.6, { flagged: true, note });
    out.endsOn = field<string | null>(`${wholeYear[1]}-12-31`, span, 0.8, { note });
    issues.add('START_ASSUMED', 'info', note, span, { field: 'startsOn' });
    return out;
  }

  if (launch && issuedOn) {
    const iso = issuedOn.length === 7 ? `${issuedOn}-01` : issuedOn;
    const span = text.span(src, launch.index, launch.index + launch[0].length);
    out.startsOn = field<string | null>(iso, span, 0.5, {
      flagged: true,
      note: 'Kế hoạch tính từ ngày phát động; tạm lấy theo ngày ban hành, cần sửa thành ngày phát động thực tế.',
    });
    issues.add(
      'START_ASSUMED',
      'warning',
      'Ngày bắt đầu lấy theo ngày ban hành; hãy nhập ngày phát động.',
      span,
      {
        field: 'startsOn',
      },
    );
  } else if (startMonth && (!dates[0] || startMonth.index < dates[0].start)) {
    const iso = `${startMonth[2]}-${pad(Number(startMonth[1]))}-01`;
    out.startsOn = field<string | null>(
      iso,
      text.span(src, startMonth.index, startMonth.index + startMonth[0].length),
      0.85,
    );
  } else if (dates[0] && (!toAt || dates[0].start < toAt.index || !fromTo)) {
    out.startsOn = dateField(src, text, dates[0], issues, 'startsOn');
  } else if (quarter) {
    const q = QUARTERS[(quarter[1] as string).toUpperCase()] as number;
    const iso = `${quarter[2]}-${pad(q * 3 - 2)}-01`;
    out.startsOn = field<string | null>(
      iso,
      text.span(src, quarter.index, quarter.index + quarter[0].length),
      0.8,
    );
  }

  const endDate =
    dates.find((d) => toAt && d.start > toAt.index) ??
    (dates.length > 1 ? dates[dates.length - 1] : undefined);
  if (endMonth && (!endDate || endMonth.index > endDate.start)) {
    const iso = endOfMonth(Number(endMonth[2]), Number(endMonth[1]));
    out.endsOn = field<string | null>(
      iso,
      text.span(src, endMonth.index, endMonth.index + endMonth[0].length),
      0.9,
    );
  } else if (endDate) out.endsOn = dateField(src, text, endDate, issues, 'endsOn');
  else if (endYear) {
    out.endsOn = field<string | null>(
      `${endYear[1]}-12-31`,
      text.span(src, endYear.index, endYear.index + endYear[0].length),
      0.9,
    );
  } else if (quarter) {
    const q = QUARTERS[(quarter[1] as string).toUpperCase()] as number;
    out.endsOn = field<string | null>(
      endOfMonth(Number(quarter[2]), q * 3),
      text.span(src, quarter.index, quarter.index + quarter[0].length),
      0.8,
    );
  }
  if (!out.endsOn)
    issues.add('END_MISSING', 'warning', 'Không tìm thấy ngày kết thúc đợt thi đua.', text.span(src), {
      field: 'endsOn',
    });
  return out;
}

function dateField(
  src: SourceText,
  text: Mapped,
  d: FoundDate,
  issues: IssueSink,
  name: string,
): DraftField<string | null> {
  const span = text.span(src, d.start, d.end);
  if (d.yearAssumed)
    issues.add('YEAR_ASSUMED', 'info', 'Ngày không ghi năm; lấy năm của văn bản.', span, { field: name });
  return field<string | null>(d.iso, span, d.yearAssumed ? 0.7 : 0.95);
}

const DEADLINE =
  /(trước|chậm nhất(?:\s+là)?|không muộn hơn|hạn chót|hạn cuối)\s+(?:vào\s+)?(?:ngày\s+(?=\d{1,2}\s*[/.-]))?/giu;

/**
 * The report deadline: a date after "trước ngày", "chậm nhất ngày"… When several are found, the one in a
 * sentence about reporting results wins and the others are offered as alternatives.
 */
export function readDeadline(
  src: SourceText,
  texts: readonly Mapped[],
  year: number | null,
  issues: IssueSink,
): DraftField<string | null> | undefined {
  const found: { iso: string; span: ReturnType<SourceText['span']>; score: number; yearAssumed: boolean }[] =
    [];
  for (const t of texts) {
    for (const m of t.text.matchAll(DEADLINE)) {
      const after = (m.index ?? 0) + m[0].length;
      const d = findDates(t.text.slice(after, after + 40), year)[0];
      if (!d || d.start > 2) continue;
      const sentenceStart = Math.max(
        t.text.lastIndexOf('.', m.index ?? 0),
        t.text.lastIndexOf(';', m.index ?? 0),
      );
      const sentence = t.text.slice(sentenceStart + 1, after + d.end).toLowerCase();
      // The clause since the previous deadline: "…sơ kết trước ngày X và tổng kết trước ngày Y".
      const prev = found.length ? t.text.lastIndexOf('ngày', (m.index ?? 0) - 1) : -1;
      const clause = t.text.slice(Math.max(sentenceStart + 1, prev), after).toLowerCase();
      const score =
        (sentence.includes('báo cáo') ? 2 : 0) +
        (sentence.includes('kết quả') ? 1 : 0) +
        (/tổng kết|cuối năm|cả năm/u.test(clause) ? 1 : 0) -
        (/sơ kết|hằng quý|hằng tháng/u.test(clause) ? 1 : 0);
      found.push({
        iso: d.iso,
        span: t.span(src, after + d.start, after + d.end),
        score,
        yearAssumed: d.yearAssumed,
      });
    }
  }
  if (found.length === 0) return undefined;
  const best = [...found].sort((a, b) => b.score - a.score)[0] as (typeof found)[number];
  const others = [...new Set(found.map((f) => f.iso).filter((iso) => iso !== best.iso))];
  if (others.length)
    issues.add('DEADLINE_AMBIGUOUS', 'warning', 'Có nhiều hạn báo cáo; hãy chọn hạn đúng.', best.span, {
      field: 'reportDeadline',
      alternatives: others,
    });
  if (best.yearAssumed)
    issues.add('YEAR_ASSUMED', 'info', 'Hạn báo cáo không ghi năm; lấy năm của văn bản.', best.span, {
      field: 'reportDeadline',
    });
  return field<string | null>(best.iso, best.span, others.length || best.yearAssumed ? 0.7 : 0.95, {
    alternatives: others,
  });
}

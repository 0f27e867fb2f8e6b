/**
 * Documents a plan cites (Nghị quyết số 57-NQ/TW, Chỉ thị số 41-CT/TW, Kế hoạch số 232/KH-UBND) and the named
 * emulation movements it ties tasks to (phong trào thi đua "Vì người nghèo - không để ai bị bỏ lại phía sau").
 */
import { cleanDisplay } from './clean.ts';
import { field, type IssueSink } from './draft-fields.ts';
import type { Mapped } from './mapped.ts';
import type { DraftCitation, DraftField } from './schema.ts';
import type { SourceText } from './source.ts';

const KINDS: [RegExp, DraftCitation['kind']][] = [
  [/^Nghị quyết/iu, 'resolution'],
  [/^Chỉ thị/iu, 'directive'],
  [/^Kế hoạch/iu, 'plan'],
];
const DOC =
  /(Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Thông tư|Nghị định|Công văn|Hướng dẫn|Luật)\s+(?:số\s+)?(\d+(?:\/\d{4})?[/-][\p{L}\d/.-]*[\p{L}\d])/gu;
/** Where an inline citation's title stops: "; ", " về ", ", gắn với", or a sentence end. */
const INLINE_END = /;|\s+về\s|,\s*gắn với|\.(?=\s+\p{Lu}|\s*$)|:/u;

/** Cited documents in a paragraph; a paragraph that starts with the citation is its whole title. */
export function findCitations(src: SourceText, p: Mapped, issues: IssueSink): DraftField<DraftCitation>[] {
  const out: DraftField<DraftCitation>[] = [];
  for (const m of p.text.matchAll(DOC)) {
    const at = m.index ?? 0;
    const whole = at <= 2;
    const rest = p.text.slice(at);
    const stop = whole ? -1 : rest.search(INLINE_END);
    const end = at + (stop >= 0 ? stop : rest.length);
    const raw = p.text.slice(at, end).replace(/[\s;:.,]+$/u, '');
    const { text, fixes } = cleanDisplay(raw);
    const kind = KINDS.find(([re]) => re.test(m[1] as string))?.[1] ?? 'other';
    const span = p.span(src, at, at + raw.length);
    for (const f of fixes)
      issues.add(
        'TYPO_FIXED',
        'info',
        `Sửa "${f.from}" thành "${f.to}".`,
        p.span(src, at + f.at, at + f.at + f.from.length),
        {
          field: 'tasks',
          alternatives: [f.from, f.to],
        },
      );
    out.push(field({ kind, ref: (m[2] as string).replace(/\s+/g, ''), title: text }, span, 0.9));
  }
  return out;
}

const MOVEMENT = /phong\s+trào(?:\s+thi\s+đua)?\s*(["“'‘])/giu;
const ANY_MOVEMENT = /phong\s+trào/giu;
const CLOSERS = /["”'’]/gu;
const PAIRS: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

/** Named movements in quotes. A closing quote of the wrong kind is accepted and flagged. */
export function findMovements(src: SourceText, p: Mapped, issues: IssueSink): DraftField<DraftCitation>[] {
  const out: DraftField<DraftCitation>[] = [];
  const starts = [...p.text.matchAll(ANY_MOVEMENT)].map((m) => m.index ?? 0);
  for (const m of p.text.matchAll(MOVEMENT)) {
    const open = m[1] as string;
    const from = (m.index ?? 0) + m[0].length;
    const boundary = starts.find((s) => s >= from) ?? p.text.length;
    const window = p.text.slice(from, boundary);
    let close = -1;
    let closer = '';
    for (const c of window.matchAll(CLOSERS)) {
      const after = window[(c.index ?? 0) + 1] ?? ' ';
      if (/[\s;,.…)]/u.test(after)) {
        close = c.index ?? 0;
        closer = c[0];
      }
    }
    if (close <= 0) continue;
    const raw = window.slice(0, close);
    const span = p.span(src, from, from + close);
    const mismatch =
      PAIRS[open] !== closer && !(open === '"' && closer === '”') && !(open === '“' && closer === '"');
    if (mismatch)
      issues.add(
        'QUOTE_MISMATCH',
        'info',
        `Tên phong trào mở bằng ${open} nhưng đóng bằng ${closer}; hãy kiểm tra tên phong trào.`,
        span,
        { field: 'tasks' },
      );
    const { text } = cleanDisplay(raw);
    out.push(field({ kind: 'movement' as const, ref: '', title: text }, span, mismatch ? 0.7 : 0.9));
  }
  return out;
}

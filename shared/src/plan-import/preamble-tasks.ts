/**
 * Legal bases (the "Căn cứ …" / "Thực hiện Kế hoạch số …" paragraphs before the first heading) and tasks
 * (the numbered items of "Nhiệm vụ, giải pháp" with the documents and movements they cite).
 */
import { findCitations, findMovements } from './citations.ts';
import { cleanDisplay } from './clean.ts';
import { field, type IssueSink } from './draft-fields.ts';
import { fixNote } from './header.ts';
import { Mapped } from './mapped.ts';
import type { Paragraph } from './paragraphs.ts';
import type { DraftCampaign, DraftTask } from './schema.ts';
import { paragraphText, type Section } from './sections.ts';
import type { SourceText } from './source.ts';

const BASIS = /^(Căn cứ|Thực hiện|Theo|Triển khai|Thi hành)\s+/u;
/** The closing clause "…, Ủy ban nhân dân phường xây dựng Kế hoạch … như sau:" is not part of the basis. */
const OWN_CLAUSE =
  /[,;]\s*[^,;]*?\b(xây dựng|ban hành|triển khai)\s+(Kế hoạch|Báo cáo|Chương trình|kế hoạch)\b[^;]*$/u;

/** Legal bases from the preamble paragraphs. */
export function readLegalBases(
  src: SourceText,
  preamble: readonly Paragraph[],
  issues: IssueSink,
): DraftCampaign['legalBases'] {
  const out: DraftCampaign['legalBases'] = [];
  for (const p of preamble) {
    const t = p.text.text;
    if (!BASIS.test(t)) continue;
    // One paragraph may hold several: "Căn cứ Luật …; Căn cứ Nghị định …;".
    const starts = [...t.matchAll(/(?:^|;\s*)(Căn cứ|Thực hiện|Theo|Triển khai|Thi hành)\s+/gu)].map((m) => ({
      at: (m.index ?? 0) + m[0].length,
    }));
    starts.forEach((s, k) => {
      const next = starts[k + 1];
      let end = next ? t.lastIndexOf(';', next.at) : t.length;
      let piece = t.slice(s.at, end);
      const own = OWN_CLAUSE.exec(piece);
      if (own) piece = piece.slice(0, own.index);
      piece = piece.replace(/[\s;,.:]+$/u, '');
      end = s.at + piece.length;
      if (!piece) return;
      const { text, fixes } = cleanDisplay(piece);
      const span = p.text.span(src, s.at, end);
      for (const f of fixes)
        issues.add(
          'TYPO_FIXED',
          'info',
          `Sửa "${f.from}" thành "${f.to}".`,
          p.text.span(src, s.at + f.at, s.at + f.at + f.from.length),
          {
            field: 'legalBases',
            alternatives: [f.from, f.to],
          },
        );
      out.push(field(text, span, 0.9, fixes.length ? { note: fixNote(fixes) } : {}));
    });
  }
  return out;
}

/** Tasks: each numbered child of the tasks section (or each bullet when there are none). */
export function readTasks(
  src: SourceText,
  paras: readonly Paragraph[],
  section: Section,
  issues: IssueSink,
): DraftTask[] {
  const items: { code: string; from: number; to: number }[] = section.children.length
    ? section.children.map((c) => ({ code: c.marker.label, from: c.index, to: c.to }))
    : paras
        .slice(section.from, section.to)
        .map((p, k) => ({ p, k }))
        .filter(({ p }) => p.marker !== null)
        .map(({ k }, n) => ({ code: String(n + 1), from: section.from + k, to: section.from + k + 1 }));
  return items.map((item) => {
    const list = paras.slice(item.from, item.to);
    const head = list[0] as Paragraph;
    const headText = cleanDisplay(head.text.text).text;
    const text = [headText, ...list.slice(1).map(paragraphText)].join('\n');
    const whole = Mapped.join(list.map((p) => p.text));
    const citations = list.flatMap((p) => findCitations(src, p.text, issues));
    const movements = list.flatMap((p) => findMovements(src, p.text, issues));
    const seen = new Set<string>();
    const unique = [...citations, ...movements].filter((c) => {
      const key = c.value.ref || c.value.title;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const markerSpan = head.text.span(src, 0, 0);
    return {
      code: field(item.code, { ...markerSpan, end: markerSpan.start }, 0.95),
      text: field(text, whole.span(src), 0.9),
      citations: unique,
    };
  });
}

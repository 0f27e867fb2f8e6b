/**
 * Display text for draft fields: single spaces, no space inside brackets or before punctuation, known
 * misspellings repaired. Each repair is returned with its position so the caller can flag it with a span.
 */
import { TYPOS } from './glossary.ts';

export interface TypoFix {
  from: string;
  to: string;
  /** Offset of the misspelling in the input string. */
  at: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPO_RE = new RegExp(
  `(?<![\\p{L}\\d])(${TYPOS.map(([w]) => escapeRe(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/** Finds known misspellings in `s` (whole words). */
export function findTypos(s: string): TypoFix[] {
  const out: TypoFix[] = [];
  for (const m of s.matchAll(TYPO_RE)) {
    const found = m[0].replace(/\s+/g, ' ');
    const hit = TYPOS.find(([w]) => w === found);
    if (hit) out.push({ from: m[0], to: hit[1], at: m.index ?? 0 });
  }
  return out;
}

/** Collapses whitespace and tidies spacing around brackets and punctuation. */
export function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/([(“[])\s+/g, '$1')
    .replace(/\s+([)”\]])/g, '$1')
    .replace(/\s+([,;:.!?])(?=\s|$)/g, '$1')
    .trim();
}

/** Tidied text with known misspellings repaired, and the repairs made. */
export function cleanDisplay(s: string): { text: string; fixes: TypoFix[] } {
  const fixes = findTypos(s);
  let text = s;
  for (const f of [...fixes].reverse()) text = text.slice(0, f.at) + f.to + text.slice(f.at + f.from.length);
  return { text: tidy(text), fixes };
}

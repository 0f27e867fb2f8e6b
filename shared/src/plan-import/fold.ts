/**
 * Accent-free, lower-case keys of the same length as the text, so a match found in the key is at the same
 * offsets in the text. "Hoá"/"Hóa" and "Uỷ"/"Ủy" (old and new tone placement) fold to the same key.
 */

/** Folds one NFC character to its base letter, lower case; "đ" → "d". */
function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  const base = c.normalize('NFD').replace(/\p{M}/gu, '');
  return base.length === 1 ? base.toLowerCase() : c.toLowerCase().slice(0, 1) || c;
}

/** Length-preserving accent-free lower-case key of an NFC string. */
export function fold(s: string): string {
  let out = '';
  for (const c of s) {
    const f = foldChar(c);
    // Astral characters are two UTF-16 units: keep the length equal.
    out += c.length === 2 ? `${f}${f}`.slice(0, 2) : f;
  }
  return out;
}

/** Index of `word` as whole words in the folded `key`, or -1. */
export function findWords(key: string, word: string, from = 0): number {
  const w = fold(word);
  let i = key.indexOf(w, from);
  while (i >= 0) {
    const before = i === 0 ? ' ' : (key[i - 1] as string);
    const after = key[i + w.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return i;
    i = key.indexOf(w, i + 1);
  }
  return -1;
}

/** Upper-cases the first letter ("thu ngoài quốc doanh" → "Thu ngoài quốc doanh"). */
export function capitalise(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** True when the letters of `s` are all capitals (and there is at least one). */
export function isAllCaps(s: string): boolean {
  return /\p{L}/u.test(s) && s === s.toUpperCase() && !/\p{Ll}/u.test(s);
}

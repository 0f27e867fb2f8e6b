/**
 * Vietnamese-aware text helpers. Stored text keeps its diacritics (NFC); search keys drop them.
 */

/** Normalises user text to NFC and trims; collapses inner runs of whitespace. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A search key: lower case, no diacritics, đ → d, single spaces.
 * "Tổ dân phố 7" → "to dan pho 7"; matches what PostgreSQL's unaccent + lower gives.
 */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  const key = searchKey(text);
  return searchKey(query)
    .split(' ')
    .filter(Boolean)
    .every((w) => key.includes(w));
}

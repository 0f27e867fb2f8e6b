import { searchKey } from '@thidua/shared';
import { type SQL, sql } from 'drizzle-orm';

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Splits a search query into accent-free words of letters and digits ("Tổ dân-phố 7" → to, dan, pho, 7).
 * Punctuation separates words, so the words are safe inside a regular expression.
 */
export function searchWords(q: string | undefined, max = 8): string[] {
  return searchKey(q ?? '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, max);
}

/**
 * Every query word must begin a word of the accent-free key; numbers must be a whole word.
 * "hai an" finds "Phường Hải An" but not "Đoàn Thanh niên"; "7" finds "Tổ dân phố 7", not "… 17".
 * pg_trgm's GIN index serves these regular expressions.
 */
export function matchAllWords(key: SQL, words: string[]): SQL[] {
  return words.map((w) => (/^\d+$/.test(w) ? sql`${key} ~ ${`\\m${w}\\M`}` : sql`${key} ~ ${`\\m${w}`}`));
}

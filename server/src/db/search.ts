import { type SQL, sql } from 'drizzle-orm';

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One search word against an accent-free key: numbers match whole words ("7" finds "Tổ dân phố 7",
 * not "Tổ dân phố 17"); other words match anywhere, so a prefix typed so far already finds the unit.
 */
export function wordMatches(key: SQL, word: string): SQL {
  if (/^\d+$/.test(word)) return sql`${key} ~ ${`\\m${word}\\M`}`;
  return sql`${key} LIKE '%' || thidua_search_key(${likeEscape(word)}) || '%'`;
}

/**
 * The two lines of an official document's header that every renderer draws the same way (Nghị định 30/2020/NĐ-CP):
 * the number line and the place-and-date line. The server's DOCX, XLSX, PDF and certificates and the web's preview
 * all use these, so the screen shows what the file will say.
 */

/** "Số: 05/KH-UBND" — a leading zero under 10; "Số:      /KH-UBND" while the number is not given yet. */
export function numberLine(n: number | null, symbol: string): string {
  if (n === null) return `Số:      /${symbol}`;
  return `Số: ${n < 10 ? `0${n}` : n}/${symbol}`;
}

/**
 * "Đông Hải, ngày 05 tháng 01 năm 2026" from "2026-01-05" (an ISO date or timestamp; day and month keep their
 * leading zero, as the decree asks); blanks for the signer to fill in when the date is not set.
 */
export function placeDate(place: string, date: string | null): string {
  if (!date) return `${place}, ngày     tháng     năm`;
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

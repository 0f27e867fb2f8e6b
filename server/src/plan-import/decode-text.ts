/**
 * Decodes a .txt plan. Vietnamese text files come as UTF-8 (with or without a BOM), UTF-16 (Notepad's
 * "Unicode") or the legacy Windows-1258 code page. Valid UTF-8 is taken as UTF-8: Windows-1258 text with
 * Vietnamese letters is almost never valid UTF-8, because its accented bytes (0xC0–0xFF) are not followed by
 * continuation bytes.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
}

/** Decodes bytes to text, dropping a byte-order mark. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(b, 'windows-1258'), encoding: 'windows-1258' };
  }
}

/** True when the bytes look like text: no NUL bytes in the first 8 KB (UTF-16 has a BOM and is checked first). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  return !head.includes(0);
}

/**
 * What an uploaded evidence file really is, from its first bytes, and whether that matches its name. A file
 * called "bien-ban.pdf" that starts like an executable, or a PNG renamed .docx, is refused.
 */

export interface EvidenceType {
  ext: string;
  mime: string;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

export const EVIDENCE_EXTENSIONS = Object.keys(TYPES);

const starts = (b: Buffer, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const has = (b: Buffer, s: string) => b.includes(Buffer.from(s, 'latin1'));

/** The family the content belongs to, read from magic numbers (null = none we accept). */
function sniff(b: Buffer): string[] | null {
  if (b.length < 8) return null;
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return ['pdf'];
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ['png'];
  if (starts(b, [0xff, 0xd8, 0xff])) return ['jpg', 'jpeg'];
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP')
    return ['webp'];
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ['doc', 'xls', 'ppt'];
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names in a ZIP's local headers are stored as plain text.
    if (has(b, 'mimetypeapplication/vnd.oasis.opendocument.text')) return ['odt'];
    if (has(b, 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return ['ods'];
    if (!has(b, '[Content_Types].xml')) return null;
    if (has(b, 'word/')) return ['docx'];
    if (has(b, 'xl/')) return ['xlsx'];
    if (has(b, 'ppt/')) return ['pptx'];
  }
  return null;
}

/** The accepted type of a file, or null when its content is not one we take or does not match its extension. */
export function evidenceType(fileName: string, content: Buffer): EvidenceType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!ext || !(ext in TYPES)) return null;
  const family = sniff(content);
  if (!family?.includes(ext)) return null;
  return { ext, mime: TYPES[ext] as string };
}

/**
 * A safe display name: no directories ("../../etc/passwd" → "passwd"), no control characters, NFC, at most 200
 * characters keeping the extension.
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/^[.\s]+/, '')
    .trim();
  if (clean.length <= 200) return clean;
  const ext = /\.[a-z0-9]{1,5}$/i.exec(clean)?.[0] ?? '';
  return clean.slice(0, 200 - ext.length) + ext;
}

/** Content-Disposition for a download: an ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

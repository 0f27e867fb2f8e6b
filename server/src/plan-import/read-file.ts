/**
 * Turns an uploaded file into text: the format comes from the file's first bytes (the name's extension only
 * breaks ties and names the error), so a renamed file is still read correctly.
 */
import type { PlanImportResult } from '@thidua/shared';
import { decodeText, looksLikeText } from './decode-text.ts';
import { PLAN_IMPORT_MAX_BYTES, PlanImportError } from './errors.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';

export type PlanSource = PlanImportResult['source'];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, or a password-protected .docx

/** Reads a plan file (.txt, .docx, .pdf) to text; failures are PlanImportError with a stable code. */
export async function readPlanFile(
  bytes: Uint8Array,
  fileName: string | null,
  maxBytes = PLAN_IMPORT_MAX_BYTES,
): Promise<PlanSource> {
  if (bytes.byteLength > maxBytes) throw new PlanImportError('PLAN_IMPORT_TOO_LARGE');
  if (bytes.byteLength === 0) throw new PlanImportError('PLAN_IMPORT_EMPTY');
  const ext = (fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '') as string;
  const base = { fileName };
  let out: PlanSource;
  if (startsWith(bytes, PDF)) out = { ...base, format: 'pdf', encoding: null, text: await readPdf(bytes) };
  else if (startsWith(bytes, ZIP))
    out = { ...base, format: 'docx', encoding: null, text: await readDocx(bytes) };
  else if (startsWith(bytes, OLE)) {
    // Word encrypts a .docx into an OLE container; an OLE file named .doc is the old binary format.
    if (ext === 'docx') throw new PlanImportError('PLAN_IMPORT_ENCRYPTED');
    throw new PlanImportError(
      'PLAN_IMPORT_UNSUPPORTED_TYPE',
      'Tệp Word 97–2003 (.doc) chưa được hỗ trợ. Hãy mở bằng Word và lưu thành .docx rồi tải lên lại.',
    );
  } else if (ext === 'docx' || ext === 'pdf') throw new PlanImportError('PLAN_IMPORT_CORRUPT');
  else if (looksLikeText(bytes) && ['', 'txt', 'text', 'md'].includes(ext)) {
    const decoded = decodeText(bytes);
    out = { ...base, format: 'txt', encoding: decoded.encoding, text: decoded.text };
  } else throw new PlanImportError('PLAN_IMPORT_UNSUPPORTED_TYPE');
  if (!/\p{L}/u.test(out.text)) throw new PlanImportError('PLAN_IMPORT_EMPTY');
  return out;
}

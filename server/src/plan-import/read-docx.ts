/** Reads the text of a .docx with mammoth: one paragraph per line, tables cell by cell. */
import mammoth from 'mammoth';
import { PlanImportError } from './errors.ts';

/** The raw text of a Word document; a damaged file is PLAN_IMPORT_CORRUPT. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends every paragraph with "\n\n"; one line per paragraph keeps the line numbers meaningful.
    return result.value.replace(/\n\n/g, '\n').replace(/\n+$/, '\n');
  } catch (e) {
    throw new PlanImportError('PLAN_IMPORT_CORRUPT', undefined, { cause: e });
  }
}

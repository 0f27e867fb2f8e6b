/** The plan-import service: a file or pasted text → the draft. Nothing is saved. */
import { looksLikePlan, type PlanImportResult, parsePlan } from '@thidua/shared';
import { PlanImportError } from './errors.ts';
import { type PlanSource, readPlanFile } from './read-file.ts';

/** Parses already-read text; text that is neither a plan nor a report is PLAN_IMPORT_NOT_A_PLAN. */
export function draftFromSource(source: PlanSource): PlanImportResult {
  if (!/\p{L}/u.test(source.text)) throw new PlanImportError('PLAN_IMPORT_EMPTY');
  // Layout is detected from the text for every format: a Word file usually holds one paragraph per logical
  // paragraph, but files converted from PDF or typed with hard line breaks break lines mid-sentence too.
  const draft = parsePlan(source.text, { layout: 'auto' });
  if (!looksLikePlan(draft)) throw new PlanImportError('PLAN_IMPORT_NOT_A_PLAN');
  return { source, draft };
}

/** Reads and parses an uploaded file. */
export async function importPlanFile(
  bytes: Uint8Array,
  fileName: string | null,
  maxBytes?: number,
): Promise<PlanImportResult> {
  return draftFromSource(await readPlanFile(bytes, fileName, maxBytes));
}

/** Parses pasted text. */
export function importPlanText(text: string, fileName: string | null = null): PlanImportResult {
  return draftFromSource({ fileName, format: 'text', encoding: null, text });
}

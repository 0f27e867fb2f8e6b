/**
 * The entry buffer of a report: what the user typed on top of the saved rows, which rows changed, what to send,
 * and where the server's complaints (save errors, blockers) belong on screen. Pure functions.
 */

import type { Report, ReportRow, ReportValueInput } from '@thidua/shared';
import type { ApiFieldIssue } from '../../../lib/api.ts';

/** The editable part of a row. */
export interface RowEntry {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  isEstimate: boolean;
  comment: string;
}
export type EntryField = keyof RowEntry;
/** Typed but not saved yet, per indicator id; only the fields the user touched. */
export type Edits = Record<number, Partial<RowEntry>>;

const FIELDS: EntryField[] = ['value', 'numerator', 'denominator', 'isEstimate', 'comment'];

/** The row as saved. */
export function savedEntry(row: ReportRow): RowEntry {
  return {
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    isEstimate: row.isEstimate,
    comment: row.comment,
  };
}

/** The row as the user sees it: saved values with their typing on top. */
export function currentEntry(row: ReportRow, edits: Edits): RowEntry {
  return { ...savedEntry(row), ...edits[row.indicator.id] };
}

function same(field: EntryField, a: unknown, b: unknown): boolean {
  if (field === 'comment')
    return (
      String(a ?? '')
        .normalize('NFC')
        .trim() === String(b ?? '').trim()
    );
  return (a ?? null) === (b ?? null);
}

/** Fields of a row whose typed value differs from the saved one (ratios never send `value`). */
export function changedFields(row: ReportRow, edit: Partial<RowEntry> | undefined): Partial<RowEntry> {
  const out: Partial<RowEntry> = {};
  if (!edit) return out;
  const saved = savedEntry(row);
  for (const f of FIELDS) {
    if (!(f in edit)) continue;
    if (row.indicator.kind === 'ratio' ? f === 'value' : f === 'numerator' || f === 'denominator') continue;
    if (!same(f, edit[f], saved[f])) (out as Record<string, unknown>)[f] = edit[f];
  }
  return out;
}

/** What PUT /values gets: one item per changed row, with only its changed fields. */
export function pendingValues(rows: ReportRow[], edits: Edits): ReportValueInput[] {
  const values: ReportValueInput[] = [];
  for (const row of rows) {
    const changed = changedFields(row, edits[row.indicator.id]);
    if (Object.keys(changed).length === 0) continue;
    const item: ReportValueInput = { indicatorId: row.indicator.id };
    if ('value' in changed) item.value = changed.value ?? null;
    if ('numerator' in changed) item.numerator = changed.numerator ?? null;
    if ('denominator' in changed) item.denominator = changed.denominator ?? null;
    if ('isEstimate' in changed) item.isEstimate = changed.isEstimate;
    if ('comment' in changed) item.comment = (changed.comment ?? '').normalize('NFC').trim();
    values.push(item);
  }
  return values;
}

/** After a save: drop the typing that was sent and is still what the user sees (typing during the save stays). */
export function afterSave(edits: Edits, sent: ReportValueInput[]): Edits {
  const next: Edits = { ...edits };
  for (const item of sent) {
    const edit = { ...next[item.indicatorId] };
    for (const f of FIELDS) {
      if (!(f in item) || !(f in edit)) continue;
      const a = (item as Record<string, unknown>)[f];
      if (same(f, edit[f], a)) delete edit[f];
    }
    if (Object.keys(edit).length === 0) delete next[item.indicatorId];
    else next[item.indicatorId] = edit;
  }
  return next;
}

/** Numerator / denominator × factor, as the server computes it; null while a part is missing or 0. */
export function ratioValue(row: ReportRow, e: Pick<RowEntry, 'numerator' | 'denominator'>): number | null {
  if (e.numerator === null || e.denominator === null || e.denominator === 0) return null;
  return (e.numerator / e.denominator) * (row.indicator.factor ?? 1);
}

/** The value the row shows and judges (ratios: computed from the typed parts). */
export function displayValue(row: ReportRow, e: RowEntry): number | null {
  return row.indicator.kind === 'ratio' ? ratioValue(row, e) : e.value;
}

/** Key of one cell's error: "12.numerator". */
export const cellKey = (indicatorId: number, field: EntryField | 'evidence') => `${indicatorId}.${field}`;

/** DOM id of a cell's control, so a blocker or an error can focus it. */
export const cellDomId = (indicatorId: number, field: EntryField | 'evidence') =>
  `report-entry-${indicatorId}-${field}`;

/**
 * Save errors (`values.3.numerator`, `body.values.3.numerator`) → cell keys, using the array that was sent.
 * Details that name no cell come back under `other`.
 */
export function saveErrorCells(
  details: ApiFieldIssue[],
  sent: ReportValueInput[],
): { cells: Record<string, string>; other: string[] } {
  const cells: Record<string, string> = {};
  const other: string[] = [];
  for (const d of details) {
    const m = /^(?:body\.)?values\.(\d+)(?:\.(\w+))?/.exec(d.path);
    const item = m ? sent[Number(m[1])] : undefined;
    if (!item) {
      other.push(d.message);
      continue;
    }
    const field = (m?.[2] ?? 'value') as EntryField;
    const key = cellKey(item.indicatorId, FIELDS.includes(field) ? field : 'value');
    cells[key] = cells[key] ? `${cells[key]}; ${d.message}` : d.message;
  }
  return { cells, other };
}

/** Where a blocker ("rows.CT01.1.value", "rows.CT05.evidence") points: the row and the field. */
export function blockerTarget(
  path: string,
  rows: ReportRow[],
): { row: ReportRow; field: EntryField | 'evidence' } | null {
  const rest = path.replace(/^rows\./, '');
  const dot = rest.lastIndexOf('.');
  const code = dot > 0 ? rest.slice(0, dot) : rest;
  const name = dot > 0 ? rest.slice(dot + 1) : 'value';
  const row = rows.find((r) => r.indicator.code === code);
  if (!row) return null;
  if (name === 'evidence' || name === 'comment') return { row, field: name };
  if (row.indicator.kind === 'ratio')
    return { row, field: name === 'denominator' ? 'denominator' : 'numerator' };
  return { row, field: name === 'isEstimate' ? 'isEstimate' : 'value' };
}

/** Moves the keyboard (and the eyes) to a cell's control. */
export function focusCell(indicatorId: number, field: EntryField | 'evidence'): void {
  const el = document.getElementById(cellDomId(indicatorId, field));
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

/** Enter in a value input: the next value input on the page (DOM order), or nothing at the end. */
export function focusNextValue(from: HTMLElement): void {
  const all = [...document.querySelectorAll<HTMLElement>('[data-entry-value]')];
  const i = all.indexOf(from);
  const next = all[i + 1];
  if (next) {
    next.focus();
    if (next instanceof HTMLInputElement) next.select();
  }
}

/** Rows typed on, for the "unsaved" count. */
export const dirtyCount = (report: Report, edits: Edits) => pendingValues(report.rows, edits).length;

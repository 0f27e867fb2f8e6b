/**
 * The schedule being edited: what the table shows before it is saved (loaded, generated or typed by hand), and
 * how the server's field errors ("body.points.2.planned") map back onto its rows.
 */
import type { Schedule, ScheduleMethod, ScheduleSave } from '@thidua/shared';
import type { ApiFieldIssue } from '../../../lib/api.ts';

export type PlannedField = 'planned' | 'plannedLow' | 'plannedHigh';

export interface DraftPoint {
  periodId: string;
  planned: number | null;
  plannedLow: number | null;
  plannedHigh: number | null;
}

export interface Draft {
  method: ScheduleMethod;
  baseline: number | null;
  target: number | null;
  points: DraftPoint[];
}

/** The editable part of a schedule from the server (loaded or previewed). */
export function draftOf(s: Schedule): Draft {
  return {
    method: s.method,
    baseline: s.baseline,
    target: s.target,
    points: s.points.map((p) => ({
      periodId: p.periodId,
      planned: p.planned,
      plannedLow: p.plannedLow,
      plannedHigh: p.plannedHigh,
    })),
  };
}

/** One value typed into the table: the schedule becomes "manual". */
export function withValue(d: Draft, index: number, field: PlannedField, value: number | null): Draft {
  return {
    ...d,
    method: 'manual',
    points: d.points.map((p, i) => (i === index ? { ...p, [field]: value } : p)),
  };
}

/** The body of PUT /api/indicators/:id/schedule (without unitId, added by the hook). */
export function saveBody(d: Draft, version: number): Omit<ScheduleSave, 'unitId'> {
  return {
    method: d.method,
    baseline: d.baseline,
    target: d.target,
    version,
    points: d.points.map((p) => ({
      periodId: p.periodId,
      planned: p.planned,
      plannedLow: p.plannedLow,
      plannedHigh: p.plannedHigh,
    })),
  };
}

/** True when the two drafts would save the same thing. */
export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(saveBody(a, 0)) === JSON.stringify(saveBody(b, 0));
}

/** Row errors keyed "2.planned" from details such as "body.points.2.planned"; other details are returned apart. */
export function rowErrors(details: ApiFieldIssue[]): { rows: Map<string, string>; other: ApiFieldIssue[] } {
  const rows = new Map<string, string>();
  const other: ApiFieldIssue[] = [];
  for (const d of details) {
    const m = /(?:^|\.)points\.(\d+)(?:\.(planned|plannedLow|plannedHigh|periodId))?$/.exec(d.path);
    if (!m) {
      other.push(d);
      continue;
    }
    const field = m[2] === 'plannedLow' || m[2] === 'plannedHigh' ? m[2] : 'planned';
    const key = `${m[1]}.${field}`;
    rows.set(key, rows.has(key) ? `${rows.get(key)}; ${d.message}` : d.message);
  }
  return { rows, other };
}

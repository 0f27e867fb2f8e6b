/** The dashboard's filters, kept in the URL (?periodId=&unitId=&group=) and passed to every tab. */
export interface DashboardFilters {
  periodId?: string;
  unitId?: number;
  group?: string;
}

/** Query string for the evaluation APIs (only the filters that are set). */
export function filterQuery(f: DashboardFilters, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  if (f.periodId) q.set('periodId', f.periodId);
  if (f.unitId) q.set('unitId', String(f.unitId));
  if (f.group) q.set('group', f.group);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The filters as the address holds them; anything malformed is dropped. */
export function readFilters(params: URLSearchParams): DashboardFilters {
  const unitId = Number(params.get('unitId'));
  return {
    periodId: params.get('periodId') || undefined,
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    group: params.get('group') || undefined,
  };
}

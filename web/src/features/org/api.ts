/** Org unit calls (GET/POST/PATCH /api/org-units…). */
import type { OrgUnit, OrgUnitCreate, OrgUnitKind, OrgUnitUpdate } from '@thidua/shared';
import { api } from '../../lib/api.ts';

export interface OrgUnitFilter {
  q?: string;
  kind?: OrgUnitKind;
  includeInactive?: boolean;
}

export const listOrgUnits = (f: OrgUnitFilter, signal?: AbortSignal) =>
  api
    .get<{ items: OrgUnit[] }>(
      '/org-units',
      { q: f.q?.trim() || undefined, kind: f.kind, includeInactive: f.includeInactive ? 'true' : 'false' },
      signal,
    )
    .then((r) => r.items);

export const getOrgUnit = (id: number) => api.get<OrgUnit>(`/org-units/${id}`);
export const createOrgUnit = (input: OrgUnitCreate) => api.post<OrgUnit>('/org-units', input);
export const updateOrgUnit = (id: number, input: OrgUnitUpdate) =>
  api.patch<OrgUnit>(`/org-units/${id}`, input);
export const moveOrgUnit = (id: number, version: number, newParentId: number) =>
  api.post<OrgUnit>(`/org-units/${id}/move`, { version, newParentId });
export const setOrgUnitActive = (id: number, active: boolean, version: number, reason?: string) =>
  api.post<OrgUnit>(`/org-units/${id}/${active ? 'reactivate' : 'deactivate'}`, {
    version,
    reason: reason?.trim() || undefined,
  });
export const deleteOrgUnit = (id: number) => api.delete<void>(`/org-units/${id}`);

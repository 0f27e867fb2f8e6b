import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgUnit, OrgUnitCreate, OrgUnitUpdate } from '@thidua/shared';
import {
  createOrgUnit,
  deleteOrgUnit,
  listOrgUnits,
  moveOrgUnit,
  type OrgUnitFilter,
  setOrgUnitActive,
  updateOrgUnit,
} from '../api.ts';

export const ORG_KEY = ['org-units'] as const;

/** The units the user may see (flat), optionally filtered by the server's accent-insensitive search. */
export function useOrgUnits(filter: OrgUnitFilter = {}, enabled = true) {
  return useQuery({
    queryKey: [...ORG_KEY, 'list', filter],
    queryFn: ({ signal }) => listOrgUnits(filter, signal),
    placeholderData: filter.q ? keepPreviousData : undefined,
    enabled,
  });
}

/** Create, edit, move, (de)activate and delete units; every success refreshes the lists. */
export function useOrgUnitMutations() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ORG_KEY });
  const opts = { onSuccess: refresh, onError: refreshOnStale };
  function refreshOnStale(e: unknown) {
    if (e && typeof e === 'object' && 'code' in e && e.code === 'CONFLICT_STALE') void refresh();
  }
  return {
    create: useMutation({ mutationFn: (input: OrgUnitCreate) => createOrgUnit(input), ...opts }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: OrgUnitUpdate }) => updateOrgUnit(id, input),
      ...opts,
    }),
    move: useMutation({
      mutationFn: ({ unit, newParentId }: { unit: OrgUnit; newParentId: number }) =>
        moveOrgUnit(unit.id, unit.version, newParentId),
      ...opts,
    }),
    setActive: useMutation({
      mutationFn: ({ unit, active, reason }: { unit: OrgUnit; active: boolean; reason?: string }) =>
        setOrgUnitActive(unit.id, active, unit.version, reason),
      ...opts,
    }),
    remove: useMutation({ mutationFn: (unit: OrgUnit) => deleteOrgUnit(unit.id), ...opts }),
  };
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonCreate } from '@thidua/shared';
import { createPerson, listAwardTypes, listPersons } from '../api.ts';

/** The award catalogue (forms, titles, criteria, cash multiples): reference data, changes rarely. */
export function useAwardTypes() {
  return useQuery({
    queryKey: ['award-types'],
    queryFn: ({ signal }) => listAwardTypes(signal),
    staleTime: 10 * 60_000,
  });
}

const personsKey = (unitId: number) => ['persons', unitId] as const;

/** People of a unit and its sub-units who may be nominated. */
export function usePersons(unitId: number | undefined) {
  return useQuery({
    queryKey: personsKey(unitId ?? 0),
    queryFn: ({ signal }) => listPersons(unitId ?? 0, signal),
    enabled: typeof unitId === 'number' && unitId > 0,
  });
}

/** Adds a person to a unit; the unit's people (and those of the units above) refresh. */
export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonCreate) => createPerson(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['persons'] }),
  });
}

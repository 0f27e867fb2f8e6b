import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Nomination, NominationCreate, NominationUpdate } from '@thidua/shared';
import { isApiError } from '../../../lib/api.ts';
import {
  createNomination,
  getNomination,
  listNominations,
  type NominationStep,
  transitionNomination,
  updateNomination,
} from '../api.ts';

export const NOMINATIONS_KEY = ['nominations'] as const;
export const nominationKey = (id: number) => [...NOMINATIONS_KEY, 'detail', id] as const;

/** A campaign's nominations: all of them for the office and readers, the unit's own for a unit. */
export function useNominationList(campaignId: number | undefined) {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'list', campaignId ?? 0],
    queryFn: ({ signal }) => listNominations(campaignId ?? 0, signal),
    enabled: typeof campaignId === 'number' && campaignId > 0,
    // The office or the council may have moved a dossier since: ask again whenever the screen opens.
    staleTime: 0,
  });
}

/** One nomination with its eligibility and status. */
export function useNomination(id: number | null) {
  return useQuery({
    queryKey: nominationKey(id ?? 0),
    queryFn: ({ signal }) => getNomination(id ?? 0, signal),
    enabled: typeof id === 'number' && id > 0,
    staleTime: 0,
  });
}

/** Keeps the answered nomination as the current one; lists and statistics go stale. */
export function usePutNomination() {
  const qc = useQueryClient();
  return (n: Nomination) => {
    qc.setQueryData(nominationKey(n.id), n);
    void qc.invalidateQueries({
      predicate: (q) =>
        (q.queryKey[0] === NOMINATIONS_KEY[0] && q.queryKey[1] !== 'detail') ||
        q.queryKey[0] === 'reward-stats' ||
        q.queryKey[0] === 'examples',
    });
  };
}

export function useCreateNomination() {
  const put = usePutNomination();
  return useMutation({ mutationFn: (input: NominationCreate) => createNomination(input), onSuccess: put });
}

/**
 * Edits and workflow steps of one nomination. A stale, locked or refused answer reloads the nomination so the
 * screen shows what is true now.
 */
export function useNominationMutations(id: number) {
  const qc = useQueryClient();
  const put = usePutNomination();
  const onError = (e: unknown) => {
    if (
      isApiError(e, 'CONFLICT_STALE') ||
      isApiError(e, 'NOMINATION_LOCKED') ||
      isApiError(e, 'NOMINATION_BAD_TRANSITION')
    )
      void qc.invalidateQueries({ queryKey: nominationKey(id) });
  };
  return {
    update: useMutation({
      mutationFn: (input: NominationUpdate) => updateNomination(id, input),
      onSuccess: put,
      onError,
    }),
    transition: useMutation({
      mutationFn: (v: {
        step: NominationStep;
        version: number;
        reason?: string;
        checklist?: Record<string, boolean>;
      }) => transitionNomination(id, v.step, v),
      onSuccess: put,
      onError,
    }),
  };
}

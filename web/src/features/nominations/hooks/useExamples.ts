import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExampleCreate, ExampleUpdate } from '@thidua/shared';
import { createExample, getRewardStats, listExamples, updateExample } from '../api.ts';

export const EXAMPLES_KEY = ['examples'] as const;

/** The registry of advanced examples, optionally of one campaign or one unit. */
export function useExamples(f: { campaignId?: number; unitId?: number } = {}, enabled = true) {
  return useQuery({
    queryKey: [...EXAMPLES_KEY, f],
    queryFn: ({ signal }) => listExamples(f, signal),
    enabled,
  });
}

/** Register a new example or move one on (stage, replicating units); the registry refreshes. */
export function useExampleMutations() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: EXAMPLES_KEY });
  return {
    create: useMutation({ mutationFn: (input: ExampleCreate) => createExample(input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: ExampleUpdate }) => updateExample(id, input),
      onSuccess: refresh,
      onError: (e) => {
        if (e && typeof e === 'object' && 'code' in e && e.code === 'CONFLICT_STALE') void refresh();
      },
    }),
  };
}

/** Awards by form and unit, shares to direct workers and small collectives, refusals and their reasons. */
export function useRewardStats(campaignId: number | undefined) {
  return useQuery({
    queryKey: ['reward-stats', campaignId ?? 0],
    queryFn: ({ signal }) => getRewardStats(campaignId ?? 0, signal),
    enabled: typeof campaignId === 'number' && campaignId > 0,
    staleTime: 0,
  });
}

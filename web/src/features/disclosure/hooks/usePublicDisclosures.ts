import { useMutation, useQuery } from '@tanstack/react-query';
import type { ObjectionCreate } from '@thidua/shared';
import { getPublicDisclosure, listPublicDisclosures, sendObjection } from '../api.ts';

const PUBLIC_KEY = ['public-disclosures'] as const;

/** The disclosures open now and recently (no sign-in). */
export function usePublicDisclosureList() {
  return useQuery({
    queryKey: [...PUBLIC_KEY, 'list'],
    queryFn: ({ signal }) => listPublicDisclosures(signal),
  });
}

/** One disclosure with its nominees (no sign-in); a 404 is an answer, not a failure to retry. */
export function usePublicDisclosure(id: number) {
  return useQuery({
    queryKey: [...PUBLIC_KEY, id],
    queryFn: ({ signal }) => getPublicDisclosure(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useSendObjection(disclosureId: number) {
  return useMutation({ mutationFn: (body: ObjectionCreate) => sendObjection(disclosureId, body) });
}

import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { type AuditFilter, listAudit, verifyAudit } from '../api.ts';

/** Audit entries, newest first; `fetchNextPage` loads older ones through `nextBeforeSeq`. */
export function useAuditLog(filter: AuditFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: ({ pageParam, signal }) => listAudit(filter, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Re-computes the whole hash chain on the server (on demand: it reads every row). */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}

import { useCallback } from 'react';
import { type URLSearchParamsInit, useSearchParams } from 'react-router-dom';

/**
 * The address's query parameters and one way to change several at once (an empty value removes the key). The
 * change replaces the history entry, so filters do not pile up behind the Back button.
 */
export function useUrlParams(
  init?: URLSearchParamsInit,
): [URLSearchParams, (changes: Record<string, string | null | undefined>) => void] {
  const [params, setParams] = useSearchParams(init);
  const update = useCallback(
    (changes: Record<string, string | null | undefined>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, update];
}

import { useQuery } from '@tanstack/react-query';
import type { Me } from '@thidua/shared';
import { fetchMe } from '../api.ts';
import { ME_KEY, setSignInNotice } from '../session.ts';

/** The signed-in user (`null` when signed out); the session probe runs once and on demand. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: ME_KEY,
    queryFn: async ({ signal }) => {
      const { me, expired } = await fetchMe(signal);
      if (expired) setSignInNotice({ tone: 'warning', key: 'sessionExpired' });
      return me;
    },
    staleTime: 5 * 60_000,
    retry: 1,
  });
}

let lastKnown: Me | null = null;

/**
 * The signed-in user; only for components rendered behind RequireAuth. During the instant between the end of a
 * session and the redirect to the sign-in page, the last known user is returned instead of crashing the screen.
 */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (data) lastKnown = data;
  const me = data ?? lastKnown;
  if (!me) throw new Error('useCurrentUser used outside a signed-in area');
  return me;
}

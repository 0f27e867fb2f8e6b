/**
 * The one TanStack Query client. A 401 from any API call (other than the session probe and sign-in) ends the
 * session here, so every screen falls back to the sign-in page the same way.
 */
import { QueryClient } from '@tanstack/react-query';
import { endSession } from '../features/auth/session.ts';
import { ApiError, setUnauthorizedHandler } from '../lib/api.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
        return failures < 2;
      },
    },
    mutations: { retry: false },
  },
});

setUnauthorizedHandler((error) => {
  // Expired by the clock, or ended elsewhere (signed out on every device, account locked, cookie gone).
  const key = error.code === 'AUTH_SESSION_EXPIRED' ? 'sessionExpired' : 'sessionEnded';
  endSession(queryClient, { tone: 'warning', key });
});

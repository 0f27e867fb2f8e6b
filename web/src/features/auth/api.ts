/** Calls for signing in and out, the session probe and password changes. */
import type { Health, LoginInput, Me, PasswordChangeInput } from '@thidua/shared';
import { api, isApiError, setCsrfToken } from '../../lib/api.ts';

/** What GET /api/health answers. */
export type HealthInfo = Health;

/** GET /api/auth/me; `null` when nobody is signed in. Remembers the CSRF token. */
export async function fetchMe(signal?: AbortSignal): Promise<{ me: Me | null; expired: boolean }> {
  try {
    const me = await api.get<Me>('/auth/me', undefined, signal);
    setCsrfToken(me.csrfToken);
    return { me, expired: false };
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(null);
      return { me: null, expired: e.code === 'AUTH_SESSION_EXPIRED' };
    }
    throw e;
  }
}

export async function login(input: LoginInput): Promise<Me> {
  const me = await api.post<Me>('/auth/login', input);
  setCsrfToken(me.csrfToken);
  return me;
}

export const logout = () => api.post<{ ok: true }>('/auth/logout');
export const logoutAll = () => api.post<{ ok: true }>('/auth/logout-all');
export const changePassword = (input: PasswordChangeInput) => api.post<{ ok: true }>('/auth/password', input);
export const fetchHealth = () => api.get<HealthInfo>('/health');

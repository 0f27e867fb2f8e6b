import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, Me, PasswordChangeInput } from '@thidua/shared';
import { changePassword, login, logout, logoutAll } from '../api.ts';
import { endSession, ME_KEY } from '../session.ts';

/** Sign in: on success the user is cached and the route guard lets them through. */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: (me) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData<Me | null>(ME_KEY, me);
    },
  });
}

/** Sign out here (or everywhere). The local session ends even when the server call fails. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (everywhere: boolean) => {
      try {
        await (everywhere ? logoutAll() : logout());
      } catch {
        // the cookie may already be gone; signing out locally is what the user asked for
      }
      return everywhere;
    },
    onSettled: (everywhere) =>
      endSession(qc, { tone: 'success', key: everywhere ? 'signedOutAll' : 'signedOut' }),
  });
}

/** Change one's own password, then reload Me (mustChangePassword and possibly a new CSRF token). */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => changePassword(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ME_KEY }),
  });
}

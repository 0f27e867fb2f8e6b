/**
 * Ending the session on the client: forget the CSRF token and every cached answer, mark "nobody signed in",
 * and leave a notice for the sign-in page (why the user landed there).
 */

import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '@thidua/shared';
import { setCsrfToken } from '../../lib/api.ts';

/** Query key of the signed-in user (`Me | null`). */
export const ME_KEY = ['auth', 'me'] as const;

export type SignInNotice = {
  tone: 'warning' | 'success' | 'info';
  key: 'sessionExpired' | 'sessionEnded' | 'signedOut' | 'signedOutAll';
};

let pending: SignInNotice | null = null;

/** The notice waiting for the sign-in page, if any. */
export function peekSignInNotice(): SignInNotice | null {
  return pending;
}

export function clearSignInNotice(): void {
  pending = null;
}

export function setSignInNotice(notice: SignInNotice | null): void {
  pending = notice;
}

/** Clears everything the signed-in user had loaded and marks the session as gone. */
export function endSession(queryClient: QueryClient, notice: SignInNotice | null): void {
  setCsrfToken(null);
  setSignInNotice(notice);
  void queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData<Me | null>(ME_KEY, null);
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoleGrant, User, UserCreate, UserUpdate } from '@thidua/shared';
import { isApiError } from '../../../lib/api.ts';
import {
  createUser,
  grantRole,
  listUsers,
  resetPassword,
  revokeRole,
  type UserFilter,
  updateUser,
} from '../api.ts';

export const USERS_KEY = ['users'] as const;

/** Users matching the filter (server-side, accent-insensitive). */
export function useUsers(filter: UserFilter, enabled = true) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', filter],
    queryFn: ({ signal }) => listUsers(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** User mutations; each answer replaces the cached user at once, then the lists are refreshed. */
export function useUserMutations() {
  const qc = useQueryClient();
  const put = (user: User) => {
    qc.setQueriesData<User[]>({ queryKey: [...USERS_KEY, 'list'] }, (list) =>
      list?.map((u) => (u.id === user.id ? user : u)),
    );
    void qc.invalidateQueries({ queryKey: USERS_KEY });
  };
  const onError = (e: unknown) => {
    if (isApiError(e, 'CONFLICT_STALE')) void qc.invalidateQueries({ queryKey: USERS_KEY });
  };
  return {
    create: useMutation({ mutationFn: (input: UserCreate) => createUser(input), onSuccess: put }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: UserUpdate }) => updateUser(id, input),
      onSuccess: put,
      onError,
    }),
    grant: useMutation({
      mutationFn: ({ id, grant }: { id: number; grant: RoleGrant }) => grantRole(id, grant),
      onSuccess: put,
    }),
    revoke: useMutation({
      mutationFn: ({ id, assignmentId }: { id: number; assignmentId: number }) =>
        revokeRole(id, assignmentId),
      onSuccess: put,
    }),
    resetPassword: useMutation({
      mutationFn: ({ id, newPassword }: { id: number; newPassword: string }) =>
        resetPassword(id, newPassword),
      onSuccess: () => void qc.invalidateQueries({ queryKey: USERS_KEY }),
    }),
  };
}

/** User and role calls (/api/users…). Only administrators may use them; the server checks. */
import type { RoleGrant, User, UserCreate, UserUpdate } from '@thidua/shared';
import { api } from '../../lib/api.ts';

export interface UserFilter {
  q?: string;
  unitId?: number;
}

export const listUsers = (f: UserFilter, signal?: AbortSignal) =>
  api
    .get<{ items: User[] }>('/users', { q: f.q?.trim() || undefined, unitId: f.unitId }, signal)
    .then((r) => r.items);
export const createUser = (input: UserCreate) => api.post<User>('/users', input);
export const updateUser = (id: number, input: UserUpdate) => api.patch<User>(`/users/${id}`, input);
export const grantRole = (id: number, grant: RoleGrant) => api.post<User>(`/users/${id}/roles`, grant);
export const revokeRole = (id: number, assignmentId: number) =>
  api.delete<User>(`/users/${id}/roles/${assignmentId}`);
export const resetPassword = (id: number, newPassword: string) =>
  api.post<{ ok: true }>(`/users/${id}/password`, { newPassword });

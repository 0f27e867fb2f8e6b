/** Council sessions, decisions and what they are built from (/api/council-sessions…, /api/decisions…). */
import type {
  BallotSave,
  CouncilSession,
  CouncilSessionCreate,
  Decision,
  DecisionCreate,
  Disclosure,
  Nomination,
  User,
} from '@thidua/shared';
import { api } from '../../lib/api.ts';

export type AttendanceValue = CouncilSession['members'][number]['attendance'];

export const listSessions = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: CouncilSession[] }>(`/campaigns/${campaignId}/council-sessions`, undefined, signal)
    .then((r) => r.items);
export const getSession = (id: number, signal?: AbortSignal) =>
  api.get<CouncilSession>(`/council-sessions/${id}`, undefined, signal);
export const createSession = (input: CouncilSessionCreate) =>
  api.post<CouncilSession>('/council-sessions', input);
export const setAttendance = (id: number, userId: number, attendance: AttendanceValue) =>
  api.put<CouncilSession>(`/council-sessions/${id}/attendance`, { userId, attendance });
export const recuse = (id: number, nominationId: number, reason: string) =>
  api.post<CouncilSession>(`/council-sessions/${id}/recusals`, { nominationId, reason });
export const castBallot = (id: number, ballot: BallotSave) =>
  api.post<CouncilSession>(`/council-sessions/${id}/ballot`, ballot);
export const closeSession = (id: number, version: number) =>
  api.post<CouncilSession>(`/council-sessions/${id}/close`, { version });

export const listNominations = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: Nomination[] }>(`/campaigns/${campaignId}/nominations`, undefined, signal)
    .then((r) => r.items);
export const listDisclosures = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: Disclosure[] }>(`/campaigns/${campaignId}/disclosures`, undefined, signal)
    .then((r) => r.items);
/** The users the office can see (their roles included); the council members are picked from them. */
export const listUsers = (signal?: AbortSignal) =>
  api.get<{ items: User[] }>('/users', undefined, signal).then((r) => r.items);

export const listDecisions = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: Decision[] }>(`/campaigns/${campaignId}/decisions`, undefined, signal)
    .then((r) => r.items);
export const getDecision = (id: number, signal?: AbortSignal) =>
  api.get<Decision>(`/decisions/${id}`, undefined, signal);
export const createDecision = (input: DecisionCreate) => api.post<Decision>('/decisions', input);

/** Links the browser follows itself (downloads keep the session cookie). */
export const minutesUrl = (sessionId: number) => `/api/council-sessions/${sessionId}/minutes.txt`;
export const minutesDocxUrl = (sessionId: number) => `/api/council-sessions/${sessionId}/minutes.docx`;
export const certificateUrl = (nominationId: number) => `/api/nominations/${nominationId}/certificate.pdf`;

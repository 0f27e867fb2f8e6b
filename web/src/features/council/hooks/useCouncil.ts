import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BallotSave, CampaignSummary, CouncilSession, CouncilSessionCreate } from '@thidua/shared';
import { useMemo } from 'react';
import {
  type AttendanceValue,
  castBallot,
  closeSession,
  createSession,
  getSession,
  listNominations,
  listSessions,
  listUsers,
  recuse,
  setAttendance,
} from '../api.ts';

export const COUNCIL_KEY = ['council'] as const;
export const sessionKey = (id: number) => [...COUNCIL_KEY, 'session', id] as const;
export const nominationsKey = (campaignId: number) => ['nominations', 'campaign', campaignId] as const;

/** Every rewards list goes stale when a session changes a nomination's status. */
export function useRefreshRewards() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) =>
        ['council', 'nominations', 'decisions', 'disclosures', 'rewards'].includes(String(q.queryKey[0])),
    });
}

/** The council sessions of a campaign. */
export function useSessions(campaignId: number | undefined) {
  return useQuery({
    queryKey: [...COUNCIL_KEY, 'list', campaignId ?? 0],
    queryFn: ({ signal }) => listSessions(campaignId ?? 0, signal),
    enabled: typeof campaignId === 'number' && campaignId > 0,
    staleTime: 0,
  });
}

/** One session; members vote meanwhile, so it is asked again every time the screen opens. */
export function useSession(id: number | null) {
  return useQuery({
    queryKey: sessionKey(id ?? 0),
    queryFn: ({ signal }) => getSession(id ?? 0, signal),
    enabled: typeof id === 'number' && id > 0,
    staleTime: 0,
  });
}

/** The nominations of a campaign (the office sees all of them). */
export function useCampaignNominations(campaignId: number | undefined, enabled = true) {
  return useQuery({
    queryKey: nominationsKey(campaignId ?? 0),
    queryFn: ({ signal }) => listNominations(campaignId ?? 0, signal),
    enabled: enabled && typeof campaignId === 'number' && campaignId > 0,
    staleTime: 0,
  });
}

/**
 * Who may sit on the council of a campaign: active users holding the council or chair role on the issuing unit
 * or a unit above it (the server checks the same).
 */
export function useCouncilCandidates(campaign: CampaignSummary | undefined, enabled = true) {
  const users = useQuery({
    queryKey: ['users', 'council-candidates'],
    queryFn: ({ signal }) => listUsers(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
  const candidates = useMemo(
    () =>
      (users.data ?? [])
        .filter(
          (u) =>
            u.isActive &&
            campaign &&
            u.assignments.some(
              (a) =>
                (a.role === 'council' || a.role === 'chair') &&
                campaign.issuingUnitPath.startsWith(a.unitPath),
            ),
        )
        .map((u) => ({
          id: u.id,
          fullName: u.fullName,
          isChair: u.assignments.some((a) => a.role === 'chair'),
          unitName: u.unitName ?? '',
        })),
    [users.data, campaign],
  );
  return { ...users, candidates };
}

export function useCreateSession() {
  const refresh = useRefreshRewards();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CouncilSessionCreate) => createSession(input),
    onSuccess: (s) => {
      qc.setQueryData(sessionKey(s.id), s);
      void refresh();
    },
  });
}

/** Everything that changes one session; each answer is the session as it is now. */
export function useSessionMutations(id: number) {
  const qc = useQueryClient();
  const refresh = useRefreshRewards();
  const put = (s: CouncilSession) => {
    qc.setQueryData(sessionKey(id), s);
    void qc.invalidateQueries({ queryKey: [...COUNCIL_KEY, 'list'] });
  };
  const reload = () => qc.invalidateQueries({ queryKey: sessionKey(id) });
  return {
    reload,
    attendance: useMutation({
      mutationFn: (v: { userId: number; attendance: AttendanceValue }) =>
        setAttendance(id, v.userId, v.attendance),
      onSuccess: put,
      onError: () => void reload(),
    }),
    recuse: useMutation({
      mutationFn: (v: { nominationId: number; reason: string }) => recuse(id, v.nominationId, v.reason),
      onSuccess: put,
      onError: () => void reload(),
    }),
    ballot: useMutation({
      mutationFn: (b: BallotSave) => castBallot(id, b),
      onSuccess: put,
      onError: () => void reload(),
    }),
    close: useMutation({
      mutationFn: (version: number) => closeSession(id, version),
      onSuccess: (s) => {
        put(s);
        void refresh();
      },
      onError: () => void reload(),
    }),
  };
}

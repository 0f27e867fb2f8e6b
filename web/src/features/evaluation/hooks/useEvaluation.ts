import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvaluationSettingsSave, ManualScoreSave, OrgUnitKind } from '@thidua/shared';
import { isApiError } from '../../../lib/api.ts';
import type { DashboardFilters } from '../../dashboard/lib/filters.ts';
import {
  getEvaluationSettings,
  getHeatmap,
  getRanking,
  getScorecard,
  listManualScores,
  saveEvaluationSettings,
  saveManualScore,
} from '../api.ts';

/** Under ['reports'] so that whatever changes a report (submit, accept, return) also refreshes these views. */
export const EVALUATION_KEY = ['reports', 'evaluation'] as const;
const settingsKey = (id: number) => [...EVALUATION_KEY, 'settings', id] as const;
const manualKey = (id: number) => [...EVALUATION_KEY, 'manual', id] as const;

/** Units × indicators of one period, each cell with its score. */
export function useHeatmap(campaignId: number, filters: DashboardFilters) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'heatmap', campaignId, filters],
    queryFn: ({ signal }) => getHeatmap(campaignId, filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** Units ranked by their total, among peers of one kind (or all). */
export function useRanking(campaignId: number, filters: DashboardFilters, kind: OrgUnitKind | undefined) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'ranking', campaignId, filters, kind ?? null],
    queryFn: ({ signal }) => getRanking(campaignId, filters, kind, signal),
    placeholderData: keepPreviousData,
  });
}

/** One unit's results; a 403 (another unit's card) is not worth retrying. */
export function useScorecard(
  campaignId: number,
  unitId: number | undefined,
  periodId: string | undefined,
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: [...EVALUATION_KEY, 'scorecard', campaignId, unitId ?? 0, periodId ?? ''],
    queryFn: ({ signal }) => getScorecard(campaignId, unitId, periodId, signal),
    placeholderData: keepPreviousData,
    retry: (count, e) => !(isApiError(e) && e.status >= 400 && e.status < 500) && count < 2,
  });
}

/** The scoring rules; only the campaign's readers may read them (`enabled` false for unit users). */
export function useEvaluationSettings(campaignId: number, enabled = true) {
  return useQuery({
    queryKey: settingsKey(campaignId),
    queryFn: ({ signal }) => getEvaluationSettings(campaignId, signal),
    staleTime: 0,
    enabled,
  });
}

export function useManualScores(campaignId: number) {
  return useQuery({
    queryKey: manualKey(campaignId),
    queryFn: ({ signal }) => listManualScores(campaignId, signal),
    staleTime: 0,
  });
}

/**
 * Saving the rules or a hand score changes every total, band and rank: the evaluation views and the dashboard are
 * refreshed. A stale version reloads the rules so the next save carries the new one.
 */
export function useEvaluationMutations(campaignId: number) {
  const qc = useQueryClient();
  const refreshViews = () =>
    qc.invalidateQueries({
      predicate: ({ queryKey: k }) =>
        k[0] === 'reports' &&
        ((k[1] === EVALUATION_KEY[1] && k[2] !== 'settings' && k[2] !== 'manual') || k[1] === 'dashboard'),
    });
  return {
    saveSettings: useMutation({
      mutationFn: (body: EvaluationSettingsSave) => saveEvaluationSettings(campaignId, body),
      onSuccess: (view) => {
        qc.setQueryData(settingsKey(campaignId), view);
        void refreshViews();
      },
      onError: (e) => {
        if (isApiError(e, 'CONFLICT_STALE')) void qc.invalidateQueries({ queryKey: settingsKey(campaignId) });
      },
    }),
    saveManual: useMutation({
      mutationFn: (body: ManualScoreSave) => saveManualScore(campaignId, body),
      onSuccess: (items) => {
        qc.setQueryData(manualKey(campaignId), items);
        void refreshViews();
      },
    }),
  };
}

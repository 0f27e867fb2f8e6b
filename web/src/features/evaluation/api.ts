/** Evaluation calls: heatmap, ranking, a unit's scorecard, the scoring rules, the office's hand scores, exports. */
import type {
  EvaluationSettingsSave,
  EvaluationSettingsView,
  Heatmap,
  ManualScore,
  ManualScoreSave,
  OrgUnitKind,
  Ranking,
  Scorecard,
} from '@thidua/shared';
import { api } from '../../lib/api.ts';
import { type DashboardFilters, filterQuery } from '../dashboard/lib/filters.ts';

const query = (f: DashboardFilters) => ({ periodId: f.periodId, unitId: f.unitId, group: f.group });

export const getHeatmap = (campaignId: number, f: DashboardFilters, signal?: AbortSignal) =>
  api.get<Heatmap>(`/campaigns/${campaignId}/heatmap`, query(f), signal);

export const getRanking = (
  campaignId: number,
  f: DashboardFilters,
  kind: OrgUnitKind | undefined,
  signal?: AbortSignal,
) => api.get<Ranking>(`/campaigns/${campaignId}/ranking`, { ...query(f), kind }, signal);

/** A unit's scorecard; without `unitId` the server picks the signed-in user's own unit. */
export const getScorecard = (
  campaignId: number,
  unitId: number | undefined,
  periodId: string | undefined,
  signal?: AbortSignal,
) => api.get<Scorecard>(`/campaigns/${campaignId}/scorecard`, { unitId, periodId }, signal);

export const getEvaluationSettings = (campaignId: number, signal?: AbortSignal) =>
  api.get<EvaluationSettingsView>(`/campaigns/${campaignId}/evaluation-settings`, undefined, signal);

/** 409 CONFLICT_STALE when someone saved in between; 400 VALIDATION_FAILED with `body.settings.…` paths. */
export const saveEvaluationSettings = (campaignId: number, body: EvaluationSettingsSave) =>
  api.put<EvaluationSettingsView>(`/campaigns/${campaignId}/evaluation-settings`, body);

export const listManualScores = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: ManualScore[] }>(`/campaigns/${campaignId}/manual-scores`, undefined, signal)
    .then((r) => r.items);

/** One unit × criterion; `score: null` removes it. A score needs a reason (400 EVALUATION_REASON_REQUIRED). */
export const saveManualScore = (campaignId: number, body: ManualScoreSave) =>
  api.put<{ items: ManualScore[] }>(`/campaigns/${campaignId}/manual-scores`, body).then((r) => r.items);

export type ExportView = 'indicators' | 'heatmap' | 'ranking' | 'not_reported';

/** A link the browser follows itself (the download keeps the session cookie). */
export const exportUrl = (
  campaignId: number,
  view: ExportView,
  format: 'csv' | 'xlsx',
  f: DashboardFilters,
  kind?: OrgUnitKind,
) => `/api/campaigns/${campaignId}/dashboard/export${filterQuery(f, { view, format, kind })}`;

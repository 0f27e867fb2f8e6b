import {
  Dashboard,
  DashboardQuery,
  EvaluationSettingsSave,
  EvaluationSettingsView,
  ExportQuery,
  Heatmap,
  IndicatorSources,
  ManualScore,
  ManualScoreSave,
  Ranking,
  RankingQuery,
  Scorecard,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { contentDisposition } from '../evidence/file-type.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as evaluation from './evaluation.service.ts';
import { buildExport } from './export.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const ManualList = z.object({ items: z.array(ManualScore) });
const tags = ['evaluation'];
/** Cached views are sent as the JSON text they were stored as. */
const JSON_TYPE = 'application/json; charset=utf-8';
const MIME = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function evaluationRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };
  app.get(
    '/api/campaigns/:id/dashboard',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Campaign overview at a period: reports by status, indicators with completion, score and trend',
        params: Params,
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    async (req, reply) =>
      reply
        .type(JSON_TYPE)
        .send((await evaluation.dashboard(deps, req.ctx, req.params.id, req.query)) as never),
  );
  app.get(
    '/api/campaigns/:id/heatmap',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Units × indicators at a period: value, plan, completion and score of every assignment',
        params: Params,
        querystring: DashboardQuery,
        response: { 200: Heatmap },
      },
    },
    async (req, reply) =>
      reply
        .type(JSON_TYPE)
        .send((await evaluation.heatmap(deps, req.ctx, req.params.id, req.query)) as never),
  );
  app.get(
    '/api/campaigns/:id/ranking',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Units ranked by their weighted score, with band, rule, ties and the computation in words',
        params: Params,
        querystring: RankingQuery,
        response: { 200: Ranking },
      },
    },
    async (req, reply) =>
      reply
        .type(JSON_TYPE)
        .send((await evaluation.rankingFor(deps, req.ctx, req.params.id, req.query)) as never),
  );
  app.get(
    '/api/campaigns/:id/scorecard',
    {
      ...opts,
      schema: {
        tags,
        summary: "A unit's own results: indicators, score and rank among units of the same kind",
        params: Params,
        querystring: z.object({
          unitId: z.coerce.number().int().positive().optional(),
          periodId: z.string().max(40).optional(),
        }),
        response: { 200: Scorecard },
      },
    },
    (req) => evaluation.scorecard(deps, req.ctx, req.params.id, req.query),
  );
  app.get(
    '/api/indicators/:id/sources',
    {
      ...opts,
      schema: {
        tags,
        summary: "Where an indicator's figure comes from: each unit's value, report and evidence at a period",
        params: Params,
        querystring: DashboardQuery.omit({ group: true }),
        response: { 200: IndicatorSources },
      },
    },
    (req) => evaluation.sources(deps, req.ctx, req.params.id, req.query),
  );
  app.get(
    '/api/campaigns/:id/dashboard/export',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A table view of the dashboards as XLSX (for people) or CSV (UTF-8, for machines)',
        params: Params,
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const f = await buildExport(deps, req.ctx, req.params.id, req.query);
      return reply
        .header('content-type', MIME[f.format])
        .header('content-disposition', contentDisposition(f.fileName))
        .send(f.content);
    },
  );
  app.get(
    '/api/campaigns/:id/evaluation-settings',
    {
      ...opts,
      schema: {
        tags,
        summary: 'How units are scored: bands, red flag, weights, hand-scored criteria, key indicators',
        params: Params,
        response: { 200: EvaluationSettingsView },
      },
    },
    (req) => evaluation.getSettings(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/campaigns/:id/evaluation-settings',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Save the scoring settings (office; optimistic concurrency by version; audited)',
        params: Params,
        body: EvaluationSettingsSave,
        response: { 200: EvaluationSettingsView },
      },
    },
    (req) => evaluation.saveSettings(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/campaigns/:id/manual-scores',
    {
      ...opts,
      schema: {
        tags,
        summary: "The office's hand scores of qualitative criteria, with reasons",
        params: Params,
        response: { 200: ManualList },
      },
    },
    (req) => evaluation.listManual(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/campaigns/:id/manual-scores',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Set (or, with score null, remove) a hand score; a reason is required; audited',
        params: Params,
        body: ManualScoreSave,
        response: { 200: ManualList },
      },
    },
    (req) => evaluation.saveManual(deps, req.ctx, req.params.id, req.body),
  );
}

import { ProgressMatrix, Schedule, ScheduleGenerate, ScheduleQuery, ScheduleSave } from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as schedules from './schedules.service.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const tags = ['schedules'];

export function scheduleRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };
  app.get(
    '/api/indicators/:id/schedule',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Progress schedule (đường găng) of an indicator for a unit, or for the whole indicator, with actuals',
        params: Params,
        querystring: ScheduleQuery,
        response: { 200: Schedule },
      },
    },
    (req) => schedules.getSchedule(deps, req.ctx, req.params.id, req.query.unitId ?? null),
  );
  app.post(
    '/api/indicators/:id/schedule/generate',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Propose a schedule (linear, stepped, shaped like last year); nothing is saved',
        params: Params,
        body: ScheduleGenerate,
        response: { 200: Schedule },
      },
    },
    (req) => schedules.generateSchedule(deps, req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/indicators/:id/schedule',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Save a schedule (version 0 creates; otherwise the current version replaces)',
        params: Params,
        body: ScheduleSave,
        response: { 200: Schedule },
      },
    },
    (req) => schedules.saveSchedule(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/campaigns/:id/progress',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Status of every indicator and unit at a period (default: the latest period past its deadline)',
        params: Params,
        querystring: z.object({ periodId: z.string().max(10).optional() }),
        response: { 200: ProgressMatrix },
      },
    },
    (req) => schedules.progressMatrix(deps, req.ctx, req.params.id, req.query.periodId),
  );
}

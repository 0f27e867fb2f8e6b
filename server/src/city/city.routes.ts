import {
  CityDashboard,
  CityDashboardQuery,
  UpwardDecide,
  UpwardQuery,
  UpwardState,
  UpwardSubmit,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { cityDashboard } from './dashboard.service.ts';
import { decideUpward, getUpward, submitUpward } from './upward.service.ts';

const tags = ['city'];
const Id = z.object({ id: z.coerce.number().int().positive() });
const DecideParams = z.object({
  id: z.coerce.number().int().positive(),
  action: z.enum(['withdraw', 'accept', 'return']),
});
const JSON_TYPE = 'application/json; charset=utf-8';

export function cityRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };

  app.get(
    '/api/campaigns/:id/city-dashboard',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'City campaign at a period: each indicator rolled up from the wards by its rule, wards × indicators, ranking of wards, who has not reported',
        description:
          'Roll-up rules: sum adds the wards’ values; ratio adds numerators and denominators, then divides; none (indices) gives no city figure. Readers of the city campaign only (403 otherwise). 400 CITY_CAMPAIGN_REQUIRED when no ward campaign implements this one.',
        params: Id,
        querystring: CityDashboardQuery,
        response: { 200: CityDashboard },
      },
    },
    async (req, reply) =>
      reply
        .type(JSON_TYPE)
        .send((await cityDashboard(deps, req.ctx, req.params.id, req.query.periodId)) as never),
  );

  app.get(
    '/api/campaigns/:id/upward',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'A ward campaign’s aggregated report to the city for a period: status, units not yet accepted, values to send',
        params: Id,
        querystring: UpwardQuery,
        response: { 200: UpwardState },
      },
    },
    (req) => getUpward(deps, req.ctx, req.params.id, req.query.periodId),
  );

  app.post(
    '/api/campaigns/:id/upward',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'The ward’s office sends the aggregated report of a period to the city (locks the unit reports)',
        description:
          '409 UPWARD_REVIEWS_PENDING while a unit report waits for review; 422 UPWARD_UNITS_MISSING (details list the units) unless missingReason explains them; 409 CONFLICT_STALE when version is not the current submission’s (0 for none).',
        params: Id,
        body: UpwardSubmit,
        response: { 200: UpwardState },
      },
    },
    (req) => submitUpward(deps, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/upward-submissions/:id/:action',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Withdraw (the ward, before the city decides), accept or return (the city’s office; return needs a reason and unlocks the unit reports)',
        params: DecideParams,
        body: UpwardDecide,
        response: { 200: UpwardState },
      },
    },
    (req) => decideUpward(deps, req.ctx, req.params.id, req.params.action, req.body),
  );
}

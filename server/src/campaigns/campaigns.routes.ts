import {
  AssignmentBulk,
  Campaign,
  CampaignCreate,
  CampaignImport,
  CampaignList,
  CampaignQuery,
  CampaignTransition,
  CampaignUpdate,
  CampaignVersionList,
  Indicator,
  IndicatorCreate,
  IndicatorUpdate,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as indicators from '../indicators/indicators.service.ts';
import { importCampaign } from './campaigns.import.ts';
import * as campaigns from './campaigns.service.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const tags = ['campaigns'];
const itags = ['indicators'];

export function campaignRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };

  app.get(
    '/api/campaigns',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Campaigns the caller can see',
        querystring: CampaignQuery,
        response: { 200: CampaignList },
      },
    },
    async (req) => ({
      items: await campaigns.listCampaigns(deps, req.ctx, req.query),
    }),
  );
  app.post(
    '/api/campaigns',
    {
      ...opts,
      schema: { tags, summary: 'Create a draft campaign', body: CampaignCreate, response: { 201: Campaign } },
    },
    async (req, reply) => reply.status(201).send(await campaigns.createCampaign(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/campaigns/import',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Create a draft campaign with all its indicators at once (plan import)',
        body: CampaignImport,
        response: { 201: Campaign },
      },
    },
    async (req, reply) => reply.status(201).send(await importCampaign(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/campaigns/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A campaign with its tasks, indicators and assignments',
        params: Params,
        response: { 200: Campaign },
      },
    },
    (req) => campaigns.getCampaign(deps, req.ctx, req.params.id),
  );
  app.patch(
    '/api/campaigns/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Edit (drafts freely; launched with history; closed never)',
        params: Params,
        body: CampaignUpdate,
        response: { 200: Campaign },
      },
    },
    (req) => campaigns.updateCampaign(deps, req.ctx, req.params.id, req.body),
  );
  for (const action of ['launch', 'close', 'reopen'] as const)
    app.post(
      `/api/campaigns/:id/${action}`,
      {
        ...opts,
        schema: {
          tags,
          summary: `Workflow: ${action}`,
          params: Params,
          body: CampaignTransition,
          response: { 200: Campaign },
        },
      },
      (req) => campaigns.transition(deps, req.ctx, req.params.id, action, req.body),
    );
  app.get(
    '/api/campaigns/:id/versions',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Version history of a launched campaign',
        params: Params,
        response: { 200: CampaignVersionList },
      },
    },
    async (req) => ({
      items: await campaigns.listVersions(deps, req.ctx, req.params.id),
    }),
  );

  app.post(
    '/api/campaigns/:id/indicators',
    {
      ...opts,
      schema: {
        tags: itags,
        summary: 'Add an indicator',
        params: Params,
        body: IndicatorCreate,
        response: { 201: Indicator },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await indicators.createIndicator(deps, req.ctx, req.params.id, req.body)),
  );
  app.patch(
    '/api/indicators/:id',
    { ...opts, schema: { tags: itags, params: Params, body: IndicatorUpdate, response: { 200: Indicator } } },
    (req) => indicators.updateIndicator(deps, req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/indicators/:id',
    { ...opts, schema: { tags: itags, summary: 'Delete (draft campaigns only)', params: Params } },
    async (req, reply) => {
      await indicators.deleteIndicator(deps, req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/campaigns/:id/assignments',
    {
      ...opts,
      schema: {
        tags: itags,
        summary: 'Assign or unassign indicators to units in bulk',
        params: Params,
        body: AssignmentBulk,
        response: { 200: z.object({ changed: z.number().int(), indicators: z.array(Indicator) }) },
      },
    },
    (req) => indicators.bulkAssign(deps, req.ctx, req.params.id, req.body),
  );
}

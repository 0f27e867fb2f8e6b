import {
  OrgUnit,
  OrgUnitCreate,
  OrgUnitList,
  OrgUnitMove,
  OrgUnitQuery,
  OrgUnitStatusChange,
  OrgUnitUpdate,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as org from './org.service.ts';

const tags = ['org-units'];
const Params = z.object({ id: z.coerce.number().int().positive() });

export function orgRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };

  app.get(
    '/api/org-units',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Units visible to the caller (flat, tree order)',
        querystring: OrgUnitQuery,
        response: { 200: OrgUnitList },
      },
    },
    async (req) => ({
      items: await org.listUnits(deps, req.ctx, req.query),
    }),
  );

  app.get(
    '/api/org-units/:id',
    { ...opts, schema: { tags, params: Params, response: { 200: OrgUnit } } },
    (req) => org.getUnit(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/org-units',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Create a unit under a parent',
        body: OrgUnitCreate,
        response: { 201: OrgUnit },
      },
    },
    async (req, reply) => reply.status(201).send(await org.createUnit(deps, req.ctx, req.body)),
  );

  app.patch(
    '/api/org-units/:id',
    { ...opts, schema: { tags, params: Params, body: OrgUnitUpdate, response: { 200: OrgUnit } } },
    (req) => org.updateUnit(deps, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/org-units/:id/move',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Move a unit and its subtree',
        params: Params,
        body: OrgUnitMove,
        response: { 200: OrgUnit },
      },
    },
    (req) => org.moveUnit(deps, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/org-units/:id/deactivate',
    { ...opts, schema: { tags, params: Params, body: OrgUnitStatusChange, response: { 200: OrgUnit } } },
    (req) => org.setActive(deps, req.ctx, req.params.id, false, req.body),
  );

  app.post(
    '/api/org-units/:id/reactivate',
    { ...opts, schema: { tags, params: Params, body: OrgUnitStatusChange, response: { 200: OrgUnit } } },
    (req) => org.setActive(deps, req.ctx, req.params.id, true, req.body),
  );

  app.delete(
    '/api/org-units/:id',
    { ...opts, schema: { tags, summary: 'Delete a unit that holds no data', params: Params } },
    async (req, reply) => {
      await org.deleteUnit(deps, req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
}

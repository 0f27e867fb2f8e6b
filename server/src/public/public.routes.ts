import { createHash } from 'node:crypto';
import {
  PublicCampaign,
  PublicCampaignList,
  PublicCampaignQuery,
  PublicSettings,
  PublicSettingsSave,
} from '@thidua/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { RateWindow } from '../util/rate-window.ts';
import * as portal from './public.service.ts';

const Id = z.object({ id: z.coerce.number().int().positive() });
const JSON_TYPE = 'application/json; charset=utf-8';

const limiters = new WeakMap<Deps, RateWindow>();

/** One address may make `publicRatePerMinute` requests a minute to the portal's API; then 429 with Retry-After. */
function limit(deps: Deps, req: FastifyRequest, reply: FastifyReply) {
  let l = limiters.get(deps);
  if (!l) {
    l = new RateWindow(deps.clock, deps.config.publicRatePerMinute, 60_000);
    limiters.set(deps, l);
  }
  const wait = l.hit(`public:${req.ip}`);
  if (wait > 0) {
    reply.header('retry-after', String(wait));
    throw new AppError('RATE_LIMITED', [{ path: 'retryAfter', message: `Thử lại sau ${wait} giây` }]);
  }
}

/** Sends cached JSON with an ETag; a matching If-None-Match gets 304 and no body. Shared caches may keep it 30 s. */
function sendCached(req: FastifyRequest, reply: FastifyReply, body: string) {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('cache-control', 'public, max-age=30, stale-while-revalidate=60').header('etag', etag);
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type(JSON_TYPE).send(body as never);
}

export function publicRoutes(app: App, deps: Deps): void {
  const tags = ['public'];

  app.get(
    '/api/public/campaigns',
    {
      schema: {
        tags,
        security: [],
        summary:
          'Campaigns the offices publish on the portal (launched or closed, marked public); no sign-in',
        response: { 200: PublicCampaignList },
      },
    },
    async (req, reply) => {
      limit(deps, req, reply);
      return sendCached(req, reply, await portal.listPublic(deps));
    },
  );

  app.get(
    '/api/public/campaigns/:id',
    {
      schema: {
        tags,
        security: [],
        summary:
          'A published campaign at a period: goals and progress of its public indicators (per ward for a city campaign), its disclosures and decisions issued',
        description:
          'No sign-in. A campaign that is unknown, not public or still a draft answers the same 404 PUBLIC_NOT_FOUND. Cache-Control public, max-age 30, with an ETag (If-None-Match → 304). Rate-limited per address (429 RATE_LIMITED with Retry-After).',
        params: Id,
        querystring: PublicCampaignQuery,
        response: { 200: PublicCampaign },
      },
    },
    async (req, reply) => {
      limit(deps, req, reply);
      return sendCached(req, reply, await portal.publicCampaign(deps, req.params.id, req.query.periodId));
    },
  );

  app.get(
    '/api/campaigns/:id/public-settings',
    {
      preHandler: requireSession,
      schema: {
        tags,
        summary:
          'What the office publishes of a campaign: public or not, which indicators, the office-screen title',
        params: Id,
        response: { 200: PublicSettings },
      },
    },
    (req) => portal.getSettings(deps, req.ctx, req.params.id),
  );

  app.put(
    '/api/campaigns/:id/public-settings',
    {
      preHandler: requireSession,
      schema: {
        tags,
        summary: 'The office publishes (or withdraws) a campaign and chooses its public indicators',
        description:
          '`version` is the one read (0 before the first save; 409 CONFLICT_STALE otherwise). Indicators must belong to the campaign (400 PUBLIC_INDICATOR_UNKNOWN). Audited.',
        params: Id,
        body: PublicSettingsSave,
        response: { 200: PublicSettings },
      },
    },
    (req) => portal.saveSettings(deps, req.ctx, req.params.id, req.body),
  );
}

import { NotificationList } from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { listNotifications, markRead } from './notifications.service.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const tags = ['notifications'];

export function notificationRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };
  app.get(
    '/api/notifications',
    {
      ...opts,
      schema: { tags, summary: "The caller's latest notifications", response: { 200: NotificationList } },
    },
    (req) => listNotifications(deps, req.ctx),
  );
  app.post(
    '/api/notifications/read-all',
    { ...opts, schema: { tags, summary: 'Mark every notification read' } },
    async (req, reply) => {
      await markRead(deps, req.ctx, null);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/notifications/:id/read',
    { ...opts, schema: { tags, summary: 'Mark one notification read', params: Params } },
    async (req, reply) => {
      await markRead(deps, req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
}

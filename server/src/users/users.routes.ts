import {
  OkResult,
  PasswordReset,
  RoleGrant,
  User,
  UserCreate,
  UserList,
  UserQuery,
  UserUpdate,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as users from './users.service.ts';

const tags = ['users'];
const Params = z.object({ id: z.coerce.number().int().positive() });
const GrantParams = Params.extend({ assignmentId: z.coerce.number().int().positive() });

export function userRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };

  app.get(
    '/api/users',
    { ...opts, schema: { tags, querystring: UserQuery, response: { 200: UserList } } },
    async (req) => ({
      items: await users.listUsers(deps, req.ctx, req.query),
    }),
  );
  app.get('/api/users/:id', { ...opts, schema: { tags, params: Params, response: { 200: User } } }, (req) =>
    users.getUser(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/users',
    { ...opts, schema: { tags, body: UserCreate, response: { 201: User } } },
    async (req, reply) => reply.status(201).send(await users.createUser(deps, req.ctx, req.body)),
  );
  app.patch(
    '/api/users/:id',
    { ...opts, schema: { tags, params: Params, body: UserUpdate, response: { 200: User } } },
    (req) => users.updateUser(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/roles',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Grant a role on a unit subtree',
        params: Params,
        body: RoleGrant,
        response: { 200: User },
      },
    },
    (req) => users.grantRole(deps, req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/users/:id/roles/:assignmentId',
    { ...opts, schema: { tags, params: GrantParams, response: { 200: User } } },
    (req) => users.revokeRole(deps, req.ctx, req.params.id, req.params.assignmentId),
  );
  app.post(
    '/api/users/:id/password',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Set a temporary password',
        params: Params,
        body: PasswordReset,
        response: { 200: OkResult },
      },
    },
    async (req) => {
      await users.resetPassword(deps, req.ctx, req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  );
}

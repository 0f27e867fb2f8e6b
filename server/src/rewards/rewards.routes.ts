import {
  AttendanceSave,
  AwardType,
  BallotSave,
  CouncilSession,
  CouncilSessionCreate,
  Nomination,
  NominationCreate,
  NominationList,
  NominationTransition,
  NominationUpdate,
  Person,
  PersonCreate,
  RecusalSave,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as council from './council.service.ts';
import * as nominations from './nominations.service.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const TransitionParams = Params.extend({
  action: z.enum(['submit', 'withdraw', 'return', 'accept_dossier', 'reject']),
});
const tags = ['rewards'];

export function rewardsRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };
  app.get(
    '/api/award-types',
    {
      ...opts,
      schema: {
        tags,
        summary: 'The award catalogue: forms and titles, authority, legal basis, effective dates, criteria',
        response: { 200: z.object({ items: z.array(AwardType) }) },
      },
    },
    () => nominations.listAwards(deps),
  );
  app.get(
    '/api/org-units/:id/persons',
    {
      ...opts,
      schema: {
        tags,
        summary: 'People of a unit and its sub-units who may be nominated',
        params: Params,
        response: { 200: z.object({ items: z.array(Person) }) },
      },
    },
    (req) => nominations.listPersons(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/persons',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Add a person to a unit (its reporters or head, or the office)',
        body: PersonCreate,
        response: { 201: Person },
      },
    },
    async (req, reply) => reply.code(201).send(await nominations.createPerson(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/campaigns/:id/nominations',
    {
      ...opts,
      schema: {
        tags,
        summary: "A campaign's nominations: all for the office and readers, a unit's own for the unit",
        params: Params,
        response: { 200: NominationList },
      },
    },
    (req) => nominations.listNominations(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/nominations',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Propose a collective or a person; the rules are checked and failed ones named (422)',
        body: NominationCreate,
        response: { 201: Nomination },
      },
    },
    async (req, reply) => reply.code(201).send(await nominations.createNomination(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/nominations/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A nomination with its eligibility and status',
        params: Params,
        response: { 200: Nomination },
      },
    },
    (req) => nominations.getNomination(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/nominations/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Edit a nomination (draft or returned only; optimistic concurrency by version)',
        params: Params,
        body: NominationUpdate,
        response: { 200: Nomination },
      },
    },
    (req) => nominations.updateNomination(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/nominations/:id/:action',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Submit or withdraw (unit); return with a reason, accept the dossier with its checklist, or reject (office)',
        params: TransitionParams,
        body: NominationTransition,
        response: { 200: Nomination },
      },
    },
    (req) => nominations.transitionNomination(deps, req.ctx, req.params.id, req.params.action, req.body),
  );
  app.post(
    '/api/council-sessions',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Open a council session: members, quorum, threshold, ballot, the checked dossiers it decides on',
        body: CouncilSessionCreate,
        response: { 201: CouncilSession },
      },
    },
    async (req, reply) => reply.code(201).send(await council.createSession(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/council-sessions/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A council session with attendance, recusals and results',
        params: Params,
        response: { 200: CouncilSession },
      },
    },
    (req) => council.getSession(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/council-sessions/:id/attendance',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Record a member as present, voting in writing, or absent (office)',
        params: Params,
        body: AttendanceSave,
        response: { 200: CouncilSession },
      },
    },
    (req) => council.setAttendance(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council-sessions/:id/recusals',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Stand aside from one nominee (conflict of interest), before voting',
        params: Params,
        body: RecusalSave,
        response: { 200: CouncilSession },
      },
    },
    (req) => council.recuse(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council-sessions/:id/ballot',
    {
      ...opts,
      schema: {
        tags,
        summary: "Cast the member's one ballot on every nominee of the session (open or secret)",
        params: Params,
        body: BallotSave,
        response: { 200: CouncilSession },
      },
    },
    (req) => council.vote(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/council-sessions/:id/close',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Close the session and apply quorum and threshold (no quorum: 422, nothing decided)',
        params: Params,
        body: z.object({ version: z.number().int().positive() }),
        response: { 200: CouncilSession },
      },
    },
    (req) => council.closeSession(deps, req.ctx, req.params.id, req.body.version),
  );
  app.get(
    '/api/council-sessions/:id/minutes.txt',
    { ...opts, schema: { tags, summary: 'The minutes (biên bản) as text', params: Params } },
    async (req, reply) =>
      reply.type('text/plain; charset=utf-8').send(await council.minutes(deps, req.ctx, req.params.id)),
  );
}

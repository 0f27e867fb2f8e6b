import multipart from '@fastify/multipart';
import {
  AdvancedExample,
  AttendanceSave,
  AwardType,
  BallotSave,
  CouncilSession,
  CouncilSessionCreate,
  Decision,
  DecisionCreate,
  Disclosure,
  DisclosureCreate,
  ExampleCreate,
  ExampleUpdate,
  Nomination,
  NominationCreate,
  NominationList,
  NominationTransition,
  NominationUpdate,
  Objection,
  ObjectionCreate,
  ObjectionResolve,
  Person,
  PersonCreate,
  PublicDisclosure,
  PublicDisclosureList,
  RecusalSave,
  RewardStats,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { EVIDENCE_MAX_BYTES } from '../evidence/evidence.service.ts';
import { contentDisposition } from '../evidence/file-type.ts';
import { AppError } from '../http/errors.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { readUpload } from '../http/upload.ts';
import * as council from './council.service.ts';
import * as decisions from './decisions.service.ts';
import * as disclosure from './disclosure.service.ts';
import * as examples from './examples.service.ts';
import * as files from './nomination-files.ts';
import * as nominations from './nominations.service.ts';
import { rewardStats } from './stats.service.ts';

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
  app.get(
    '/api/council-sessions/:id/minutes.docx',
    {
      ...opts,
      schema: {
        tags,
        summary: 'The minutes (biên bản) as a Word document in the Nghị định 30 layout',
        params: Params,
      },
    },
    async (req, reply) => {
      const f = await council.minutesDocx(deps, req.ctx, req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(f.fileName))
        .send(f.docx);
    },
  );
  app.get(
    '/api/campaigns/:id/council-sessions',
    {
      ...opts,
      schema: {
        tags,
        summary: "A campaign's council sessions",
        params: Params,
        response: { 200: z.object({ items: z.array(CouncilSession) }) },
      },
    },
    (req) => council.listSessions(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/disclosures',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Publish approved nominees for a disclosure period (office)',
        body: DisclosureCreate,
        response: { 201: Disclosure },
      },
    },
    async (req, reply) => reply.code(201).send(await disclosure.createDisclosure(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/disclosures/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A disclosure with its nominees and objections',
        params: Params,
        response: { 200: Disclosure },
      },
    },
    (req) => disclosure.getDisclosure(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/campaigns/:id/disclosures',
    {
      ...opts,
      schema: {
        tags,
        summary: "A campaign's disclosures",
        params: Params,
        response: { 200: z.object({ items: z.array(Disclosure) }) },
      },
    },
    (req) => disclosure.listDisclosures(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/objections/:id/resolve',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Resolve an objection with a reason; upheld refuses the nomination (office)',
        params: Params,
        body: ObjectionResolve,
        response: { 200: Objection },
      },
    },
    (req) => disclosure.resolveObjection(deps, req.ctx, req.params.id, req.body),
  );
  // Public, no sign-in, cacheable for a minute.
  app.get(
    '/api/public/disclosures',
    {
      schema: {
        tags: ['public'],
        summary: 'Disclosures open now or ended in the last 90 days',
        response: { 200: PublicDisclosureList },
      },
    },
    async (_req, reply) =>
      reply.header('cache-control', 'public, max-age=60').send(await disclosure.publicDisclosures(deps)),
  );
  app.get(
    '/api/public/disclosures/:id',
    {
      schema: {
        tags: ['public'],
        summary: 'The nominees of a disclosure (name, unit, award, achievement)',
        params: Params,
        response: { 200: PublicDisclosure },
      },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'public, max-age=60')
        .send(await disclosure.publicDisclosure(deps, req.params.id)),
  );
  app.post(
    '/api/public/disclosures/:id/objections',
    {
      schema: {
        tags: ['public'],
        summary:
          'Anyone may object to a nominee while the disclosure is open (limited per address; contact optional)',
        params: Params,
        body: ObjectionCreate,
        response: { 201: z.object({ id: z.number().int(), message: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await disclosure.createObjection(deps, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/decisions',
    {
      ...opts,
      schema: {
        tags,
        summary: "The Chairman's decision (ward awards) or the proposal to the city",
        body: DecisionCreate,
        response: { 201: Decision },
      },
    },
    async (req, reply) => reply.code(201).send(await decisions.createDecision(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/decisions/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A decision or proposal with its list',
        params: Params,
        response: { 200: Decision },
      },
    },
    (req) => decisions.getDecision(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/campaigns/:id/decisions',
    {
      ...opts,
      schema: {
        tags,
        summary: "A campaign's decisions and proposals",
        params: Params,
        response: { 200: z.object({ items: z.array(Decision) }) },
      },
    },
    (req) => decisions.listDecisions(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/nominations/:id/certificate.pdf',
    { ...opts, schema: { tags, summary: 'The Giấy khen of a decided nomination, as PDF', params: Params } },
    async (req, reply) => {
      const f = await decisions.certificate(deps, req.ctx, req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(f.fileName))
        .send(f.pdf);
    },
  );
  app.get(
    '/api/campaigns/:id/reward-stats',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Awards by form and unit, shares to direct workers and small collectives, refusals',
        params: Params,
        response: { 200: RewardStats },
      },
    },
    (req) => rewardStats(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/examples',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Advanced examples of the units the user sees (or of one unit, or one campaign)',
        querystring: z.object({
          unitId: z.coerce.number().int().positive().optional(),
          campaignId: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: z.object({ items: z.array(AdvancedExample) }) },
      },
    },
    (req) => examples.listExamples(deps, req.ctx, req.query),
  );
  app.post(
    '/api/examples',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Register an advanced example',
        body: ExampleCreate,
        response: { 201: AdvancedExample },
      },
    },
    async (req, reply) => reply.code(201).send(await examples.createExample(deps, req.ctx, req.body)),
  );
  app.put(
    '/api/examples/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Move an example on (stage, units that replicated it)',
        params: Params,
        body: ExampleUpdate,
        response: { 200: AdvancedExample },
      },
    },
    (req) => examples.updateExample(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/nomination-files/:id',
    { ...opts, schema: { tags, summary: 'Download a dossier file (checksum verified)', params: Params } },
    async (req, reply) => {
      const f = await files.downloadFile(deps, req.ctx, req.params.id);
      return reply
        .type(f.mimeType)
        .header('content-disposition', contentDisposition(f.fileName))
        .send(f.content);
    },
  );
  app.delete(
    '/api/nomination-files/:id',
    {
      ...opts,
      schema: { tags, summary: 'Remove a dossier file while the nomination is editable', params: Params },
    },
    async (req, reply) => {
      await files.removeFile(deps, req.ctx, req.params.id);
      return reply.code(204).send();
    },
  );
  app.register(async (scope: App) => {
    await scope.register(multipart, {
      limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 5, parts: 10 },
    });
    scope.post(
      '/api/nominations/:id/files',
      {
        ...opts,
        bodyLimit: EVIDENCE_MAX_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary: 'Attach a file to the dossier (PDF, images, office documents; at most 20 MB)',
          consumes: ['multipart/form-data'],
          params: Params,
          response: { 201: Nomination },
        },
      },
      async (req, reply) => {
        const up = await readUpload(req, 'EVIDENCE_NO_FILE', 'EVIDENCE_TOO_LARGE');
        if (up.content.length > EVIDENCE_MAX_BYTES) throw new AppError('EVIDENCE_TOO_LARGE');
        await files.addFile(deps, req.ctx, req.params.id, { fileName: up.fileName, content: up.content });
        return reply.code(201).send(await nominations.getNomination(deps, req.ctx, req.params.id));
      },
    );
  });
}

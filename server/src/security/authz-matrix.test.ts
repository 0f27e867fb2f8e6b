/**
 * Authorisation matrix: every /api route the running app registers is called as every actor (anonymous and the
 * seven demo roles), on targets inside and outside each actor's subtree, and each answer is compared with the
 * explicit expectation in ./authz-expected.ts.
 *
 * - The route list comes from the app itself (Fastify's route tree, cross-checked with `hasRoute` and with the
 *   OpenAPI document): a route the app has and the matrix lacks fails the first test by name, and so does a matrix
 *   entry for a route that is gone.
 * - Answers are classified: allowed (2xx, or a business refusal after the permission check: 400/404/409/413/415/
 *   422/429), denied (403, CSRF refusals excepted: those are a broken test), unauthenticated (401), error (5xx).
 *   Stricter than that, every allowed actor must get a real 2xx: each call sends a body that passes validation
 *   and puts its target in the state the action needs, so no route here is checked only by "not 403 and not 2xx"
 *   (a case could opt out with `no2xx` and a reason; none needs to). Anonymous callers send the same valid
 *   requests, and validation runs before the session check, so a body that would be refused as invalid (400)
 *   would show up as a mismatch for them instead of hiding behind the permission check.
 * - Writes change state, so every call prepares its own target: state-machine targets (reports, nominations,
 *   campaigns, org units) are put back into the state the call needs with one SQL statement before each call, and
 *   deletes, moves, council closings, decisions and the like work on a fresh row made for that call. Calls are
 *   therefore independent of order, except the sign-out and password routes, which run last.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentKind, DocumentParams } from '@thidua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../documents/documents.service.ts';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';
import { Agent, createTestEnv, type Res, type TestEnv } from '../test/harness.ts';
import { ACTORS, type Actor, EXPECTED, type Expectation } from './authz-expected.ts';

type Call = (a: Agent, who: Actor) => Promise<Res>;
interface Spec {
  /** Run order: 0 for everything, then sign-out (1), password change (2), sign-out everywhere (3). */
  order?: number;
  cases: Record<string, Call>;
}

let env: TestEnv;
const agents = {} as Record<Actor, Agent>;
/** Second sessions made by the sign-in route, used by the sign-out route. */
const spare: Partial<Record<Actor, Agent>> = {};
/** Fixture ids, filled in beforeAll. */
const fx: Record<string, any> = {};
let seq = 0;
const next = () => ++seq;

const PDF = Buffer.from(
  '%PDF-1.4\n%âãÏÓ\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const GOOD_PASSWORD = 'Hải-Phòng-2025';
const NEW_PASSWORD = 'Đổi-Mật-Khẩu-2025';
const ACHIEVEMENT = 'Hoàn thành xuất sắc nhiệm vụ năm 2025, vận động 100 % hộ dân phân loại rác tại nguồn.';
const PLAN_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/plans/02-phuong-ke-hoach-word.txt',
);

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

async function one<T = any>(text: string, params: unknown[] = []): Promise<T> {
  const rows = await env.sql<T>(text, params);
  if (!rows[0]) throw new Error(`no row: ${text} ${JSON.stringify(params)}`);
  return rows[0];
}
const versionOf = async (table: string, id: number) =>
  Number((await one<{ v: number }>(`SELECT version AS v FROM ${table} WHERE id = $1`, [id])).v);
/** Puts a row into a workflow state (and bumps its version, as a real transition would). */
const setState = async (table: 'reports' | 'nominations' | 'campaigns', id: number, status: string) =>
  Number(
    (
      await one<{ v: number }>(
        `UPDATE ${table} SET status = $2, version = version + 1 WHERE id = $1 RETURNING version AS v`,
        [id, status],
      )
    ).v,
  );

function must(r: Res, status: number, what: string): Res {
  if (r.status !== status) throw new Error(`fixture ${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

/** A client with the same session as `a` (so the shared agent's cookie is not replaced, e.g. by a sign-in). */
function clone(a: Agent): Agent {
  const c = new Agent(env.app);
  c.cookie = a.cookie;
  c.csrf = a.csrf;
  return c;
}

/** A JSON request from another client address (the public objection limit counts per address). */
async function fromAddress(a: Agent, ip: string, method: 'POST', url: string, body: unknown): Promise<Res> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (a.cookie) headers.cookie = a.cookie;
  if (a.csrf) headers['x-csrf-token'] = a.csrf;
  const res = await env.app.inject({
    method,
    url,
    headers,
    payload: JSON.stringify(body),
    remoteAddress: ip,
  });
  let parsed: unknown = res.body;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    /* not JSON */
  }
  return { status: res.statusCode, body: parsed, headers: res.headers };
}

// Fixture factories (the office or the admin makes what a call needs).

async function newUnit(parentId: number): Promise<number> {
  const code = parentId === fx.haian ? `HP.HAIAN.AZ${next()}` : `HP.DONGHAI.AZ${next()}`;
  const r = await agents.admin.post('/api/org-units', {
    parentId,
    code,
    name: `Đơn vị thử quyền ${seq}`,
    kind: 'enterprise',
  });
  return must(r, 201, 'org unit').body.id;
}

async function newCampaign(a: Agent, issuingUnitId: number, assignTo: number | null): Promise<number> {
  const c = must(
    await a.post('/api/campaigns', {
      issuingUnitId,
      title: `Đợt thi đua thử quyền số ${next()}`,
      startsOn: '2025-09-01',
      endsOn: '2025-12-31',
    }),
    201,
    'campaign',
  ).body;
  const ind = await newIndicator(a, c.id);
  if (assignTo)
    must(
      await a.post(`/api/campaigns/${c.id}/assignments`, { indicatorIds: [ind], unitIds: [assignTo] }),
      200,
      'assignment',
    );
  return c.id;
}

async function newIndicator(a: Agent, campaignId: number): Promise<number> {
  const r = await a.post(`/api/campaigns/${campaignId}/indicators`, {
    code: `AZ${next()}`,
    name: `Số hộ tham gia mô hình ${seq}`,
    unitOfMeasure: 'hộ',
    kind: 'count',
    direction: 'at_least',
    targetValue: 10,
  });
  return must(r, 201, 'indicator').body.id;
}

async function newPerson(unitId: number): Promise<number> {
  const r = await one<{ id: number }>(
    `INSERT INTO persons (unit_id, full_name, position, ratings) VALUES ($1, $2, 'Tổ viên', $3::jsonb)
     RETURNING id::int AS id`,
    [unitId, `Người được đề nghị ${next()}`, JSON.stringify({ '2025': 'excellent' })],
  );
  return Number(r.id);
}

/** A nomination of a person of the proposing unit, proposed by the office, put into `status`. */
async function newNomination(proposerUnitId: number, status?: string): Promise<number> {
  const r = await agents.office.post('/api/nominations', {
    campaignId: fx.cDH,
    proposerUnitId,
    subject: 'individual',
    personId: await newPerson(proposerUnitId),
    awardTypeId: fx.award.GK_CN,
    achievement: ACHIEVEMENT,
  });
  const id = must(r, 201, 'nomination').body.id;
  if (status) await setState('nominations', id, status);
  return id;
}

/** An open council session of the four council people, on one checked nomination of Tổ dân phố 7. */
async function newSession(): Promise<{ id: number; version: number; nomination: number }> {
  const nomination = await newNomination(fx.tdp07, 'checked');
  const r = await agents.office.post('/api/council-sessions', {
    campaignId: fx.cDH,
    title: `Phiên họp xét khen thưởng số ${next()}`,
    meetsOn: '2025-10-15',
    memberIds: fx.members,
    nominationIds: [nomination],
  });
  const s = must(r, 201, 'council session').body;
  return { id: s.id, version: s.version, nomination };
}

async function uploadEvidence(reportId: number): Promise<number> {
  await setState('reports', reportId, 'returned');
  const r = await agents.reporter.upload(`/api/reports/${reportId}/evidence`, {
    name: `bien-ban-${next()}.pdf`,
    content: PDF,
  });
  return must(r, 201, 'evidence').body.id;
}

async function uploadNominationFile(nominationId: number): Promise<number> {
  await setState('nominations', nominationId, 'draft');
  const r = await agents.office.upload(`/api/nominations/${nominationId}/files`, {
    name: `ho-so-${next()}.pdf`,
    content: PDF,
  });
  const files = must(r, 201, 'nomination file').body.files as { id: number }[];
  return Math.max(...files.map((f) => f.id));
}

const reportValue = async (reportId: number) =>
  (
    await one<{ value: number | null }>(
      'SELECT value FROM report_values WHERE report_id = $1 AND indicator_id = $2',
      [reportId, fx.indDH],
    )
  ).value;

const narrativeVersion = async (kind: DocumentKind, params: DocumentParams) =>
  Number(
    (
      await env.sql<{ v: number }>(
        'SELECT version AS v FROM document_drafts WHERE campaign_id = $1 AND kind = $2 AND scope = $3',
        [fx.cDH, kind, scopeOf(kind, params)],
      )
    )[0]?.v ?? 0,
  );

// ---------------------------------------------------------------------------------------------------------------
// How each route is called, per case. The keys match EXPECTED exactly (checked below).

const SPECS: Record<string, Spec> = {
  'POST /api/auth/login': {
    cases: {
      // Signing in again (with the actor's cookie, on a copy of the client; the new session is kept for the
      // sign-out route); anonymous signs in as the viewer.
      self: async (a, who) => {
        const c = clone(a);
        const r = await c.login(who === 'anonymous' ? 'viewer' : who);
        if (who !== 'anonymous' && r.status === 200) spare[who] = c;
        return r;
      },
    },
  },
  'GET /api/auth/me': { cases: { self: (a) => a.get('/api/auth/me') } },
  'POST /api/auth/logout': {
    order: 1,
    cases: {
      // A second session of the actor (from the sign-in route), so the shared one lives on.
      self: async (a, who) =>
        (who === 'anonymous' ? a : (spare[who] ?? (await env.as(who)))).post('/api/auth/logout'),
    },
  },
  'POST /api/auth/password': {
    order: 2,
    cases: {
      self: (a) =>
        a.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }),
    },
  },
  'POST /api/auth/logout-all': { order: 3, cases: { self: (a) => a.post('/api/auth/logout-all') } },
  'GET /api/openapi.json': { cases: { public: (a) => a.get('/api/openapi.json') } },

  // --- org units
  'GET /api/org-units': { cases: { list: (a) => a.get('/api/org-units') } },
  'GET /api/org-units/:id': {
    cases: {
      ward: (a) => a.get(`/api/org-units/${fx.donghai}`),
      tdp08: (a) => a.get(`/api/org-units/${fx.tdp08}`),
      haian: (a) => a.get(`/api/org-units/${fx.haian}`),
    },
  },
  'POST /api/org-units': {
    cases: {
      donghai: (a) =>
        a.post('/api/org-units', {
          parentId: fx.donghai,
          code: `HP.DONGHAI.NEW${next()}`,
          name: 'Công ty TNHH Thử Quyền',
          kind: 'enterprise',
        }),
      haian: (a) =>
        a.post('/api/org-units', {
          parentId: fx.haian,
          code: `HP.HAIAN.NEW${next()}`,
          name: 'Tổ dân phố Cát Bi 9',
          kind: 'residential_group',
        }),
    },
  },
  'PATCH /api/org-units/:id': {
    cases: {
      // The same name again: a real update that changes nothing.
      tdp07: async (a) =>
        a.patch(`/api/org-units/${fx.tdp07}`, {
          version: await versionOf('org_units', fx.tdp07),
          name: 'Tổ dân phố 7',
        }),
      haian: async (a) =>
        a.patch(`/api/org-units/${fx.haianTdp02}`, {
          version: await versionOf('org_units', fx.haianTdp02),
          name: 'Tổ dân phố Cát Bi 2',
        }),
    },
  },
  'POST /api/org-units/:id/move': {
    cases: {
      donghai: async (a) =>
        a.post(`/api/org-units/${await newUnit(fx.donghai)}/move`, { version: 1, newParentId: fx.vp }),
      'into-haian': async (a) =>
        a.post(`/api/org-units/${await newUnit(fx.donghai)}/move`, { version: 1, newParentId: fx.haian }),
      haian: async (a) =>
        a.post(`/api/org-units/${await newUnit(fx.haian)}/move`, { version: 1, newParentId: fx.haianVhxh }),
    },
  },
  'POST /api/org-units/:id/deactivate': {
    cases: {
      donghai: (a) => toggleUnit(a, fx.ouDH, 'deactivate'),
      haian: (a) => toggleUnit(a, fx.ouHA, 'deactivate'),
    },
  },
  'POST /api/org-units/:id/reactivate': {
    cases: {
      donghai: (a) => toggleUnit(a, fx.ouDH, 'reactivate'),
      haian: (a) => toggleUnit(a, fx.ouHA, 'reactivate'),
    },
  },
  'DELETE /api/org-units/:id': {
    cases: {
      donghai: async (a) => a.delete(`/api/org-units/${await newUnit(fx.donghai)}`),
      haian: async (a) => a.delete(`/api/org-units/${await newUnit(fx.haian)}`),
    },
  },

  // --- users
  'GET /api/users': { cases: { list: (a) => a.get('/api/users') } },
  'GET /api/users/:id': {
    cases: {
      donghai: (a) => a.get(`/api/users/${fx.uDH}`),
      haian: (a) => a.get(`/api/users/${fx.uHA}`),
    },
  },
  'POST /api/users': {
    cases: {
      donghai: (a) =>
        a.post('/api/users', {
          username: `authz.new${next()}`,
          fullName: 'Nguyễn Văn Mới',
          unitId: fx.tdp09,
          password: GOOD_PASSWORD,
        }),
    },
  },
  'PATCH /api/users/:id': {
    cases: {
      donghai: async (a) =>
        a.patch(`/api/users/${fx.uDH}`, {
          version: await versionOf('users', fx.uDH),
          fullName: 'Lê Văn Thử',
        }),
    },
  },
  'POST /api/users/:id/roles': {
    cases: {
      donghai: async (a) => {
        await env.sql(`DELETE FROM role_assignments WHERE user_id = $1 AND role = 'viewer'`, [fx.uDH]);
        return a.post(`/api/users/${fx.uDH}/roles`, { role: 'viewer', unitId: fx.tdp09 });
      },
    },
  },
  'DELETE /api/users/:id/roles/:assignmentId': {
    cases: {
      donghai: async (a) => {
        await env.sql(
          `INSERT INTO role_assignments (user_id, role, unit_id) VALUES ($1, 'reporter', $2) ON CONFLICT DO NOTHING`,
          [fx.uDH, fx.tdp09],
        );
        const g = await one<{ id: number }>(
          `SELECT id::int AS id FROM role_assignments WHERE user_id = $1 AND role = 'reporter'`,
          [fx.uDH],
        );
        return a.delete(`/api/users/${fx.uDH}/roles/${g.id}`);
      },
    },
  },
  'POST /api/users/:id/password': {
    cases: {
      donghai: (a) => a.post(`/api/users/${fx.uDH}/password`, { newPassword: `Tạm-Thời-${next()}x` }),
    },
  },

  // --- audit
  'GET /api/audit': { cases: { list: (a) => a.get('/api/audit') } },
  'GET /api/audit/verify': { cases: { self: (a) => a.get('/api/audit/verify') } },

  // --- campaigns and indicators
  'GET /api/campaigns': { cases: { list: (a) => a.get('/api/campaigns') } },
  'POST /api/campaigns': {
    cases: {
      donghai: (a) =>
        a.post('/api/campaigns', { issuingUnitId: fx.donghai, title: 'Đợt thi đua mới của phường' }),
      tdp07: (a) =>
        a.post('/api/campaigns', { issuingUnitId: fx.tdp07, title: 'Đợt thi đua của tổ dân phố' }),
      haian: (a) => a.post('/api/campaigns', { issuingUnitId: fx.haian, title: 'Đợt thi đua phường Hải An' }),
    },
  },
  'POST /api/campaigns/import': {
    cases: {
      donghai: (a) => importCampaign(a, fx.donghai),
      tdp07: (a) => importCampaign(a, fx.tdp07),
      haian: (a) => importCampaign(a, fx.haian),
    },
  },
  'GET /api/campaigns/:id': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}`),
      city: (a) => a.get(`/api/campaigns/${fx.cCity}`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}`),
    },
  },
  'PATCH /api/campaigns/:id': {
    cases: {
      donghai: (a) => patchCampaign(a, fx.dhDraft),
      tdp07: (a) => patchCampaign(a, fx.t7Flow),
      haian: (a) => patchCampaign(a, fx.haDraft),
    },
  },
  'POST /api/campaigns/:id/launch': {
    cases: {
      donghai: (a) => campaignStep(a, fx.dhFlow, 'draft', 'launch'),
      tdp07: (a) => campaignStep(a, fx.t7Flow, 'draft', 'launch'),
      haian: (a) => campaignStep(a, fx.haFlow, 'draft', 'launch'),
    },
  },
  'POST /api/campaigns/:id/close': {
    cases: {
      donghai: (a) => campaignStep(a, fx.dhFlow, 'launched', 'close'),
      haian: (a) => campaignStep(a, fx.haFlow, 'launched', 'close'),
    },
  },
  'POST /api/campaigns/:id/reopen': {
    cases: {
      donghai: (a) => campaignStep(a, fx.dhFlow, 'closed', 'reopen'),
      haian: (a) => campaignStep(a, fx.haFlow, 'closed', 'reopen'),
    },
  },
  'GET /api/campaigns/:id/versions': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/versions`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/versions`),
    },
  },
  'POST /api/campaigns/:id/indicators': {
    cases: {
      donghai: (a) => addIndicator(a, fx.dhDraft),
      haian: (a) => addIndicator(a, fx.haDraft),
    },
  },
  'PATCH /api/indicators/:id': {
    cases: {
      donghai: async (a) =>
        a.patch(`/api/indicators/${fx.indDraftDH}`, {
          version: await versionOf('indicators', fx.indDraftDH),
          name: 'Số hộ tham gia mô hình tự quản',
        }),
      haian: async (a) =>
        a.patch(`/api/indicators/${fx.indDraftHA}`, {
          version: await versionOf('indicators', fx.indDraftHA),
          name: 'Số hộ tham gia mô hình tự quản',
        }),
    },
  },
  'DELETE /api/indicators/:id': {
    cases: {
      donghai: async (a) => a.delete(`/api/indicators/${await newIndicator(agents.admin, fx.dhDraft)}`),
      haian: async (a) => a.delete(`/api/indicators/${await newIndicator(agents.admin, fx.haDraft)}`),
    },
  },
  'POST /api/campaigns/:id/assignments': {
    cases: {
      donghai: (a) =>
        a.post(`/api/campaigns/${fx.dhDraft}/assignments`, {
          indicatorIds: [fx.indDraftDH],
          unitIds: [fx.tdp07],
        }),
      haian: (a) =>
        a.post(`/api/campaigns/${fx.haDraft}/assignments`, {
          indicatorIds: [fx.indDraftHA],
          unitIds: [fx.haianTdp01],
        }),
    },
  },
  'POST /api/plan-imports': {
    cases: { text: (a) => a.post('/api/plan-imports', { text: fx.planText, fileName: 'ke-hoach.txt' }) },
  },

  // --- reports
  'GET /api/campaigns/:id/periods': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/periods`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/periods`),
    },
  },
  'GET /api/reports/mine': { cases: { list: (a) => a.get('/api/reports/mine') } },
  'GET /api/reports': { cases: { list: (a) => a.get('/api/reports') } },
  'POST /api/reports': {
    cases: {
      'tdp07-new': (a) => openNewReport(a, fx.tdp07),
      'tdp08-new': (a) => openNewReport(a, fx.tdp08),
      'tdp08-existing': (a) =>
        a.post('/api/reports', { campaignId: fx.cDH, unitId: fx.tdp08, periodId: '2025-11' }),
    },
  },
  'GET /api/reports/:id': {
    cases: {
      tdp07: (a) => a.get(`/api/reports/${fx.r07}`),
      tdp08: (a) => a.get(`/api/reports/${fx.r08}`),
      haian: (a) => a.get(`/api/reports/${fx.rHA}`),
    },
  },
  'PUT /api/reports/:id/values': {
    cases: { tdp07: (a) => saveValues(a, fx.r07), tdp08: (a) => saveValues(a, fx.r08) },
  },
  'POST /api/reports/:id/submit': {
    cases: {
      tdp07: (a) => reportStep(a, fx.r07, 'returned', 'submit'),
      tdp08: (a) => reportStep(a, fx.r08, 'draft', 'submit'),
    },
  },
  'POST /api/reports/:id/return': {
    cases: {
      tdp07: (a) => reportStep(a, fx.r07, 'submitted', 'return'),
      tdp08: (a) => reportStep(a, fx.r08, 'submitted', 'return'),
    },
  },
  'POST /api/reports/:id/accept': {
    cases: {
      tdp07: (a) => reportStep(a, fx.r07, 'submitted', 'accept'),
      tdp08: (a) => reportStep(a, fx.r08, 'submitted', 'accept'),
    },
  },
  'POST /api/reports/:id/reopen': {
    cases: {
      tdp07: (a) => reportStep(a, fx.r07, 'accepted', 'reopen'),
      tdp08: (a) => reportStep(a, fx.r08, 'accepted', 'reopen'),
    },
  },
  'GET /api/evidence/:id': {
    cases: {
      tdp07: (a) => a.get(`/api/evidence/${fx.ev07}`),
      tdp08: (a) => a.get(`/api/evidence/${fx.ev08}`),
    },
  },
  'DELETE /api/evidence/:id': {
    cases: {
      tdp07: async (a) => a.delete(`/api/evidence/${await uploadEvidence(fx.r07)}`),
      // Nobody here may edit Tổ dân phố 8's report: its second seeded file is the target (never really removed).
      tdp08: async (a) => {
        await setState('reports', fx.r08, 'returned');
        return a.delete(`/api/evidence/${fx.ev08b}`);
      },
    },
  },
  'GET /api/reports/:id/template.xlsx': {
    cases: {
      tdp07: (a) => a.get(`/api/reports/${fx.r07}/template.xlsx`),
      tdp08: (a) => a.get(`/api/reports/${fx.r08}/template.xlsx`),
    },
  },
  'POST /api/reports/:id/evidence': {
    cases: {
      tdp07: async (a) => {
        await setState('reports', fx.r07, 'returned');
        return a.upload(`/api/reports/${fx.r07}/evidence`, { name: 'bien-ban.pdf', content: PDF });
      },
      tdp08: async (a) => {
        await setState('reports', fx.r08, 'returned');
        return a.upload(`/api/reports/${fx.r08}/evidence`, { name: 'bien-ban.pdf', content: PDF });
      },
    },
  },
  'POST /api/reports/:id/import': {
    cases: {
      'preview-tdp07': (a) =>
        a.upload(`/api/reports/${fx.r07}/import?mode=preview`, { name: 'mau.xlsx', content: fx.tpl07 }),
      'all-tdp07': async (a) => {
        await setState('reports', fx.r07, 'returned');
        return a.upload(`/api/reports/${fx.r07}/import?mode=all`, { name: 'mau.xlsx', content: fx.tpl07 });
      },
      'all-tdp08': async (a) => {
        await setState('reports', fx.r08, 'returned');
        return a.upload(`/api/reports/${fx.r08}/import?mode=all`, { name: 'mau.xlsx', content: fx.tpl08 });
      },
    },
  },

  // --- schedules
  'GET /api/indicators/:id/schedule': {
    cases: {
      donghai: (a) => a.get(`/api/indicators/${fx.indDH}/schedule`),
      'donghai-tdp08': (a) => a.get(`/api/indicators/${fx.indDH}/schedule?unitId=${fx.tdp08}`),
      haian: (a) => a.get(`/api/indicators/${fx.indHA}/schedule`),
    },
  },
  'POST /api/indicators/:id/schedule/generate': {
    cases: {
      donghai: (a) =>
        a.post(`/api/indicators/${fx.indDH}/schedule/generate`, {
          unitId: fx.tdp07,
          method: 'linear',
          baseline: 0,
          target: 4,
        }),
      haian: (a) =>
        a.post(`/api/indicators/${fx.indHA}/schedule/generate`, {
          unitId: fx.haianTdp01,
          method: 'linear',
          baseline: 0,
          target: 4,
        }),
    },
  },
  'PUT /api/indicators/:id/schedule': {
    cases: {
      donghai: (a) => saveSchedule(a, fx.indDH, fx.tdp07),
      haian: (a) => saveSchedule(a, fx.indHA, fx.haianTdp01),
    },
  },
  'GET /api/campaigns/:id/progress': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/progress`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/progress`),
    },
  },

  // --- evaluation
  ...Object.fromEntries(
    ['dashboard', 'heatmap', 'ranking', 'evaluation-settings', 'manual-scores', 'reward-stats'].map(
      (view) => [
        `GET /api/campaigns/:id/${view}`,
        {
          cases: {
            donghai: (a: Agent) => a.get(`/api/campaigns/${fx.cDH}/${view}`),
            haian: (a: Agent) => a.get(`/api/campaigns/${fx.cHA}/${view}`),
          },
        },
      ],
    ),
  ),
  'GET /api/campaigns/:id/scorecard': {
    cases: {
      tdp07: (a) => a.get(`/api/campaigns/${fx.cDH}/scorecard?unitId=${fx.tdp07}`),
      tdp08: (a) => a.get(`/api/campaigns/${fx.cDH}/scorecard?unitId=${fx.tdp08}`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/scorecard?unitId=${fx.haianTdp01}`),
    },
  },
  'GET /api/indicators/:id/sources': {
    cases: {
      donghai: (a) => a.get(`/api/indicators/${fx.indDH}/sources`),
      haian: (a) => a.get(`/api/indicators/${fx.indHA}/sources`),
    },
  },
  'GET /api/campaigns/:id/dashboard/export': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/dashboard/export?view=ranking&format=csv`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/dashboard/export?view=ranking&format=csv`),
    },
  },
  'PUT /api/campaigns/:id/evaluation-settings': {
    cases: { donghai: (a) => saveSettings(a, fx.cDH), haian: (a) => saveSettings(a, fx.cHA) },
  },
  'PUT /api/campaigns/:id/manual-scores': {
    cases: {
      donghai: (a) => saveManual(a, fx.cDH, fx.tdp03),
      haian: (a) => saveManual(a, fx.cHA, fx.haianTdp01),
    },
  },

  // --- rewards
  'GET /api/award-types': { cases: { list: (a) => a.get('/api/award-types') } },
  'GET /api/org-units/:id/persons': {
    cases: {
      tdp07: (a) => a.get(`/api/org-units/${fx.tdp07}/persons`),
      tdp08: (a) => a.get(`/api/org-units/${fx.tdp08}/persons`),
      haian: (a) => a.get(`/api/org-units/${fx.haianTdp01}/persons`),
    },
  },
  'POST /api/persons': {
    cases: {
      tdp07: (a) => addPerson(a, fx.tdp07),
      tdp08: (a) => addPerson(a, fx.tdp08),
      haian: (a) => addPerson(a, fx.haianTdp01),
    },
  },
  'GET /api/campaigns/:id/nominations': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/nominations`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/nominations`),
    },
  },
  'POST /api/nominations': {
    cases: { tdp07: (a) => propose(a, fx.tdp07), tdp08: (a) => propose(a, fx.tdp08) },
  },
  'GET /api/nominations/:id': {
    cases: {
      tdp07: (a) => a.get(`/api/nominations/${fx.n07}`),
      tdp08: (a) => a.get(`/api/nominations/${fx.n08}`),
    },
  },
  'PUT /api/nominations/:id': {
    cases: { tdp07: (a) => editNomination(a, fx.n07), tdp08: (a) => editNomination(a, fx.n08) },
  },
  'POST /api/nominations/:id/:action': {
    cases: {
      'submit-tdp07': (a) => nominationStep(a, fx.n07, 'draft', 'submit', {}),
      'submit-tdp08': (a) => nominationStep(a, fx.n08, 'draft', 'submit', {}),
      'withdraw-tdp07': (a) => nominationStep(a, fx.n07, 'draft', 'withdraw', {}),
      'return-tdp07': (a) =>
        nominationStep(a, fx.n07, 'submitted', 'return', {
          reason: 'Bổ sung báo cáo thành tích có xác nhận.',
        }),
      'accept_dossier-tdp07': (a) =>
        nominationStep(a, fx.n07, 'submitted', 'accept_dossier', { checklist: { bao_cao: true } }),
      'reject-tdp07': (a) =>
        nominationStep(a, fx.n07, 'approved', 'reject', { reason: 'Thành tích chưa được xác minh.' }),
    },
  },
  'POST /api/nominations/:id/files': {
    cases: {
      tdp07: async (a) => {
        await setState('nominations', fx.n07, 'draft');
        return a.upload(`/api/nominations/${fx.n07}/files`, { name: 'bao-cao.pdf', content: PDF });
      },
      tdp08: async (a) => {
        await setState('nominations', fx.n08, 'draft');
        return a.upload(`/api/nominations/${fx.n08}/files`, { name: 'bao-cao.pdf', content: PDF });
      },
    },
  },
  'GET /api/nomination-files/:id': {
    cases: {
      tdp07: (a) => a.get(`/api/nomination-files/${fx.f07}`),
      tdp08: (a) => a.get(`/api/nomination-files/${fx.f08}`),
    },
  },
  'DELETE /api/nomination-files/:id': {
    cases: {
      tdp07: async (a) => a.delete(`/api/nomination-files/${await uploadNominationFile(fx.n07)}`),
      tdp08: async (a) => a.delete(`/api/nomination-files/${await uploadNominationFile(fx.n08)}`),
    },
  },
  'POST /api/council-sessions': {
    cases: {
      donghai: async (a) =>
        a.post('/api/council-sessions', {
          campaignId: fx.cDH,
          title: 'Phiên họp xét khen thưởng',
          meetsOn: '2025-10-20',
          memberIds: fx.members,
          nominationIds: [await newNomination(fx.tdp07, 'checked')],
        }),
    },
  },
  'GET /api/council-sessions/:id': {
    cases: { donghai: (a) => a.get(`/api/council-sessions/${fx.sRead.id}`) },
  },
  'PUT /api/council-sessions/:id/attendance': {
    cases: {
      donghai: (a) =>
        a.put(`/api/council-sessions/${fx.sRead.id}/attendance`, {
          userId: fx.user.council3,
          attendance: 'present',
        }),
    },
  },
  'POST /api/council-sessions/:id/recusals': {
    cases: {
      donghai: (a) =>
        a.post(`/api/council-sessions/${fx.sRec.id}/recusals`, {
          nominationId: fx.sRec.nomination,
          reason: 'Có quan hệ gia đình với người được đề nghị',
        }),
    },
  },
  'POST /api/council-sessions/:id/ballot': {
    cases: {
      donghai: (a) =>
        a.post(`/api/council-sessions/${fx.sVote.id}/ballot`, {
          votes: [{ nominationId: fx.sVote.nomination, choice: 'yes' }],
        }),
    },
  },
  'POST /api/council-sessions/:id/close': {
    cases: {
      donghai: async (a) => {
        const s = await newSession();
        return a.post(`/api/council-sessions/${s.id}/close`, { version: s.version });
      },
    },
  },
  'GET /api/council-sessions/:id/minutes.txt': {
    cases: { donghai: (a) => a.get(`/api/council-sessions/${fx.sRead.id}/minutes.txt`) },
  },
  'GET /api/council-sessions/:id/minutes.docx': {
    cases: { donghai: (a) => a.get(`/api/council-sessions/${fx.sRead.id}/minutes.docx`) },
  },
  'GET /api/campaigns/:id/council-sessions': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/council-sessions`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/council-sessions`),
    },
  },
  'POST /api/disclosures': {
    cases: {
      donghai: async (a) =>
        a.post('/api/disclosures', {
          campaignId: fx.cDH,
          title: 'Công khai danh sách đề nghị khen thưởng',
          startsOn: '2025-10-01',
          endsOn: '2025-10-10',
          nominationIds: [await newNomination(fx.tdp07, 'approved')],
        }),
    },
  },
  'GET /api/disclosures/:id': { cases: { donghai: (a) => a.get(`/api/disclosures/${fx.discOpen}`) } },
  'GET /api/campaigns/:id/disclosures': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/disclosures`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/disclosures`),
    },
  },
  'POST /api/objections/:id/resolve': {
    cases: {
      donghai: async (a) => {
        const o = await one<{ id: number }>(
          `INSERT INTO objections (disclosure_id, nomination_id, content, source_hash)
           VALUES ($1, $2, 'Đề nghị xem lại thành tích của người được đề nghị.', 'authz') RETURNING id::int AS id`,
          [fx.discOpen, fx.o1],
        );
        return a.post(`/api/objections/${o.id}/resolve`, {
          status: 'dismissed',
          resolution: 'Đã kiểm tra thực tế: phản ánh không có cơ sở.',
        });
      },
    },
  },
  'GET /api/public/disclosures': { cases: { public: (a) => a.get('/api/public/disclosures') } },
  'GET /api/public/disclosures/:id': {
    cases: { public: (a) => a.get(`/api/public/disclosures/${fx.discOpen}`) },
  },
  'POST /api/public/disclosures/:id/objections': {
    cases: {
      public: (a) =>
        fromAddress(a, `10.0.0.${next()}`, 'POST', `/api/public/disclosures/${fx.discOpen}/objections`, {
          nominationId: fx.o1,
          content: 'Đề nghị Hội đồng xem lại số liệu thành tích của người được đề nghị khen thưởng.',
        }),
    },
  },
  'POST /api/decisions': {
    cases: {
      donghai: async (a) => {
        // An approved nomination whose disclosure ended last month with no objection.
        const nomination = await newNomination(fx.tdp07, 'approved');
        const d = await one<{ id: number }>(
          `INSERT INTO disclosures (campaign_id, title, starts_on, ends_on)
           VALUES ($1, 'Công khai tháng 9', '2025-09-20', '2025-09-25') RETURNING id::int AS id`,
          [fx.cDH],
        );
        await env.sql('INSERT INTO disclosure_items (disclosure_id, nomination_id) VALUES ($1, $2)', [
          d.id,
          nomination,
        ]);
        return a.post('/api/decisions', {
          campaignId: fx.cDH,
          kind: 'decision',
          number: 100 + next(),
          signedOn: '2025-09-30',
          signerName: 'Nguyễn Trọng Khiêm',
          nominationIds: [nomination],
        });
      },
    },
  },
  'GET /api/decisions/:id': { cases: { donghai: (a) => a.get(`/api/decisions/${fx.decision}`) } },
  'GET /api/campaigns/:id/decisions': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/decisions`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/decisions`),
    },
  },
  'GET /api/nominations/:id/certificate.pdf': {
    cases: {
      tdp07: (a) => a.get(`/api/nominations/${fx.d07}/certificate.pdf`),
      tdp08: (a) => a.get(`/api/nominations/${fx.d08}/certificate.pdf`),
    },
  },
  'GET /api/examples': { cases: { list: (a) => a.get('/api/examples') } },
  'POST /api/examples': {
    cases: {
      tdp07: (a) => addExample(a, fx.tdp07),
      tdp08: (a) => addExample(a, fx.tdp08),
      haian: (a) => addExample(a, fx.haianTdp01),
    },
  },
  'PUT /api/examples/:id': {
    cases: { tdp07: (a) => moveExample(a, fx.ex07), tdp08: (a) => moveExample(a, fx.ex08) },
  },

  // --- documents
  'GET /api/campaigns/:id/documents': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/documents`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/documents`),
    },
  },
  'GET /api/campaigns/:id/documents/:kind/preview': {
    cases: {
      plan: (a) => a.get(preview(fx.cDH, 'plan', '')),
      'unit_report-tdp07': (a) =>
        a.get(preview(fx.cDH, 'unit_report', `unitId=${fx.tdp07}&periodId=2025-10`)),
      'unit_report-tdp08': (a) =>
        a.get(preview(fx.cDH, 'unit_report', `unitId=${fx.tdp08}&periodId=2025-10`)),
      ward_report: (a) => a.get(preview(fx.cDH, 'ward_report', 'periodId=2025-10')),
      minutes: (a) => a.get(preview(fx.cDH, 'minutes', `sessionId=${fx.sRead.id}`)),
      decision: (a) => a.get(preview(fx.cDH, 'decision', `decisionId=${fx.decision}`)),
      certificates: (a) => a.get(preview(fx.cDH, 'certificates', `decisionId=${fx.decision}`)),
      'plan-haian': (a) => a.get(preview(fx.cHA, 'plan', '')),
    },
  },
  'PUT /api/campaigns/:id/documents/:kind/narrative': {
    cases: {
      ward_report: (a) => saveNarrative(a, 'ward_report', { periodId: '2025-10' }, fx.wardKeys),
      'unit_report-tdp07': (a) =>
        saveNarrative(a, 'unit_report', { unitId: fx.tdp07, periodId: '2025-10' }, fx.unitKeys),
      'unit_report-tdp08': (a) =>
        saveNarrative(a, 'unit_report', { unitId: fx.tdp08, periodId: '2025-10' }, fx.unitKeys),
      plan: (a) =>
        a.put(`/api/campaigns/${fx.cDH}/documents/plan/narrative`, { params: {}, version: 0, sections: {} }),
    },
  },
  'POST /api/campaigns/:id/document-exports': {
    cases: {
      plan: (a) => a.post(`/api/campaigns/${fx.cDH}/document-exports`, { kind: 'plan', format: 'xlsx' }),
      'unit_report-tdp07': (a) => exportUnitReport(a, fx.tdp07),
      'unit_report-tdp08': (a) => exportUnitReport(a, fx.tdp08),
      ward_report: (a) =>
        a.post(`/api/campaigns/${fx.cDH}/document-exports`, {
          kind: 'ward_report',
          format: 'xlsx',
          params: { periodId: '2025-10' },
        }),
      'plan-haian': (a) =>
        a.post(`/api/campaigns/${fx.cHA}/document-exports`, { kind: 'plan', format: 'xlsx' }),
    },
  },
  'GET /api/campaigns/:id/document-exports': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/document-exports`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/document-exports`),
    },
  },
  'GET /api/document-exports/:id': {
    cases: {
      ward_report: (a) => a.get(`/api/document-exports/${fx.expWard}`),
      'unit_report-tdp07': (a) => a.get(`/api/document-exports/${fx.exp07}`),
      'unit_report-tdp08': (a) => a.get(`/api/document-exports/${fx.exp08}`),
    },
  },
  'GET /api/document-exports/:id/file': {
    cases: {
      ward_report: (a) => a.get(`/api/document-exports/${fx.expWard}/file`),
      'unit_report-tdp07': (a) => a.get(`/api/document-exports/${fx.exp07}/file`),
      'unit_report-tdp08': (a) => a.get(`/api/document-exports/${fx.exp08}/file`),
    },
  },
  'GET /api/campaigns/:id/reports/ward.docx': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/reports/ward.docx?periodId=2025-10`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/reports/ward.docx`),
    },
  },

  // --- notifications
  'GET /api/notifications': { cases: { self: (a) => a.get('/api/notifications') } },
  'POST /api/notifications/read-all': { cases: { self: (a) => a.post('/api/notifications/read-all') } },
  'POST /api/notifications/:id/read': {
    cases: {
      self: (a, who) => a.post(`/api/notifications/${fx.notification[who] ?? fx.notification.admin}/read`),
      other: (a) => a.post(`/api/notifications/${fx.notification.council2}/read`),
    },
  },

  // --- city level and public portal: September's aggregated report of Đông Hải, made fresh for each call
  'GET /api/campaigns/:id/city-dashboard': {
    cases: { city: (a) => a.get(`/api/campaigns/${fx.cCity}/city-dashboard?periodId=2025-10`) },
  },
  'GET /api/campaigns/:id/upward': {
    cases: { donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/upward?periodId=2025-09`) },
  },
  'POST /api/campaigns/:id/upward': {
    cases: {
      donghai: async (a) => {
        await env.sql("DELETE FROM upward_submissions WHERE campaign_id = $1 AND period_id = '2025-09'", [
          fx.cDH,
        ]);
        return a.post(`/api/campaigns/${fx.cDH}/upward`, {
          periodId: '2025-09',
          version: 0,
          missingReason: 'Gửi theo số liệu đã duyệt.',
        });
      },
    },
  },
  'POST /api/upward-submissions/:id/:action': {
    cases: {
      withdraw: async (a) =>
        a.post(`/api/upward-submissions/${await freshUpward('submitted')}/withdraw`, { version: 1 }),
      accept: async (a) =>
        a.post(`/api/upward-submissions/${await freshUpward('submitted')}/accept`, { version: 1 }),
      return: async (a) =>
        a.post(`/api/upward-submissions/${await freshUpward('accepted')}/return`, {
          version: 1,
          reason: 'Đề nghị bổ sung số liệu.',
        }),
    },
  },
  'GET /api/public/campaigns': { cases: { list: (a) => a.get('/api/public/campaigns') } },
  'GET /api/public/campaigns/:id': {
    cases: {
      donghai: async (a) => {
        await env.sql(
          `INSERT INTO public_settings (campaign_id, is_public, indicator_ids, version) VALUES ($1, true, '[]', 1)
           ON CONFLICT (campaign_id) DO UPDATE SET is_public = true`,
          [fx.cDH],
        );
        return a.get(`/api/public/campaigns/${fx.cDH}`);
      },
    },
  },
  'GET /api/campaigns/:id/public-settings': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/public-settings`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/public-settings`),
    },
  },
  'PUT /api/campaigns/:id/public-settings': {
    cases: {
      donghai: (a) => savePublicSettings(a, fx.cDH),
      haian: (a) => savePublicSettings(a, fx.cHA),
    },
  },

  // --- exchange (issue 9): the import sends the value the report already holds (a real 200, nothing changes)
  'GET /api/campaigns/:id/data-values': {
    cases: {
      donghai: (a) => a.get(`/api/campaigns/${fx.cDH}/data-values?periodId=2025-11`),
      haian: (a) => a.get(`/api/campaigns/${fx.cHA}/data-values?format=csv`),
    },
  },
  'POST /api/campaigns/:id/data-values': {
    cases: {
      tdp07: async (a) =>
        a.post(`/api/campaigns/${fx.cDH}/data-values`, {
          dataValues: [
            {
              period: '2025-11',
              unit: 'HP.DONGHAI.TDP07',
              indicator: 'CT23',
              value: await reportValue(fx.r07),
            },
          ],
        }),
      tdp08: async (a) =>
        a.post(`/api/campaigns/${fx.cDH}/data-values`, {
          dataValues: [
            {
              period: '2025-11',
              unit: 'HP.DONGHAI.TDP08',
              indicator: 'CT23',
              value: await reportValue(fx.r08),
            },
          ],
        }),
      haian: async (a) => {
        const ind = await one<{ code: string }>('SELECT code FROM indicators WHERE id = $1', [fx.indHA]);
        return a.post(`/api/campaigns/${fx.cHA}/data-values?dryRun=true`, {
          dataValues: [{ period: '2025-10', unit: 'HP.HAIAN.TDP01', indicator: ind.code, value: 1 }],
        });
      },
    },
  },
};

// Request builders used above.

async function toggleUnit(a: Agent, id: number, action: 'deactivate' | 'reactivate'): Promise<Res> {
  const v = await one<{ v: number }>(
    'UPDATE org_units SET is_active = $2 WHERE id = $1 RETURNING version AS v',
    // Active before a deactivation, inactive before a reactivation.
    [id, action === 'deactivate'],
  );
  return a.post(`/api/org-units/${id}/${action}`, { version: Number(v.v), reason: 'Kiểm tra phân quyền' });
}

const importCampaign = (a: Agent, issuingUnitId: number) =>
  a.post('/api/campaigns/import', {
    campaign: { issuingUnitId, title: 'Kế hoạch nhập từ văn bản' },
    indicators: [
      {
        code: 'CT01',
        name: 'Số hộ gia đình văn hóa',
        unitOfMeasure: 'hộ',
        kind: 'count',
        direction: 'at_least',
        targetValue: 100,
      },
    ],
  });

const patchCampaign = async (a: Agent, id: number) =>
  a.patch(`/api/campaigns/${id}`, {
    version: await versionOf('campaigns', id),
    place: 'Đông Hải',
    changeNote: 'Bổ sung địa danh ban hành',
  });

async function campaignStep(a: Agent, id: number, from: string, action: string): Promise<Res> {
  const version = await setState('campaigns', id, from);
  return a.post(`/api/campaigns/${id}/${action}`, { version, reason: 'Kiểm tra phân quyền' });
}

const addIndicator = (a: Agent, campaignId: number) =>
  a.post(`/api/campaigns/${campaignId}/indicators`, {
    code: `N${next()}`,
    name: 'Số buổi sinh hoạt cộng đồng',
    unitOfMeasure: 'buổi',
    kind: 'count',
    direction: 'at_least',
    targetValue: 12,
  });

async function openNewReport(a: Agent, unitId: number): Promise<Res> {
  await env.sql(`DELETE FROM reports WHERE campaign_id = $1 AND unit_id = $2 AND period_id = '2025-12'`, [
    fx.cDH,
    unitId,
  ]);
  return a.post('/api/reports', { campaignId: fx.cDH, unitId, periodId: '2025-12' });
}

async function saveValues(a: Agent, reportId: number): Promise<Res> {
  const version = await setState('reports', reportId, 'returned');
  return a.put(`/api/reports/${reportId}/values`, {
    version,
    values: [{ indicatorId: fx.indDH, value: await reportValue(reportId) }],
  });
}

async function freshUpward(status: 'submitted' | 'accepted'): Promise<number> {
  await env.sql("DELETE FROM upward_submissions WHERE campaign_id = $1 AND period_id = '2025-09'", [fx.cDH]);
  return (
    await one(
      `INSERT INTO upward_submissions (campaign_id, parent_campaign_id, unit_id, period_id, status, version, submitted_at)
       VALUES ($1, $2, $3, '2025-09', $4, 1, now()) RETURNING id::int AS id`,
      [fx.cDH, fx.cCity, fx.donghai, status],
    )
  ).id;
}

async function savePublicSettings(a: Agent, campaignId: number): Promise<Res> {
  const rows = await env.sql<{ version: number }>(
    'SELECT version FROM public_settings WHERE campaign_id = $1',
    [campaignId],
  );
  return a.put(`/api/campaigns/${campaignId}/public-settings`, {
    isPublic: true,
    indicatorIds: [],
    screenTitle: 'Màn hình văn phòng',
    version: rows[0]?.version ?? 0,
  });
}

async function reportStep(a: Agent, reportId: number, from: string, action: string): Promise<Res> {
  const version = await setState('reports', reportId, from);
  return a.post(`/api/reports/${reportId}/${action}`, {
    version,
    comment: 'Đề nghị rà soát số liệu kỳ này.',
  });
}

async function saveSchedule(a: Agent, indicatorId: number, unitId: number): Promise<Res> {
  await env.sql('DELETE FROM progress_schedules WHERE indicator_id = $1 AND unit_id = $2', [
    indicatorId,
    unitId,
  ]);
  return a.put(`/api/indicators/${indicatorId}/schedule`, {
    unitId,
    method: 'manual',
    baseline: 0,
    target: 4,
    points: ['2025-09', '2025-10', '2025-11', '2025-12'].map((periodId, i) => ({ periodId, planned: i + 1 })),
    version: 0,
  });
}

async function saveSettings(a: Agent, campaignId: number): Promise<Res> {
  const cur = must(
    await agents.admin.get(`/api/campaigns/${campaignId}/evaluation-settings`),
    200,
    'settings',
  );
  return a.put(`/api/campaigns/${campaignId}/evaluation-settings`, {
    version: cur.body.version,
    settings: cur.body.settings,
  });
}

const saveManual = (a: Agent, campaignId: number, unitId: number) =>
  a.put(`/api/campaigns/${campaignId}/manual-scores`, {
    unitId,
    criterion: 'chap_hanh',
    score: 8,
    reason: 'Chấp hành tốt chế độ thông tin, báo cáo',
  });

const addPerson = (a: Agent, unitId: number) =>
  a.post('/api/persons', {
    unitId,
    fullName: 'Trần Văn Thử',
    position: 'Tổ viên',
    directWorker: true,
    ratings: { '2025': 'good' },
  });

const propose = async (a: Agent, unitId: number) =>
  a.post('/api/nominations', {
    campaignId: fx.cDH,
    proposerUnitId: unitId,
    subject: 'individual',
    personId: await newPerson(unitId),
    awardTypeId: fx.award.GK_CN,
    achievement: ACHIEVEMENT,
  });

async function editNomination(a: Agent, id: number): Promise<Res> {
  const version = await setState('nominations', id, 'draft');
  return a.put(`/api/nominations/${id}`, {
    version,
    achievement: `${ACHIEVEMENT} Có xác nhận của tổ dân phố.`,
  });
}

async function nominationStep(
  a: Agent,
  id: number,
  from: string,
  action: string,
  body: object,
): Promise<Res> {
  const version = await setState('nominations', id, from);
  return a.post(`/api/nominations/${id}/${action}`, { version, ...body });
}

const addExample = (a: Agent, unitId: number) =>
  a.post('/api/examples', {
    unitId,
    title: 'Mô hình "Ngõ sáng – ngõ xanh"',
    field: 'Môi trường – đô thị',
    description: 'Hộ dân góp kinh phí lắp đèn năng lượng mặt trời và trồng cây xanh trong ngõ.',
  });

const moveExample = async (a: Agent, id: number) =>
  a.put(`/api/examples/${id}`, { version: await versionOf('advanced_examples', id), stage: 'nurtured' });

const preview = (campaignId: number, kind: string, query: string) =>
  `/api/campaigns/${campaignId}/documents/${kind}/preview${query ? `?${query}` : ''}`;

async function saveNarrative(
  a: Agent,
  kind: DocumentKind,
  params: DocumentParams,
  keys: string[],
): Promise<Res> {
  const version = await narrativeVersion(kind, params);
  return a.put(`/api/campaigns/${fx.cDH}/documents/${kind}/narrative`, {
    params,
    version,
    sections: Object.fromEntries(keys.slice(0, 1).map((k) => [k, `Phần viết lại số ${next()}.`])),
  });
}

const exportUnitReport = (a: Agent, unitId: number) =>
  a.post(`/api/campaigns/${fx.cDH}/document-exports`, {
    kind: 'unit_report',
    format: 'xlsx',
    params: { unitId, periodId: '2025-10' },
  });

// ---------------------------------------------------------------------------------------------------------------
// The app's own route table

/** Parses Fastify's route tree (`printRoutes({ commonPrefix: false })`) into "METHOD /url" keys. */
function routesOf(tree: string): { method: string; url: string }[] {
  const out: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    const url = (depth > 0 ? (stack[depth - 1] ?? '') : '') + (m[2] ?? '');
    stack[depth] = url;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) out.push({ method, url });
  }
  return out;
}

function apiRoutes(): string[] {
  const all = routesOf(env.app.printRoutes({ commonPrefix: false }));
  return [
    ...new Set(
      all
        .filter(
          (r) =>
            r.method !== 'HEAD' &&
            r.url.startsWith('/api/') &&
            !r.url.startsWith('/api/docs') &&
            r.url !== '/api/health',
        )
        .map((r) => `${r.method} ${r.url}`),
    ),
  ].sort();
}

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  env = await createTestEnv({ seedReports: true });
  agents.anonymous = env.anon();
  for (const who of ACTORS) if (who !== 'anonymous') agents[who] = await env.as(who);
  const { admin, office, chair } = agents;

  const codes: Record<string, string> = {
    donghai: 'HP.DONGHAI',
    vp: 'HP.DONGHAI.VP',
    tdp03: 'HP.DONGHAI.TDP03',
    tdp07: 'HP.DONGHAI.TDP07',
    tdp08: 'HP.DONGHAI.TDP08',
    tdp09: 'HP.DONGHAI.TDP09',
    haian: 'HP.HAIAN',
    haianVhxh: 'HP.HAIAN.VHXH',
    haianTdp01: 'HP.HAIAN.TDP01',
    haianTdp02: 'HP.HAIAN.TDP02',
  };
  for (const [k, code] of Object.entries(codes)) fx[k] = (await env.unit(code)).id;
  fx.user = Object.fromEntries(
    (await env.sql<{ id: number; username: string }>('SELECT id::int AS id, username FROM users')).map(
      (u) => [u.username, Number(u.id)],
    ),
  );
  fx.members = ['council', 'council2', 'council3', 'chair'].map((u) => fx.user[u]);
  fx.planText = fs.readFileSync(PLAN_FILE, 'utf8');

  // Campaigns: the seeded city and Đông Hải plans; a launched one of Hải An; drafts and workflow targets.
  const hp = (await env.unit('HP')).id;
  fx.cCity = (await one('SELECT id::int AS id FROM campaigns WHERE issuing_unit_id = $1', [hp])).id;
  fx.cDH = (await one('SELECT id::int AS id FROM campaigns WHERE issuing_unit_id = $1', [fx.donghai])).id;
  const dh = must(await office.get(`/api/campaigns/${fx.cDH}`), 200, 'campaign').body;
  fx.indDH = dh.indicators.find((i: any) => i.code === 'CT23').id;
  fx.cHA = await newCampaign(admin, fx.haian, fx.haianTdp01);
  fx.indHA = (await one('SELECT id::int AS id FROM indicators WHERE campaign_id = $1', [fx.cHA])).id;
  must(
    await admin.post(`/api/campaigns/${fx.cHA}/launch`, { version: await versionOf('campaigns', fx.cHA) }),
    200,
    'launch',
  );
  fx.dhDraft = await newCampaign(office, fx.donghai, null);
  fx.indDraftDH = (await one('SELECT id::int AS id FROM indicators WHERE campaign_id = $1', [fx.dhDraft])).id;
  fx.haDraft = await newCampaign(admin, fx.haian, null);
  fx.indDraftHA = (await one('SELECT id::int AS id FROM indicators WHERE campaign_id = $1', [fx.haDraft])).id;
  fx.dhFlow = await newCampaign(office, fx.donghai, null);
  fx.haFlow = await newCampaign(admin, fx.haian, null);
  fx.t7Flow = await newCampaign(office, fx.tdp07, null);

  // Reports: the seeded November reports of Tổ dân phố 7 and 8 with their evidence; one of Hải An.
  const report = async (unitId: number) =>
    (
      await one(
        `SELECT id::int AS id FROM reports WHERE campaign_id = $1 AND unit_id = $2 AND period_id = '2025-11'`,
        [fx.cDH, unitId],
      )
    ).id;
  fx.r07 = await report(fx.tdp07);
  fx.r08 = await report(fx.tdp08);
  const evidence = async (reportId: number) =>
    (
      await env.sql<{ id: number }>(
        'SELECT id::int AS id FROM evidence_files WHERE report_id = $1 ORDER BY id',
        [reportId],
      )
    ).map((r) => r.id);
  [fx.ev07] = await evidence(fx.r07);
  [fx.ev08, fx.ev08b] = await evidence(fx.r08);
  fx.rHA = (
    await one(
      `INSERT INTO reports (campaign_id, unit_id, period_id, status, due_on)
       VALUES ($1, $2, '2025-10', 'draft', '2025-11-05') RETURNING id::int AS id`,
      [fx.cHA, fx.haianTdp01],
    )
  ).id;
  fx.tpl07 = must(
    (await office.download(`/api/reports/${fx.r07}/template.xlsx`)) as any,
    200,
    'template',
  ).body;
  fx.tpl08 = must(
    (await office.download(`/api/reports/${fx.r08}/template.xlsx`)) as any,
    200,
    'template',
  ).body;

  // Org units and users to change.
  fx.ouDH = await newUnit(fx.donghai);
  fx.ouHA = await newUnit(fx.haian);
  const user = async (username: string, unitId: number) =>
    must(
      await admin.post('/api/users', {
        username,
        fullName: 'Người thử quyền',
        unitId,
        password: GOOD_PASSWORD,
      }),
      201,
      'user',
    ).body.id;
  fx.uDH = await user('authz.donghai', fx.tdp09);
  fx.uHA = await user('authz.haian', fx.haianTdp01);

  // Rewards: nominations of Tổ dân phố 7 and 8 with a file each; three council sessions; a decided pair with
  // its past disclosure; an open disclosure; an example of each unit.
  fx.award = Object.fromEntries(
    must(await office.get('/api/award-types'), 200, 'awards').body.items.map((a: any) => [a.code, a.id]),
  );
  fx.n07 = await newNomination(fx.tdp07);
  fx.n08 = await newNomination(fx.tdp08);
  fx.f07 = await uploadNominationFile(fx.n07);
  fx.f08 = await uploadNominationFile(fx.n08);
  fx.sRead = await newSession();
  fx.sRec = await newSession();
  fx.sVote = await newSession();
  fx.d07 = await newNomination(fx.tdp07, 'approved');
  fx.d08 = await newNomination(fx.tdp08, 'approved');
  must(
    await office.post('/api/disclosures', {
      campaignId: fx.cDH,
      title: 'Công khai danh sách tháng 9',
      startsOn: '2025-09-20',
      endsOn: '2025-09-25',
      nominationIds: [fx.d07, fx.d08],
    }),
    201,
    'past disclosure',
  );
  fx.decision = must(
    await chair.post('/api/decisions', {
      campaignId: fx.cDH,
      kind: 'decision',
      number: 1,
      signedOn: '2025-09-30',
      signerName: 'Nguyễn Trọng Khiêm',
      nominationIds: [fx.d07, fx.d08],
    }),
    201,
    'decision',
  ).body.id;
  fx.o1 = await newNomination(fx.tdp07, 'approved');
  fx.discOpen = must(
    await office.post('/api/disclosures', {
      campaignId: fx.cDH,
      title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
      startsOn: '2025-10-01',
      endsOn: '2025-10-10',
      nominationIds: [fx.o1],
    }),
    201,
    'open disclosure',
  ).body.id;
  fx.ex07 = must(await addExample(office, fx.tdp07), 201, 'example').body.id;
  fx.ex08 = must(await addExample(office, fx.tdp08), 201, 'example').body.id;

  // Documents: narrative keys, and three finished exports (the ward's and two units' reports).
  const keys = async (url: string) =>
    must(await office.get(url), 200, 'preview').body.narrative.map((n: any) => n.key) as string[];
  fx.wardKeys = await keys(preview(fx.cDH, 'ward_report', 'periodId=2025-10'));
  fx.unitKeys = await keys(preview(fx.cDH, 'unit_report', `unitId=${fx.tdp07}&periodId=2025-10`));
  fx.expWard = must(
    await office.post(`/api/campaigns/${fx.cDH}/document-exports`, {
      kind: 'ward_report',
      format: 'xlsx',
      params: { periodId: '2025-10' },
    }),
    202,
    'export',
  ).body.id;
  fx.exp07 = must(await exportUnitReport(office, fx.tdp07), 202, 'export').body.id;
  fx.exp08 = must(await exportUnitReport(office, fx.tdp08), 202, 'export').body.id;
  for (let i = 0; i < 600; i++) {
    const open = await env.sql(
      `SELECT 1 FROM document_exports WHERE id = ANY($1::bigint[]) AND status IN ('queued', 'running')`,
      [[fx.expWard, fx.exp07, fx.exp08]],
    );
    if (!open.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  // A notification for everyone (and one of a user who is not an actor).
  fx.notification = {};
  for (const who of [...ACTORS.filter((x) => x !== 'anonymous'), 'council2'])
    fx.notification[who] = (
      await one(
        `INSERT INTO notifications (user_id, kind, title) VALUES ($1, 'test', 'Thông báo thử') RETURNING id::int AS id`,
        [fx.user[who]],
      )
    ).id;
}, 240_000);
afterAll(() => env?.close());

// ---------------------------------------------------------------------------------------------------------------

type Outcome = 'allowed' | 'not_found' | 'denied' | 'unauth' | 'error';
type Wanted = 'allowed' | 'hidden' | 'denied' | 'unauth';

function classify(r: Res): Outcome {
  if (r.status >= 500) return 'error';
  if (r.status === 401) return 'unauth';
  // A CSRF refusal is the test's own fault, never an answer about permissions.
  if (r.status === 403) return r.body?.error?.code === 'CSRF_FAILED' ? 'error' : 'denied';
  if (r.status === 404) return 'not_found';
  if (r.status >= 200 && r.status < 500) return 'allowed';
  return 'error';
}

function wanted(e: Expectation, who: Actor): Wanted {
  if (e.allow.includes(who)) return 'allowed';
  if (e.hidden?.includes(who)) return 'hidden';
  return who === 'anonymous' ? 'unauth' : 'denied';
}

/** An allowed actor must get a 2xx, unless the case explains why only a business refusal is possible. */
const fits = (w: Wanted, o: Outcome, status: number, e: Expectation) =>
  w === 'allowed'
    ? e.no2xx
      ? o === 'allowed' || o === 'not_found'
      : status >= 200 && status < 300
    : w === 'hidden'
      ? o === 'not_found'
      : w === o;

describe('authorisation matrix', () => {
  it('covers every /api route of the running app, and nothing else', () => {
    const app = apiRoutes();
    // The parser read the tree right: Fastify knows every route it found…
    for (const r of app) {
      const [method, url] = r.split(' ') as [string, string];
      expect(env.app.hasRoute({ method: method as 'GET', url }), r).toBe(true);
    }
    // …and missed none: every route the OpenAPI document describes (a second list, collected by the swagger
    // plugin as routes were added) is in it, including those registered in a loop or in a plugin scope.
    const documented = Object.entries((env.app.swagger() as { paths: Record<string, object> }).paths).flatMap(
      ([url, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${url.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(100);
    expect(
      documented.filter((r) => r.includes(' /api/') && !r.endsWith(' /api/health') && !app.includes(r)),
    ).toEqual([]);
    expect(app).toEqual(
      expect.arrayContaining([
        'POST /api/campaigns/:id/reopen',
        'POST /api/reports/:id/evidence',
        'POST /api/nominations/:id/:action',
        'POST /api/plan-imports',
      ]),
    );
    const inMatrix = Object.keys(EXPECTED);
    const missing = app.filter((r) => !inMatrix.includes(r));
    const stale = inMatrix.filter((r) => !app.includes(r));
    expect(
      { missing, stale },
      'routes missing from the matrix / matrix entries of routes that are gone',
    ).toEqual({
      missing: [],
      stale: [],
    });
    // Each route in the matrix has a way to call it, case by case.
    const uncallable = inMatrix.flatMap((r) => {
      const want = Object.keys(EXPECTED[r] ?? {}).sort();
      const have = Object.keys(SPECS[r]?.cases ?? {}).sort();
      return JSON.stringify(want) === JSON.stringify(have) ? [] : [`${r}: matrix ${want} / calls ${have}`];
    });
    const extra = Object.keys(SPECS).filter((r) => !inMatrix.includes(r));
    expect({ uncallable, extra }).toEqual({ uncallable: [], extra: [] });
    console.log(`authz: ${app.length} /api routes in the app, ${inMatrix.length} in the matrix`);
  });

  it('answers every route × actor as the matrix says', async () => {
    const problems: string[] = [];
    const tally = { calls: 0, allowed: 0, denied: 0, unauth: 0, hidden: 0, ok2xx: 0, cases: 0 };
    const routes = Object.keys(EXPECTED)
      .filter((r) => SPECS[r])
      .sort((a, b) => (SPECS[a]?.order ?? 0) - (SPECS[b]?.order ?? 0));
    const started = Date.now();
    for (const route of routes) {
      for (const [name, e] of Object.entries(EXPECTED[route] ?? {})) {
        const call = SPECS[route]?.cases[name];
        if (!call) continue;
        tally.cases++;
        for (const who of ACTORS) {
          tally.calls++;
          let r: Res;
          try {
            r = await call(agents[who], who);
          } catch (err) {
            problems.push(`${route} [${name}] ${who}: the call failed: ${(err as Error).message}`);
            continue;
          }
          const o = classify(r);
          const w = wanted(e, who);
          tally[w === 'allowed' ? 'allowed' : w]++;
          const code = r.body?.error?.code;
          if (w === 'allowed' && r.status >= 200 && r.status < 300) tally.ok2xx++;
          if (!fits(w, o, r.status, e))
            problems.push(
              `${route} [${name}] ${who}: got ${r.status}${code ? ` ${code}` : ''} (${o}), expected ${w === 'allowed' && !e.no2xx ? 'allowed (2xx)' : w}`,
            );
        }
      }
    }
    console.log(
      `authz: ${routes.length} routes, ${tally.cases} cases × ${ACTORS.length} actors = ${tally.calls} calls ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s; expected allowed ${tally.allowed} ` +
        `(${tally.ok2xx} answered 2xx), denied ${tally.denied}, unauthenticated ${tally.unauth}, ` +
        `hidden ${tally.hidden}; mismatches ${problems.length}`,
    );
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  }, 300_000);
});

/**
 * The authorisation matrix: for every API route (method + URL pattern, as Fastify registered it) and every case
 * the test calls it with (a target inside or outside an actor's subtree, a document kind, a nomination action…),
 * which actors are allowed. Everyone else is expected to be refused: 401 when anonymous, 403 when signed in —
 * or, where listed under `hidden`, 404 (the resource is not theirs and is not even shown to exist).
 *
 * Who the actors are (the demo accounts): admin over the city (HP, both wards); the standing office, the chairman,
 * a council member and a viewer over Phường Đông Hải (HP.DONGHAI); the head and the reporter of Tổ dân phố 7
 * (HP.DONGHAI.TDP07). Nobody but the admin holds a role in Phường Hải An (HP.HAIAN), which is there to be refused.
 *
 * Targets: "tdp07" is data of Tổ dân phố 7 (the unit head's and reporter's own unit), "tdp08" that of Tổ dân
 * phố 8 (same ward, not theirs), "haian" that of Phường Hải An (outside everyone's subtree but the admin's);
 * "donghai" is a campaign (or its data) issued by Phường Đông Hải, "city" the city's campaign above it.
 *
 * The expectations are the domain's rules (server/src/*\/*.policy.ts and the ADRs), written out per route so that
 * a change in who may do what shows up here, in review, and not only in the code.
 */

export const ACTORS = [
  'anonymous',
  'admin',
  'office',
  'chair',
  'council',
  'viewer',
  'unithead',
  'reporter',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface Expectation {
  /** Allowed: each of these must get a 2xx (the test prepares the target's state and sends a valid body). */
  allow: readonly Actor[];
  /** Refused with 404 instead of 403 (someone else's row is not even shown to exist). */
  hidden?: readonly Actor[];
  /**
   * Why an allowed call cannot end in 2xx here; with it, a business refusal after the permission check
   * (400/404/409/422…, never 401/403) counts as allowed. No route needs it today.
   */
  no2xx?: string;
}

const SIGNED_IN: readonly Actor[] = ['admin', 'office', 'chair', 'council', 'viewer', 'unithead', 'reporter'];
const PUBLIC: readonly Actor[] = ['anonymous', ...SIGNED_IN];
/** Everyone over the Đông Hải campaign's issuer who reads every unit's data (CAMPAIGN_READERS). */
const READERS: readonly Actor[] = ['admin', 'office', 'chair', 'council', 'viewer'];
/** The standing office of Đông Hải, and the admin above it (REVIEWERS). */
const OFFICE: readonly Actor[] = ['admin', 'office'];
/** The people of Tổ dân phố 7 (UNIT_REPORTERS there). */
const UNIT07: readonly Actor[] = ['unithead', 'reporter'];
const ADMIN: readonly Actor[] = ['admin'];
/** Nobody among the demo actors (e.g. writing Tổ dân phố 8's report: only its own people may). */
const NOBODY: readonly Actor[] = [];

const allow = (...groups: (readonly Actor[])[]): Expectation => ({ allow: [...new Set(groups.flat())] });

export const EXPECTED: Record<string, Record<string, Expectation>> = {
  // --- auth: public sign-in, "self" routes for everyone signed in --------------------------------------------
  'POST /api/auth/login': { self: allow(PUBLIC) },
  'GET /api/auth/me': { self: allow(SIGNED_IN) },
  'POST /api/auth/logout': { self: allow(SIGNED_IN) },
  'POST /api/auth/logout-all': { self: allow(SIGNED_IN) },
  'POST /api/auth/password': { self: allow(SIGNED_IN) },
  'GET /api/openapi.json': { public: allow(PUBLIC) },

  // --- org units: everyone reads their subtree (and the ancestors of their roots); admin/office change it -----
  'GET /api/org-units': { list: allow(SIGNED_IN) },
  'GET /api/org-units/:id': { ward: allow(SIGNED_IN), tdp08: allow(READERS), haian: allow(ADMIN) },
  'POST /api/org-units': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'PATCH /api/org-units/:id': { tdp07: allow(OFFICE), haian: allow(ADMIN) },
  'POST /api/org-units/:id/move': {
    donghai: allow(OFFICE),
    // Out of Đông Hải into Hải An: rights over both parents are needed.
    'into-haian': allow(ADMIN),
    haian: allow(ADMIN),
  },
  'POST /api/org-units/:id/deactivate': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'POST /api/org-units/:id/reactivate': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'DELETE /api/org-units/:id': { donghai: allow(OFFICE), haian: allow(ADMIN) },

  // --- users: admin and office read their subtree's people; only admins manage them ---------------------------
  'GET /api/users': { list: allow(SIGNED_IN) },
  'GET /api/users/:id': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'POST /api/users': { donghai: allow(ADMIN) },
  'PATCH /api/users/:id': { donghai: allow(ADMIN) },
  'POST /api/users/:id/roles': { donghai: allow(ADMIN) },
  'DELETE /api/users/:id/roles/:assignmentId': { donghai: allow(ADMIN) },
  'POST /api/users/:id/password': { donghai: allow(ADMIN) },

  // --- audit trail -----------------------------------------------------------------------------------------
  'GET /api/audit': { list: allow(OFFICE) },
  'GET /api/audit/verify': { self: allow(OFFICE) },

  // --- campaigns and indicators: readers over (or under) the issuer; admin, office and the issuer's head write
  'GET /api/campaigns': { list: allow(SIGNED_IN) },
  'POST /api/campaigns': { donghai: allow(OFFICE), tdp07: allow(OFFICE, ['unithead']), haian: allow(ADMIN) },
  'POST /api/campaigns/import': {
    donghai: allow(OFFICE),
    tdp07: allow(OFFICE, ['unithead']),
    haian: allow(ADMIN),
  },
  'GET /api/campaigns/:id': { donghai: allow(SIGNED_IN), city: allow(SIGNED_IN), haian: allow(ADMIN) },
  'PATCH /api/campaigns/:id': {
    donghai: allow(OFFICE),
    tdp07: allow(OFFICE, ['unithead']),
    haian: allow(ADMIN),
  },
  'POST /api/campaigns/:id/launch': {
    donghai: allow(OFFICE),
    tdp07: allow(OFFICE, ['unithead']),
    haian: allow(ADMIN),
  },
  'POST /api/campaigns/:id/close': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  // Reopening a closed campaign is the admin's alone (CAMPAIGN_TRANSITIONS).
  'POST /api/campaigns/:id/reopen': { donghai: allow(ADMIN), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/versions': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'POST /api/campaigns/:id/indicators': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'PATCH /api/indicators/:id': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'DELETE /api/indicators/:id': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'POST /api/campaigns/:id/assignments': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  // Reads a plan text and saves nothing: any signed-in user.
  'POST /api/plan-imports': { text: allow(SIGNED_IN) },

  // --- reports: the unit's people write their own; the office reviews; readers over the issuer read all -------
  'GET /api/campaigns/:id/periods': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'GET /api/reports/mine': { list: allow(SIGNED_IN) },
  'GET /api/reports': { list: allow(SIGNED_IN) },
  'POST /api/reports': {
    // Opening a unit's new report is for its own people only (the office reviews, it does not write).
    'tdp07-new': allow(UNIT07),
    'tdp08-new': allow(NOBODY),
    // An existing report is returned to whoever reads it.
    'tdp08-existing': allow(READERS),
  },
  'GET /api/reports/:id': { tdp07: allow(READERS, UNIT07), tdp08: allow(READERS), haian: allow(ADMIN) },
  'PUT /api/reports/:id/values': { tdp07: allow(UNIT07), tdp08: allow(NOBODY) },
  'POST /api/reports/:id/submit': { tdp07: allow(UNIT07), tdp08: allow(NOBODY) },
  // Review: never by the unit itself.
  'POST /api/reports/:id/return': { tdp07: allow(OFFICE), tdp08: allow(OFFICE) },
  'POST /api/reports/:id/accept': { tdp07: allow(OFFICE), tdp08: allow(OFFICE) },
  'POST /api/reports/:id/reopen': { tdp07: allow(OFFICE), tdp08: allow(OFFICE) },
  'GET /api/evidence/:id': { tdp07: allow(READERS, UNIT07), tdp08: allow(READERS) },
  'DELETE /api/evidence/:id': { tdp07: allow(UNIT07), tdp08: allow(NOBODY) },
  'GET /api/reports/:id/template.xlsx': { tdp07: allow(READERS, UNIT07), tdp08: allow(READERS) },
  'POST /api/reports/:id/evidence': { tdp07: allow(UNIT07), tdp08: allow(NOBODY) },
  'POST /api/reports/:id/import': {
    // A preview saves nothing: whoever reads the report may check a filled template against it.
    'preview-tdp07': allow(READERS, UNIT07),
    'all-tdp07': allow(UNIT07),
    'all-tdp08': allow(NOBODY),
  },

  // --- schedules (đường găng): read with the campaign, written by its editors --------------------------------
  // A unit's people read their own units' schedules and progress cells only (unit-scope.test.ts checks the cells);
  // another unit's figures are the campaign readers'.
  'GET /api/indicators/:id/schedule': {
    donghai: allow(SIGNED_IN),
    // One unit's figures: the campaign's readers or that unit's own people (TDP07's are not TDP08's).
    'donghai-tdp08': allow(READERS),
    haian: allow(ADMIN),
  },
  'POST /api/indicators/:id/schedule/generate': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'PUT /api/indicators/:id/schedule': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  // Everyone who reads the campaign; a unit's people get their own units' cells only (checked below).
  'GET /api/campaigns/:id/progress': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },

  // --- evaluation: dashboards for the campaign's readers; scoring rules for the office; a unit's own scorecard
  'GET /api/campaigns/:id/dashboard': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/heatmap': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/ranking': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/scorecard': {
    tdp07: allow(READERS, UNIT07),
    tdp08: allow(READERS),
    haian: allow(ADMIN),
  },
  'GET /api/indicators/:id/sources': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/dashboard/export': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/evaluation-settings': { donghai: allow(READERS), haian: allow(ADMIN) },
  'PUT /api/campaigns/:id/evaluation-settings': { donghai: allow(OFFICE), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/manual-scores': { donghai: allow(READERS), haian: allow(ADMIN) },
  'PUT /api/campaigns/:id/manual-scores': { donghai: allow(OFFICE), haian: allow(ADMIN) },

  // --- rewards: a unit proposes (itself or below), the office checks, the council votes, the chairman decides -
  'GET /api/award-types': { list: allow(SIGNED_IN) },
  'GET /api/org-units/:id/persons': { tdp07: allow(SIGNED_IN), tdp08: allow(READERS), haian: allow(ADMIN) },
  'POST /api/persons': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE), haian: allow(ADMIN) },
  // Readers see all of a campaign's nominations, people under the issuer their own unit's (possibly none).
  'GET /api/campaigns/:id/nominations': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'POST /api/nominations': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE) },
  'GET /api/nominations/:id': { tdp07: allow(READERS, UNIT07), tdp08: allow(READERS) },
  'PUT /api/nominations/:id': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE) },
  'POST /api/nominations/:id/:action': {
    'submit-tdp07': allow(OFFICE, UNIT07),
    'submit-tdp08': allow(OFFICE),
    'withdraw-tdp07': allow(OFFICE, UNIT07),
    // The dossier check is the office's: a unit cannot return, accept or reject its own nomination.
    'return-tdp07': allow(OFFICE),
    'accept_dossier-tdp07': allow(OFFICE),
    'reject-tdp07': allow(OFFICE),
  },
  'POST /api/nominations/:id/files': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE) },
  'GET /api/nomination-files/:id': { tdp07: allow(READERS, UNIT07), tdp08: allow(READERS) },
  'DELETE /api/nomination-files/:id': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE) },
  'POST /api/council-sessions': { donghai: allow(OFFICE) },
  'GET /api/council-sessions/:id': { donghai: allow(READERS) },
  'PUT /api/council-sessions/:id/attendance': { donghai: allow(OFFICE) },
  // Only the session's own members (here the chairman and the council members) stand aside or vote.
  'POST /api/council-sessions/:id/recusals': { donghai: allow(['chair', 'council']) },
  'POST /api/council-sessions/:id/ballot': { donghai: allow(['chair', 'council']) },
  'POST /api/council-sessions/:id/close': { donghai: allow(OFFICE) },
  'GET /api/council-sessions/:id/minutes.txt': { donghai: allow(READERS) },
  'GET /api/council-sessions/:id/minutes.docx': { donghai: allow(READERS) },
  'GET /api/campaigns/:id/council-sessions': { donghai: allow(READERS), haian: allow(ADMIN) },
  'POST /api/disclosures': { donghai: allow(OFFICE) },
  'GET /api/disclosures/:id': { donghai: allow(READERS) },
  'GET /api/campaigns/:id/disclosures': { donghai: allow(READERS), haian: allow(ADMIN) },
  'POST /api/objections/:id/resolve': { donghai: allow(OFFICE) },
  'GET /api/public/disclosures': { public: allow(PUBLIC) },
  'GET /api/public/disclosures/:id': { public: allow(PUBLIC) },
  'POST /api/public/disclosures/:id/objections': { public: allow(PUBLIC) },
  // The Chairman decides (admins stand in); the office does not.
  'POST /api/decisions': { donghai: allow(['admin', 'chair']) },
  'GET /api/decisions/:id': { donghai: allow(READERS) },
  'GET /api/campaigns/:id/decisions': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/nominations/:id/certificate.pdf': { tdp07: allow(READERS, UNIT07), tdp08: allow(READERS) },
  'GET /api/campaigns/:id/reward-stats': { donghai: allow(READERS), haian: allow(ADMIN) },
  'GET /api/examples': { list: allow(SIGNED_IN) },
  'POST /api/examples': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE), haian: allow(ADMIN) },
  'PUT /api/examples/:id': { tdp07: allow(OFFICE, UNIT07), tdp08: allow(OFFICE) },

  // --- official documents --------------------------------------------------------------------------------------
  'GET /api/campaigns/:id/documents': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'GET /api/campaigns/:id/documents/:kind/preview': {
    plan: allow(SIGNED_IN),
    'unit_report-tdp07': allow(READERS, UNIT07),
    'unit_report-tdp08': allow(READERS),
    ward_report: allow(READERS),
    minutes: allow(READERS),
    decision: allow(READERS),
    certificates: allow(READERS),
    'plan-haian': allow(ADMIN),
  },
  'PUT /api/campaigns/:id/documents/:kind/narrative': {
    ward_report: allow(OFFICE),
    'unit_report-tdp07': allow(OFFICE, UNIT07),
    'unit_report-tdp08': allow(OFFICE),
    // The plan's text is edited in the campaign itself, never as a document narrative.
    plan: allow(NOBODY),
  },
  'POST /api/campaigns/:id/document-exports': {
    plan: allow(SIGNED_IN),
    'unit_report-tdp07': allow(READERS, UNIT07),
    'unit_report-tdp08': allow(READERS),
    ward_report: allow(READERS),
    'plan-haian': allow(ADMIN),
  },
  // Whoever reads the campaign; non-readers get only the exports of their own units' reports.
  'GET /api/campaigns/:id/document-exports': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'GET /api/document-exports/:id': {
    ward_report: allow(READERS),
    'unit_report-tdp07': allow(READERS, UNIT07),
    'unit_report-tdp08': allow(READERS),
  },
  'GET /api/document-exports/:id/file': {
    ward_report: allow(READERS),
    'unit_report-tdp07': allow(READERS, UNIT07),
    'unit_report-tdp08': allow(READERS),
  },
  'GET /api/campaigns/:id/reports/ward.docx': { donghai: allow(READERS), haian: allow(ADMIN) },

  // --- notifications: one's own only ----------------------------------------------------------------------------
  'GET /api/notifications': { self: allow(SIGNED_IN) },
  'POST /api/notifications/read-all': { self: allow(SIGNED_IN) },
  'POST /api/notifications/:id/read': {
    self: allow(SIGNED_IN),
    // Someone else's notification is simply not found.
    other: { allow: [], hidden: SIGNED_IN },
  },

  // --- city level and public portal (issue 9) --------------------------------------------------------------------
  // The city dashboard: readers of the city campaign (only the admin among the demo actors is over the city).
  'GET /api/campaigns/:id/city-dashboard': { city: allow(ADMIN) },
  // The ward's aggregated report: the ward campaign's readers (and the city's); sent and withdrawn by the ward's
  // own office (and the admin); accepted and returned by the city's office (the admin here), never by the ward.
  'GET /api/campaigns/:id/upward': { donghai: allow(READERS) },
  'POST /api/campaigns/:id/upward': { donghai: allow(OFFICE) },
  'POST /api/upward-submissions/:id/:action': {
    withdraw: allow(OFFICE),
    accept: allow(ADMIN),
    return: allow(ADMIN),
  },
  // The portal: anyone, signed in or not; its settings: read by the campaign's readers, saved by the office.
  'GET /api/public/campaigns': { list: allow(PUBLIC) },
  'GET /api/public/campaigns/:id': { donghai: allow(PUBLIC) },
  'GET /api/campaigns/:id/public-settings': { donghai: allow(READERS), haian: allow(ADMIN) },
  'PUT /api/campaigns/:id/public-settings': { donghai: allow(OFFICE), haian: allow(ADMIN) },

  // --- exchange (issue 9) -----------------------------------------------------------------------------------------
  // Export: whoever reads the campaign (unit people get their own units' values only); import: a unit's own people.
  'GET /api/campaigns/:id/data-values': { donghai: allow(SIGNED_IN), haian: allow(ADMIN) },
  'POST /api/campaigns/:id/data-values': { tdp07: allow(UNIT07), tdp08: allow(NOBODY), haian: allow(NOBODY) },
};

/**
 * Drizzle table definitions mirroring migrations/*.sql (the SQL files are the source of truth for DDL;
 * this file gives typed queries). Keep both in step.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const orgUnits = pgTable('org_units', {
  id: id(),
  parentId: bigint('parent_id', { mode: 'number' }),
  path: text('path').notNull(),
  depth: integer('depth').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const users = pgTable('users', {
  id: id(),
  username: text('username').notNull(),
  fullName: text('full_name').notNull(),
  email: text('email'),
  unitId: bigint('unit_id', { mode: 'number' }),
  passwordHash: text('password_hash').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  passwordChangedAt: ts('password_changed_at'),
  lastLoginAt: ts('last_login_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const roleAssignments = pgTable('role_assignments', {
  id: id(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  role: text('role').notNull(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  lastSeenAt: ts('last_seen_at').notNull().default(sql`now()`),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: ts('at').notNull(),
  actorId: bigint('actor_id', { mode: 'number' }),
  actorName: text('actor_name'),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  unitId: bigint('unit_id', { mode: 'number' }),
  action: text('action').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  ip: text('ip'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

export const campaigns = pgTable('campaigns', {
  id: id(),
  issuingUnitId: bigint('issuing_unit_id', { mode: 'number' }).notNull(),
  parentCampaignId: bigint('parent_campaign_id', { mode: 'number' }),
  documentNumber: integer('document_number'),
  documentSymbol: text('document_symbol').notNull(),
  place: text('place').notNull(),
  issuedOn: text('issued_on'),
  title: text('title').notNull(),
  legalBases: jsonb('legal_bases').$type<string[]>().notNull(),
  purpose: text('purpose').notNull(),
  requirements: text('requirements').notNull(),
  content: text('content').notNull(),
  generalGoal: text('general_goal').notNull(),
  tasks: jsonb('tasks')
    .$type<{ code: string; text: string; citations: { kind: string; ref: string; title: string }[] }[]>()
    .notNull(),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  reportDeadline: date('report_deadline', { mode: 'string' }),
  reportPeriodKind: text('report_period_kind').notNull().default('month'),
  reportCutoffDay: integer('report_cutoff_day'),
  reportDueDays: integer('report_due_days').notNull().default(5),
  remindBeforeDays: integer('remind_before_days').notNull().default(2),
  remindAfterDays: integer('remind_after_days').notNull().default(2),
  dossierCheckDays: integer('dossier_check_days').notNull().default(10),
  evaluation: jsonb('evaluation').$type<unknown>(),
  evaluationVersion: integer('evaluation_version').notNull().default(0),
  rewardsText: text('rewards_text').notNull(),
  organisationText: text('organisation_text').notNull(),
  recipients: jsonb('recipients').$type<string[]>().notNull(),
  signer: jsonb('signer').$type<{ authority: string; title: string; name: string } | null>(),
  status: text('status').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  launchedAt: ts('launched_at'),
  closedAt: ts('closed_at'),
});

export const campaignVersions = pgTable('campaign_versions', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  version: integer('version').notNull(),
  at: ts('at').notNull().default(sql`now()`),
  actorId: bigint('actor_id', { mode: 'number' }),
  actorName: text('actor_name'),
  note: text('note'),
  changes: jsonb('changes').$type<{ field: string; before: unknown; after: unknown }[]>().notNull(),
});

export const indicators = pgTable('indicators', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  unitOfMeasure: text('unit_of_measure').notNull(),
  kind: text('kind').notNull(),
  direction: text('direction').notNull(),
  targetValue: doublePrecision('target_value'),
  targetLow: doublePrecision('target_low'),
  targetHigh: doublePrecision('target_high'),
  tolerance: doublePrecision('tolerance'),
  baselineValue: doublePrecision('baseline_value'),
  numeratorLabel: text('numerator_label'),
  denominatorLabel: text('denominator_label'),
  factor: doublePrecision('factor'),
  allowOver100: boolean('allow_over_100').notNull().default(false),
  minValue: doublePrecision('min_value'),
  maxValue: doublePrecision('max_value'),
  groupName: text('group_name'),
  scoreFull: doublePrecision('score_full'),
  scoreRedFlag: doublePrecision('score_red_flag'),
  parentIndicatorId: bigint('parent_indicator_id', { mode: 'number' }),
  childrenRule: text('children_rule').notNull().default('none'),
  linkedIndicatorId: bigint('linked_indicator_id', { mode: 'number' }),
  rollupRule: text('rollup_rule').notNull().default('none'),
  frequency: text('frequency').notNull().default('quarter'),
  evidenceRequired: boolean('evidence_required').notNull().default(false),
  responsibleUnitId: bigint('responsible_unit_id', { mode: 'number' }),
  coordinatingUnitIds: jsonb('coordinating_unit_ids').$type<number[]>().notNull(),
  weight: doublePrecision('weight').notNull().default(1),
  sortOrder: integer('sort_order').notNull().default(0),
  sourceText: text('source_text'),
  note: text('note'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const indicatorAssignments = pgTable('indicator_assignments', {
  indicatorId: bigint('indicator_id', { mode: 'number' }).notNull(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const progressSchedules = pgTable('progress_schedules', {
  id: id(),
  indicatorId: bigint('indicator_id', { mode: 'number' }).notNull(),
  unitId: bigint('unit_id', { mode: 'number' }),
  method: text('method').notNull(),
  baseline: doublePrecision('baseline'),
  target: doublePrecision('target'),
  points: jsonb('points')
    .$type<
      { periodId: string; planned: number | null; plannedLow: number | null; plannedHigh: number | null }[]
    >()
    .notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: bigint('updated_by', { mode: 'number' }),
});

export const reports = pgTable('reports', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  periodId: text('period_id').notNull(),
  status: text('status').notNull().default('draft'),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  version: integer('version').notNull().default(1),
  submittedAt: ts('submitted_at'),
  submittedBy: bigint('submitted_by', { mode: 'number' }),
  reviewedAt: ts('reviewed_at'),
  reviewedBy: bigint('reviewed_by', { mode: 'number' }),
  reviewComment: text('review_comment'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const reportValues = pgTable('report_values', {
  reportId: bigint('report_id', { mode: 'number' }).notNull(),
  indicatorId: bigint('indicator_id', { mode: 'number' }).notNull(),
  value: doublePrecision('value'),
  numerator: doublePrecision('numerator'),
  denominator: doublePrecision('denominator'),
  isEstimate: boolean('is_estimate').notNull().default(false),
  comment: text('comment').notNull().default(''),
  outlier: text('outlier'),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: bigint('updated_by', { mode: 'number' }),
});

export const evidenceFiles = pgTable('evidence_files', {
  id: id(),
  reportId: bigint('report_id', { mode: 'number' }).notNull(),
  indicatorId: bigint('indicator_id', { mode: 'number' }),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storage: text('storage').notNull(),
  content: bytea('content'),
  uploadedBy: bigint('uploaded_by', { mode: 'number' }),
  uploadedAt: ts('uploaded_at').notNull().default(sql`now()`),
  deletedAt: ts('deleted_at'),
});

export const notifications = pgTable('notifications', {
  id: id(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  link: text('link'),
  dedupeKey: text('dedupe_key'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  readAt: ts('read_at'),
});

export const emailOutbox = pgTable('email_outbox', {
  id: id(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  dedupeKey: text('dedupe_key'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  attempts: integer('attempts').notNull().default(0),
  nextTryAt: ts('next_try_at').notNull().default(sql`now()`),
  sentAt: ts('sent_at'),
  lastError: text('last_error'),
});

export const evaluationManualScores = pgTable('evaluation_manual_scores', {
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  criterion: text('criterion').notNull(),
  score: doublePrecision('score').notNull(),
  reason: text('reason').notNull(),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: bigint('updated_by', { mode: 'number' }),
});

export const indicatorTotals = pgTable('indicator_totals', {
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  indicatorId: bigint('indicator_id', { mode: 'number' }).notNull(),
  periodId: text('period_id').notNull(),
  valueSum: doublePrecision('value_sum'),
  numeratorSum: doublePrecision('numerator_sum'),
  denominatorSum: doublePrecision('denominator_sum'),
  valueSingle: doublePrecision('value_single'),
  unitsReported: integer('units_reported').notNull(),
  ratioParts: integer('ratio_parts').notNull(),
  hasEstimate: boolean('has_estimate').notNull(),
  refreshedAt: ts('refreshed_at').notNull().default(sql`now()`),
});

// Rewards (migration 0005).
export const awardTypes = pgTable('award_types', {
  id: id(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  subject: text('subject').notNull(),
  kind: text('kind').notNull(),
  authority: text('authority').notNull(),
  authorityLabel: text('authority_label').notNull(),
  legalBasis: text('legal_basis').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  cashMultiplier: doublePrecision('cash_multiplier'),
  criteria: jsonb('criteria').$type<unknown[]>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const persons = pgTable('persons', {
  id: id(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  fullName: text('full_name').notNull(),
  position: text('position').notNull().default(''),
  directWorker: boolean('direct_worker').notNull().default(false),
  underDiscipline: boolean('under_discipline').notNull().default(false),
  ratings: jsonb('ratings').$type<Record<string, string>>().notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const nominations = pgTable('nominations', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  proposerUnitId: bigint('proposer_unit_id', { mode: 'number' }).notNull(),
  awardTypeId: bigint('award_type_id', { mode: 'number' }).notNull(),
  subject: text('subject').notNull(),
  nomineeUnitId: bigint('nominee_unit_id', { mode: 'number' }),
  personId: bigint('person_id', { mode: 'number' }),
  achievement: text('achievement').notNull(),
  indicatorIds: jsonb('indicator_ids').$type<number[]>().notNull(),
  exampleId: bigint('example_id', { mode: 'number' }),
  directWorker: boolean('direct_worker').notNull().default(false),
  smallCollective: boolean('small_collective').notNull().default(false),
  rating: text('rating'),
  members: integer('members'),
  titledMembers: integer('titled_members'),
  checklist: jsonb('checklist').$type<Record<string, boolean>>().notNull(),
  status: text('status').notNull().default('draft'),
  statusReason: text('status_reason'),
  checkDueOn: date('check_due_on', { mode: 'string' }),
  councilResult: jsonb('council_result').$type<unknown>(),
  decisionId: bigint('decision_id', { mode: 'number' }),
  version: integer('version').notNull().default(1),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  submittedAt: ts('submitted_at'),
});

export const councilSessions = pgTable('council_sessions', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  meetsOn: date('meets_on', { mode: 'string' }).notNull(),
  quorum: doublePrecision('quorum').notNull(),
  threshold: doublePrecision('threshold').notNull(),
  base: text('base').notNull(),
  ballot: text('ballot').notNull(),
  status: text('status').notNull().default('open'),
  closedAt: ts('closed_at'),
  version: integer('version').notNull().default(1),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const councilMembers = pgTable('council_members', {
  sessionId: bigint('session_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  attendance: text('attendance').notNull().default('present'),
});

export const councilItems = pgTable('council_items', {
  sessionId: bigint('session_id', { mode: 'number' }).notNull(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
  result: jsonb('result').$type<unknown>(),
});

export const councilRecusals = pgTable('council_recusals', {
  sessionId: bigint('session_id', { mode: 'number' }).notNull(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  reason: text('reason').notNull(),
});

export const councilVotes = pgTable('council_votes', {
  sessionId: bigint('session_id', { mode: 'number' }).notNull(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  choice: text('choice').notNull(),
});

export const councilBallots = pgTable('council_ballots', {
  sessionId: bigint('session_id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
});

export const councilSecretVotes = pgTable('council_secret_votes', {
  token: text('token').primaryKey(),
  sessionId: bigint('session_id', { mode: 'number' }).notNull(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
  choice: text('choice').notNull(),
});

export const disclosures = pgTable('disclosures', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const disclosureItems = pgTable('disclosure_items', {
  disclosureId: bigint('disclosure_id', { mode: 'number' }).notNull(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
});

export const objections = pgTable('objections', {
  id: id(),
  disclosureId: bigint('disclosure_id', { mode: 'number' }).notNull(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
  content: text('content').notNull(),
  contact: text('contact'),
  sourceHash: text('source_hash').notNull(),
  status: text('status').notNull().default('open'),
  resolution: text('resolution'),
  resolvedBy: bigint('resolved_by', { mode: 'number' }),
  resolvedAt: ts('resolved_at'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const decisions = pgTable('decisions', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  number: integer('number').notNull(),
  symbol: text('symbol').notNull(),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  signerName: text('signer_name').notNull(),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const advancedExamples = pgTable('advanced_examples', {
  id: id(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  campaignId: bigint('campaign_id', { mode: 'number' }),
  title: text('title').notNull(),
  field: text('field').notNull(),
  description: text('description').notNull(),
  stage: text('stage').notNull().default('discovered'),
  replicatedUnitIds: jsonb('replicated_unit_ids').$type<number[]>().notNull(),
  version: integer('version').notNull().default(1),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const nominationFiles = pgTable('nomination_files', {
  id: id(),
  nominationId: bigint('nomination_id', { mode: 'number' }).notNull(),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storage: text('storage').notNull(),
  content: bytea('content'),
  uploadedBy: bigint('uploaded_by', { mode: 'number' }),
  uploadedAt: ts('uploaded_at').notNull().default(sql`now()`),
  deletedAt: ts('deleted_at'),
});

export const documentDrafts = pgTable('document_drafts', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  scope: text('scope').notNull(),
  sections: jsonb('sections').$type<Record<string, string>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

export const documentExports = pgTable('document_exports', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  format: text('format').notNull(),
  params: jsonb('params').$type<Record<string, string | number>>().notNull(),
  title: text('title').notNull(),
  unitId: bigint('unit_id', { mode: 'number' }),
  view: jsonb('view').$type<unknown>().notNull(),
  dataVersion: text('data_version').notNull(),
  narrativeVersion: integer('narrative_version').notNull().default(0),
  warnings: jsonb('warnings').$type<string[]>().notNull(),
  status: text('status').notNull().default('queued'),
  progress: integer('progress').notNull().default(0),
  stage: text('stage').notNull().default(''),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }),
  sha256: text('sha256'),
  storage: text('storage'),
  content: bytea('content'),
  errorCode: text('error_code'),
  errorMessage: text('error_message'),
  attempts: integer('attempts').notNull().default(0),
  createdBy: bigint('created_by', { mode: 'number' }),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
});

/** A ward's aggregated report to the city campaign its campaign implements (issue 9, ADR 0009). */
export const upwardSubmissions = pgTable('upward_submissions', {
  id: id(),
  campaignId: bigint('campaign_id', { mode: 'number' }).notNull(),
  parentCampaignId: bigint('parent_campaign_id', { mode: 'number' }).notNull(),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  periodId: text('period_id').notNull(),
  status: text('status').notNull(),
  version: integer('version').notNull().default(1),
  missingUnits: jsonb('missing_units')
    .$type<{ unitId: number; code: string; name: string; status: string }[]>()
    .notNull(),
  missingReason: text('missing_reason'),
  snapshot: jsonb('snapshot').$type<unknown[]>().notNull(),
  note: text('note').notNull().default(''),
  returnReason: text('return_reason'),
  submittedBy: bigint('submitted_by', { mode: 'number' }),
  submittedAt: ts('submitted_at').notNull(),
  decidedBy: bigint('decided_by', { mode: 'number' }),
  decidedAt: ts('decided_at'),
});

/** What the office publishes on the public portal (issue 9). */
export const publicSettings = pgTable('public_settings', {
  campaignId: bigint('campaign_id', { mode: 'number' }).primaryKey(),
  isPublic: boolean('is_public').notNull().default(false),
  indicatorIds: jsonb('indicator_ids').$type<number[]>().notNull(),
  screenTitle: text('screen_title').notNull().default(''),
  version: integer('version').notNull().default(0),
  updatedBy: bigint('updated_by', { mode: 'number' }),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
});

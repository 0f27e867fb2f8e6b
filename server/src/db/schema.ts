/**
 * Drizzle table definitions mirroring migrations/*.sql (the SQL files are the source of truth for DDL;
 * this file gives typed queries). Keep both in step.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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

/**
 * In-app notifications and their e-mail twins. Both are written inside the caller's transaction (the event and
 * its notice commit together); e-mail goes through the outbox and is sent by `mailer.ts`.
 */
import type { Role } from '@thidua/shared';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { Executor } from '../db/client.ts';
import { emailOutbox, notifications, orgUnits, roleAssignments, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { toIso } from '../util/time.ts';

export interface Recipient {
  userId: number;
  email: string | null;
  fullName: string;
}

/** Active users holding one of `roles` on the unit at `unitPath` or on a unit above it. */
export async function usersWithRoleOver(db: Executor, roles: Role[], unitPath: string): Promise<Recipient[]> {
  const rows = await db
    .selectDistinct({ userId: users.id, email: users.email, fullName: users.fullName })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        inArray(roleAssignments.role, roles),
        sql`${unitPath} LIKE ${orgUnits.path} || '%'`,
        eq(users.isActive, true),
      ),
    );
  return rows;
}

export interface Notice {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** Same key for the same user = sent once (reminders run every hour). */
  dedupeKey?: string;
}

/** Writes one notification per recipient and queues an e-mail for those with an address. Returns how many new. */
export async function notify(
  tx: Executor,
  deps: Pick<Deps, 'clock'>,
  recipients: Recipient[],
  n: Notice,
): Promise<number> {
  const at = deps.clock.now().toISOString();
  let created = 0;
  for (const r of recipients) {
    const key = n.dedupeKey ?? null;
    const rows = await tx
      .insert(notifications)
      .values({
        userId: r.userId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        dedupeKey: key,
        createdAt: at,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (!rows.length) continue;
    created++;
    if (r.email)
      await tx
        .insert(emailOutbox)
        .values({
          toAddress: r.email,
          subject: `[ThiĐua] ${n.title}`,
          body: `Kính gửi ${r.fullName},\n\n${n.body}\n${n.link ? `\nXem chi tiết: ${n.link}\n` : ''}\nThư này được gửi tự động từ hệ thống ThiĐua.`,
          dedupeKey: key ? `${r.userId}:${key}` : null,
          createdAt: at,
          nextTryAt: at,
        })
        .onConflictDoNothing();
  }
  return created;
}

export async function listNotifications(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.id))
    .limit(50);
  const unread = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: toIso(r.createdAt),
      readAt: toIso(r.readAt),
    })),
    unread: Number(unread[0]?.n ?? 0),
  };
}

/** Marks one (or, with id null, every) notification of the caller read. Someone else's id is simply not found. */
export async function markRead(deps: Deps, ctx: RequestContext, id: number | null): Promise<void> {
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  const rows = await deps.database.db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, actor.userId),
        id === null ? isNull(notifications.readAt) : eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  if (id !== null && !rows.length) throw new AppError('NOT_FOUND');
}

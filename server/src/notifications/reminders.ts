/**
 * Deadline reminders: N days before a report is due (to its unit's reporters and head), and from N days after a
 * missed deadline (to the unit, and one summary per period to the office). Each reminder is sent once: the
 * notification's dedupe key names the kind, campaign, unit and period. Safe to run every hour, from any number
 * of processes.
 */
import { reminderDue, vnDate } from '@thidua/shared';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { campaigns } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { REVIEWERS, UNIT_REPORTERS } from '../reports/reports.policy.ts';
import * as reportRepo from '../reports/reports.repo.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import { notify, usersWithRoleOver } from './notifications.service.ts';

const DONE = new Set(['submitted', 'accepted']);
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export async function runReminders(deps: Deps): Promise<{ notices: number }> {
  const db = deps.database.db;
  const today = vnDate(deps.clock.now());
  const launched = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.status, 'launched'));
  let notices = 0;
  for (const { id } of launched) {
    const c = await campaignRepo.getCampaign(db, id);
    if (!c) continue;
    const periods = campaignPeriods(c);
    const units = await reportRepo.reportingUnits(db, [c.id]);
    const reports = await reportRepo.reportsOf(db, [c.id]);
    const status = new Map(reports.map((r) => [`${r.unitId}:${r.periodId}`, r.status]));
    for (const p of periods) {
      const kind = reminderDue(p.dueOn, today, c.remindBeforeDays, c.remindAfterDays);
      if (!kind) continue;
      const late: string[] = [];
      await db.transaction(async (tx) => {
        for (const u of units) {
          if (DONE.has(status.get(`${u.unitId}:${p.id}`) ?? '')) continue;
          late.push(u.name);
          const recipients = await usersWithRoleOver(tx, UNIT_REPORTERS, u.path);
          notices += await notify(tx, deps, recipients, {
            kind: `reminder.${kind}`,
            title:
              kind === 'before'
                ? `Sắp đến hạn báo cáo ${p.label} (hạn ${dmy(p.dueOn)})`
                : `Quá hạn báo cáo ${p.label} (hạn ${dmy(p.dueOn)})`,
            body:
              kind === 'before'
                ? `${u.name} cần gửi báo cáo ${p.label} của "${c.title}" trước ngày ${dmy(p.dueOn)}.`
                : `${u.name} chưa gửi báo cáo ${p.label} của "${c.title}"; hạn đã qua ngày ${dmy(p.dueOn)}. Vui lòng gửi ngay.`,
            link: '/bao-cao',
            dedupeKey: `reminder:${kind}:${c.id}:${u.unitId}:${p.id}`,
          });
        }
        if (kind === 'after' && late.length) {
          const office = await usersWithRoleOver(
            tx,
            REVIEWERS.filter((r) => r !== 'admin'),
            c.issuingUnitPath,
          );
          notices += await notify(tx, deps, office, {
            kind: 'reminder.office',
            title: `${late.length} đơn vị chưa nộp báo cáo ${p.label}`,
            body: `Quá hạn ${dmy(p.dueOn)}: ${late.slice(0, 20).join(', ')}${late.length > 20 ? ', …' : ''}.`,
            link: `/tiep-nhan-bao-cao?dot=${c.id}&ky=${p.id}&han=missing`,
            dedupeKey: `reminder:office:${c.id}:${p.id}`,
          });
        }
      });
    }
  }
  if (notices > 0)
    await db.transaction((tx) =>
      recordAudit(
        tx,
        deps,
        { actor: null, ip: null },
        {
          entity: 'system',
          entityId: null,
          unitId: null,
          action: 'reminders.run',
          after: { today, notices },
        },
      ),
    );
  return { notices };
}

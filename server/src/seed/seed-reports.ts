/**
 * Demo reports of the Đông Hải units for September–November 2025 (deterministic): most on time and accepted, some
 * late, some returned with the office's comment, some awaiting review, some missing — so the inbox, the schedules
 * and the dashboards have something true to show. December is left for the units to enter (its report is due
 * 10/12 and carries estimates, "ước"). One saved schedule (CT01, shaped like last year's revenue) shows the
 * schedule editor with a stored plan.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkValue, isFlow, outlierReason, shapedSchedule } from '@thidua/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { rowsOf } from '../db/client.ts';
import { evidenceFiles, progressSchedules, reports, reportValues } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { refreshTotals } from '../evaluation/totals.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import * as reportRepo from '../reports/reports.repo.ts';
import { campaignPeriods, valueRuleOf } from '../reports/reports.service.ts';
import { rng } from '../util/random.ts';

type Fate = 'accepted' | 'accepted_late' | 'submitted' | 'submitted_late' | 'returned' | 'draft' | 'missing';

/** What happened to each unit's report, by period (index into the reporting units, sorted by code). */
function fateOf(period: string, i: number, code: string): Fate {
  if (code === 'HP.DONGHAI.TDP07') return period === '2025-11' ? 'returned' : 'accepted';
  if (period === '2025-09') return i % 11 === 3 ? 'accepted_late' : 'accepted';
  if (period === '2025-10') {
    if (i % 9 === 4) return 'accepted_late';
    if (i === 17) return 'returned';
    return 'accepted';
  }
  // November (due 05/12/2025): the review is still under way.
  if ([5, 19, 27].includes(i)) return 'missing';
  if ([12, 23].includes(i)) return 'draft';
  if ([2, 14].includes(i)) return 'returned';
  if ([8, 21].includes(i)) return 'submitted_late';
  if (i % 4 === 1) return 'submitted';
  return i % 7 === 6 ? 'accepted_late' : 'accepted';
}

const RETURN_COMMENTS = [
  'Số hộ phân loại rác tại nguồn (CT03) chưa khớp biên bản kiểm tra của phường, đề nghị rà soát lại.',
  'Thiếu minh chứng cho số hộ được hỗ trợ; đề nghị bổ sung biên bản và danh sách.',
  'Số buổi sinh hoạt (CT23) thấp hơn tháng trước, đề nghị kiểm tra lại số lũy kế.',
];

/** A one-page PDF with a line of text (what a scanned minutes file stands for in the demo). */
function demoPdf(title: string): Buffer {
  const text = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const stream = `BT /F1 14 Tf 60 780 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const ELAPSED: Record<string, number> = { '2025-09': 0.25, '2025-10': 0.5, '2025-11': 0.75 };

/** A plausible value for a unit: flows grow toward the unit's share; levels hover near the target. */
function valueFor(ind: IndicatorRow, share: number, period: string, r: () => number, base: number) {
  const t = ind.targetValue;
  const wobble = 0.88 + 0.2 * r();
  if (ind.kind === 'ratio') {
    const den = base;
    const pct =
      ind.direction === 'at_most'
        ? (t ?? 10) * (0.8 + 0.3 * r())
        : Math.min(100, (t ?? 90) * (0.94 + 0.08 * r()));
    const num = Math.min(den, Math.round((den * pct) / 100));
    return { numerator: num, denominator: den };
  }
  if (ind.direction === 'band' && ind.targetLow !== null && ind.targetHigh !== null)
    return {
      value: Math.round((ind.targetLow + (ind.targetHigh - ind.targetLow) * (0.2 + 0.7 * r())) * 10) / 10,
    };
  if (isFlow(ind.kind as never)) {
    const v = (t ?? 10) * share * (ELAPSED[period] ?? 0.5) * wobble;
    return { value: ind.kind === 'count' ? Math.max(0, Math.round(v)) : Math.round(v * 10) / 10 };
  }
  return { value: Math.round((t ?? 10) * wobble * 100) / 100 };
}

export async function seedDemoReportsIfMissing(deps: Deps): Promise<boolean> {
  const db = deps.database.db;
  const found = rowsOf<{ id: number }>(
    await db.execute(sql`SELECT c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id
      WHERE u.code = 'HP.DONGHAI' AND c.status = 'launched' ORDER BY c.id LIMIT 1`),
  )[0];
  if (!found) return false;
  const campaignId = Number(found.id);
  const existing = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM reports WHERE campaign_id = ${campaignId}`),
  );
  if (Number(existing[0]?.n) > 0) return false;
  const c = await campaignRepo.getCampaign(db, campaignId);
  if (!c) return false;
  const all = campaignPeriods(c);
  const periods = all.filter((p) => p.id in ELAPSED);
  const users = rowsOf<{ id: number; username: string }>(
    await db.execute(sql`SELECT id::int, username FROM users`),
  );
  const userId = (u: string) => Number(users.find((x) => x.username === u)?.id) || null;
  const office = userId('office');
  const reporter = userId('reporter');
  const units = (await reportRepo.reportingUnits(db, [campaignId])).sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  const inds = await indicatorRepo.listByCampaign(db, campaignId);
  const assignments = await indicatorRepo.assignmentsOf(
    db,
    inds.map((i) => i.id),
  );
  const byUnit = new Map<number, IndicatorRow[]>();
  for (const ind of inds)
    for (const u of assignments.get(ind.id) ?? []) byUnit.set(u, [...(byUnit.get(u) ?? []), ind]);
  const storage = deps.config.evidenceStorage;
  let reportCount = 0;
  let valueCount = 0;
  await db.transaction(async (tx) => {
    for (const [i, u] of units.entries()) {
      const r = rng(1000 + i * 7919);
      const mine = byUnit.get(u.unitId) ?? [];
      const bases = new Map(mine.map((ind) => [ind.id, 150 + Math.round(r() * 350)]));
      const history = new Map<number, number[]>();
      for (const p of periods) {
        const fate = fateOf(p.id, i, u.code);
        if (fate === 'missing') continue;
        const due = new Date(`${p.dueOn}T10:00:00+07:00`).getTime();
        const day = 86_400_000;
        const late = fate.endsWith('_late');
        const submittedAt =
          fate === 'draft'
            ? null
            : new Date(
                due + (late ? (2 + Math.floor(r() * 5)) * day : -(Math.floor(r() * 4) * day)),
              ).toISOString();
        const status = fate === 'accepted_late' ? 'accepted' : fate === 'submitted_late' ? 'submitted' : fate;
        const reviewed = status === 'accepted' || status === 'returned';
        const reviewedAt =
          reviewed && submittedAt
            ? new Date(Date.parse(submittedAt) + (1 + Math.floor(r() * 3)) * day).toISOString()
            : null;
        const createdAt = new Date(Date.parse(p.end) + day).toISOString();
        const [row] = await tx
          .insert(reports)
          .values({
            campaignId,
            unitId: u.unitId,
            periodId: p.id,
            status,
            dueOn: p.dueOn,
            version: status === 'draft' ? 2 : reviewed ? 4 : 3,
            submittedAt,
            submittedBy: submittedAt ? (u.code === 'HP.DONGHAI.TDP07' ? reporter : null) : null,
            reviewedAt,
            reviewedBy: reviewed ? office : null,
            reviewComment:
              status === 'returned' ? (RETURN_COMMENTS[i % RETURN_COMMENTS.length] as string) : null,
            createdAt,
            updatedAt: reviewedAt ?? submittedAt ?? createdAt,
          })
          .returning({ id: reports.id });
        const reportId = (row as { id: number }).id;
        reportCount++;
        const valueRows: (typeof reportValues.$inferInsert)[] = [];
        const evidenceRows: (typeof evidenceFiles.$inferInsert)[] = [];
        for (const ind of mine) {
          // Drafts are half filled; quarterly and yearly indicators are often left for their period.
          if (fate === 'draft' && r() < 0.5) continue;
          const share = 1 / Math.max(1, assignments.get(ind.id)?.length ?? 1);
          const raw = valueFor(ind, share, p.id, r, bases.get(ind.id) ?? 200);
          const check = checkValue(valueRuleOf(ind), raw);
          if (check.problems.length || check.value === null) continue;
          const hist = history.get(ind.id) ?? [];
          const flow = isFlow(ind.kind as never);
          const value =
            flow && hist.length && check.value < (hist.at(-1) as number)
              ? (hist.at(-1) as number)
              : check.value;
          const outlier = outlierReason(ind.kind as never, hist, value);
          history.set(ind.id, [...hist, value]);
          const estimate = p.id === '2025-11' && !flow && r() < 0.25;
          valueRows.push({
            reportId,
            indicatorId: ind.id,
            value,
            numerator: check.numerator,
            denominator: check.denominator,
            isEstimate: estimate,
            comment: outlier
              ? 'Đã rà soát, số liệu đúng theo biên bản.'
              : estimate
                ? 'Số ước đến cuối tháng.'
                : '',
            outlier,
            updatedAt: submittedAt ?? createdAt,
            updatedBy: submittedAt && u.code === 'HP.DONGHAI.TDP07' ? reporter : null,
          });
          valueCount++;
          if (ind.evidenceRequired) {
            const content = demoPdf(`Bien ban ${ind.code} - ${u.code} - ${p.id}`);
            const sha = createHash('sha256').update(content).digest('hex');
            if (storage === 'disk') {
              const file = path.join(deps.config.dataDir, 'evidence', sha.slice(0, 2), sha);
              await fs.mkdir(path.dirname(file), { recursive: true });
              await fs.writeFile(file, content);
            }
            evidenceRows.push({
              reportId,
              indicatorId: ind.id,
              fileName: `Biên bản ${ind.code} ${p.label}.pdf`,
              mimeType: 'application/pdf',
              sizeBytes: content.length,
              sha256: sha,
              storage,
              content: storage === 'db' ? content : null,
              uploadedBy: u.code === 'HP.DONGHAI.TDP07' ? reporter : null,
              uploadedAt: submittedAt ?? createdAt,
            });
          }
        }
        // One statement per report for its values and one for its files (start-up stays quick).
        if (valueRows.length) await tx.insert(reportValues).values(valueRows);
        if (evidenceRows.length) await tx.insert(evidenceFiles).values(evidenceRows);
      }
    }
    // CT01 (budget revenue) planned like last year's uneven collection.
    const ct01 = inds.find((x) => x.code === 'CT01');
    if (ct01?.targetValue) {
      const shaped = shapedSchedule(0, ct01.targetValue, [18, 22, 25, 35]);
      await tx.insert(progressSchedules).values({
        indicatorId: ct01.id,
        unitId: null,
        method: 'shaped',
        baseline: 0,
        target: ct01.targetValue,
        points: all.map((p, k) => ({
          periodId: p.id,
          planned: shaped.values[k] ?? null,
          plannedLow: null,
          plannedHigh: null,
        })),
        updatedAt: '2025-09-16T02:00:00.000Z',
        updatedBy: office,
      });
    }
    await refreshTotals(tx, campaignId);
    await recordAudit(
      tx,
      deps,
      { actor: null, ip: null },
      {
        entity: 'system',
        entityId: null,
        unitId: null,
        action: 'system.seed_demo_reports',
        after: { campaignId, reports: reportCount, values: valueCount },
      },
    );
  });
  return true;
}

/**
 * The award catalogue (reference data, loaded on first start whatever the demo setting): the forms of reward and
 * emulation titles a ward deals with, who decides each, the legal basis, effective dates, criteria as checkable
 * rules or checklist items, and the cash amount as a multiple of the base salary. It is data, not code: the
 * office edits it when the rules change (a new decree gets new rows with their own effective dates).
 */
import type { AwardCriterion } from '@thidua/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { rowsOf } from '../db/client.ts';
import { awardTypes } from '../db/schema.ts';
import type { Deps } from '../deps.ts';

const LAW =
  'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP; Nghị định số 152/2025/NĐ-CP';

const ONCE: AwardCriterion = {
  code: 'mot_lan',
  label: 'Một thành tích chỉ đề nghị khen thưởng một lần',
  rule: { type: 'not_rewarded_same_achievement' },
};
const NO_DISCIPLINE: AwardCriterion = {
  code: 'ky_luat',
  label: 'Không trong thời gian bị kỷ luật hoặc đang bị xem xét kỷ luật, thanh tra, kiểm tra',
  rule: { type: 'no_discipline' },
};
const REPORT: AwardCriterion = {
  code: 'bao_cao',
  label: 'Có báo cáo thành tích được thủ trưởng đơn vị xác nhận',
  rule: { type: 'check' },
};
const good = (label: string): AwardCriterion => ({
  code: 'xep_loai',
  label,
  rule: { type: 'min_rating', rating: 'good' },
});
const excellent = (label: string): AwardCriterion => ({
  code: 'xep_loai',
  label,
  rule: { type: 'min_rating', rating: 'excellent' },
});

export interface CatalogueEntry {
  code: string;
  name: string;
  subject: 'collective' | 'individual';
  kind: 'title' | 'award';
  authority: 'ward' | 'city';
  authorityLabel: string;
  cashMultiplier: number | null;
  criteria: AwardCriterion[];
}

export const AWARD_CATALOGUE: CatalogueEntry[] = [
  {
    code: 'GK_CN',
    name: 'Giấy khen của Chủ tịch UBND phường (cá nhân)',
    subject: 'individual',
    kind: 'award',
    authority: 'ward',
    authorityLabel: 'Chủ tịch UBND phường',
    cashMultiplier: 0.3,
    criteria: [good('Hoàn thành tốt nhiệm vụ trở lên trong năm'), NO_DISCIPLINE, ONCE, REPORT],
  },
  {
    code: 'GK_TT',
    name: 'Giấy khen của Chủ tịch UBND phường (tập thể)',
    subject: 'collective',
    kind: 'award',
    authority: 'ward',
    authorityLabel: 'Chủ tịch UBND phường',
    cashMultiplier: 0.6,
    criteria: [good('Tập thể hoàn thành tốt nhiệm vụ trở lên'), NO_DISCIPLINE, ONCE, REPORT],
  },
  {
    code: 'LDTT',
    name: 'Danh hiệu "Lao động tiên tiến"',
    subject: 'individual',
    kind: 'title',
    authority: 'ward',
    authorityLabel: 'Chủ tịch UBND phường',
    cashMultiplier: 0.3,
    criteria: [good('Hoàn thành tốt nhiệm vụ trở lên'), NO_DISCIPLINE, ONCE],
  },
  {
    code: 'CSTDCS',
    name: 'Danh hiệu "Chiến sĩ thi đua cơ sở"',
    subject: 'individual',
    kind: 'title',
    authority: 'ward',
    authorityLabel: 'Chủ tịch UBND phường',
    cashMultiplier: 1,
    criteria: [
      excellent('Hoàn thành xuất sắc nhiệm vụ'),
      {
        code: 'sang_kien',
        label: 'Có sáng kiến, giải pháp được cơ quan có thẩm quyền công nhận',
        rule: { type: 'check' },
      },
      NO_DISCIPLINE,
      ONCE,
      REPORT,
    ],
  },
  {
    code: 'TTLDTT',
    name: 'Danh hiệu "Tập thể lao động tiên tiến"',
    subject: 'collective',
    kind: 'title',
    authority: 'ward',
    authorityLabel: 'Chủ tịch UBND phường',
    cashMultiplier: 0.8,
    criteria: [
      good('Tập thể hoàn thành tốt nhiệm vụ trở lên'),
      {
        code: 'ty_le_danh_hieu',
        label: 'Từ 50 % thành viên trở lên đạt danh hiệu "Lao động tiên tiến"',
        rule: { type: 'min_title_share', share: 0.5 },
      },
      NO_DISCIPLINE,
      ONCE,
    ],
  },
  {
    code: 'TTLDXS',
    name: 'Danh hiệu "Tập thể lao động xuất sắc"',
    subject: 'collective',
    kind: 'title',
    authority: 'ward',
    authorityLabel: 'Chủ tịch UBND phường',
    cashMultiplier: 1.5,
    criteria: [
      excellent('Tập thể hoàn thành xuất sắc nhiệm vụ'),
      {
        code: 'ty_le_danh_hieu',
        label: 'Từ 70 % thành viên trở lên đạt danh hiệu "Lao động tiên tiến"',
        rule: { type: 'min_title_share', share: 0.7 },
      },
      {
        code: 'cstd',
        label: 'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở"',
        rule: { type: 'check' },
      },
      NO_DISCIPLINE,
      ONCE,
    ],
  },
  {
    code: 'BK_TP_CN',
    name: 'Bằng khen của Chủ tịch UBND thành phố (cá nhân)',
    subject: 'individual',
    kind: 'award',
    authority: 'city',
    authorityLabel: 'Chủ tịch UBND thành phố (phường trình)',
    cashMultiplier: 1,
    criteria: [
      excellent('Hoàn thành xuất sắc nhiệm vụ'),
      {
        code: 'thanh_tich',
        label: 'Có thành tích tiêu biểu được bình xét trong phong trào thi đua',
        rule: { type: 'check' },
      },
      NO_DISCIPLINE,
      ONCE,
      REPORT,
    ],
  },
  {
    code: 'BK_TP_TT',
    name: 'Bằng khen của Chủ tịch UBND thành phố (tập thể)',
    subject: 'collective',
    kind: 'award',
    authority: 'city',
    authorityLabel: 'Chủ tịch UBND thành phố (phường trình)',
    cashMultiplier: 2,
    criteria: [
      excellent('Tập thể hoàn thành xuất sắc nhiệm vụ'),
      {
        code: 'thanh_tich',
        label: 'Có thành tích tiêu biểu được bình xét trong phong trào thi đua',
        rule: { type: 'check' },
      },
      NO_DISCIPLINE,
      ONCE,
      REPORT,
    ],
  },
];

/** Loads the catalogue once (an empty table); returns whether it did. */
export async function seedAwardCatalogueIfEmpty(deps: Deps): Promise<boolean> {
  const db = deps.database.db;
  const n = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM award_types`));
  if (Number(n[0]?.n) > 0) return false;
  await db.transaction(async (tx) => {
    await tx.insert(awardTypes).values(
      AWARD_CATALOGUE.map((a, i) => ({
        ...a,
        legalBasis: LAW,
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
        sortOrder: (i + 1) * 10,
      })),
    );
    await recordAudit(
      tx,
      deps,
      { actor: null, ip: null },
      {
        entity: 'system',
        entityId: null,
        unitId: null,
        action: 'system.seed_award_catalogue',
        after: { awards: AWARD_CATALOGUE.map((a) => a.code) },
      },
    );
  });
  return true;
}

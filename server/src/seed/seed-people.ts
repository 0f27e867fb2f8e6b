/**
 * Demo people of Đông Hải who may be nominated (with their 2025 rating, whether they work directly at the base,
 * and one under discipline so the rules have something to refuse). Loaded once, with the demo.
 */
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { rowsOf } from '../db/client.ts';
import { persons } from '../db/schema.ts';
import type { Deps } from '../deps.ts';

export const DEMO_PEOPLE = [
  {
    unit: 'HP.DONGHAI.TDP07',
    fullName: 'Nguyễn Thị Hồng Nhung',
    position: 'Tổ trưởng tổ dân phố',
    directWorker: true,
    rating: 'excellent',
  },
  {
    unit: 'HP.DONGHAI.TDP07',
    fullName: 'Phạm Văn Đức',
    position: 'Tổ viên tổ bảo vệ an ninh trật tự',
    directWorker: true,
    rating: 'good',
  },
  {
    unit: 'HP.DONGHAI.TDP07',
    fullName: 'Lê Thị Thu',
    position: 'Chi hội trưởng phụ nữ',
    directWorker: true,
    rating: 'done',
  },
  {
    unit: 'HP.DONGHAI.TDP07',
    fullName: 'Trần Quốc Huy',
    position: 'Tổ phó',
    directWorker: false,
    rating: 'good',
    underDiscipline: true,
  },
  {
    unit: 'HP.DONGHAI.VHXH',
    fullName: 'Đặng Thị Lan Anh',
    position: 'Công chức văn hóa – xã hội',
    directWorker: false,
    rating: 'excellent',
  },
  {
    unit: 'HP.DONGHAI.KT',
    fullName: 'Hoàng Minh Tuấn',
    position: 'Công chức địa chính – xây dựng',
    directWorker: false,
    rating: 'good',
  },
  {
    unit: 'HP.DONGHAI.TH',
    fullName: 'Vũ Thị Mai Hương',
    position: 'Giáo viên',
    directWorker: true,
    rating: 'excellent',
  },
  { unit: 'HP.DONGHAI.TYT', fullName: 'Bùi Văn Khánh', position: 'Y sĩ', directWorker: true, rating: 'good' },
] as const;

export async function seedDemoPeopleIfMissing(deps: Deps): Promise<boolean> {
  const db = deps.database.db;
  const n = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM persons`));
  if (Number(n[0]?.n) > 0) return false;
  const units = rowsOf<{ id: number; code: string }>(
    await db.execute(sql`SELECT id::int, code FROM org_units WHERE code LIKE 'HP.DONGHAI.%'`),
  );
  const id = new Map(units.map((u) => [u.code, Number(u.id)]));
  const rows = DEMO_PEOPLE.filter((p) => id.has(p.unit));
  if (!rows.length) return false;
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    await tx.insert(persons).values(
      rows.map((p) => ({
        unitId: id.get(p.unit) as number,
        fullName: p.fullName,
        position: p.position,
        directWorker: p.directWorker,
        underDiscipline: 'underDiscipline' in p ? p.underDiscipline : false,
        ratings: { '2025': p.rating },
        createdAt: at,
        updatedAt: at,
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
        action: 'system.seed_demo_people',
        after: { people: rows.length },
      },
    );
  });
  return true;
}

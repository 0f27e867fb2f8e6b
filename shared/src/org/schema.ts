import { z } from 'zod';

export const ORG_UNIT_KINDS = [
  'city',
  'ward',
  'department',
  'public_service_unit',
  'school',
  'health_station',
  'residential_group',
  'enterprise',
  'mass_organisation',
] as const;
export const OrgUnitKind = z.enum(ORG_UNIT_KINDS);
export type OrgUnitKind = z.infer<typeof OrgUnitKind>;

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, { vi: string; en: string }> = {
  city: { vi: 'Thành phố', en: 'City' },
  ward: { vi: 'Phường / xã', en: 'Ward / commune' },
  department: { vi: 'Phòng, ban', en: 'Department' },
  public_service_unit: { vi: 'Đơn vị sự nghiệp', en: 'Public service unit' },
  school: { vi: 'Trường học', en: 'School' },
  health_station: { vi: 'Trạm y tế', en: 'Health station' },
  residential_group: { vi: 'Tổ dân phố', en: 'Residential group' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  mass_organisation: { vi: 'Tổ chức chính trị - xã hội', en: 'Mass organisation' },
};

/** Unit codes are stable identifiers for exchange with other systems: `HP.DONGHAI.TDP07`. */
export const OrgUnitCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Nhập mã đơn vị')
  .max(40, 'Mã đơn vị tối đa 40 ký tự')
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'Mã đơn vị chỉ gồm chữ in không dấu, số, dấu chấm, gạch dưới, gạch ngang');

export const OrgUnitName = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'Nhập tên đơn vị').max(200, 'Tên đơn vị tối đa 200 ký tự'));

export const OrgUnit = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  path: z.string().describe('Materialised path of ids, e.g. "/1/2/15/"'),
  depth: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: OrgUnitKind,
  isActive: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const OrgUnitList = z.object({ items: z.array(OrgUnit) });

export const OrgUnitQuery = z.object({
  q: z.string().max(200).optional().describe('Accent-insensitive search on name and code'),
  kind: OrgUnitKind.optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const OrgUnitCreate = z.object({
  parentId: z.number().int().positive(),
  code: OrgUnitCode,
  name: OrgUnitName,
  kind: OrgUnitKind,
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export type OrgUnitCreate = z.infer<typeof OrgUnitCreate>;

export const OrgUnitUpdate = z
  .object({
    version: z.number().int().positive(),
    code: OrgUnitCode.optional(),
    name: OrgUnitName.optional(),
    kind: OrgUnitKind.optional(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
  })
  .strict();
export type OrgUnitUpdate = z.infer<typeof OrgUnitUpdate>;

export const OrgUnitMove = z.object({
  version: z.number().int().positive(),
  newParentId: z.number().int().positive(),
});
export type OrgUnitMove = z.infer<typeof OrgUnitMove>;

export const OrgUnitStatusChange = z.object({
  version: z.number().int().positive(),
  reason: z.string().trim().max(500).optional(),
});
export type OrgUnitStatusChange = z.infer<typeof OrgUnitStatusChange>;

import { z } from 'zod';

/** Roles; each assignment is scoped to an org unit and covers its subtree. */
export const ROLES = ['admin', 'office', 'chair', 'council', 'unit_head', 'reporter', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  office: { vi: 'Thường trực Hội đồng TĐKT', en: 'Council standing office' },
  chair: { vi: 'Chủ tịch / Phó Chủ tịch UBND', en: 'Chairman' },
  council: { vi: 'Thành viên Hội đồng TĐKT', en: 'Council member' },
  unit_head: { vi: 'Thủ trưởng đơn vị', en: 'Unit head' },
  reporter: { vi: 'Cán bộ báo cáo', en: 'Reporter' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
  .max(64, 'Tên đăng nhập tối đa 64 ký tự')
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang');

export const LoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Nhập mật khẩu').max(256),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(256),
  newPassword: z.string().max(256),
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export const RoleAssignment = z.object({
  id: z.number().int(),
  role: Role,
  unitId: z.number().int(),
  unitName: z.string(),
  unitPath: z.string(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/** What the signed-in user sees about themself, with the CSRF token to echo in `x-csrf-token`. */
export const Me = z.object({
  user: z.object({
    id: z.number().int(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    mustChangePassword: z.boolean(),
  }),
  assignments: z.array(RoleAssignment),
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof Me>;

export const OkResult = z.object({ ok: z.literal(true) });

/** `GET /api/health`: ready, which database, which migration. */
export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  migration: z.number().int(),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;

import { z } from 'zod';
import { Role, RoleAssignment, Username } from '../auth/schema.ts';

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  unitId: z.number().int().nullable().describe('The unit the person works in'),
  unitName: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  assignments: z.array(RoleAssignment),
});
export type User = z.infer<typeof User>;

export const UserList = z.object({ items: z.array(User) });

export const UserQuery = z.object({
  q: z.string().max(200).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

const FullName = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'Nhập họ và tên').max(120, 'Họ và tên tối đa 120 ký tự'));
const Email = z.string().trim().toLowerCase().email('Email không hợp lệ').max(200);

export const UserCreate = z.object({
  username: Username,
  fullName: FullName,
  email: Email.nullable().optional(),
  unitId: z.number().int().positive(),
  password: z.string().max(256).describe('Initial password; the user must change it at first sign-in'),
  roles: z
    .array(z.object({ role: Role, unitId: z.number().int().positive() }))
    .max(20)
    .default([]),
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .object({
    version: z.number().int().positive(),
    fullName: FullName.optional(),
    email: Email.nullable().optional(),
    unitId: z.number().int().positive().optional(),
    isActive: z.boolean().optional(),
  })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const RoleGrant = z.object({ role: Role, unitId: z.number().int().positive() });
export type RoleGrant = z.infer<typeof RoleGrant>;

export const PasswordReset = z.object({ newPassword: z.string().max(256) });
